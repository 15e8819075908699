// CaseDatabase: creating a database and opening it (unlocking a slot, migrating, checking the slot and the CA pin).
// The rest of the class: CaseDatabaseConnections.cpp, CaseDatabaseAudit.cpp, CaseDatabaseKeys.cpp,
// CaseDatabaseMaintenance.cpp and the test hooks in TestHooks.cpp.
#include "db/CaseDatabase.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Random.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "custody/ChainAnchors.h"
#include "custody/CustodyRecorder.h"
#include "db/CaPinning.h"
#include "db/CaseDatabaseInternal.h"
#include "db/Migrations.h"
#include "db/PassphrasePolicy.h"
#include "db/RecipientRotation.h"
#include "db/SlotKeyRecord.h"
#include "db/SqlRow.h"
#include "db/SystemTrust.h"
#include "db/WorkstationKeys.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace lpdesk {

namespace {

bool validUserName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}\z)"));
    return re.match(name).hasMatch();
}

// What database_created records: who made it, the first keys, and the rules this database holds from its start.
QJsonObject creationDetails(const QString& databaseId, const QString& adminName, const QString& adminSlotKey,
                            const QString& recipientKeyId, const QByteArray& firstCrl)
{
    return WorkstationKeys::withCrlDetails({{QLatin1String("database_id"), databaseId},
                                            {QLatin1String("admin"), adminName},
                                            // Every key slot's public key is in the audit log (this one, then
                                            // user_added): a slot it does not record is planted (SlotKeyRecord).
                                            {QLatin1String("admin_slot_public_key"), adminSlotKey},
                                            {QLatin1String("slot_keys_in_events"), true},
                                            {QLatin1String("recipient_key_id"), recipientKeyId},
                                            {QLatin1String("ca_key"), QStringLiteral("admin slots only")},
                                            // Its first anchor follows: the anchor file can never be started
                                            // again unnoticed (ChainAnchors).
                                            {QLatin1String("anchor_file"), true},
                                            // Every event that records a revocation list carries it (crl_pem):
                                            // a revocation without one is forged (WorkstationKeys::checkCrl).
                                            {QLatin1String("crl_in_events"), true},
                                            // Custody checkpoints are signed by the person who acts: one
                                            // signed by the workstation key is forged (CustodyRecorder).
                                            {QLatin1String("personal_checkpoints"), true},
                                            // Recipient key rotations are signed by an administrator: an
                                            // unsigned one is forged (RecipientRotation).
                                            {QLatin1String("signed_recipient_rotations"), true},
                                            {QLatin1String("schema_version"), Migrations::latestVersion()}},
                                           firstCrl);
}

} // namespace

Status CaseDatabase::checkInitialPassphrase(const QString& adminName, const SecureBytes& passphrase,
                                            const CreateOptions& options)
{
    return PassphrasePolicy().check(passphrase, PassphrasePolicy::contextWords(adminName, options.organisation));
}

