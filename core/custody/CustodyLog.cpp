#include "custody/CustodyLog.h"

#include "db/SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {
HashChain chainFor(const QString& chain)
{
    return HashChain(QStringLiteral("custody_events"), chain);
}
} // namespace

Result<ChainEvent> CustodyLog::append(QSqlDatabase& db, const QString& chain, const QString& actor,
                                      const QString& action, const QJsonObject& details)
{
    if (chain.isEmpty())
        return failure(tr("A custody event needs a chain."));
    return chainFor(chain).append(db, actor, action, details);
}

Result<QList<ChainEvent>> CustodyLog::events(QSqlDatabase& db, const QString& chain)
{
    return chainFor(chain).events(db);
}

Result<ChainReport> CustodyLog::verify(QSqlDatabase& db, const QString& chain)
{
    return chainFor(chain).verify(db);
}

Result<QStringList> CustodyLog::chains(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT chain FROM custody_events ORDER BY chain")))
        return failure(q.lastError().text());
    QStringList out;
    const SqlRow row(q);
    while (q.next())
        out << row.string("chain");
    return out;
}

} // namespace lpdesk
