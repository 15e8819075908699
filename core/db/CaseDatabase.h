// CaseDatabase: the one SQLCipher-encrypted case database and its key-slot sidecar. Creates and opens it
// (unlocking a user's slot), migrates the schema, hands out per-thread QSqlDatabase connections, rotates the
// master key, makes consistent backups and runs integrity checks.
#pragma once

#include <QCoreApplication>

#include "auth/Session.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "crypto/SigningIdentity.h"
#include "custody/HashChain.h"
#include "db/KeySlotFile.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace lpdesk {

class SigningIdentity;

struct DatabaseCheck
{
    bool integrityOk = false;
    QList<ChainReport> chains;
    QStringList problems; // anything here means tampering or corruption
    QStringList notes; // informational
    bool ok() const { return integrityOk && problems.isEmpty(); }
};

class CaseDatabase;

// One piece of background work on the database (a job on a worker thread). Taken with CaseDatabase::startWork() on
// the thread that owns the database before the work is handed over, finished by the worker when its work is done.
// While it is held the database does not close: closing cancels it and waits, so that no worker uses a connection,
// or the database, after the database is closed.
class DatabaseWork
{
public:
    DatabaseWork(CaseDatabase* db, std::shared_ptr<std::atomic_bool> cancel) : m_db(db), m_cancel(std::move(cancel)) { }
    ~DatabaseWork(); // lets the database close if the worker never ran (does not touch any connection)
    DatabaseWork(const DatabaseWork&) = delete;
    DatabaseWork& operator=(const DatabaseWork&) = delete;

    // Set when the database is closing (and by whoever else holds the flag, such as a Cancel button).
    const std::atomic_bool& cancelFlag() const { return *m_cancel; }
    // On the worker thread, when the work is done: releases this thread's connection, then lets the database close.
    void finish();

private:
    void end();

    CaseDatabase* m_db;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::atomic_bool m_ended {false};
};

class CaseDatabase
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaseDatabase)

public:
    struct CreateOptions
    {
        QString organisation;
        QString workstation;
        int kdfTargetMs = defaultKdfTargetMs();
    };

    // 500 ms, unless LPDESK_KDF_MS says otherwise (tests use a small value; never below scrypt's floor).
    static int defaultKdfTargetMs();
    static QString defaultPath();

    static Result<std::unique_ptr<CaseDatabase>> create(const QString& path, const QString& adminName,
                                                        const SecureBytes& passphrase, const CreateOptions& options);
    // The passphrase policy for the first administrator of a new database (create() applies it; the first-run
    // wizard asks before it starts).
    static Status checkInitialPassphrase(const QString& adminName, const SecureBytes& passphrase,
                                         const CreateOptions& options);
    // confirmCaSha256: an administrator confirms the organisation CA certificate by its fingerprint (CaPinning).
    static Result<std::unique_ptr<CaseDatabase>> open(const QString& path, const QString& userName,
                                                      const SecureBytes& passphrase,
                                                      const QString& confirmCaSha256 = {});
    // Test and tooling hook: open with an extra migration list (schema-upgrade tests).
    static Result<std::unique_ptr<CaseDatabase>> openWithMigrations(const QString& path, const QString& userName,
                                                                    const SecureBytes& passphrase,
                                                                    const QList<struct Migration>& migrations);
    ~CaseDatabase();
    CaseDatabase(const CaseDatabase&) = delete;
    CaseDatabase& operator=(const CaseDatabase&) = delete;

    const Session& session() const { return m_session; }
    QString path() const { return m_path; }
    QString slotPath() const { return KeySlotFile::pathFor(m_path); }
    QString mediaDirectory() const { return m_path + QStringLiteral(".media"); }
    QString databaseId() const { return m_databaseId; }
    int kdfTargetMs() const { return m_kdfTargetMs; }
    void setKdfTargetMs(int ms) { m_kdfTargetMs = ms; }
    QStringList openWarnings() const { return m_openWarnings; }

    // The calling thread's connection (created on first use). Worker threads call releaseThreadConnection()
    // when their job ends.
    QSqlDatabase connection();
    void releaseThreadConnection();

    // Background work (see DatabaseWork). startWork() gives nothing once stopWork() was called: the database is
    // closing. cancel, when given, is the job's own flag; stopWork() sets it too. The destructor stops the work and
    // waits for it; callers that must not block (the GUI) stop it first and wait for the ended handler.
    std::shared_ptr<DatabaseWork> startWork(std::shared_ptr<std::atomic_bool> cancel = {});
    void stopWork();
    int runningWork() const;
    bool waitForWork(int msecs); // whether every job ended in time; -1 waits as long as it takes
    // Called on the worker's thread as the last running job ends (the database is still open then): keep it short,
    // e.g. post to the UI thread.
    void setWorkEndedHandler(std::function<void()> handler);
    // rekey() closes every connection: it holds new jobs back and waits (at most msecs) for the running ones first.
    bool pauseWork(int msecs);
    void resumeWork();

    // Test builds only (LPDESK_TEST_HOOKS): named points where a test holds a background job while it still uses
    // its connection (check(), SubmissionService::runDue()). Nothing happens in other builds.
    static void testHoldPoint(const char* name);
    static void setTestHoldHandler(std::function<void(const char*)> handler);

    // Appends to the global audit log in its own transaction, or inside the caller's.
    Status audit(const QString& action, const QJsonObject& details = {});
    Status auditIn(QSqlDatabase& db, const QString& action, const QJsonObject& details = {});

    // Read-modify-write of the key-slot file under its lock file.
    Result<KeySlotFile> readSlots() const;
    Status updateSlots(const std::function<Status(KeySlotFile&)>& change);

    QString setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value); // admin

    // admin: a new master key (sealed to the recorded slots of active users) and a new recipient key pair (the
    // old one moves to the key history; WorkstationKeys::recipientPublicKey gives the new one for stores).
    Status rekey();
    Status backup(const QString& outPath); // admin
    Result<DatabaseCheck> check(); // admin or auditor
    // Registered by later subsystems (custody chains, ...) so that check() covers them.
    void addCheck(std::function<void(QSqlDatabase&, DatabaseCheck&)> extra);
    Status writeAnchor();
    // Whether the audit log still contains the position recorded in the key-slot file (truncation check).
    QStringList auditAnchorProblems();

    // Derive an independent key from the master key for a named purpose (HKDF).
    SecureBytes deriveKey(const QByteArray& purpose) const;

    // The signed-in person's own signing key (from their key slot only) with its certificate and the CA's.
    Result<SigningIdentity> personalIdentity();
    // The organisation CA (key and certificate): administrators only, from their own key slot.
    Result<SigningIdentity> caIdentity();

