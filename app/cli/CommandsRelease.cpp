// lpdesk-cli: release requests, legal decisions, sealed package export and offline verification.
#include "Cli.h"

#include "crypto/Timestamp.h"
#include "db/CaseDatabase.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "export/PackageBuilder.h"
#include "export/PackagePassword.h"
#include "export/PackageVerifier.h"
#include "export/ReleaseService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

void printRelease(Cli& cli, const Release& r)
{
    cli.out(QStringLiteral("%1  %2  case %3  %4%5  requested by %6 %7%8")
                .arg(r.id, r.state.leftJustified(9), r.caseId.left(8), r.purpose,
                     r.recipient.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.recipient), r.requestedBy,
                     r.requestedAt,
                     r.decidedBy.isEmpty()
                         ? QString()
                         : Cli::tr("; %1 by %2: %3")
                               .arg(r.state == QLatin1String("rejected") ? Cli::tr("rejected") : Cli::tr("approved"),
                                    r.decidedBy, r.decisionNote)));
    if (!r.voidReason.isEmpty())
        cli.out(Cli::tr("    void: %1").arg(r.voidReason));
}

int cmdReleaseRequest(Cli& cli, const CommandArgs& a)
{
    ReleaseRequestSpec spec;
    spec.all = a.has(QStringLiteral("all"));
    spec.mediaIds = a.values(QStringLiteral("media"));
    spec.statementIds = a.values(QStringLiteral("statement"));
    spec.posIds = a.values(QStringLiteral("pos"));
    spec.leRequestId = a.value(QStringLiteral("le-request"));
    spec.note = a.value(QStringLiteral("note"));
    spec.recipient = a.value(QStringLiteral("recipient"));
    const QString purpose = a.value(QStringLiteral("purpose"));
    if (purpose == QLatin1String("usb"))
        spec.purpose = purpose;
    else if (purpose.startsWith(QLatin1String("agency"))) {
        spec.purpose = QStringLiteral("agency");
        spec.agencyId = purpose.mid(7);
    } else
        return cli.usage(Cli::tr("--purpose is usb or agency:ID"));
    if (spec.note.isEmpty())
        return cli.usage(Cli::tr("release request needs --note T"));
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    spec.caseId = *caseId;
    auto id = ReleaseService(db).request(spec);
    if (!id)
        return cli.fail(id.error());
    cli.printCreated(*id);
    return ExitOk;
}

int cmdReleaseList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    QString caseId;
    if (a.has(QStringLiteral("case"))) {
        auto c = Cli::caseIdOf(db, a.value(QStringLiteral("case")));
        if (!c)
            return cli.fail(c.error());
        caseId = *c;
    }
    auto rows = ReleaseService(db).list(a.has(QStringLiteral("pending")), caseId);
    if (!rows)
        return cli.fail(rows.error());
    return cli.printRows(
        *rows, [](const Release& r) { return r.toJson(); }, [&cli](const Release& r) { printRelease(cli, r); });
}

int cmdReleaseShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto r = ReleaseService(db).show(a.positionals()[0]);
    if (!r)
        return cli.fail(r.error());
    if (cli.json()) {
        cli.printJson(r->toJson());
        return ExitOk;
    }
    printRelease(cli, *r);
    for (const ReleaseItem& i : r->items)
        cli.out(QStringLiteral("    %1 %2  sha256 %3").arg(i.kind.leftJustified(9), i.id, i.sha256));
    cli.out(Cli::tr("    content SHA-256 %1").arg(r->contentSha256));
    return ExitOk;
}

int cmdReleaseDecide(Cli& cli, const CommandArgs& a, bool approve)
{
    if (a.value(QStringLiteral("note")).isEmpty())
        return cli.usage(Cli::tr("a decision needs --note T"));
    LP_CLI_DB(cli, db);
    ReleaseService releases(db);
    Status s = approve ? releases.approve(a.positionals()[0], a.value(QStringLiteral("note")),
                                          PiiDecision {a.has(QStringLiteral("include-contacts")),
                                                       a.has(QStringLiteral("include-anonymous-names")),
                                                       a.has(QStringLiteral("include-customer-data"))})
                       : releases.reject(a.positionals()[0], a.value(QStringLiteral("note")));
    if (!s)
        return cli.fail(s.error());
    return ExitOk;
}

