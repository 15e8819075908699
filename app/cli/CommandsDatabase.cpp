// lpdesk-cli: database, users and keys (the audit log commands: CommandsDatabaseAudit.cpp).
#include "Cli.h"

#include "common/Time.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "custody/ChainAnchors.h"
#include "db/CaseDatabase.h"
#include "db/LegalGrants.h"
#include "db/PassphrasePolicy.h"
#include "db/RecipientKeyHistory.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlQuery>

namespace lpdesk {

namespace {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return failure(Cli::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int cmdInit(Cli& cli, const CommandArgs& a)
{
    const QString admin = a.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return cli.usage(Cli::tr("init needs --admin NAME"));
    auto pass = cli.initialPassphrase(Cli::tr("Passphrase for %1: ").arg(admin));
    if (!pass)
        return cli.fail(pass.error());
    CaseDatabase::CreateOptions options;
    options.organisation = a.value(QStringLiteral("org"));
    options.workstation = a.value(QStringLiteral("workstation"));
    cli.progress(Cli::tr("Creating %1 (tuning the key-derivation cost to this machine)...").arg(cli.databasePath()));
    auto db = CaseDatabase::create(cli.databasePath(), admin, *pass, options);
    if (!db)
        return cli.fail(db.error());
    cli.printCreated((*db)->databaseId());
    return ExitOk;
}

int cmdWhoami(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    const Session& s = db.session();
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), s.userId},
                                   {QLatin1String("name"), s.userName},
                                   {QLatin1String("role"), roleName(s.role)},
                                   {QLatin1String("database_id"), db.databaseId()}});
    else
        cli.out(QStringLiteral("%1 %2").arg(s.userName, roleName(s.role)));
    return ExitOk;
}

// After a grant of legal: says when it waits for a second administrator.
int reportPendingGrant(Cli& cli, CaseDatabase& db, const QString& name)
{
    auto pending = LegalGrants::pending(db);
    if (!pending)
        return cli.fail(pending.error());
    if (pending->contains(name))
        cli.progress(
            Cli::tr("%1's legal role waits for another administrator: lpdesk-cli user confirm-role %1").arg(name));
    return ExitOk;
}

int cmdUserAdd(Cli& cli, const CommandArgs& a)
{
    Role role;
    if (!parseRole(a.value(QStringLiteral("role")), &role))
        return cli.usage(Cli::tr("--role must be investigator, legal, admin or auditor"));
    LP_CLI_DB(cli, db);
    auto pass = cli.newPassphrase(Cli::tr("Passphrase for the new user %1: ").arg(a.positionals().first()));
    if (!pass)
        return cli.fail(pass.error());
    auto id = UserDirectory(db).add(a.positionals().first(), role, *pass);
    if (!id)
        return cli.fail(id.error());
    cli.printCreated(*id);
    return reportPendingGrant(cli, db, a.positionals().first());
}

int cmdUserList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto users = UserDirectory(db).list();
    if (!users)
        return cli.fail(users.error());
    auto pending = LegalGrants::pending(db);
    if (!pending)
        return cli.fail(pending.error());
    const QHash<QString, LegalGrants::Pending> grants = *pending;
    return cli.printRows(
        *users,
        [&grants](const UserInfo& u) {
            QJsonObject o {{QLatin1String("id"), u.id},
                           {QLatin1String("name"), u.name},
                           {QLatin1String("role"), roleName(u.role)},
                           {QLatin1String("created_at"), u.createdAt},
                           {QLatin1String("has_key_slot"), u.hasSlot}};
            if (const auto g = grants.constFind(u.name); g != grants.cend())
                o.insert(QLatin1String("legal_grant_pending"),
                         QJsonObject {{QLatin1String("requested_by"), g->requestedBy},
                                      {QLatin1String("requested_at"), g->requestedAt}});
            return o;
        },
        [&cli, &grants](const UserInfo& u) {
            const auto g = grants.constFind(u.name);
            cli.out(QStringLiteral("%1  %2  %3%4%5")
                        .arg(u.name.leftJustified(20), roleName(u.role).leftJustified(13), u.createdAt,
                             u.hasSlot ? QString() : Cli::tr("  (no key slot)"),
                             g == grants.cend()
                                 ? QString()
                                 : Cli::tr("  (legal grant by %1 awaits a second administrator)").arg(g->requestedBy)));
        });
}