private:
    friend class UserDirectory; // seals the master key into new slots
    friend class DatabaseWork;
    void endWork(DatabaseWork* work);
    CaseDatabase() = default;
    static Result<std::unique_ptr<CaseDatabase>> openImpl(const QString& path, const QString& userName,
                                                          const SecureBytes& passphrase,
                                                          const QList<struct Migration>& migrations,
                                                          const QString& confirmCaSha256 = {});
    // Steps of openImpl (the login path).
    Status openRawAndMigrate(const QString& path, const UnlockedKeys& keys, const QList<struct Migration>& migrations,
                             bool* usedNext);
    Status settleInterruptedRekey(bool usedNext);
    Status loadSession(QSqlDatabase& conn, const KeySlotFile& slots, const QString& userName);
    Status checkSlotKey(QSqlDatabase& conn, const KeySlotFile& slots, const QString& userName, QString* slotKey,
                        bool* mustRecord, qint64* certificateSeq);
    Status provePersonalKey(QSqlDatabase& conn, const QString& userName, qint64 issuedSeq);
    Status storeSlotKey(QSqlDatabase& conn, const QString& userName, const QString& slotKey);
    void afterLogin();
    QString anchorMac(qint64 seq, const QString& hash) const;
    // Part of rekey(): a new workstation signing key from the CA, the old certificate on the revocation list.
    Status rotateWorkstationKey();
    Status rekeyableSlots(QStringList* dropped, QStringList* unrecorded);
    // The administrator's personal identity that signs a recipient key rotation (refused for any other role).
    Result<SigningIdentity> rotationSigner();
    // A new recipient key, its rotation signed by signer (recipient_key_rotated); the old one moves to the history.
    Status rotateRecipientKey(const SigningIdentity& signer);
    void recordFailedLogin(const QString& path, const QString& user);
    Status importFailedLogins();
    void verifyAnchor(const KeySlotFile& slots, QStringList& problems);
    void checkKeySlots(QSqlDatabase& db, DatabaseCheck& report);
    // First login of a person without a signing key: issue one (organisation CA) and seal it into their slot.
    Status issuePersonalKey();
    // Databases from before: the CA key leaves its identity row for the administrators' key slots.
    Status moveLegacyCaKey();

    QString m_path;
    QString m_databaseId;
    SecureBytes m_masterKey;
    SecureBytes m_signingKey;
    SecureBytes m_caKey; // administrators only
    SecureBytes m_slotPrivateKey; // the signed-in person's slot key: checks the pins the other slots prove to it
    SecureBytes m_wrapKey; // their slot's key-encryption key: seals the audit head they saw into their slot's box
    QPair<qint64, QString> m_sealedHead; // the head their last session sealed (checked by verifyAnchor)
    QByteArray m_certificatePem;
    Session m_session;
    int m_kdfTargetMs = 500;
    QStringList m_openWarnings;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    mutable QMutex m_workMutex;
    QWaitCondition m_workEnded;
    QHash<DatabaseWork*, std::shared_ptr<std::atomic_bool>> m_work;
    bool m_workStopped = false;
    bool m_workPaused = false;
    std::function<void()> m_workEndedHandler;
    QList<std::function<void(QSqlDatabase&, DatabaseCheck&)>> m_extraChecks;
};

// RAII write transaction (BEGIN IMMEDIATE): rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    Status commit();
    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace lpdesk
