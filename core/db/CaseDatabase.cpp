#include "db/CaseDatabase.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "custody/ChainAnchors.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaPinning.h"
#include "db/Migrations.h"
#include "db/PassphrasePolicy.h"
#include "db/SqlCipherDriver.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

namespace lpdesk {

namespace {

// The organisation's name as the database was created with it (certificates carry it as O=).
QString organisationIn(QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation'")) && q.next())
        return q.value(0).toString();
    return {};
}

// Which thread made each connection. A pool thread can end while its connection is still listed, and a new thread
// can then get the same address: that connection is not the new thread's (Qt would warn "requested database does
// not belong to the calling thread") and is replaced. Kept here so that CaseDatabase.h does not change.
QMutex g_ownersMutex;
QHash<QString, QPointer<QThread>>& connectionOwners()
{
    static QHash<QString, QPointer<QThread>> owners;
    return owners;
}

const HashChain& auditChain()
{
    static const HashChain chain(QStringLiteral("audit_log"), QString());
    return chain;
}

// An open SQLCipher handle outside QSqlDatabase, for creation, migration, rekey and backup.
struct RawHandle
{
    std::unique_ptr<SqlCipherDriver> driver;
    QString error;
    int code = 0;
};

RawHandle openRaw(const QString& path, const SecureBytes& key, bool create)
{
    RawHandle h;
    h.driver = std::make_unique<SqlCipherDriver>();
    h.driver->setRawKey(key.clone());
    h.driver->setCreateIfMissing(create);
    if (!h.driver->open(path, {}, {}, {}, 0, {})) {
        h.error = h.driver->lastError().databaseText();
        h.code = h.driver->lastError().nativeErrorCode().toInt();
        h.driver.reset();
    }
    return h;
}

bool pragmas(SqlCipherDriver& driver, QString* error)
{
    // WAL lets readers (the UI) proceed while a worker writes; FULL sync so a committed ingest survives power loss.
    return driver.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                             "PRAGMA secure_delete = ON;",
                             error);
}

// access(2)-style checks say yes to root even for immutable folders or read-only mounts; actually try.
bool folderIsWritable(const QString& dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.lpdesk-probe-XXXXXX"));
    return probe.open();
}

bool validUserName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}\z)"));
    return re.match(name).hasMatch();
}

class SlotLock
{
public:
    explicit SlotLock(const QString& slotPath) : m_lock(slotPath + QStringLiteral(".lock"))
    {
        m_lock.setStaleLockTime(30000);
        m_locked = m_lock.tryLock(20000);
    }
    bool locked() const { return m_locked; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};

} // namespace

