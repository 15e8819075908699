#include "inbox/MyWork.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "police/PoliceRequests.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lpdesk {

namespace {

// The case's reference and the zone of its store when all its incidents come from one store (SQL over `c`), as
// case_reference and case_timezone.
const char* const CaseColumns
    = "'LPD-' || substr(c.created_at, 1, 4) || '-' || printf('%04d', c.number) AS case_reference, "
      "(SELECT CASE WHEN count(DISTINCT i.store_id) = 1 THEN max(s.timezone) END FROM case_incidents ci "
      "JOIN incidents i ON i.id = ci.incident_id JOIN stores s ON s.id = i.store_id WHERE ci.case_id = c.id) "
      "AS case_timezone";

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

qint64 ageOf(const QString& since, const QDateTime& now)
{
    const QDateTime t = parseRfc3339(since);
    return t.isValid() ? std::max<qint64>(0, t.secsTo(now)) : 0;
}

} // namespace

QJsonObject WorkItem::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("kind"), kind},
            {QLatin1String("case_id"), orNull(caseId)},
            {QLatin1String("case_reference"), orNull(caseReference)},
            {QLatin1String("title"), title},
            {QLatin1String("status"), status},
            {QLatin1String("since"), since},
            {QLatin1String("age_s"), ageSeconds},
            {QLatin1String("note"), orNull(note)},
            {QLatin1String("by"), orNull(by)},
            {QLatin1String("timezone"), orNull(timezone)}};
}

QJsonObject WorkEvent::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("kind"), kind},
            {QLatin1String("case_id"), orNull(caseId)},
            {QLatin1String("case_reference"), orNull(caseReference)},
            {QLatin1String("at"), at},
            {QLatin1String("by"), orNull(by)},
            {QLatin1String("note"), orNull(note)},
            {QLatin1String("to"), orNull(to)},
            {QLatin1String("seen"), seen}};
}

int WorkOverview::unseen() const
{
    return static_cast<int>(std::count_if(events.cbegin(), events.cend(), [](const WorkEvent& e) { return !e.seen; }));
}

QJsonObject WorkOverview::toJson() const
{
    QJsonArray itemArray;
    for (const WorkItem& i : items)
        itemArray.append(i.toJson());
    QJsonArray eventArray;
    for (const WorkEvent& e : events)
        eventArray.append(e.toJson());
    return {{QLatin1String("id"), userId},
            {QLatin1String("user"), userName},
            {QLatin1String("role"), role},
            {QLatin1String("items"), itemArray},
            {QLatin1String("events"), eventArray},
            {QLatin1String("unseen"), unseen()},
            {QLatin1String("seen_up_to"), orNull(seenUpTo)}};
}

MyWork::MyWork(CaseDatabase& db) : m_db(db)
{ }

Result<WorkOverview> MyWork::load(const QDateTime& at)
{
    LP_TRY(Permissions::require(m_db.session(), Action::UseOwnAccount));
    const QDateTime now = at.isValid() ? at.toUTC() : utcNow();
    const Session& s = m_db.session();
    WorkOverview out;
    out.userId = s.userId;
    out.userName = s.userName;
    out.role = roleName(s.role);
    LP_TRY(addCases(out, now));
    LP_TRY(addMyReleases(out, now));
    LP_TRY(addReleasesToDecide(out, now));
    LP_TRY(addPoliceRequests(out, now));
    auto seen = seenUpTo();
    if (!seen)
        return seen.error();
    out.seenUpTo = *seen;
    const QDateTime marker = parseRfc3339(out.seenUpTo);
    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const WorkEvent& a, const WorkEvent& b) { return parseRfc3339(a.at) > parseRfc3339(b.at); });
    if (out.events.size() > MaxEvents)
        out.events.resize(MaxEvents);
    for (WorkEvent& e : out.events)
        e.seen = marker.isValid() && parseRfc3339(e.at) <= marker;
    return out;
}

Status MyWork::addCases(WorkOverview& out, const QDateTime& now)
{
    // Cases are the investigator's to work on: assigned to them, or opened by them and assigned to no one.
    if (!Permissions::allows(m_db.session().role, Action::ChangeCases))
        return {};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.title, c.status, c.created_at, c.created_by, %1 FROM cases c "
                             "WHERE c.status <> 'closed' AND (c.assignee = ? OR (coalesce(c.assignee, '') = '' "
                             "AND c.created_by = ?)) ORDER BY c.created_at, c.number")
                  .arg(QLatin1String(CaseColumns)));
    q.addBindValue(m_db.session().userName);
    q.addBindValue(m_db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next()) {
        WorkItem i;
        i.kind = QStringLiteral("case");
        i.id = i.caseId = row.string("id");
        i.title = row.string("title");
        i.status = row.string("status");
        i.since = row.string("created_at");
        i.ageSeconds = ageOf(i.since, now);
        i.by = row.string("created_by");
        i.caseReference = row.string("case_reference");
        i.timezone = row.string("case_timezone");
        out.items << i;
    }
    return {};
}

