// Per-item and per-case chains of custody, hash-chained like the audit log: one chain per incident
// ("incident:<id>": received, viewed, ...) and per case ("case:<id>"). Appends run inside the caller's write
// transaction so that an event and the change it records commit together.
#pragma once

#include "common/Result.h"
#include "custody/HashChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace lpdesk {

class CustodyLog
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CustodyLog)

public:
    static QString incidentChain(const QString& incidentId) { return QStringLiteral("incident:") + incidentId; }
    static QString caseChain(const QString& caseId) { return QStringLiteral("case:") + caseId; }

    static Result<ChainEvent> append(QSqlDatabase& db, const QString& chain, const QString& actor,
                                     const QString& action, const QJsonObject& details);
    static Result<QList<ChainEvent>> events(QSqlDatabase& db, const QString& chain);
    static Result<ChainReport> verify(QSqlDatabase& db, const QString& chain);
    static Result<QStringList> chains(QSqlDatabase& db);
};

} // namespace lpdesk