int CaseDatabase::defaultKdfTargetMs()
{
#ifdef LPDESK_TEST_HOOKS
    // Test builds only (CMake LPDESK_TEST_HOOKS; the Debian package is built without it): a cheap KDF for tests.
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LPDESK_KDF_MS", &ok);
    return ok && ms > 0 ? std::min(ms, 5000) : 500;
#else
    return 500;
#endif
}

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
    if (!folderIsWritable(dir.absolutePath()))
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
        RawHandle h = openRaw(tmpPath, masterKey, true);
        if (!h.driver) {
            cleanup();
            return failure(tr("Cannot create the database: %1").arg(h.error));
        }
        QString error;
        if (!pragmas(*h.driver, &error) || !h.driver->execScript("PRAGMA application_id = 1280328753;", &error)) {
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
            audited = db->auditIn(
                conn, QStringLiteral("database_created"),
                WorkstationKeys::withCrlDetails({{QLatin1String("database_id"), databaseId},
                                                 {QLatin1String("admin"), adminName},
                                                 {QLatin1String("recipient_key_id"), keys->recipientKeyId},
                                                 {QLatin1String("ca_key"), QStringLiteral("admin slots only")},
                                                 // Its first anchor follows: the anchor file can never be started
                                                 // again unnoticed (ChainAnchors).
                                                 {QLatin1String("anchor_file"), true},
                                                 // Every event that records a revocation list carries it (crl_pem):
                                                 // a revocation without one is forged (WorkstationKeys::checkCrl).
                                                 {QLatin1String("crl_in_events"), true},
                                                 {QLatin1String("schema_version"), Migrations::latestVersion()}},
                                                firstCrl));
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
    if (!folderIsWritable(info.absolutePath()) || !info.isWritable())
        return failure(tr("%1 is not writable (read-only folder or file); LP Desk needs to write its journal "
                          "there. Nothing was changed.")
                           .arg(path));

    // Try the current master key, then the next one if a rekey was interrupted between its steps.
    RawHandle h = openRaw(db->m_path, keys->current, false);
    bool usedNext = false;
    if (!h.driver && !keys->next.isEmpty()) {
        h = openRaw(db->m_path, keys->next, false);
        usedNext = static_cast<bool>(h.driver);
    }
    if (!h.driver) {
        if (h.code == SQLITE_NOTADB || h.code == SQLITE_CORRUPT)
            return makeError(ErrorKind::Verification,
                             tr("The database file %1 is damaged, truncated or does not belong to this key-slot "
                                "file (%2). Nothing was changed.")
                                 .arg(path, h.error));
        return failure(tr("Cannot open %1: %2").arg(path, h.error));
    }
    db->m_masterKey = usedNext ? std::move(keys->next) : std::move(keys->current);
    db->m_signingKey = std::move(keys->signingKey);
    db->m_caKey = std::move(keys->caKey);
    db->m_slotPrivateKey = std::move(keys->slotPrivateKey);
    if (const KeySlot* mine = slots->find(userName))
        db->m_certificatePem = mine->certificatePem;
    QString error;
    if (!pragmas(*h.driver, &error))
        return failure(tr("Cannot open %1: %2").arg(path, error));
    auto version = Migrations::currentVersion(*h.driver);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(ErrorKind::Verification, tr("%1 is not an LP Desk case database.").arg(path));
    if (auto migrated = Migrations::apply(*h.driver, migrations); !migrated)
        return migrated.error();
    h.driver.reset();

    if (slots->nextGeneration) {
        // Finish (or undo) the interrupted rekey in the slot file to match what the database uses now.
        Status fixed = db->updateSlots([usedNext](KeySlotFile& f) {
            if (usedNext)
                f.commitRekey();
            else
                f.abandonRekey();
            return Status();
        });
        if (!fixed)
            return fixed.error();
    }

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return failure(tr("Cannot open %1: %2").arg(path, conn.lastError().text()));
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!q.next() || q.value(0).toString() != slots->databaseId)
        return makeError(ErrorKind::Verification,
                         tr("The key-slot file does not belong to this database (database id differs)."));
    db->m_databaseId = slots->databaseId;
    q.prepare(QStringLiteral("SELECT id, role FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(userName);
    if (!q.exec() || !q.next()) {
        // A slot without an active user (removed while a slot rewrite was interrupted) does not log in.
        db->releaseThreadConnection();
        db->recordFailedLogin(db->m_path, userName);
        return makeError(ErrorKind::Auth, KeySlotFile::authFailedMessage());
    }
    Role role = Role::Auditor;
    parseRole(q.value(1).toString(), &role);
    db->m_session = Session {q.value(0).toString(), userName, role};
    q.finish();
    // The slot must be the one recorded for this user when it was made: a planted or swapped slot is refused.
    const KeySlot* mySlot = slots->find(userName);
    const QString slotKey = mySlot ? toHex(mySlot->publicKey) : QString();
    QString recordedSlotKey;
    {
        QSqlQuery k(conn);
        k.prepare(QStringLiteral("SELECT slot_public_key FROM users WHERE id = ?"));
        k.addBindValue(db->m_session.userId);
        if (!k.exec() || !k.next())
            return failure(tr("Cannot read the user %1: %2").arg(userName, k.lastError().text()));
        recordedSlotKey = k.value(0).toString();
    }
    bool recordSlotKey = false;
    if (recordedSlotKey.isEmpty()) {
        recordSlotKey = true; // a database from before slot keys were recorded: record it now (audited)
    } else if (recordedSlotKey != slotKey) {
        db->releaseThreadConnection();
        return makeError(ErrorKind::Verification,
                         tr("The key slot for %1 is not the one recorded for that user (it was replaced or planted); "
                            "login refused. An administrator must restore the key-slot file or re-add the user.")
                             .arg(userName));
    }
    // The organisation CA certificate must be the one the key slots were sealed with (CaPinning: a row replaced
    // with the database key matches nobody's pin; a slot from before is pinned only on an administrator's word).
    auto caPin = CaPinning::atLogin(conn, *slots, userName, role, db->m_slotPrivateKey, confirmCaSha256);
    if (!caPin) {
        db->releaseThreadConnection();
        return caPin.error();
    }
    db->m_openWarnings << caPin->warnings;
    db->m_kdfTargetMs = defaultKdfTargetMs();

    if (auto imported = db->importFailedLogins(); !imported)
        db->m_openWarnings << imported.errorMessage();
    if (recordSlotKey) {
        QSqlQuery k(conn);
        k.prepare(QStringLiteral("UPDATE users SET slot_public_key = ? WHERE id = ? AND slot_public_key IS NULL"));
        k.addBindValue(slotKey);
        k.addBindValue(db->m_session.userId);
        if (!k.exec())
            return failure(k.lastError().text());
        if (auto logged
            = db->audit(QStringLiteral("slot_key_recorded"),
                        QJsonObject {{QLatin1String("user"), userName}, {QLatin1String("slot_public_key"), slotKey}});
            !logged)
            return logged.error();
    }
    if (Status pinned = CaPinning::apply(*db, *caPin, keys->wrapKey, db->m_slotPrivateKey); !pinned) {
        if (caPin->confirmed)
            return pinned.error();
        db->m_openWarnings << pinned.errorMessage();
    }
    db->m_wrapKey = std::move(keys->wrapKey);
    db->m_sealedHead = {keys->sealedAuditSeq, keys->sealedAuditHash};
    if (auto logged = db->audit(QStringLiteral("login"), {}); !logged)
        return logged.error();
    if (Status moved = db->moveLegacyCaKey(); !moved)
        db->m_openWarnings << moved.errorMessage();
    if (db->m_signingKey.isEmpty())
        if (Status issued = db->issuePersonalKey(); !issued)
            db->m_openWarnings << issued.errorMessage();
    QStringList anchorProblems;
    auto fresh = db->readSlots();
    if (fresh)
        db->verifyAnchor(*fresh, anchorProblems);
    db->m_openWarnings << anchorProblems;
    QDir().mkpath(db->mediaDirectory());
    // At least one anchor a day outside the database (the heads of every chain, signed and time-stamped).
    if (auto daily = ChainAnchors(*db).writeIfStale(); !daily)
        db->m_openWarnings << tr("No daily anchor was written: %1").arg(daily.errorMessage());
    return db;
}

Status CaseDatabase::moveLegacyCaKey()
{
    QSqlDatabase conn = connection();
    auto legacy = WorkstationKeys::legacyCaPrivateKey(conn);
    if (!legacy)
        return legacy.error();
    if (legacy->isEmpty())
        return {};
    // A database from before the CA key left the database: seal it to every active administrator's recorded slot,
    // sign the first revocation list if there is none, then erase the row's copy. Whoever signs in does this (the
    // key was readable by every slot until now; the sooner it moves, the better).
    QSet<QString> admins, everyone;
    QHash<QString, QString> roles;
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT name, slot_public_key, role FROM users WHERE removed_at IS NULL AND "
                                   "slot_public_key IS NOT NULL")))
            return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
        while (q.next()) {
            const QString key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
            everyone.insert(key);
            roles.insert(key, q.value(2).toString());
            if (q.value(2).toString() == QLatin1String("admin"))
                admins.insert(key);
        }
    }
    auto ca = WorkstationKeys::caIdentity(conn, *legacy);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto crl = WorkstationKeys::crlPem(conn);
    if (!crl)
        return crl.error();
    QByteArray freshCrl;
    if (crl->isEmpty()) {
        auto issued = WorkstationKeys::issueCrl(conn, *ca, {}, {});
        if (!issued)
            return issued.error();
        freshCrl = *issued;
    }
    // People who never signed in yet get their certificate now: without the CA key in the database, their own
    // login could no longer issue it.
    QStringList sealedTo;
    QHash<QString, QByteArray> issued;
    LP_TRY(updateSlots([&](KeySlotFile& f) -> Status {
        for (KeySlot& slot : f.slots) {
            const QString key = slot.user + QLatin1Char('|') + toHex(slot.publicKey);
            if (admins.contains(key)) {
                slot.sealedCaKey
                    = X25519::seal(slot.publicKey, KeySlotFile::caContext(f.databaseId, slot.user), *legacy);
                sealedTo << slot.user;
            }
            if (everyone.contains(key) && slot.sealedSigningKey.isEmpty()) {
                auto personal = SigningIdentity::issuePersonal(*ca, organisation, slot.user, roles.value(key));
                if (!personal)
                    return personal.error();
                slot.sealedSigningKey
                    = X25519::seal(slot.publicKey, KeySlotFile::signingContext(f.databaseId, slot.user),
                                   personal->signingPrivateKeyDer);
                slot.certificatePem = personal->signingCertificatePem;
                issued.insert(slot.user, personal->signingCertificatePem);
                if (slot.user == m_session.userName) {
                    m_signingKey = std::move(personal->signingPrivateKeyDer);
                    m_certificatePem = personal->signingCertificatePem;
                }
            }
        }
        return sealedTo.isEmpty() ? failure(tr("No administrator's key slot could receive the CA key.")) : Status();
    }));
    if (sealedTo.contains(m_session.userName))
        m_caKey = legacy->clone();
    Transaction tx(conn);
    for (auto it = issued.constBegin(); it != issued.constEnd(); ++it) {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE users SET certificate_pem = ? WHERE name = ? AND removed_at IS NULL"));
        q.addBindValue(QString::fromLatin1(it.value()));
        q.addBindValue(it.key());
        if (!q.exec())
            return failure(q.lastError().text());
        LP_TRY(auditIn(conn, QStringLiteral("personal_certificate_issued"),
                       QJsonObject {{QLatin1String("user"), it.key()},
                                    {QLatin1String("serial"), RevocationList::serialOf(it.value())},
                                    {QLatin1String("certificate_sha256"), toHex(Sha256::hash(it.value()))}}));
    }
    QJsonObject moved {{QLatin1String("admins"), QJsonArray::fromStringList(sealedTo)}};
    if (!freshCrl.isEmpty()) {
        LP_TRY(WorkstationKeys::storeCrlIn(conn, freshCrl));
        moved = WorkstationKeys::withCrlDetails(moved, freshCrl);
    }
    LP_TRY(WorkstationKeys::eraseLegacyCaPrivateKeyIn(conn));
    LP_TRY(auditIn(conn, QStringLiteral("ca_key_moved_to_admin_slots"), moved));
    return tx.commit();
}