// After a rotation: the new recipient public key goes to a file for the stores (like `key export-recipient`), and
// the CLI says what the administrator must do with it. Prints the file's path (with --json: key ids and path).
int reportRotation(Cli& cli, CaseDatabase& db, const QString& requestedFile)
{
    QSqlDatabase conn = db.connection();
    auto pub = WorkstationKeys::recipientPublicKey(conn);
    if (!pub)
        return cli.fail(pub.error());
    auto retired = WorkstationKeys::retiredRecipients(conn);
    if (!retired)
        return cli.fail(retired.error());
    const QString keyId = toHex(X25519::keyId(*pub));
    auto written = RecipientKeyHistory(db).exportCurrent(requestedFile);
    if (!written)
        return cli.fail(written.error());
    const QString file = *written;
    QStringList retiredIds;
    for (const RetiredRecipient& r : *retired)
        retiredIds << r.keyId;
    cli.progress(Cli::tr("New recipient key %1 written to %2. Give this file to every store (its edge box or "
                         "`store-sim --recipient`): until a store has it, what it sends stays readable with the "
                         "retired key. Files already here are encrypted to a retired key until `lpdesk-cli db "
                         "reencrypt` has run (`db reencrypt --list` names them).")
                     .arg(keyId, file));
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), keyId},
                                   {QLatin1String("recipient_key_id"), keyId},
                                   {QLatin1String("recipient_file"), file},
                                   {QLatin1String("retired_key_ids"), QJsonArray::fromStringList(retiredIds)}});
    else
        cli.out(file);
    return ExitOk;
}

int cmdUserRemove(Cli& cli, const CommandArgs& a)
{
    if (a.has(QStringLiteral("recipient-out")) && !a.has(QStringLiteral("rekey")))
        return cli.usage(Cli::tr("--recipient-out goes with --rekey"));
    LP_CLI_DB(cli, db);
    if (auto removed = UserDirectory(db).remove(a.positionals().first()); !removed)
        return cli.fail(removed.error());
    cli.progress(Cli::tr("%1's certificate is revoked (the revocation list goes into every package as crl.pem).")
                     .arg(a.positionals().first()));
    if (a.has(QStringLiteral("rekey"))) {
        cli.progress(Cli::tr("Rotating the master key and the recipient key so that nothing the removed user held "
                             "opens the database or what is pulled from now on..."));
        if (auto rotated = db.rekey(); !rotated)
            return cli.fail(rotated.error());
        return reportRotation(cli, db, a.value(QStringLiteral("recipient-out")));
    }
    return ExitOk;
}

int cmdUserSetRole(Cli& cli, const CommandArgs& a)
{
    Role role;
    if (!parseRole(a.value(QStringLiteral("role")), &role))
        return cli.usage(Cli::tr("--role must be investigator, legal, admin or auditor"));
    LP_CLI_DB(cli, db);
    if (auto changed = UserDirectory(db).setRole(a.positionals().first(), role); !changed)
        return cli.fail(changed.error());
    return reportPendingGrant(cli, db, a.positionals().first());
}

int cmdUserConfirmRole(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (auto confirmed = LegalGrants::confirm(db, a.positionals().first()); !confirmed)
        return cli.fail(confirmed.error());
    cli.progress(Cli::tr("%1's legal role is confirmed.").arg(a.positionals().first()));
    return ExitOk;
}

int cmdPasswd(Cli& cli, const CommandArgs&)
{
    auto user = cli.userName();
    if (!user)
        return cli.fail(user.error());
    auto old = cli.passphrase(Cli::tr("Current passphrase for %1: ").arg(*user));
    if (!old)
        return cli.fail(old.error());
    auto db = CaseDatabase::open(cli.databasePath(), *user, *old);
    if (!db)
        return cli.fail(db.error());
    auto fresh = cli.newPassphrase(Cli::tr("New passphrase: "));
    if (!fresh)
        return cli.fail(fresh.error());
    if (auto changed = UserDirectory(**db).changeOwnPassphrase(*old, *fresh); !changed)
        return cli.fail(changed.error());
    return ExitOk;
}

