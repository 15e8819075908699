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

Result<int> AgencyStatus::record(const QString& caseId, const QJsonObject& status, const QDateTime& deliveredAt)
{
    const QString agencyCase = status.value(QLatin1String("agency_case")).toString().left(200);
    const QString officer = status.value(QLatin1String("officer")).toString().left(200);
    int recorded = 0;
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
        ++recorded;
    }
    return recorded;
}

Result<AgencyStatus::Collected> AgencyStatus::collect(const QString& submissionId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordFollowUps));
    struct Delivered
    {
        QString id, agency, remote, caseId, updatedAt;
    };
    QList<Delivered> delivered;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT s.id, s.agency_id, s.remote_id, r.case_id, s.updated_at FROM submissions s "
                                 "JOIN releases r ON r.id = s.release_id WHERE s.state = 'delivered' AND "
                                 "COALESCE(s.remote_id, '') <> '' AND (? = '' OR s.id = ?) ORDER BY s.created_at"));
        q.addBindValue(submissionId);
        q.addBindValue(submissionId);
        if (!q.exec())
            return failure(q.lastError().text());
        while (q.next())
            delivered << Delivered {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()};
    }
    if (!submissionId.isEmpty() && delivered.isEmpty())
        return makeError(ErrorKind::NotFound, tr("There is no delivered submission %1.").arg(submissionId.left(64)));
    Collected out;
    for (const Delivered& d : delivered) {
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
        if (h.status == 404)
            continue; // no status yet
        if (h.status != 200) {
            out.problems << QStringLiteral("%1: %2").arg(
                d.id, AgencyOutcome::fromAnswer(h, tr("Asking for the status")).message);
            continue;
        }
        ++out.asked;
        const QJsonObject status = QJsonDocument::fromJson(h.body).object().value(QLatin1String("status")).toObject();
        auto n = record(d.caseId, status, parseRfc3339(d.updatedAt));
        if (!n)
            return n.error();
        out.recorded += *n;
    }
    return out;
}

} // namespace lpdesk