Result<SigningIdentity> CaseDatabase::caIdentity()
{
    LP_TRY(Permissions::require(m_session, Action::ManageUsers));
    QSqlDatabase conn = connection();
    return WorkstationKeys::caIdentity(conn, m_caKey);
}

Status CaseDatabase::issuePersonalKey()
{
    QSqlDatabase conn = connection();
    if (m_caKey.isEmpty())
        return makeError(ErrorKind::Permission,
                         tr("%1 has no personal signing key; an administrator issues one (the organisation CA key is "
                            "sealed to administrators only).")
                             .arg(m_session.userName));
    auto ca = WorkstationKeys::caIdentity(conn, m_caKey);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto issued = SigningIdentity::issuePersonal(*ca, organisation, m_session.userName, roleName(m_session.role));
    if (!issued)
        return issued.error();
    const QString user = m_session.userName;
    LP_TRY(updateSlots([&](KeySlotFile& f) -> Status {
        KeySlot* slot = f.find(user);
        if (!slot)
            return failure(tr("The key slot of %1 is gone.").arg(user));
        slot->sealedSigningKey = X25519::seal(slot->publicKey, KeySlotFile::signingContext(f.databaseId, user),
                                              issued->signingPrivateKeyDer);
        slot->certificatePem = issued->signingCertificatePem;
        return slot->sealedSigningKey.isEmpty() ? failure(tr("Could not seal the signing key.")) : Status();
    }));
    m_signingKey = std::move(issued->signingPrivateKeyDer);
    m_certificatePem = issued->signingCertificatePem;
    auto identity = personalIdentity();
    if (!identity)
        return identity.error();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE users SET certificate_pem = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(m_certificatePem));
    q.addBindValue(m_session.userId);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(auditIn(conn, QStringLiteral("personal_certificate_issued"),
                   QJsonObject {{QLatin1String("user"), user},
                                {QLatin1String("serial"), RevocationList::serialOf(m_certificatePem)},
                                {QLatin1String("certificate_sha256"), identity->certificateFingerprint()}}));
    return tx.commit();
}

