#include "custody/ChainReader.h"

#include "auth/Permissions.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

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

Result<AuditNames> ChainReader::auditNames()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadAudit));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    AuditNames names;
    const auto each = [&q](const char* sql, const std::function<void()>& row) -> Status {
        if (!q.exec(QString::fromLatin1(sql)))
            return failure(q.lastError().text());
        while (q.next())
            row();
        return {};
    };
    const auto text = [&q](int column) { return q.value(column).toString(); };
    LP_TRY(each("SELECT id, number, substr(created_at, 1, 4), title FROM cases", [&] {
        names.cases.insert(
            text(0),
            {QStringLiteral("LPD-%1-%2").arg(text(2)).arg(q.value(1).toInt(), 4, 10, QLatin1Char('0')), text(3)});
    }));
    LP_TRY(each("SELECT m.id, m.kind, COALESCE(m.operation, ''), COALESCE(m.camera_id, ''), COALESCE(m.codec, ''), "
                "COALESCE(m.original_name, ''), COALESCE(m.case_id, (SELECT ci.case_id FROM incident_media im JOIN "
                "case_incidents ci ON ci.incident_id = im.incident_id WHERE im.media_id = m.id LIMIT 1), '') "
                "FROM media m",
                [&] {
                    names.media.insert(text(0), {text(1), text(2), text(3), text(4), text(5), text(6)});
                }));
    LP_TRY(each("SELECT id, case_id, recipient, purpose FROM releases", [&] {
        names.releases.insert(text(0), {text(1), text(2), text(3)});
    }));
    LP_TRY(each("SELECT id, name FROM users", [&] { names.users.insert(text(0), text(1)); }));
    LP_TRY(
        each("SELECT i.id, COALESCE(NULLIF(s.name, ''), i.store_id), i.type, i.detected_at, "
             "COALESCE(NULLIF(i.zone, ''), s.timezone, 'UTC') FROM incidents i LEFT JOIN stores s ON s.id = i.store_id",
             [&] {
                 names.incidents.insert(text(0), {text(1), text(2), text(3), text(4)});
             }));
    return names;
}

} // namespace lpdesk