int cmdUserPolicy(Cli& cli, const CommandArgs& a)
{
    const QString secondAdmin = QStringLiteral("legal-needs-second-admin");
    int length = 0;
    if (a.has(QStringLiteral("min-length"))) {
        bool ok = false;
        length = a.value(QStringLiteral("min-length")).toInt(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--min-length takes a number of characters"));
    }
    const QString onOff = a.value(secondAdmin);
    if (a.has(secondAdmin) && onOff != QLatin1String("on") && onOff != QLatin1String("off"))
        return cli.usage(Cli::tr("--legal-needs-second-admin takes on or off"));
    LP_CLI_DB(cli, db);
    if (length > 0)
        if (Status set = PassphrasePolicy::setMinimumLength(db, length); !set)
            return cli.fail(set.error());
    if (a.has(secondAdmin))
        if (Status set = LegalGrants::setNeedsSecondAdmin(db, onOff == QLatin1String("on")); !set)
            return cli.fail(set.error());
    auto needsSecond = LegalGrants::needsSecondAdmin(db);
    if (!needsSecond)
        return cli.fail(needsSecond.error());
    const PassphrasePolicy policy = PassphrasePolicy::of(db);
    if (cli.json()) {
        cli.printJson(QJsonObject {{QLatin1String("id"), QStringLiteral("passphrase-policy")},
                                   {QLatin1String("min_length"), policy.minimumLength()},
                                   {QLatin1String("max_length"), PassphrasePolicy::MaximumLength},
                                   {QLatin1String("common_passwords"), PassphrasePolicy::commonListSize()},
                                   {QLatin1String("legal_needs_second_admin"), *needsSecond}});
    } else {
        cli.out(policy.describe());
        cli.out(*needsSecond ? Cli::tr("Granting the legal role needs a second administrator to confirm it.")
                             : Cli::tr("Granting the legal role needs no second administrator."));
    }
    return ExitOk;
}

int cmdKeyShow(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    QSqlDatabase conn = db.connection();
    auto pub = WorkstationKeys::recipientPublicKey(conn);
    auto signing = WorkstationKeys::signingIdentity(conn);
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!pub)
        return cli.fail(pub.error());
    if (!signing)
        return cli.fail(signing.error());
    if (!ca)
        return cli.fail(ca.error());
    const QString keyId = toHex(X25519::keyId(*pub));
    if (cli.json()) {
        cli.printJson(
            QJsonObject {{QLatin1String("id"), keyId},
                         {QLatin1String("recipient_key_id"), keyId},
                         {QLatin1String("recipient_public_key"), QString::fromLatin1(pub->toBase64())},
                         {QLatin1String("signing_subject"), signing->subject()},
                         {QLatin1String("signing_certificate_sha256"), signing->certificateFingerprint()},
                         {QLatin1String("signing_certificate"), QString::fromLatin1(signing->certificatePem())},
                         {QLatin1String("ca_certificate"), QString::fromLatin1(*ca)}});
        return ExitOk;
    }
    cli.out(Cli::tr("Recipient key (X25519) id %1").arg(keyId));
    cli.out(QString::fromLatin1(WorkstationKeys::recipientFileContents(*pub)).trimmed());
    cli.out(QString());
    cli.out(Cli::tr("Signing certificate %1").arg(signing->subject()));
    cli.out(Cli::tr("SHA-256 fingerprint %1").arg(signing->certificateFingerprint()));
    cli.out(QString::fromLatin1(signing->certificatePem()).trimmed());
    cli.out(QString());
    cli.out(Cli::tr("Organisation CA certificate (give this to police as org-ca.pem)"));
    cli.out(QString::fromLatin1(*ca).trimmed());
    return ExitOk;
}

int cmdKeyExportRecipient(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    QSqlDatabase conn = db.connection();
    auto pub = WorkstationKeys::recipientPublicKey(conn);
    if (!pub)
        return cli.fail(pub.error());
    if (auto written = writeFileAtomically(a.positionals().first(), WorkstationKeys::recipientFileContents(*pub));
        !written)
        return cli.fail(written.error());
    (void)db.audit(QStringLiteral("recipient_key_exported"),
                   QJsonObject {{QLatin1String("to"), a.positionals().first()}});
    return ExitOk;
}