Result<SigningIdentity> CaseDatabase::personalIdentity()
{
    if (m_signingKey.isEmpty() || m_certificatePem.isEmpty())
        return makeError(ErrorKind::Permission,
                         tr("%1 has no personal signing key yet; sign in again.").arg(m_session.userName));
    QSqlDatabase conn = connection();
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return ca.error();
    return SigningIdentity::load(m_signingKey, m_certificatePem + *ca);
}

CaseDatabase::~CaseDatabase()
{
    // The last line of defence (the GUI stops and waits visibly before it gets here): no job outlives the database.
    stopWork();
    if (!waitForWork(5000)) {
        qWarning("lpdesk: the case database waits for %d background job(s) to end before it closes", runningWork());
        (void)waitForWork(-1);
    }
    if (!m_databaseId.isEmpty() && !m_masterKey.isEmpty())
        (void)writeAnchor();
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString& name : names) {
        // removeDatabase closes the connection without asking for it from this thread (which warns when another
        // thread made it).
        QSqlDatabase::removeDatabase(name);
        QMutexLocker owners(&g_ownersMutex);
        connectionOwners().remove(name);
    }
}

QSqlDatabase CaseDatabase::connection()
{
    QThread* thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd()) {
        QMutexLocker owners(&g_ownersMutex);
        if (connectionOwners().value(*it) == thread)
            return QSqlDatabase::database(*it, false);
        // Made by a thread that has ended (this one has its address): drop it, make a new one.
        const QString stale = *it;
        connectionOwners().remove(stale);
        m_connections.remove(thread);
        QSqlDatabase::removeDatabase(stale);
    }
    const QString name = QStringLiteral("lpdesk-%1-%2")
                             .arg(reinterpret_cast<quintptr>(this), 0, 16)
                             .arg(reinterpret_cast<quintptr>(thread), 0, 16);
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(m_masterKey.clone());
    QSqlDatabase conn = QSqlDatabase::addDatabase(driver, name);
    conn.setDatabaseName(m_path);
    if (conn.open()) {
        QString ignored;
        driver->execScript("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;", &ignored);
    }
    m_connections.insert(thread, name);
    {
        QMutexLocker owners(&g_ownersMutex);
        connectionOwners().insert(name, QPointer<QThread>(thread));
    }
    return conn;
}

void CaseDatabase::releaseThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    lock.unlock();
    if (name.isEmpty())
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker owners(&g_ownersMutex);
    connectionOwners().remove(name);
}

DatabaseWork::~DatabaseWork()
{
    end();
}

void DatabaseWork::finish()
{
    if (m_ended.load())
        return;
    m_db->releaseThreadConnection();
    end();
}

void DatabaseWork::end()
{
    if (!m_ended.exchange(true))
        m_db->endWork(this);
}

std::shared_ptr<DatabaseWork> CaseDatabase::startWork(std::shared_ptr<std::atomic_bool> cancel)
{
    QMutexLocker lock(&m_workMutex);
    if (m_workStopped || m_workPaused)
        return {};
    if (!cancel)
        cancel = std::make_shared<std::atomic_bool>(false);
    auto work = std::make_shared<DatabaseWork>(this, cancel);
    m_work.insert(work.get(), std::move(cancel));
    return work;
}

void CaseDatabase::stopWork()
{
    QMutexLocker lock(&m_workMutex);
    m_workStopped = true;
    for (const auto& cancel : std::as_const(m_work))
        cancel->store(true);
}

int CaseDatabase::runningWork() const
{
    QMutexLocker lock(&m_workMutex);
    return static_cast<int>(m_work.size());
}

bool CaseDatabase::waitForWork(int msecs)
{
    QMutexLocker lock(&m_workMutex);
    QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
    while (!m_work.isEmpty())
        if (!m_workEnded.wait(&m_workMutex, deadline))
            return m_work.isEmpty();
    return true;
}

bool CaseDatabase::pauseWork(int msecs)
{
    QMutexLocker lock(&m_workMutex);
    m_workPaused = true;
    const QDeadlineTimer deadline(msecs);
    while (!m_work.isEmpty())
        if (!m_workEnded.wait(&m_workMutex, deadline) && !m_work.isEmpty()) {
            m_workPaused = false;
            return false;
        }
    return true;
}

void CaseDatabase::resumeWork()
{
    QMutexLocker lock(&m_workMutex);
    m_workPaused = false;
}

void CaseDatabase::setWorkEndedHandler(std::function<void()> handler)
{
    QMutexLocker lock(&m_workMutex);
    m_workEndedHandler = std::move(handler);
}

void CaseDatabase::endWork(DatabaseWork* work)
{
    QMutexLocker lock(&m_workMutex);
    m_work.remove(work);
    // Under the lock, so that the handler's owner cannot go (it clears the handler first) while it runs.
    if (m_work.isEmpty() && m_workEndedHandler)
        m_workEndedHandler();
    m_workEnded.wakeAll();
}

namespace {
QMutex g_holdMutex;
std::function<void(const char*)> g_holdHandler;
} // namespace

void CaseDatabase::testHoldPoint([[maybe_unused]] const char* name)
{
#ifdef LPDESK_TEST_HOOKS
    std::function<void(const char*)> handler;
    {
        QMutexLocker lock(&g_holdMutex);
        handler = g_holdHandler;
    }
    if (handler)
        handler(name);
#endif
}

