#include "db/Migrations.h"

#include "db/SqlCipherDriver.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace lpdesk {

QList<Migration> Migrations::builtIn()
{
    QList<Migration> out;
    static const QRegularExpression re(QStringLiteral(R"(^(\d{3})_([a-z0-9_]+)\.sql\z)"));
    const QDir dir(QStringLiteral(":/lpdesk/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), f.readAll()});
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

int Migrations::latestVersion()
{
    const auto all = builtIn();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrations::currentVersion(SqlCipherDriver& driver)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(driver.connection(), "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(driver.connection())));
    int version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (version < 0)
        return failure(tr("Cannot read the schema version."));
    return version;
}

Status Migrations::apply(SqlCipherDriver& driver, const QList<Migration>& migrations)
{
    auto current = currentVersion(driver);
    if (!current)
        return current.error();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (*current > latest)
        return failure(tr("This database uses schema version %1, but this LP Desk only knows up to version %2. "
                          "Use a newer LP Desk; the database was not changed.")
                           .arg(*current)
                           .arg(latest));
    for (const Migration& m : migrations) {
        if (m.version <= *current)
            continue;
        QString error;
        if (!driver.execScript("BEGIN IMMEDIATE", &error))
            return failure(tr("Cannot start migration %1: %2").arg(m.version).arg(error));
        const QByteArray bump = QByteArray("PRAGMA user_version = ") + QByteArray::number(m.version) + ';';
        if (!driver.execScript(m.sql, &error) || !driver.execScript(bump, &error)
            || !driver.execScript("COMMIT", &error)) {
            QString ignored;
            driver.execScript("ROLLBACK", &ignored);
            return failure(tr("Migration %1 (%2) failed and was rolled back: %3").arg(m.version).arg(m.name, error));
        }
    }
    return {};
}

} // namespace lpdesk
