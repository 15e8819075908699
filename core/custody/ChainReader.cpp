#include "custody/ChainReader.h"

#include "auth/Permissions.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"

namespace lpdesk {

namespace {

HashChain auditChain()
{
    return HashChain(QStringLiteral("audit_log"), QString());
}

} // namespace

ChainReader::ChainReader(CaseDatabase& db) : m_db(db)
{ }

Result<QList<ChainEvent>> ChainReader::custodyEvents(const QString& chain)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadCustody));
    QSqlDatabase db = m_db.connection();
    return CustodyLog::events(db, chain);
}

Result<CustodyReport> ChainReader::verifyCustody(const QString& chain)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadCustody));
    QSqlDatabase db = m_db.connection();
    return CustodyRecorder::verify(db, chain);
}

Result<QList<ChainEvent>> ChainReader::auditEvents()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadAudit));
    QSqlDatabase db = m_db.connection();
    return auditChain().events(db);
}

Result<AuditReport> ChainReader::verifyAudit()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadAudit));
    QSqlDatabase db = m_db.connection();
    auto chain = auditChain().verify(db);
    if (!chain)
        return chain.error();
    AuditReport report;
    report.chain = *chain;
    report.anchorProblems = m_db.auditAnchorProblems();
    return report;
}

} // namespace lpdesk