int cmdKeyExportCa(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    QSqlDatabase conn = db.connection();
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return cli.fail(ca.error());
    if (auto written = writeFileAtomically(a.positionals().first(), *ca); !written)
        return cli.fail(written.error());
    return ExitOk;
}

int cmdDbCheck(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto report = db.check();
    if (!report)
        return cli.fail(report.error());
    if (cli.json()) {
        QJsonArray chains;
        for (const ChainReport& c : report->chains)
            chains.append(QJsonObject {{QLatin1String("chain"), c.chain.isEmpty() ? QStringLiteral("audit") : c.chain},
                                       {QLatin1String("events"), c.events},
                                       {QLatin1String("head"), c.headHash},
                                       {QLatin1String("ok"), c.ok()}});
        cli.printJson(QJsonObject {{QLatin1String("id"), db.databaseId()},
                                   {QLatin1String("ok"), report->ok()},
                                   {QLatin1String("integrity"), report->integrityOk},
                                   {QLatin1String("chains"), chains},
                                   {QLatin1String("problems"), QJsonArray::fromStringList(report->problems)},
                                   {QLatin1String("notes"), QJsonArray::fromStringList(report->notes)}});
    } else {
        cli.out(report->integrityOk ? Cli::tr("SQLite integrity: ok") : Cli::tr("SQLite integrity: FAILED"));
        for (const ChainReport& c : report->chains)
            cli.out(c.summary());
        for (const QString& n : report->notes)
            cli.out(Cli::tr("note: %1").arg(n));
    }
    if (!report->ok()) {
        for (const QString& p : report->problems)
            cli.err(QStringLiteral("lpdesk-cli: ") + p);
        return ExitVerify;
    }
    return ExitOk;
}

int cmdDbBackup(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (auto done = db.backup(a.positionals().first()); !done)
        return cli.fail(done.error());
    return ExitOk;
}

int cmdDbRekey(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (auto done = db.rekey(); !done)
        return cli.fail(done.error());
    return reportRotation(cli, db, a.value(QStringLiteral("recipient-out")));
}

int cmdDbReencrypt(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    RecipientKeyHistory history(db);
    if (a.has(QStringLiteral("list"))) {
        auto stale = history.staleFiles();
        if (!stale)
            return cli.fail(stale.error());
        return cli.printRows(
            *stale,
            [](const StaleFile& f) {
                return QJsonObject {{QLatin1String("id"), f.path},
                                    {QLatin1String("path"), f.path},
                                    {QLatin1String("key_id"), f.keyId},
                                    {QLatin1String("size"), f.size}};
            },
            [&cli](const StaleFile& f) { cli.out(QStringLiteral("%1  %2").arg(f.keyId, f.path)); });
    }
    auto done = history.reencrypt(
        [&cli](int d, int t) { cli.progress(Cli::tr("re-encrypting %1 of %2").arg(d + 1).arg(t)); });
    if (!done)
        return cli.fail(done.error());
    if (cli.json())
        cli.printJson(
            QJsonObject {{QLatin1String("id"), QStringLiteral("reencrypt")},
                         {QLatin1String("files"), done->files},
                         {QLatin1String("bytes"), done->bytes},
                         {QLatin1String("forgotten_key_ids"), QJsonArray::fromStringList(done->forgottenKeyIds)}});
    else
        cli.out(Cli::tr("%n file(s) re-encrypted to the current recipient key; %1 retired key(s) forgotten.", nullptr,
                        done->files)
                    .arg(done->forgottenKeyIds.size()));
    return ExitOk;
}

int cmdKeyExportCrl(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    QSqlDatabase conn = db.connection();
    auto crl = WorkstationKeys::crlPem(conn);
    if (!crl)
        return cli.fail(crl.error());
    if (crl->isEmpty())
        return cli.fail(
            failure(Cli::tr("There is no revocation list yet; an administrator signs in once to make it.")));
    if (auto written = writeFileAtomically(a.positionals().first(), *crl); !written)
        return cli.fail(written.error());
    return ExitOk;
}