QString CaseDatabase::defaultPath()
{
    const QString env = qEnvironmentVariable("LPDESK_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cases.lpdb");
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::create(const QString& path, const QString& adminName,
                                                           const SecureBytes& passphrase, const CreateOptions& options)
{
    if (!validUserName(adminName))
        return makeError(ErrorKind::Usage, tr("User names are 1–64 letters, digits, '.', '_', '@' or '-'."));
    const QFileInfo info(path);
    if (info.exists())
        return failure(tr("%1 already exists; LP Desk will not overwrite a database.").arg(path));
    LP_TRY(checkInitialPassphrase(adminName, passphrase, options));
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return failure(tr("Cannot create the folder %1.").arg(dir.absolutePath()));
    if (!caseDbInternal::folderIsWritable(dir.absolutePath()))
        return failure(tr("Cannot create a database in %1: the folder is not writable.").arg(dir.absolutePath()));

    const QString databaseId = randomUuid();
    SecureBytes masterKey = randomSecret(32);
    const QString tmpPath = info.absoluteFilePath() + QStringLiteral(".creating-") + randomUuid().left(8);
    auto cleanup = [&tmpPath] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal"), QStringLiteral(".keys")})
            QFile::remove(tmpPath + suffix);
    };

    KeySlotFile slots;
    slots.databaseId = databaseId;
    slots.generation = 1;
    SecureBytes adminWrapKey; // pins the CA in the administrator's slot once the CA exists
    auto slot = KeySlotFile::makeSlot(adminName, passphrase, masterKey, databaseId, 1, options.kdfTargetMs, {},
                                      &adminWrapKey);
    if (!slot)
        return slot.error();
    slots.slots.append(*slot);
    const QString adminSlotKey = toHex(slot->publicKey);

    {
        caseDbInternal::RawHandle h = caseDbInternal::openRaw(tmpPath, masterKey, true);
        if (!h.driver) {
            cleanup();
            return failure(tr("Cannot create the database: %1").arg(h.error));
        }
        QString error;
        if (!caseDbInternal::pragmas(*h.driver, &error)
            || !h.driver->execScript("PRAGMA application_id = 1280328753;", &error)) {
            h.driver.reset();
            cleanup();
            return failure(tr("Cannot create the database: %1").arg(error));
        }
        auto migrated = Migrations::apply(*h.driver, Migrations::builtIn());
        if (!migrated) {
            h.driver.reset();
            cleanup();
            return migrated.error();
        }
    }

    std::unique_ptr<CaseDatabase> db(new CaseDatabase);
    db->m_path = tmpPath;
    db->m_databaseId = databaseId;
    db->m_masterKey = masterKey.clone();
    db->m_kdfTargetMs = options.kdfTargetMs;
    const QString adminId = randomUuid();
    db->m_session = Session {adminId, adminName, Role::Admin};
    {
        QSqlDatabase conn = db->connection();
        Transaction tx(conn);
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', ?), ('created_at', ?), "
                                 "('organisation', ?)"));
        q.addBindValue(databaseId);
        q.addBindValue(utcNowString());
        q.addBindValue(options.organisation);
        bool ok = q.exec();
        q.prepare(QStringLiteral("INSERT INTO users (id, name, role, created_at, created_by, slot_public_key) VALUES "
                                 "(?, ?, 'admin', ?, NULL, ?)"));
        q.addBindValue(adminId);
        q.addBindValue(adminName);
        q.addBindValue(utcNowString());
        q.addBindValue(adminSlotKey);
        ok = ok && q.exec();
        if (!ok) {
            const QString err = q.lastError().text();
            db.reset();
            cleanup();
            return failure(tr("Cannot create the database: %1").arg(err));
        }
        const QString org = options.organisation.isEmpty() ? tr("LP Desk organisation") : options.organisation;
        const QString ws = options.workstation.isEmpty() ? tr("LP Desk workstation") : options.workstation;
        auto keys = WorkstationKeys::createIn(conn, org, ws);
        Status audited = keys ? Status() : Status(keys.error());
        QByteArray firstCrl;
        if (audited) {
            // The CA key goes into the administrator's slot only, and the first (empty) revocation list is signed.
            KeySlot& adminSlot = slots.slots.first();
            adminSlot.sealedCaKey = X25519::seal(adminSlot.publicKey, KeySlotFile::caContext(databaseId, adminName),
                                                 keys->caPrivateKeyDer);
            audited
                = slots.pinCa(adminName, adminWrapKey, WorkstationKeys::certificateFingerprint(keys->caCertificatePem));
        }
        if (audited) {
            db->m_wrapKey = adminWrapKey.clone();
            db->m_caKey = keys->caPrivateKeyDer.clone();
            auto ca = WorkstationKeys::caIdentity(conn, keys->caPrivateKeyDer);
            auto crl = ca ? RevocationList::issue(*ca, {}, {}, 0) : Result<QByteArray>(ca.error());
            audited = crl ? WorkstationKeys::storeCrlIn(conn, *crl) : Status(crl.error());
            if (crl)
                firstCrl = *crl;
        }
        if (audited) {
            // The first list's number is audited like every later one's: no list may reuse it.
            audited = db->auditIn(conn, QStringLiteral("database_created"),
                                  creationDetails(databaseId, adminName, adminSlotKey, keys->recipientKeyId, firstCrl));
        }
        Status committed = audited ? tx.commit() : audited;
        if (!committed) {
            db.reset();
            cleanup();
            return committed.error();
        }
    }
    // Close every connection so the WAL is checkpointed away before the file is moved into place.
    db->releaseThreadConnection();
    if (auto saved = slots.save(KeySlotFile::pathFor(path)); !saved) {
        db.reset();
        cleanup();
        return saved.error();
    }
    if (!QFile::rename(tmpPath, path)) {
        db.reset();
        cleanup();
        QFile::remove(KeySlotFile::pathFor(path));
        return failure(tr("Cannot move the new database into place at %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    db->m_path = info.absoluteFilePath();
    QDir().mkpath(db->mediaDirectory());
    // The administrator's own signing key, the audit position in the key-slot file and the first line of the
    // anchor file: from here on db check requires both anchors.
    if (Status issued = db->issuePersonalKey(); !issued)
        db->m_openWarnings << issued.errorMessage();
    if (Status anchored = db->writeAnchor(); !anchored)
        db->m_openWarnings << anchored.errorMessage();
    if (auto anchored = ChainAnchors(*db).write(QStringLiteral("created"), true); !anchored)
        db->m_openWarnings << anchored.errorMessage();
    return db;
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::open(const QString& path, const QString& userName,
                                                         const SecureBytes& passphrase, const QString& confirmCaSha256)
{
    return openImpl(path, userName, passphrase, Migrations::builtIn(), confirmCaSha256);
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::openWithMigrations(const QString& path, const QString& userName,
                                                                       const SecureBytes& passphrase,
                                                                       const QList<Migration>& migrations)
{
    return openImpl(path, userName, passphrase, migrations);
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::openImpl(const QString& path, const QString& userName,
                                                             const SecureBytes& passphrase,
                                                             const QList<Migration>& migrations,
                                                             const QString& confirmCaSha256)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("There is no case database at %1.").arg(path));
    if (!info.isFile())
        return failure(tr("%1 is not a file.").arg(path));
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(info.absoluteFilePath()));
    if (!slots)
        return slots.error();
    auto keys = slots->unlock(userName, passphrase);
    std::unique_ptr<CaseDatabase> db(new CaseDatabase);
    db->m_path = info.absoluteFilePath();
    if (!keys) {
        if (keys.error().kind == ErrorKind::Auth)
            db->recordFailedLogin(db->m_path, userName);
        return keys.error();
    }
    if (!caseDbInternal::folderIsWritable(info.absolutePath()) || !info.isWritable())
        return failure(tr("%1 is not writable (read-only folder or file); LP Desk needs to write its journal "
                          "there. Nothing was changed.")
                           .arg(path));

    bool usedNext = false;
    if (Status opened = db->openRawAndMigrate(path, *keys, migrations, &usedNext); !opened)
        return opened.error();
    db->m_masterKey = usedNext ? std::move(keys->next) : std::move(keys->current);
    db->m_signingKey = std::move(keys->signingKey);
    db->m_caKey = std::move(keys->caKey);
    db->m_slotPrivateKey = std::move(keys->slotPrivateKey);
    if (const KeySlot* mine = slots->find(userName))
        db->m_certificatePem = mine->certificatePem;

    if (slots->nextGeneration)
        if (Status settled = db->settleInterruptedRekey(usedNext); !settled)
            return settled.error();

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return failure(tr("Cannot open %1: %2").arg(path, conn.lastError().text()));
    if (Status signedIn = db->loadSession(conn, *slots, userName); !signedIn)
        return signedIn.error();
    QString slotKey;
    bool mustRecord = false;
    qint64 certificateSeq = 0;
    if (Status sameSlot = db->checkSlotKey(conn, *slots, userName, &slotKey, &mustRecord, &certificateSeq); !sameSlot)
        return sameSlot.error();
    // The organisation CA certificate must be the one the key slots were sealed with (CaPinning: a row replaced
    // with the database key matches nobody's pin; a slot from before is pinned only on an administrator's word).
    auto caPin = CaPinning::atLogin(conn, *slots, userName, db->m_session.role, db->m_slotPrivateKey, confirmCaSha256);
    // With the CA certificate row vouched for: the slot must yield the person's own certified signing key.
    const Status proven = caPin ? db->provePersonalKey(conn, userName, certificateSeq) : Status(caPin.error());
    if (!proven) {
        conn = QSqlDatabase(); // no query or handle may outlive the connection (the GUI unlocks on a pool thread)
        db->releaseThreadConnection();
        return proven.error();
    }
    db->m_openWarnings << caPin->warnings;
    db->m_kdfTargetMs = defaultKdfTargetMs();

    if (auto imported = db->importFailedLogins(); !imported)
        db->m_openWarnings << imported.errorMessage();
    if (mustRecord)
        if (Status recorded = db->storeSlotKey(conn, userName, slotKey); !recorded)
            return recorded.error();
    if (Status pinned = CaPinning::apply(*db, *caPin, keys->wrapKey, db->m_slotPrivateKey); !pinned) {
        if (caPin->confirmed)
            return pinned.error();
        db->m_openWarnings << pinned.errorMessage();
    }
    db->m_wrapKey = std::move(keys->wrapKey);
    db->m_sealedHead = {keys->sealedAuditSeq, keys->sealedAuditHash};
    if (auto logged = db->audit(QStringLiteral("login"), {}); !logged)
        return logged.error();
    db->afterLogin();
    return db;
}

// openImpl, step 1: the SQLCipher file opens with the current master key (or the next one if a rekey was interrupted
// between its steps), is an LP Desk database, and its schema is brought up to date.
Status CaseDatabase::openRawAndMigrate(const QString& path, const UnlockedKeys& keys,
                                       const QList<Migration>& migrations, bool* usedNext)
{
    caseDbInternal::RawHandle h = caseDbInternal::openRaw(m_path, keys.current, false);
    *usedNext = false;
    if (!h.driver && !keys.next.isEmpty()) {
        h = caseDbInternal::openRaw(m_path, keys.next, false);
        *usedNext = static_cast<bool>(h.driver);
    }
    if (!h.driver) {
        if (h.code == SQLITE_NOTADB || h.code == SQLITE_CORRUPT)
            return makeError(ErrorKind::Verification,
                             tr("The database file %1 is damaged, truncated or does not belong to this key-slot "
                                "file (%2). Nothing was changed.")
                                 .arg(path, h.error));
        return failure(tr("Cannot open %1: %2").arg(path, h.error));
    }
    QString error;
    if (!caseDbInternal::pragmas(*h.driver, &error))
        return failure(tr("Cannot open %1: %2").arg(path, error));
    auto version = Migrations::currentVersion(*h.driver);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(ErrorKind::Verification, tr("%1 is not an LP Desk case database.").arg(path));
    if (auto migrated = Migrations::apply(*h.driver, migrations); !migrated)
        return migrated.error();
    h.driver.reset();
    return {};
}

// openImpl: finish (or undo) the interrupted rekey in the slot file to match what the database uses now.
Status CaseDatabase::settleInterruptedRekey(bool usedNext)
{
    return updateSlots([usedNext](KeySlotFile& f) {
        if (usedNext)
            f.commitRekey();
        else
            f.abandonRekey();
        return Status();
    });
}

// openImpl: the slot file belongs to this database and names an active user, whose session this becomes.
Status CaseDatabase::loadSession(QSqlDatabase& conn, const KeySlotFile& slots, const QString& userName)
{
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!q.next() || q.value(0).toString() != slots.databaseId)
        return makeError(ErrorKind::Verification,
                         tr("The key-slot file does not belong to this database (database id differs)."));
    m_databaseId = slots.databaseId;
    q.prepare(QStringLiteral("SELECT id, role FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(userName);
    if (!q.exec() || !q.next()) {
        // A slot without an active user (removed while a slot rewrite was interrupted) does not log in.
        releaseThreadConnection();
        recordFailedLogin(m_path, userName);
        return makeError(ErrorKind::Auth, KeySlotFile::authFailedMessage());
    }
    Role role = Role::Auditor;
    parseRole(q.value(1).toString(), &role);
    m_session = Session {q.value(0).toString(), userName, role};
    q.finish();
    return {};
}

// openImpl: the slot must be the one the audit log recorded for this user when it was made (SlotKeyRecord; the users
// column is only a copy): a planted or swapped slot is refused, whatever the column says. A database from before
// slot keys were recorded gets it recorded at first use, and a cleared column is put back (mustRecord, then
// storeSlotKey).
Status CaseDatabase::checkSlotKey(QSqlDatabase& conn, const KeySlotFile& slots, const QString& userName,
                                  QString* slotKey, bool* mustRecord, qint64* certificateSeq)
{
    const KeySlot* mySlot = slots.find(userName);
    *slotKey = mySlot ? toHex(mySlot->publicKey) : QString();
    QString recordedSlotKey;
    {
        QSqlQuery k(conn);
        k.prepare(QStringLiteral("SELECT slot_public_key FROM users WHERE id = ?"));
        k.addBindValue(m_session.userId);
        if (!k.exec() || !k.next())
            return failure(tr("Cannot read the user %1: %2").arg(userName, k.lastError().text()));
        recordedSlotKey = SqlRow(k).string("slot_public_key");
    }
    auto records = SlotKeyRecord::read(conn);
    if (!records) {
        releaseThreadConnection();
        return records.error(); // fail closed: no slot is trusted without the record
    }
    const SlotKeyRecord::Judgement judged = records->judge(userName, *slotKey, recordedSlotKey);
    *mustRecord
        = judged.verdict == SlotKeyRecord::Verdict::FirstUse || judged.verdict == SlotKeyRecord::Verdict::Restore;
    *certificateSeq = records->certificateIssued(userName);
    if (judged.usable())
        return {};
    releaseThreadConnection();
    if (judged.verdict == SlotKeyRecord::Verdict::DiffersFromRow)
        return makeError(ErrorKind::Verification,
                         tr("The key slot for %1 is not the one recorded for that user (it was replaced or planted); "
                            "login refused. An administrator must restore the key-slot file or re-add the user.")
                             .arg(userName));
    return makeError(ErrorKind::Verification,
                     tr("The key slot for %1 is not the one recorded for that user: %2. Login refused; an "
                        "administrator must restore the key-slot file or re-add the user.")
                         .arg(userName, SlotKeyRecord::problem(userName, judged)));
}

// openImpl, after checkSlotKey and the CA pins: audit events are hashed, not signed, so a user_added appended with a
// planted slot's key would vouch for that slot. What cannot be forged with the database key is the person's signing
// key: once the audit log records a certificate issued to them (issuedSeq), their slot must yield a key that signs as a
// certificate the organisation CA issued to them (CN = their name) — a slot sealed by anyone else holds no such key.
Status CaseDatabase::provePersonalKey(QSqlDatabase& conn, const QString& userName, qint64 issuedSeq)
{
    if (issuedSeq <= 0)
        return {};
    auto refused = [&](const QString& why) {
        return makeError(ErrorKind::Verification,
                         tr("The key slot for %1 is not the one recorded for that user: %2, though audit event %3 "
                            "records a certificate issued to %1. Login refused; an administrator must restore the "
                            "key-slot file or re-add the user.")
                             .arg(userName, why)
                             .arg(issuedSeq));
    };
    if (m_signingKey.isEmpty() || m_certificatePem.isEmpty())
        return refused(tr("it holds no personal signing key"));
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return ca.error();
    auto identity = SigningIdentity::load(m_signingKey, m_certificatePem);
    const QByteArray challenge = "lpdesk-slot-signing-key-v1|" + m_databaseId.toUtf8() + '|' + userName.toUtf8();
    auto signature = identity ? CmsSignature::signDetached(*identity, challenge) : Result<QByteArray>(identity.error());
    auto verified = signature ? CmsSignature::verifyDetached(*signature, challenge, *ca, false)
                              : Result<CmsVerification>(signature.error());
    if (!verified)
        return refused(tr("its signing key does not sign as a certificate of the organisation CA (%1)")
                           .arg(verified.errorMessage()));
    if (verified->signerCommonName != userName)
        return refused(tr("its signing key is %1's").arg(verified->signerCommonName));
    return {};
}

Status CaseDatabase::storeSlotKey(QSqlDatabase& conn, const QString& userName, const QString& slotKey)
{
    QSqlQuery k(conn);
    k.prepare(QStringLiteral("UPDATE users SET slot_public_key = ? WHERE id = ?"));
    k.addBindValue(slotKey);
    k.addBindValue(m_session.userId);
    if (!k.exec())
        return failure(k.lastError().text());
    return audit(QStringLiteral("slot_key_recorded"),
                 QJsonObject {{QLatin1String("user"), userName}, {QLatin1String("slot_public_key"), slotKey}});
}

// openImpl, once logged in: upkeep whose failure is a warning, never a refused login.
void CaseDatabase::afterLogin()
{
    if (Status kept = SystemTrust::auditMigrated(*this); !kept) // migration 23's system-trust marks, audited once
        m_openWarnings << kept.errorMessage();
    if (Status moved = moveLegacyCaKey(); !moved)
        m_openWarnings << moved.errorMessage();
    if (m_signingKey.isEmpty())
        if (Status issued = issuePersonalKey(); !issued)
            m_openWarnings << issued.errorMessage();
    if (Status started = CustodyRecorder::recordPersonalSigningStart(*this); !started)
        m_openWarnings << started.errorMessage();
    if (Status signedFrom = RecipientRotation::recordSigningStart(*this); !signedFrom)
        m_openWarnings << signedFrom.errorMessage();
    {
        QSqlDatabase conn = connection();
        if (auto recipient = WorkstationKeys::recipientPublicKey(conn); !recipient)
            m_openWarnings << recipient.errorMessage();
    }
    QStringList anchorProblems;
    auto fresh = readSlots();
    if (fresh)
        verifyAnchor(*fresh, anchorProblems);
    m_openWarnings << anchorProblems;
    QDir().mkpath(mediaDirectory());
    // At least one anchor a day outside the database (the heads of every chain, signed and time-stamped).
    if (auto daily = ChainAnchors(*this).writeIfStale(); !daily)
        m_openWarnings << tr("No daily anchor was written: %1").arg(daily.errorMessage());
}

} // namespace lpdesk
