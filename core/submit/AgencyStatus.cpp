#include "submit/AgencyStatus.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "police/FollowUps.h"
#include "submit/AgencyClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

AgencyStatus::AgencyStatus(CaseDatabase& db) : m_db(db)
{ }

// The dated updates of a status answer; the agency's case number or officer alone is a contact on the day it was
// delivered (or on the date the agency gives as "assigned_at").
QList<AgencyStatus::Update> AgencyStatus::updatesOf(const QJsonObject& status, const QDateTime& deliveredAt)
{
    QList<Update> out;
    for (const QJsonValue& v : status.value(QLatin1String("updates")).toArray()) {
        const QJsonObject u = v.toObject();
        Update up {u.value(QLatin1String("kind")).toString(), parseRfc3339(u.value(QLatin1String("at")).toString()),
                   u.value(QLatin1String("note")).toString().left(4000), std::nullopt};
        if (u.value(QLatin1String("amount")).isDouble())
            up.amount = u.value(QLatin1String("amount")).toDouble();
        out << up;
    }
    const bool named = !status.value(QLatin1String("agency_case")).toString().isEmpty()
        || !status.value(QLatin1String("officer")).toString().isEmpty();
    if (out.isEmpty() && named) {
        const QDateTime assigned = parseRfc3339(status.value(QLatin1String("assigned_at")).toString());
        out << Update {QStringLiteral("contact"), assigned.isValid() ? assigned : deliveredAt,
                       tr("The agency assigned its case."), std::nullopt};
    }
    return out;
}

namespace {
const QString CheckHoursKey = QStringLiteral("followup_check_hours");
}

int AgencyStatus::checkIntervalHours(CaseDatabase& db)
{
    bool ok = false;
    const int hours = db.setting(CheckHoursKey).toInt(&ok);
    return ok && hours >= 0 && hours <= MaxCheckHours ? hours : DefaultCheckHours;
}

Status AgencyStatus::setCheckIntervalHours(CaseDatabase& db, int hours)
{
    if (hours < 0 || hours > MaxCheckHours)
        return makeError(
            ErrorKind::Usage,
            tr("The follow-up check interval takes 0 to %1 hours (got %2).").arg(MaxCheckHours).arg(hours));
    return db.setSetting(CheckHoursKey, QString::number(hours)); // checks change-settings and audits
}

Status AgencyStatus::record(const QString& caseId, const QString& agencyId, const QJsonObject& status,
                            const QDateTime& deliveredAt, Collected& out)
{
    const QString agencyCase = status.value(QLatin1String("agency_case")).toString().left(200);
    const QString officer = status.value(QLatin1String("officer")).toString().left(200);
    for (const Update& u : updatesOf(status, deliveredAt)) {
        if (!FollowUps::kinds().contains(u.kind) || !u.at.isValid())
            continue; // an update LP Desk has no word for is not guessed at
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM followups WHERE case_id = ? AND source = 'agency' AND kind = ? AND "
                                 "at = ? AND agency_case = ?"));
        for (const QVariant& v :
             {QVariant(caseId), QVariant(u.kind), QVariant(toUtcString(u.at)), QVariant(agencyCase)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        if (q.next())
            continue; // recorded from an earlier answer
        FollowUpSpec spec;
        spec.caseId = caseId;
        spec.kind = u.kind;
        spec.at = u.at;
        spec.agencyCase = agencyCase;
        spec.officer = officer;
        spec.amount = u.amount;
        spec.note = u.note;
        spec.source = QStringLiteral("agency");
        auto added = FollowUps(m_db).add(spec);
        if (!added)
            return added.error();
        ++out.recorded;
        out.followUps << Recorded {caseId, agencyId, u.kind, toUtcString(u.at), agencyCase, officer};
    }
    return {};
}

Status AgencyStatus::markChecked(const QString& submissionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE submissions SET status_checked_at = ? WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(submissionId);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

Result<AgencyStatus::Collected> AgencyStatus::collect(const QString& submissionId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordFollowUps));
    return collectWhere(Scope {submissionId, {}, {}}, {}, nullptr);
}

Result<AgencyStatus::Collected> AgencyStatus::collectForCase(const QString& caseId, const Progress& progress,
                                                             const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordFollowUps));
    return collectWhere(Scope {{}, caseId, {}}, progress, cancel);
}

Result<AgencyStatus::Collected> AgencyStatus::collectDue(const Progress& progress, const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordFollowUps));
    const QString before = toUtcString(utcNow().addSecs(-3600LL * checkIntervalHours(m_db)));
    return collectWhere(Scope {{}, {}, before}, progress, cancel);
}

Result<AgencyStatus::Collected> AgencyStatus::collectWhere(const Scope& scope, const Progress& progress,
                                                           const std::atomic_bool* cancel)
{
    struct Delivered
    {
        QString id, agency, remote, caseId, updatedAt;
    };
    QList<Delivered> delivered;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT s.id, s.agency_id, s.remote_id, r.case_id, s.updated_at FROM submissions s "
                                 "JOIN releases r ON r.id = s.release_id WHERE s.state = 'delivered' AND "
                                 "COALESCE(s.remote_id, '') <> '' AND (? = '' OR s.id = ?) AND (? = '' OR "
                                 "r.case_id = ?) AND (? = '' OR "
                                 "COALESCE(s.status_checked_at, s.updated_at) <= ?) ORDER BY s.created_at"));
        for (const QString& v : {scope.submissionId, scope.caseId, scope.checkedBefore}) {
            q.addBindValue(v);
            q.addBindValue(v);
        }
        if (!q.exec())
            return failure(q.lastError().text());
        while (q.next())
            delivered << Delivered {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()};
    }
    if (!scope.submissionId.isEmpty() && delivered.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("There is no delivered submission %1.").arg(scope.submissionId.left(64)));
    Collected out;
    int done = 0;
    for (const Delivered& d : delivered) {
        if (cancel && *cancel)
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        if (progress)
            progress(done++, int(delivered.size()));
        // Nothing is sent but the question: the profile as it is now, not the one legal approved for the evidence.
        auto profile = AgencyRegistry(m_db).get(d.agency);
        if (!profile) {
            out.problems << QStringLiteral("%1: %2").arg(d.id, profile.errorMessage());
            continue;
        }
        AgencyClient client(nullptr);
        if (Status opened = client.open(m_db, d.agency, {}, AgencyRegistry::endpointFingerprint(*profile)); !opened) {
            out.problems << QStringLiteral("%1: %2").arg(d.id, opened.errorMessage());
            continue;
        }
        const QUrl url = client.base().resolved(QUrl(
            QStringLiteral("v1/submissions/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(d.remote)))));
        const HttpAnswer h = client.exchange([&] { return client.request(url); }, "GET", QByteArray());
        if (h.status == 404) {
            LP_TRY(markChecked(d.id)); // no status yet: asked again after the interval
            continue;
        }
        if (h.status != 200) {
            out.problems << QStringLiteral("%1: %2").arg(
                d.id, AgencyOutcome::fromAnswer(h, tr("Asking for the status")).message);
            continue;
        }
        ++out.asked;
        const QJsonObject status = QJsonDocument::fromJson(h.body).object().value(QLatin1String("status")).toObject();
        LP_TRY(record(d.caseId, d.agency, status, parseRfc3339(d.updatedAt), out));
        LP_TRY(markChecked(d.id));
    }
    if (progress)
        progress(done, int(delivered.size()));
    return out;
}

} // namespace lpdesk
