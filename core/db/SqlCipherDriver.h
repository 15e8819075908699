// QSQLCIPHER: a QSqlDriver/QSqlResult pair over the SQLCipher C API, so the code base (and Qt's SQL models)
// use QSqlDatabase/QSqlQuery on the encrypted case database. The raw 256-bit key is handed to the driver
// object before open() and never travels through connection options or strings.
#pragma once

#include "crypto/SecureBytes.h"

#include <QSqlDriver>

struct sqlite3;

namespace lpdesk {

class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char* DriverName = "QSQLCIPHER";

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The raw key for the next open(); wiped from this object as soon as it has been applied.
    void setRawKey(SecureBytes key);
    // SQLCipher's text form of a raw 32-byte key, x'<64 hex digits>', in wiped memory (sqlite3_key, sqlite3_rekey).
    static SecureBytes rawKeySpec(const SecureBytes& key);
    // Open only an existing file (default) or allow creating it.
    void setCreateIfMissing(bool create) { m_create = create; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    // Runs a multi-statement script (migrations) in the current transaction state.
    bool execScript(const QByteArray& sql, QString* error);

private:
    sqlite3* m_db = nullptr;
    SecureBytes m_key;
    bool m_create = false;
    bool m_readOnly = false;
};

} // namespace lpdesk