Status MyWork::addMyReleases(WorkOverview& out, const QDateTime& now)
{
    if (!Permissions::allows(m_db.session().role, Action::RequestRelease))
        return {};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // Every request of mine: pending ones wait, rejected ones need rework until I ask again for the same case,
    // decided ones are notifications.
    q.prepare(QStringLiteral(
                  "SELECT r.id, r.case_id, c.title, r.state, r.note, r.requested_at, r.decided_by, r.decided_at, "
                  "r.decision_note, r.purpose, r.agency_id, r.recipient, %1, (SELECT count(*) FROM releases later "
                  "WHERE later.case_id = r.case_id "
                  "AND later.requested_by_id = r.requested_by_id AND later.requested_at > r.decided_at) AS asked_again "
                  "FROM releases r JOIN cases c ON c.id = r.case_id WHERE r.requested_by_id = ? "
                  "ORDER BY r.requested_at")
                  .arg(QLatin1String(CaseColumns)));
    q.addBindValue(m_db.session().userId);
    if (!q.exec())
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next()) {
        const QString state = row.string("state");
        const QString decidedAt = row.string("decided_at");
        WorkItem i;
        i.id = row.string("id");
        i.caseId = row.string("case_id");
        i.title = row.string("title");
        i.status = state;
        i.caseReference = row.string("case_reference");
        i.timezone = row.string("case_timezone");
        if (state == QLatin1String("pending")) {
            i.kind = QStringLiteral("release_waiting");
            i.since = row.string("requested_at");
            i.note = row.string("note");
            i.by = m_db.session().userName;
            i.ageSeconds = ageOf(i.since, now);
            out.items << i;
        } else if (state == QLatin1String("rejected") && row.integer("asked_again") == 0) {
            i.kind = QStringLiteral("release_rejected");
            i.since = decidedAt;
            i.note = row.string("decision_note");
            i.by = row.string("decided_by");
            i.ageSeconds = ageOf(i.since, now);
            out.items << i;
        }
        if (!decidedAt.isEmpty()) {
            WorkEvent e;
            e.kind = state == QLatin1String("rejected") ? QStringLiteral("release_rejected")
                                                        : QStringLiteral("release_approved");
            e.id = i.id;
            e.caseId = i.caseId;
            e.caseReference = i.caseReference;
            e.at = decidedAt;
            e.by = row.string("decided_by");
            e.note = row.string("decision_note");
            // Two releases of one case (a USB package and an agency submission) must not read as one notice twice.
            e.to = row.string("purpose") == QLatin1String("agency") ? row.string("agency_id") : row.string("recipient");
            out.events << e;
        }
    }
    return {};
}

Status MyWork::addReleasesToDecide(WorkOverview& out, const QDateTime& now)
{
    if (!Permissions::allows(m_db.session().role, Action::DecideRelease))
        return {};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // Oldest first: the request that has waited longest is the first to decide. Never one's own request.
    q.prepare(QStringLiteral("SELECT r.id, r.case_id, c.title, r.note, r.requested_by, r.requested_at, %1 "
                             "FROM releases r JOIN cases c ON c.id = r.case_id WHERE r.state = 'pending' "
                             "AND r.requested_by_id <> ? ORDER BY r.requested_at")
                  .arg(QLatin1String(CaseColumns)));
    q.addBindValue(m_db.session().userId);
    if (!q.exec())
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next()) {
        WorkItem i;
        i.kind = QStringLiteral("release_to_decide");
        i.id = row.string("id");
        i.caseId = row.string("case_id");
        i.title = row.string("title");
        i.status = QStringLiteral("pending");
        i.note = row.string("note");
        i.by = row.string("requested_by");
        i.since = row.string("requested_at");
        i.ageSeconds = ageOf(i.since, now);
        i.caseReference = row.string("case_reference");
        i.timezone = row.string("case_timezone");
        out.items << i;
    }
    return {};
}