void printVerification(Cli& cli, const PackageVerification& v)
{
    if (cli.json()) {
        cli.printJson(v.toJson());
        return;
    }
    cli.out(v.ok() ? Cli::tr("OK: package %1 (%2), %3 files, %4 bytes, %5 custody events, signed by %6")
                         .arg(v.packageId, v.caseReference)
                         .arg(v.files)
                         .arg(v.bytes)
                         .arg(v.custodyEvents)
                         .arg(v.signer)
                   : Cli::tr("FAILED: %n problem(s) in %1", nullptr, static_cast<int>(v.problems.size())).arg(v.path));
    if (!v.timestampedAt.isEmpty())
        cli.out(Cli::tr("Time-stamped %1 by %2 (RFC 3161)").arg(v.timestampedAt, v.timestampAuthority));
    for (const QString& p : v.problems)
        cli.out(QStringLiteral("  - ") + p);
    for (const QString& n : v.notes)
        cli.err(Cli::tr("note: %1").arg(n));
    // Core's notes name no option: how to bring what would make the verdict stronger is said here.
    if (v.wanted.contains(QLatin1String("ca")))
        cli.err(Cli::tr("hint: give --ca FILE (the CA certificate the sender gave you) to check who made it."));
    if (v.wanted.contains(QLatin1String("tsa-ca")))
        cli.err(Cli::tr("hint: give --tsa-ca FILE (the time-stamp authority's certificate) to let the time-stamp "
                        "decide against revocations."));
}

int cmdExport(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("export needs --out FILE.zip"));
    LP_CLI_DB(cli, db);
    std::optional<SecureBytes> password;
    bool generated = false;
    if (a.has(QStringLiteral("encrypt"))) {
        // A chosen password (file or LPDESK_PACKAGE_PASSWORD) needs 20 characters (checked in core); else one is
        // generated (130 bits) and shown once, after the package verifies.
        auto p = cli.packagePassword(a.value(QStringLiteral("password-file")), true);
        if (!p && p.error().kind != ErrorKind::NotFound)
            return cli.fail(p.error());
        generated = !p;
        password.emplace(p ? std::move(*p) : PackagePassword::generate());
    }
    ExportOptions options;
    options.outPath = a.value(QStringLiteral("out"));
    options.password = password ? &*password : nullptr;
    options.passwordChosen = password && !generated;
    QString lastStage;
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total, const QString& stage) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : -1;
        const QString head = stage.section(QLatin1Char(' '), 0, 0);
        if (head == lastStage && percent / 10 == lastPercent / 10)
            return;
        lastStage = head;
        lastPercent = percent;
        cli.progress(percent >= 0 ? QStringLiteral("%1… %2%").arg(stage).arg(percent) : stage + QStringLiteral("…"));
    };
    auto result = PackageBuilder(db).exportRelease(a.positionals()[0], options);
    if (!result)
        return cli.fail(result.error());
    if (cli.json()) {
        const QJsonObject object {{QLatin1String("id"), result->packageId},
                                  {QLatin1String("password"), QJsonValue()},
                                  {QLatin1String("path"), result->path},
                                  {QLatin1String("size"), result->size},
                                  {QLatin1String("files"), result->files},
                                  {QLatin1String("manifest_sha256"), result->manifestSha256},
                                  {QLatin1String("verified"), result->verification.ok()}};
        if (generated)
            cli.printJsonWithSecret(object, QLatin1String("password"), password->view());
        else
            cli.printJson(object);
        return ExitOk;
    }
    cli.out(Cli::tr("%1: package %2, %3 files, %4 bytes, written and read back: it verifies.")
                .arg(result->path, result->packageId)
                .arg(result->files)
                .arg(result->size));
    if (generated)
        cli.outSecret(Cli::tr("Package password (shown once; hand it over separately, never with the package): %1"),
                      password->view());
    return ExitOk;
}

Result<QByteArray> readPem(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return makeError(ErrorKind::Usage, Cli::tr("Cannot read the certificate file %1.").arg(path));
    return f.readAll();
}

int cmdVerify(Cli& cli, const CommandArgs& a)
{
    QByteArray ca, tsaCa, crl;
    for (const auto& [option, target] : {std::pair<QString, QByteArray*> {QStringLiteral("ca"), &ca},
                                         {QStringLiteral("tsa-ca"), &tsaCa},
                                         {QStringLiteral("crl"), &crl}})
        if (a.has(option)) {
            auto pem = readPem(a.value(option));
            if (!pem)
                return cli.fail(pem.error());
            *target = *pem;
        }
    const QString path = a.positionals()[0];
    auto v = PackageVerifier::verify(path, ca, nullptr, {}, nullptr, tsaCa, crl);
    if (!v && v.error().kind == ErrorKind::Auth) {
        auto p = cli.packagePassword(a.value(QStringLiteral("password-file")), false);
        if (!p)
            return cli.fail(p.error());
        v = PackageVerifier::verify(path, ca, &*p, {}, nullptr, tsaCa, crl);
    }
    if (!v)
        return cli.fail(v.error());
    printVerification(cli, *v);
    return v->ok() ? ExitOk : ExitVerify;
}