int cmdKeyRestoreCrl(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto restored = UserDirectory(db).restoreRevocationList();
    if (!restored)
        return cli.fail(restored.error());
    const QList<WorkstationKeys::MissingRevocation>& missing = restored->restored;
    if (cli.json()) {
        QJsonArray serials;
        for (const WorkstationKeys::MissingRevocation& m : missing)
            serials.append(QJsonObject {{QLatin1String("serial"), m.certificate.serial},
                                        {QLatin1String("user"), m.user},
                                        {QLatin1String("revoked_at"), toUtcString(m.certificate.revokedAt)}});
        QJsonObject out {{QLatin1String("restored"), int(missing.size())},
                         {QLatin1String("certificates"), serials},
                         {QLatin1String("previous_crl_number"), restored->storedNumber},
                         {QLatin1String("highest_issued"), restored->highestIssued}};
        out.insert(QLatin1String("crl_number"),
                   restored->newNumber > 0 ? QJsonValue(restored->newNumber) : QJsonValue(QJsonValue::Null));
        cli.printJson(out);
    } else if (!restored->needed()) {
        cli.out(Cli::tr("The revocation list already holds every revocation the audit log records, and its number "
                        "(%1) is the highest issued.")
                    .arg(restored->storedNumber));
    } else {
        if (!missing.isEmpty()) {
            cli.out(Cli::tr("%n revocation(s) the audit log records were missing from the revocation list; it is "
                            "issued again with them.",
                            nullptr, int(missing.size())));
            for (const WorkstationKeys::MissingRevocation& m : missing)
                cli.out(QStringLiteral("  %1  %2  %3")
                            .arg(m.certificate.serial, m.user, toUtcString(m.certificate.revokedAt)));
        }
        cli.out(Cli::tr("The revocation list is now number %1 (the one in the database was number %2; the highest "
                        "the audit log records, %3).")
                    .arg(restored->newNumber)
                    .arg(restored->storedNumber)
                    .arg(restored->highestIssued));
    }
    return ExitOk;
}

int cmdDbAnchor(Cli& cli, const CommandArgs& a)
{
    const QString dir = a.value(QStringLiteral("export"));
    if (!dir.isEmpty() && !QFileInfo(dir).isDir())
        return cli.fail(makeError(ErrorKind::Usage, Cli::tr("The folder %1 does not exist.").arg(dir)));
    LP_CLI_DB(cli, db);
    auto anchor = ChainAnchors(db).write(QStringLiteral("manual"));
    if (!anchor)
        return cli.fail(anchor.error());
    if (!dir.isEmpty()) {
        // The same three files a package carries: openssl cms -verify / openssl ts -verify check them.
        QList<std::pair<QString, QByteArray>> files {{QStringLiteral("anchor.json"), anchor->body},
                                                     {QStringLiteral("anchor.json.p7s"), anchor->signature}};
        if (!anchor->token.isEmpty())
            files.append({QStringLiteral("anchor.json.tsr"), anchor->token});
        for (const auto& [name, bytes] : std::as_const(files))
            if (auto written = writeFileAtomically(QDir(dir).filePath(name), bytes); !written)
                return cli.fail(written.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QLatin1String("anchor"), anchor->number},
                                   {QLatin1String("at"), anchor->at},
                                   {QLatin1String("audit_seq"), anchor->auditSeq},
                                   {QLatin1String("custody_chains"), anchor->custodyChains},
                                   {QLatin1String("timestamped"), !anchor->token.isEmpty()},
                                   {QLatin1String("note"), anchor->note}});
    } else {
        cli.out(Cli::tr("Anchor %1 written to %2: the audit chain at event %3 and %4 custody chains, signed by %5.")
                    .arg(anchor->number)
                    .arg(ChainAnchors::pathFor(db.path()))
                    .arg(anchor->auditSeq)
                    .arg(anchor->custodyChains)
                    .arg(db.session().userName));
        cli.out(anchor->token.isEmpty() ? Cli::tr("Not time-stamped: %1").arg(anchor->note)
                                        : Cli::tr("Time-stamped by the configured time-stamp authority (RFC 3161)."));
    }
    return ExitOk;
}

} // namespace

void registerDatabaseCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("init"), QStringLiteral("--admin NAME [--org NAME] [--workstation NAME]"),
                  Cli::tr("create a new encrypted case database (never overwrites)"), cmdInit};
    c << Command {QStringLiteral("whoami"), QString(), Cli::tr("unlock and print your name and role"), cmdWhoami};
    c << Command {QStringLiteral("user add"), QStringLiteral("NAME --role investigator|legal|admin|auditor"),
                  Cli::tr("add a user with its own key slot (passphrase: LPDESK_NEW_PASSPHRASE or asked)"), cmdUserAdd};
    c << Command {QStringLiteral("user list"), QString(), Cli::tr("users and roles"), cmdUserList};
    c << Command {QStringLiteral("user remove"), QStringLiteral("NAME [--rekey [--recipient-out FILE]]"),
                  Cli::tr("remove a user's key slot and revoke their certificate; --rekey also rotates the "
                          "master key and the recipient key (prints the new recipient key file for the stores)"),
                  cmdUserRemove};
    c << Command {QStringLiteral("user set-role"), QStringLiteral("NAME --role ROLE"), Cli::tr("change a role"),
                  cmdUserSetRole};
    c << Command {QStringLiteral("user confirm-role"), QStringLiteral("NAME"),
                  Cli::tr("confirm a legal grant another administrator made, when the organisation requires "
                          "a second administrator"),
                  cmdUserConfirmRole};
    c << Command {QStringLiteral("user policy"), QStringLiteral("[--min-length N] [--legal-needs-second-admin on|off]"),
                  Cli::tr("the passphrase policy; --min-length (admin) raises the minimum length (8 to 64); "
                          "--legal-needs-second-admin (admin) makes a grant of legal wait for a second administrator"),
                  cmdUserPolicy};
    c << Command {QStringLiteral("passwd"), QString(),
                  Cli::tr("change your passphrase (new one: LPDESK_NEW_PASSPHRASE or asked)"), cmdPasswd};
    c << Command {QStringLiteral("key show"), QString(),
                  Cli::tr("recipient key (what stores encrypt to) and signing certificates (PEM)"), cmdKeyShow};
    c << Command {QStringLiteral("key export-recipient"), QStringLiteral("FILE"),
                  Cli::tr("write the recipient public key for a store"), cmdKeyExportRecipient};
    c << Command {QStringLiteral("key export-ca"), QStringLiteral("FILE"),
                  Cli::tr("write the organisation CA certificate (org-ca.pem for police)"), cmdKeyExportCa};
    c << Command {QStringLiteral("db check"), QString(),
                  Cli::tr("integrity check and every hash chain; exit 4 on any break"), cmdDbCheck};
    c << Command {QStringLiteral("db backup"), QStringLiteral("OUT"),
                  Cli::tr("consistent encrypted copy (OUT, OUT.keys, OUT.media)"), cmdDbBackup};
    c << Command {QStringLiteral("db anchor"), QStringLiteral("[--export DIR]"),
                  Cli::tr("anchor the heads of the audit and custody chains in <db>.anchors (signed by you, "
                          "time-stamped by the TSA); --export writes anchor.json, .p7s and .tsr"),
                  cmdDbAnchor};
    c << Command {QStringLiteral("db rekey"), QStringLiteral("[--recipient-out FILE]"),
                  Cli::tr("rotate the database master key and the recipient key (prints the new recipient key "
                          "file for the stores)"),
                  cmdDbRekey};
    c << Command {QStringLiteral("db reencrypt"), QStringLiteral("[--list]"),
                  Cli::tr("re-encrypt files still encrypted to a retired recipient key, then forget that key; "
                          "--list only names them"),
                  cmdDbReencrypt};
    c << Command {QStringLiteral("key export-crl"), QStringLiteral("FILE"),
                  Cli::tr("write the organisation CA's certificate revocation list (crl.pem)"), cmdKeyExportCrl};
    c << Command {QStringLiteral("key restore-crl"), QString(),
                  Cli::tr("issue the revocation list again with every revocation the audit log records "
                          "(after an earlier list was put back)"),
                  cmdKeyRestoreCrl};
    registerDatabaseAuditCommands(c);
}

} // namespace lpdesk