Status MyWork::addPoliceRequests(WorkOverview& out, const QDateTime& now)
{
    const Role role = m_db.session().role;
    const bool signs = Permissions::allows(role, Action::SignExigentDisclosure);
    if (!Permissions::allows(role, Action::ReadPoliceRequests))
        return {};
    auto all = PoliceRequests(m_db).list(false);
    if (!all)
        return all.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery zoneQuery(db);
    auto zoneOf = [&](const PoliceRequest& r) {
        const QJsonArray stores = r.asked.value(QLatin1String("stores")).toArray();
        if (stores.size() != 1)
            return QString();
        zoneQuery.prepare(QStringLiteral("SELECT timezone FROM stores WHERE id = ?"));
        zoneQuery.addBindValue(stores.first().toString());
        return zoneQuery.exec() && zoneQuery.next() ? SqlRow(zoneQuery).string("timezone") : QString();
    };
    auto titleOf = [](const PoliceRequest& r) {
        return r.reference.isEmpty() ? r.agency : tr("%1, ref. %2").arg(r.agency, r.reference);
    };
    QList<WorkItem> signoffs;
    QList<WorkItem> overdue;
    for (const PoliceRequest& r : *all) {
        WorkItem i;
        i.id = r.id;
        i.title = titleOf(r);
        i.status = r.kind;
        i.by = r.createdBy;
        i.note = r.notes;
        i.timezone = zoneOf(r);
        if (signs && r.needsSignoff()) {
            i.kind = QStringLiteral("exigent_signoff");
            i.since = r.receivedAt.isEmpty() ? r.createdAt : r.receivedAt;
            i.ageSeconds = ageOf(i.since, now);
            signoffs << i;
        }
        if (r.overdue(now)) {
            i.kind = QStringLiteral("police_overdue");
            i.since = r.dueAt;
            i.ageSeconds = ageOf(i.since, now);
            overdue << i;
            // It became news when it fell due, or when it was recorded if it was already overdue then.
            const QDateTime due = parseRfc3339(r.dueAt);
            const QDateTime created = parseRfc3339(r.createdAt);
            WorkEvent e;
            e.kind = QStringLiteral("police_overdue");
            e.id = r.id;
            e.at = toUtcString(created.isValid() && created > due ? created : due);
            e.note = i.title;
            out.events << e;
        }
    }
    auto oldestFirst = [](const WorkItem& a, const WorkItem& b) { return a.ageSeconds > b.ageSeconds; };
    std::stable_sort(signoffs.begin(), signoffs.end(), oldestFirst);
    std::stable_sort(overdue.begin(), overdue.end(), oldestFirst);
    out.items << signoffs << overdue;
    return {};
}

QString MyWork::ageText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString MyWork::sectionTitle(const QString& kind)
{
    if (kind == QLatin1String("case"))
        return tr("My open cases");
    if (kind == QLatin1String("release_rejected"))
        return tr("Rejected by legal: to rework");
    if (kind == QLatin1String("release_waiting"))
        return tr("My requests waiting for legal");
    if (kind == QLatin1String("release_to_decide"))
        return tr("Release requests waiting for a decision");
    if (kind == QLatin1String("exigent_signoff"))
        return tr("Exigent disclosures awaiting sign-off");
    if (kind == QLatin1String("police_overdue"))
        return tr("Overdue police requests");
    return kind;
}

QString MyWork::eventText(const WorkEvent& e)
{
    if (e.kind == QLatin1String("release_approved"))
        return e.to.isEmpty() ? tr("%1 approved the release of %2").arg(e.by, e.caseReference)
                              : tr("%1 approved the release of %2 to %3").arg(e.by, e.caseReference, e.to);
    if (e.kind == QLatin1String("release_rejected"))
        return e.to.isEmpty() ? tr("%1 rejected the release of %2: %3").arg(e.by, e.caseReference, e.note)
                              : tr("%1 rejected the release of %2 to %3: %4").arg(e.by, e.caseReference, e.to, e.note);
    if (e.kind == QLatin1String("police_overdue"))
        return tr("Police request overdue: %1").arg(e.note);
    return e.kind;
}

Result<QString> MyWork::seenUpTo()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seen_up_to FROM work_seen WHERE user_id = ?"));
    q.addBindValue(m_db.session().userId);
    if (!q.exec())
        return failure(q.lastError().text());
    return q.next() ? SqlRow(q).string("seen_up_to") : QString();
}

Status MyWork::markSeen(const QDateTime& upTo)
{
    LP_TRY(Permissions::require(m_db.session(), Action::UseOwnAccount));
    QDateTime until = upTo.toUTC();
    if (!upTo.isValid()) {
        auto overview = load();
        if (!overview)
            return overview.error();
        if (overview->events.isEmpty())
            return {};
        until = parseRfc3339(overview->events.first().at);
    }
    if (!until.isValid())
        return {};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // Only forward: a workstation with an older view cannot make seen news unseen again. (SQLCipher 3.4's SQLite
    // predates UPSERT.) Both sides are stored in one format, so the text comparison is the time comparison.
    const QString marker = toUtcString(until);
    const QString stamp = utcNowString();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO work_seen (user_id, seen_up_to, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(m_db.session().userId);
    q.addBindValue(marker);
    q.addBindValue(stamp);
    if (!q.exec())
        return failure(q.lastError().text());
    q.prepare(
        QStringLiteral("UPDATE work_seen SET seen_up_to = ?, updated_at = ? WHERE user_id = ? AND seen_up_to < ?"));
    q.addBindValue(marker);
    q.addBindValue(stamp);
    q.addBindValue(m_db.session().userId);
    q.addBindValue(marker);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

} // namespace lpdesk