void CaseDatabase::setTestHoldHandler([[maybe_unused]] std::function<void(const char*)> handler)
{
#ifdef LPDESK_TEST_HOOKS
    QMutexLocker lock(&g_holdMutex);
    g_holdHandler = std::move(handler);
#endif
}

Status CaseDatabase::auditIn(QSqlDatabase& db, const QString& action, const QJsonObject& details)
{
    auto appended = auditChain().append(db, m_session.userName, action, details);
    if (!appended)
        return appended.error();
    return {};
}

Status CaseDatabase::audit(const QString& action, const QJsonObject& details)
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    LP_TRY(auditIn(db, action, details));
    return tx.commit();
}

Result<KeySlotFile> CaseDatabase::readSlots() const
{
    return KeySlotFile::load(slotPath());
}

Status CaseDatabase::updateSlots(const std::function<Status(KeySlotFile&)>& change)
{
    SlotLock lock(slotPath());
    if (!lock.locked())
        return failure(tr("The key-slot file is locked by another LP Desk process; try again."));
    auto slots = readSlots();
    if (!slots)
        return slots.error();
    LP_TRY(change(*slots));
    return slots->save(slotPath());
}

void CaseDatabase::recordFailedLogin(const QString& path, const QString& user)
{
    // Outside the database (which the failed user could not open); imported into the audit log at the next
    // successful login. Best effort: a read-only medium simply keeps no record.
    const QString slotFile = KeySlotFile::pathFor(path);
    if (!folderIsWritable(QFileInfo(slotFile).absolutePath()))
        return;
    SlotLock lock(slotFile);
    if (!lock.locked())
        return;
    auto slots = KeySlotFile::load(slotFile);
    if (!slots)
        return;
    if (slots->failedLogins.size() >= KeySlotFile::MaxFailedLogins)
        slots->failedLogins.removeFirst();
    slots->failedLogins.append({user.left(64), utcNowString()});
    (void)slots->save(slotFile);
}

Status CaseDatabase::importFailedLogins()
{
    auto slots = readSlots();
    if (!slots || slots->failedLogins.isEmpty())
        return {};
    const QList<FailedLogin> failed = slots->failedLogins;
    QSqlDatabase db = connection();
    Transaction tx(db);
    for (const FailedLogin& f : failed)
        LP_TRY(auditIn(db, QStringLiteral("login_failed"),
                       QJsonObject {{QLatin1String("user"), f.user}, {QLatin1String("attempted_at"), f.at}}));
    LP_TRY(tx.commit());
    return updateSlots([&failed](KeySlotFile& f) {
        // Remove exactly what was imported; attempts recorded meanwhile stay for next time.
        for (const FailedLogin& done : failed) {
            for (qsizetype i = 0; i < f.failedLogins.size(); ++i) {
                if (f.failedLogins[i].user == done.user && f.failedLogins[i].at == done.at) {
                    f.failedLogins.removeAt(i);
                    break;
                }
            }
        }
        return Status();
    });
}

SecureBytes CaseDatabase::deriveKey(const QByteArray& purpose) const
{
    auto key = hkdfSha256(m_masterKey.view(), m_databaseId.toUtf8(), purpose, 32);
    return key ? std::move(*key) : SecureBytes();
}

QString CaseDatabase::anchorMac(qint64 seq, const QString& hash) const
{
    const SecureBytes key = deriveKey("lpdesk-audit-anchor-v1");
    return toHex(hmacSha256(key.view(), QStringLiteral("%1|%2|%3").arg(m_databaseId).arg(seq).arg(hash).toUtf8()));
}

Status CaseDatabase::writeAnchor()
{
    QSqlDatabase db = connection();
    auto head = auditChain().head(db);
    if (!head)
        return head.error();
    const qint64 seq = head->seq;
    const QString hash = head->hash;
    const QString mac = anchorMac(seq, hash);
    return updateSlots([&](KeySlotFile& f) {
        // The head in the person's own slot too, sealed under their key (verifyAnchor checks it), but not over a
        // head this log no longer holds: that problem stays named until the log is restored.
        const KeySlot* mine = f.find(m_session.userName);
        if (mine && !mine->caSha256.isEmpty() && !m_wrapKey.isEmpty()
            && CaPinning::checkSealedHead(db, m_session.userName, m_sealedHead)) {
            (void)f.sealPinBox(m_session.userName, m_wrapKey, {}, seq, hash);
            CaPinning::writeHeadProofs(f, m_session.userName, m_slotPrivateKey, seq, hash);
        }
        if (f.anchorSeq > seq && f.anchorMac == anchorMac(f.anchorSeq, f.anchorHash))
            return Status(); // another process has seen a longer log; keep its anchor
        f.anchorSeq = seq;
        f.anchorHash = hash;
        f.anchorMac = mac;
        return Status();
    });
}

