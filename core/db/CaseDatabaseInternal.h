// CaseDatabaseInternal: helpers that more than one of the CaseDatabase*.cpp files uses (raw SQLCipher handles, the
// audit chain, the key-slot lock). Only for core/db/CaseDatabase*.cpp; CaseDatabase.h stays as it is.
#pragma once

#include "crypto/SecureBytes.h"
#include "custody/HashChain.h"
#include "db/SqlCipherDriver.h"

#include <QLockFile>
#include <QSqlError>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace lpdesk::caseDbInternal {

inline const HashChain& auditChain()
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

inline RawHandle openRaw(const QString& path, const SecureBytes& key, bool create)
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

inline bool pragmas(SqlCipherDriver& driver, QString* error)
{
    // WAL lets readers (the UI) proceed while a worker writes; FULL sync so a committed ingest survives power loss.
    return driver.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                             "PRAGMA secure_delete = ON;",
                             error);
}

// access(2)-style checks say yes to root even for immutable folders or read-only mounts; actually try.
inline bool folderIsWritable(const QString& dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.lpdesk-probe-XXXXXX"));
    return probe.open();
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

} // namespace lpdesk::caseDbInternal