int cmdTsa(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (a.has(QStringLiteral("clear"))) {
        if (Status s = TimestampSettings::configure(db, QUrl(), {}); !s)
            return cli.fail(s.error());
        return ExitOk;
    }
    if (a.positionals().isEmpty()) {
        const TimestampAuthority configured = TimestampSettings::configured(db);
        const auto trusted = TimestampSettings::trusted(db);
        if (cli.json()) {
            QJsonObject o {{QLatin1String("url"),
                            configured.url.isEmpty() ? QJsonValue() : QJsonValue(configured.url.toString())}};
            if (!configured.url.isEmpty() || !trusted) {
                o.insert(QLatin1String("trusted"), static_cast<bool>(trusted));
                o.insert(QLatin1String("signed_by"), trusted ? QJsonValue(trusted->signedBy) : QJsonValue());
                if (!trusted)
                    o.insert(QLatin1String("problem"), trusted.errorMessage());
            }
            cli.printJson(o);
            if (!trusted)
                return ExitVerify;
        } else if (!trusted) {
            if (!configured.url.isEmpty())
                cli.out(Cli::tr("Time-stamp authority: %1").arg(configured.url.toString()));
            return cli.fail(trusted.error());
        } else if (configured.url.isEmpty()) {
            cli.out(Cli::tr("No time-stamp authority: packages, anchors and approvals carry no RFC 3161 token."));
        } else {
            cli.out(Cli::tr("Time-stamp authority: %1 (settings signed by %2)")
                        .arg(configured.url.toString(), trusted->signedBy));
        }
        return ExitOk;
    }
    const QUrl url(a.positionals()[0]);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return cli.usage(Cli::tr("The TSA address must be an http:// or https:// URL."));
    if (!a.has(QStringLiteral("ca")))
        return cli.usage(Cli::tr("tsa URL needs --ca PEM: the CA that issues the TSA's certificate"));
    auto pem = readPem(a.value(QStringLiteral("ca")));
    if (!pem)
        return cli.fail(pem.error());
    if (Status s = TimestampSettings::configure(db, url, *pem); !s)
        return cli.fail(s.error());
    return ExitOk;
}

} // namespace

void registerReleaseCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("release request"),
                  QStringLiteral("CASE (--all | --media ID... --statement ID... --pos TX...) --purpose usb|agency:ID "
                                 "--note T [--recipient WHO] [--le-request ID]"),
                  Cli::tr("ask legal to release items of a case; prints the request id"), cmdReleaseRequest};
    c << Command {QStringLiteral("release list"), QStringLiteral("[--pending] [--case CASE]"),
                  Cli::tr("release requests and their state"), cmdReleaseList};
    c << Command {QStringLiteral("release show"), QStringLiteral("REQ"), Cli::tr("one request with every item's hash"),
                  cmdReleaseShow};
    c << Command {
        QStringLiteral("release approve"),
        QStringLiteral("REQ --note T [--include-contacts] [--include-anonymous-names] [--include-customer-data]"),
        Cli::tr("approve (never one's own request): binds to the exact content; personal data stays masked "
                "unless included"),
        [](Cli& cli, const CommandArgs& a) { return cmdReleaseDecide(cli, a, true); }};
    c << Command {QStringLiteral("release reject"), QStringLiteral("REQ --note T"),
                  Cli::tr("reject (never one's own request) with a reason"),
                  [](Cli& cli, const CommandArgs& a) { return cmdReleaseDecide(cli, a, false); }};
    c << Command {QStringLiteral("export"), QStringLiteral("REQ --out FILE.zip [--encrypt [--password-file F]]"),
                  Cli::tr("write the sealed package of an approved, unchanged release; it is read "
                          "back and verified before success is reported"),
                  cmdExport, true};
    c << Command {
        QStringLiteral("tsa"), QStringLiteral("[URL --ca PEM | --clear]"),
        Cli::tr("the RFC 3161 time-stamp authority that stamps every package's manifest (changing it: admin); "
                "without arguments, show it"),
        cmdTsa};
    c << Command {QStringLiteral("verify"),
                  QStringLiteral("FILE.zip [--ca PEM] [--tsa-ca PEM] [--crl PEM] [--password-file F]"),
                  Cli::tr("verify a package offline: structure, signature, hashes, coverage, "
                          "custody chain, revoked reviewers (crl.pem, or a newer list with --crl); exit 4 listing "
                          "every problem"),
                  cmdVerify};
}

} // namespace lpdesk
