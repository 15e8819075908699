#include "police/FollowUps.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lpdesk {

QJsonObject FollowUp::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("case_id"), caseId},
            {QLatin1String("kind"), kind},
            {QLatin1String("at"), at},
            {QLatin1String("agency_case"), agencyCase},
            {QLatin1String("officer"), officer},
            {QLatin1String("amount"), amount ? QJsonValue(*amount) : QJsonValue()},
            {QLatin1String("note"), note},
            {QLatin1String("source"), source},
            {QLatin1String("created_at"), createdAt},
            {QLatin1String("created_by"), createdBy}};
}

QStringList FollowUps::kinds()
{
    return {QStringLiteral("contact"), QStringLiteral("arrest"), QStringLiteral("charged"), QStringLiteral("recovered"),
            QStringLiteral("closed")};
}

FollowUps::FollowUps(CaseDatabase& db) : m_db(db)
{ }

Result<QString> FollowUps::add(const FollowUpSpec& s)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordFollowUps));
    auto usage = [](const QString& why) { return makeError(ErrorKind::Usage, why); };
    if (!kinds().contains(s.kind))
        return usage(tr("The kind of follow-up is one of: %1.").arg(kinds().join(QStringLiteral(", "))));
    if (!s.at.isValid())
        return usage(tr("Say when it happened (a date, or a date and time)."));
    if (s.at > utcNow().addDays(1))
        return usage(tr("A follow-up cannot lie in the future."));
    if (s.agencyCase.size() > 200 || s.officer.size() > 200 || s.note.size() > 4000)
        return usage(tr("The agency case number, officer or note is too long."));
    if (s.amount && (!std::isfinite(*s.amount) || *s.amount < 0 || *s.amount > 1e9))
        return usage(tr("The recovered amount must be a number between 0 and 1,000,000,000."));
    if (s.source != QLatin1String("manual") && s.source != QLatin1String("agency"))
        return usage(tr("The source is manual or agency."));
    auto info = CaseService(m_db).show(s.caseId);
    if (!info)
        return info.error();
    const QString id = randomUuid();
    const QString at = toUtcString(s.at);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO followups (id, case_id, kind, at, agency_case, officer, amount, note, source, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(info->id), QVariant(s.kind), QVariant(at), QVariant(s.agencyCase),
                              QVariant(s.officer), s.amount ? QVariant(*s.amount) : QVariant(), QVariant(s.note),
                              QVariant(s.source), QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QJsonObject details {{QLatin1String("followup_id"), id},
                         {QLatin1String("kind"), s.kind},
                         {QLatin1String("at"), at},
                         {QLatin1String("agency_case"), s.agencyCase},
                         {QLatin1String("source"), s.source}};
    if (s.amount)
        details.insert(QLatin1String("amount"), *s.amount);
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(info->id), QStringLiteral("followup_recorded"),
                                           details);
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("followup_recorded"),
                        QJsonObject {{QLatin1String("followup_id"), id}, {QLatin1String("case_id"), info->id}}));
    LP_TRY(tx.commit());
    return id;
}

Result<QList<FollowUp>> FollowUps::list(const QString& caseText)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadFollowUps));
    QString caseId = caseText;
    if (Permissions::allows(m_db.session().role, Action::ReadCases)) {
        auto info = CaseService(m_db).show(caseText);
        if (!info)
            return info.error();
        caseId = info->id;
    }
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, case_id, kind, at, agency_case, officer, amount, note, source, created_at, "
                             "created_by FROM followups WHERE case_id = ? ORDER BY at, created_at"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<FollowUp> out;
    while (q.next()) {
        FollowUp f;
        f.id = q.value(0).toString();
        f.caseId = q.value(1).toString();
        f.kind = q.value(2).toString();
        f.at = q.value(3).toString();
        f.agencyCase = q.value(4).toString();
        f.officer = q.value(5).toString();
        if (!q.value(6).isNull())
            f.amount = q.value(6).toDouble();
        f.note = q.value(7).toString();
        f.source = q.value(8).toString();
        f.createdAt = q.value(9).toString();
        f.createdBy = q.value(10).toString();
        out << f;
    }
    return out;
}

} // namespace lpdesk