void CaseDatabase::verifyAnchor(const KeySlotFile& slots, QStringList& problems)
{
    QSqlDatabase conn = connection();
    if (Status held = CaPinning::checkSealedHead(conn, m_session.userName, m_sealedHead); !held)
        problems << held.errorMessage();
    if (slots.anchorSeq <= 0) {
        // Every database writes it when it is created and at each close: none means it was deleted.
        problems << tr("The audit anchor in the key-slot file is missing (deleted): the audit log's length cannot be "
                       "checked against it.");
        return;
    }
    if (slots.anchorMac != anchorMac(slots.anchorSeq, slots.anchorHash)) {
        problems << tr("The audit anchor in the key-slot file does not verify (edited).");
        return;
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE chain = '' AND seq = ?"));
    q.addBindValue(slots.anchorSeq);
    if (!q.exec() || !q.next())
        problems << tr("The audit log ends before event %1, which was recorded earlier: events were deleted from "
                       "its end.")
                        .arg(slots.anchorSeq);
    else if (q.value(0).toString() != slots.anchorHash)
        problems
            << tr("Audit event %1 differs from what was recorded earlier: the log was rewritten.").arg(slots.anchorSeq);
}

QStringList CaseDatabase::auditAnchorProblems()
{
    QStringList problems;
    auto slots = readSlots();
    if (!slots)
        problems << slots.errorMessage();
    else
        verifyAnchor(*slots, problems);
    return problems;
}

QString CaseDatabase::setting(const QString& key, const QString& fallback)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status CaseDatabase::setSetting(const QString& key, const QString& value)
{
    LP_TRY(Permissions::require(m_session, Action::ChangeSettings));
    QSqlDatabase db = connection();
    Transaction tx(db);
    QSqlQuery q(db);
    // SQLCipher 3.4 is SQLite 3.15: no UPSERT yet.
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(utcNowString());
    q.addBindValue(m_session.userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(auditIn(db, QStringLiteral("settings_changed"),
                   QJsonObject {{QLatin1String("key"), key}, {QLatin1String("value"), value}}));
    return tx.commit();
}

Status CaseDatabase::rekey()
{
    LP_TRY(Permissions::require(m_session, Action::RotateKeys));
    // Every connection closes below: never under a background job (a pull, the admin home's audit check).
    if (!pauseWork(30000))
        return failure(tr("%n background job(s) still use the database; rotate the keys when they have finished.",
                          nullptr, runningWork()));
    const auto resume = qScopeGuard([this] { resumeWork(); });
    {
        // The workstation key is rotated and revoked at the end, on this list: refuse before anything changes.
        QSqlDatabase conn = connection();
        if (auto crl = WorkstationKeys::crlPem(conn); !crl)
            return crl.error();
    }
    SecureBytes newKey = randomSecret(32);
    // Only the slots recorded for active users get the new key: a planted or swapped slot is dropped here.
    QHash<QString, QString> recorded;
    {
        QSqlDatabase conn = connection();
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT name, slot_public_key FROM users WHERE removed_at IS NULL")))
            return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
        while (q.next())
            recorded.insert(q.value(0).toString(), q.value(1).toString());
    }
    // 1. Seal the new key to every slot beside the current one.
    LP_TRY(updateSlots([&newKey, &recorded](KeySlotFile& f) {
        f.slots.removeIf([&recorded](const KeySlot& s) {
            const QString key = recorded.value(s.user);
            return !recorded.contains(s.user) || (!key.isEmpty() && key != toHex(s.publicKey));
        });
        return f.prepareRekey(newKey);
    }));
    LP_TRY(audit(QStringLiteral("rekey_started"), {}));
    // 2. Re-encrypt the database. SQLCipher's rekey needs a rollback journal, not WAL, and no other connection.
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString& name : names) {
        {
            QSqlDatabase conn = QSqlDatabase::database(name, false);
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    RawHandle h = openRaw(m_path, m_masterKey, false);
    if (!h.driver) {
        (void)updateSlots([](KeySlotFile& f) {
            f.abandonRekey();
            return Status();
        });
        return failure(tr("Rekey failed: %1").arg(h.error));
    }
    QString error;
    bool ok = h.driver->execScript("PRAGMA journal_mode = DELETE;", &error);
    if (ok) {
        SecureBytes spec(67);
        static const char digits[] = "0123456789ABCDEF";
        spec.data()[0] = 'x';
        spec.data()[1] = '\'';
        for (int i = 0; i < 32; ++i) {
            spec.data()[2 + 2 * i] = static_cast<unsigned char>(digits[newKey.data()[i] >> 4]);
            spec.data()[3 + 2 * i] = static_cast<unsigned char>(digits[newKey.data()[i] & 0x0f]);
        }
        spec.data()[66] = '\'';
        const int rc = sqlite3_rekey(h.driver->connection(), spec.data(), spec.isize());
        ok = rc == SQLITE_OK;
        if (!ok)
            error = QString::fromUtf8(sqlite3_errmsg(h.driver->connection()));
    }
    h.driver.reset();
    if (!ok) {
        (void)updateSlots([](KeySlotFile& f) {
            f.abandonRekey();
            return Status();
        });
        return failure(tr("Rekey failed; the database still uses the old key: %1").arg(error));
    }
    m_masterKey = std::move(newKey);
    {
        RawHandle w = openRaw(m_path, m_masterKey, false);
        if (w.driver)
            (void)pragmas(*w.driver, &error);
    }
    // 3. Make the new generation current.
    LP_TRY(updateSlots([](KeySlotFile& f) {
        f.commitRekey();
        return Status();
    }));
    LP_TRY(audit(QStringLiteral("rekey_completed"), {}));
    // 4. A new recipient key (stores must be given its public key); the old one stays in the key history, now under
    // the new master key only, for files that were encrypted to it until `db reencrypt` has run.
    {
        QSqlDatabase conn = connection();
        Transaction tx(conn);
        auto before = WorkstationKeys::recipientPublicKey(conn);
        if (!before)
            return before.error();
        auto fresh = WorkstationKeys::rotateRecipientIn(conn);
        if (!fresh)
            return fresh.error();
        LP_TRY(auditIn(conn, QStringLiteral("recipient_key_rotated"),
                       QJsonObject {{QLatin1String("retired_key_id"), toHex(X25519::keyId(*before))},
                                    {QLatin1String("recipient_key_id"), toHex(X25519::keyId(*fresh))}}));
        LP_TRY(tx.commit());
    }
    // 5. A new workstation signing key (manifests, checkpoints, HTTP signatures) from the CA, and the old
    // certificate revoked from now: whoever copied the old key signs nothing that verifies with the current list.
    LP_TRY(rotateWorkstationKey());
    return writeAnchor();
}

Status CaseDatabase::rotateWorkstationKey()
{
    if (m_caKey.isEmpty()) {
        // Only an administrator whose slot holds the CA key can issue the new certificate.
        return audit(QStringLiteral("workstation_key_not_rotated"),
                     QJsonObject {{QLatin1String("reason"), QStringLiteral("the session holds no CA key")}});
    }
    QSqlDatabase conn = connection();
    auto ca = WorkstationKeys::caIdentity(conn, m_caKey);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto currentCrl = WorkstationKeys::crlPem(conn);
    if (!currentCrl)
        return currentCrl.error();
    Transaction tx(conn);
    auto retired = WorkstationKeys::rotateSigningIn(conn, *ca, organisation);
    if (!retired)
        return retired.error();
    const QString retiredSerial = RevocationList::serialOf(*retired);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto crl = WorkstationKeys::issueCrl(conn, *ca, *currentCrl, {{retiredSerial, now}});
    if (!crl)
        return crl.error();
    LP_TRY(WorkstationKeys::storeCrlIn(conn, *crl));
    auto fresh = WorkstationKeys::signingCertificatePem(conn);
    if (!fresh)
        return fresh.error();
    LP_TRY(auditIn(conn, QStringLiteral("workstation_key_rotated"),
                   QJsonObject {{QLatin1String("retired_serial"), retiredSerial},
                                {QLatin1String("serial"), RevocationList::serialOf(*fresh)},
                                {QLatin1String("certificate_sha256"), toHex(Sha256::hash(*fresh))}}));
    LP_TRY(
        auditIn(conn, QStringLiteral("certificate_revoked"),
                WorkstationKeys::withCrlDetails({{QLatin1String("user"), QStringLiteral("workstation")},
                                                 {QLatin1String("serial"), retiredSerial},
                                                 {QLatin1String("revoked_at"), toUtcString(now)},
                                                 {QLatin1String("reason"), QStringLiteral("workstation key rotated")}},
                                                *crl)));
    return tx.commit();
}

Status CaseDatabase::backup(const QString& outPath)
{
    LP_TRY(Permissions::require(m_session, Action::BackupDatabase));
    const QFileInfo out(outPath);
    if (out.exists() || QFileInfo::exists(KeySlotFile::pathFor(out.absoluteFilePath())))
        return failure(tr("%1 already exists; choose a new name for the backup.").arg(outPath));
    if (!folderIsWritable(out.absolutePath()))
        return failure(tr("Cannot write the backup into %1: the folder is not writable.").arg(out.absolutePath()));
    LP_TRY(audit(QStringLiteral("backup"), QJsonObject {{QLatin1String("to"), out.absoluteFilePath()}}));
    const QString tmp = out.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(tmp);
    RawHandle dst = openRaw(tmp, m_masterKey, true);
    if (!dst.driver)
        return failure(tr("Backup failed: %1").arg(dst.error));
    QSqlDatabase src = connection();
    auto* srcHandle = static_cast<sqlite3*>(src.driver()->handle().value<void*>());
    // The online backup API copies a consistent snapshot page by page, encrypted with the same key.
    sqlite3_backup* b = sqlite3_backup_init(dst.driver->connection(), "main", srcHandle, "main");
    int rc = SQLITE_ERROR;
    if (b) {
        do {
            rc = sqlite3_backup_step(b, 256);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    const QString err = QString::fromUtf8(sqlite3_errmsg(dst.driver->connection()));
    dst.driver.reset();
    if (rc != SQLITE_DONE) {
        QFile::remove(tmp);
        return failure(tr("Backup failed: %1").arg(err));
    }
    auto slots = readSlots();
    if (!slots) {
        QFile::remove(tmp);
        return slots.error();
    }
    if (auto saved = slots->save(KeySlotFile::pathFor(out.absoluteFilePath())); !saved) {
        QFile::remove(tmp);
        return saved.error();
    }
    const QString anchors = ChainAnchors::pathFor(m_path);
    if (QFile::exists(anchors) && !QFile::copy(anchors, ChainAnchors::pathFor(out.absoluteFilePath()))) {
        QFile::remove(tmp);
        QFile::remove(KeySlotFile::pathFor(out.absoluteFilePath()));
        return failure(tr("Backup failed: cannot copy the anchor file."));
    }
    if (!QFile::rename(tmp, out.absoluteFilePath())) {
        QFile::remove(tmp);
        QFile::remove(KeySlotFile::pathFor(out.absoluteFilePath()));
        return failure(tr("Backup failed: cannot move it into place."));
    }
    // Media files are immutable and already encrypted: copying them after the snapshot is consistent.
    const QDir media(mediaDirectory());
    const QString outMedia = out.absoluteFilePath() + QStringLiteral(".media");
    QDir().mkpath(outMedia);
    const auto files = media.entryInfoList(QDir::Files);
    for (const QFileInfo& f : files) {
        if (f.suffix() == QLatin1String("lpenc")
            && !QFile::copy(f.absoluteFilePath(), outMedia + QLatin1Char('/') + f.fileName()))
            return failure(tr("Backup of %1 failed.").arg(f.fileName()));
    }
    return {};
}

void CaseDatabase::addCheck(std::function<void(QSqlDatabase&, DatabaseCheck&)> extra)
{
    m_extraChecks.append(std::move(extra));
}

Result<DatabaseCheck> CaseDatabase::check()
{
    LP_TRY(Permissions::require(m_session, Action::CheckDatabase));
    DatabaseCheck report;
    QSqlDatabase db = connection();
    testHoldPoint("CaseDatabase::check");
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            QStringList lines;
            while (q.next())
                lines << q.value(0).toString();
            report.integrityOk = lines == QStringList {QStringLiteral("ok")};
            if (!report.integrityOk)
                report.problems << tr("SQLite integrity check: %1").arg(lines.join(QStringLiteral("; ")));
        } else {
            report.problems << tr("SQLite integrity check could not run: %1").arg(q.lastError().text());
        }
    }
    auto audit = auditChain().verify(db);
    if (!audit) {
        report.problems << audit.errorMessage();
    } else {
        report.chains << *audit;
        for (const ChainProblem& p : audit->problems)
            report.problems << tr("audit event %1: %2").arg(p.seq).arg(p.what);
    }
    if (auto slots = readSlots()) {
        verifyAnchor(*slots, report.problems);
        QSqlQuery q(db);
        QStringList active;
        QHash<QString, QString> recordedKey; // user name -> slot public key (hex) recorded when the slot was made
        if (!q.exec(QStringLiteral("SELECT name, removed_at IS NULL, slot_public_key FROM users")))
            report.problems << tr("Cannot read the users: %1").arg(q.lastError().text());
        while (q.next()) {
            if (q.value(1).toBool())
                active << q.value(0).toString();
            recordedKey.insert(q.value(0).toString(), q.value(2).toString());
        }
        for (const QString& name : active)
            if (!slots->find(name))
                report.notes << tr("user %1 has no key slot and cannot log in").arg(name);
        CaPinning::check(db, *slots, m_session.userName, m_slotPrivateKey, report.problems, report.notes);
        for (const KeySlot& s : slots->slots) {
            const QString key = toHex(s.publicKey);
            if (!recordedKey.contains(s.user))
                report.problems << tr("key slot for %1: there is no such user; the slot was planted").arg(s.user);
            else if (recordedKey.value(s.user).isEmpty())
                report.notes << tr("key slot for %1 is not recorded in the users table yet (recorded at its next "
                                   "login)")
                                    .arg(s.user);
            else if (recordedKey.value(s.user) != key)
                report.problems
                    << tr("key slot for %1 differs from the one recorded for that user; it was replaced").arg(s.user);
            else if (!active.contains(s.user))
                report.notes << tr("key slot for %1 has no active user and is refused at login").arg(s.user);
        }
    } else {
        report.problems << slots.errorMessage();
    }
    // The audit log holds one chain (''): a row under any other chain name was planted beside it.
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain <> ''")) && q.next()
            && q.value(0).toLongLong() > 0)
            report.problems << tr("%n audit row(s) stand outside the audit chain; they were planted", nullptr,
                                  int(q.value(0).toLongLong()));
    }
    // The revocation list must hold every revocation the audit log records (an earlier list put back un-revokes)
    // and carry the highest number issued (an earlier list put back makes the next one repeat a published number).
    if (auto crl = WorkstationKeys::checkCrl(db); !crl) {
        report.problems << crl.errorMessage();
    } else {
        for (const WorkstationKeys::MissingRevocation& m : crl->missing)
            report.problems << tr("the revocation list lacks certificate %1 of %2, which the audit log records as "
                                  "revoked %3: an earlier list was put back (an administrator restores it with "
                                  "\"lpdesk-cli key restore-crl\")")
                                   .arg(m.certificate.serial, m.user, toUtcString(m.certificate.revokedAt));
        if (crl->numberBehind())
            report.problems << tr("the revocation list is number %1, but the audit log records that list number %2 "
                                  "was issued: an earlier list was put back (an administrator restores it with "
                                  "\"lpdesk-cli key restore-crl\")")
                                   .arg(crl->storedNumber)
                                   .arg(crl->highestIssued);
        for (const WorkstationKeys::UnprovenCrlNumber& u : crl->unprovenRevocations)
            report.problems << tr("audit event %1 (%2): %3: forged with the database key, it is not counted")
                                   .arg(u.seq)
                                   .arg(u.action, u.why);
        for (const WorkstationKeys::UnprovenCrlNumber& u : crl->unproven)
            report.problems << tr("audit event %1 (%2) records revocation list number %3, but %4: forged with the "
                                  "database key, its number is not counted")
                                   .arg(u.seq)
                                   .arg(u.action)
                                   .arg(u.number)
                                   .arg(u.why);
    }
    // The TSA settings count only through an administrator's signature: settings_changed events appended without one
    // are named.
    report.problems << TimestampSettings::auditProblems(*this);
    // Every custody chain (one per incident and per case).
    if (db.tables().contains(QStringLiteral("custody_events"))) {
        auto chains = CustodyLog::chains(db);
        if (!chains)
            report.problems << chains.errorMessage();
        else
            for (const QString& chain : *chains) {
                auto r = CustodyRecorder::verify(db, chain);
                if (!r) {
                    report.problems << r.errorMessage();
                    continue;
                }
                report.chains << r->chain;
                for (const ChainProblem& p : r->chain.problems)
                    report.problems << tr("custody %1, event %2: %3").arg(chain).arg(p.seq).arg(p.what);
                for (const QString& p : r->checkpointProblems)
                    report.problems << tr("custody %1: %2").arg(chain, p);
            }
    }
    ChainAnchors(*this).verify(db, report);
    for (const auto& extra : m_extraChecks)
        extra(db, report);
    return report;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return failure(CaseDatabase::tr("No transaction to commit."));
    m_active = false;
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return failure(CaseDatabase::tr("Could not save: %1").arg(err));
    }
    return {};
}

} // namespace lpdesk
