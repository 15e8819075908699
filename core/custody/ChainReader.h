// Reading and verifying the chains of custody and the audit log on behalf of the signed-in user: the
// permission table decides who may (custody: investigators, legal, auditors; audit: admins, auditors).
// CustodyLog and HashChain below it work on a connection and check nothing.
#pragma once

#include "common/Result.h"
#include "custody/CustodyRecorder.h"
#include "custody/HashChain.h"

#include <QCoreApplication>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct AuditReport
{
    ChainReport chain;
    QStringList anchorProblems; // the log ends before the last anchored position, ...
    bool ok() const { return chain.ok() && anchorProblems.isEmpty(); }
};

class ChainReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ChainReader)

public:
    explicit ChainReader(CaseDatabase& db);

    Result<QList<ChainEvent>> custodyEvents(const QString& chain);
    Result<CustodyReport> verifyCustody(const QString& chain);
    Result<QList<ChainEvent>> auditEvents();
    Result<AuditReport> verifyAudit();

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
