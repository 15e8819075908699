// RetentionService::plan(): what a purge would do now — which items are expired under the rules, and which of
// them are kept (and why).
#include "retention/RetentionService.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

QDateTime utcOrNull(const QString& s)
{
    return s.isEmpty() ? QDateTime() : parseRfc3339(s);
}

} // namespace

// An item plan() weighs: not purged yet.
struct RetentionService::PlanMedia
{
    QString id, kind, parent, operation, caseId, sha256;
    qint64 size;
};

// What plan() reads from the database once: the rules, the holds, which incidents and cases each item belongs to,
// and the items themselves.
struct RetentionService::PlanInputs
{
    struct IncidentInfo
    {
        QString type;
        QDateTime detected;
        QStringList cases;
    };
    struct CaseState
    {
        QString status;
        QDateTime closedAt;
        QStringList incidents;
    };
    QHash<QString, RetentionRule> typeRules, kindRules;
    QSet<QString> heldCases, heldIncidents;
    QHash<QString, IncidentInfo> incidents;
    QHash<QString, CaseState> cases;
    QString releaseItems; // the items of releases not yet finished
    QString submissionItems; // the items of submissions still in the outbox
    QHash<QString, QStringList> mediaIncidents;
    QList<PlanMedia> media;
    QHash<QString, QString> parents;
};

Result<PurgePlan> RetentionService::plan()
{
    LP_TRY(Permissions::require(m_db.session(), Action::PurgeEvidence));
    PlanInputs in;
    auto list = rules();
    if (!list)
        return list.error();
    for (const RetentionRule& r : *list)
        (r.scope == QLatin1String("type") ? in.typeRules : in.kindRules).insert(r.name, r);
    if (in.typeRules.isEmpty() && in.kindRules.isEmpty())
        return PurgePlan {};
    LP_TRY(readHoldsAndLinks(in));
    LP_TRY(readMedia(in));

    const QDateTime now = utcNow();
    PurgePlan plan;
    for (const PlanMedia& m : std::as_const(in.media)) {
        PurgeItem item;
        item.mediaId = m.id;
        if (!linkItem(in, m, item) || !expired(in, item, now))
            continue;
        markBlocked(in, {m.id}, item);
        plan.items << item;
    }
    LP_TRY(planJournals(in, now, plan));
    return plan;
}

// The legal holds in force, the incidents (type, detection) and cases (status, closure) and what links them.
Status RetentionService::readHoldsAndLinks(PlanInputs& in)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT target_kind, target_id FROM legal_holds WHERE lifted_at IS NULL")))
        return failure(q.lastError().text());
    while (q.next())
        (q.value(0).toString() == QLatin1String("case") ? in.heldCases : in.heldIncidents)
            .insert(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT id, type, detected_at FROM incidents")))
        return failure(q.lastError().text());
    while (q.next())
        in.incidents.insert(q.value(0).toString(), {q.value(1).toString(), utcOrNull(q.value(2).toString()), {}});
    if (!q.exec(QStringLiteral("SELECT id, status, closed_at FROM cases")))
        return failure(q.lastError().text());
    while (q.next())
        in.cases.insert(q.value(0).toString(), {q.value(1).toString(), utcOrNull(q.value(2).toString()), {}});
    if (!q.exec(QStringLiteral("SELECT case_id, incident_id FROM case_incidents")))
        return failure(q.lastError().text());
    while (q.next()) {
        in.cases[q.value(0).toString()].incidents << q.value(1).toString();
        in.incidents[q.value(1).toString()].cases << q.value(0).toString();
    }
    return {};
}

// The items that are not purged yet (and the parents of purged ones, for lineage), the incidents each original
// was pulled for, and the items that pending releases and submissions still need.
Status RetentionService::readMedia(PlanInputs& in)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Items of releases not yet finished and of submissions still in the outbox.
    if (!q.exec(QStringLiteral("SELECT items_json FROM releases WHERE state IN ('pending', 'approved')")))
        return failure(q.lastError().text());
    while (q.next())
        in.releaseItems += q.value(0).toString();
    if (!q.exec(QStringLiteral("SELECT r.items_json FROM submissions s JOIN releases r ON r.id = s.release_id "
                               "WHERE s.state IN ('queued', 'sending', 'waiting', 'failed')")))
        return failure(q.lastError().text());
    while (q.next())
        in.submissionItems += q.value(0).toString();
    if (!q.exec(QStringLiteral("SELECT media_id, incident_id FROM incident_media")))
        return failure(q.lastError().text());
    while (q.next())
        in.mediaIncidents[q.value(0).toString()] << q.value(1).toString();

    if (!q.exec(QStringLiteral("SELECT id, kind, parent_id, operation, case_id, sha256, file_size FROM media "
                               "WHERE purged_at IS NULL ORDER BY created_at, id")))
        return failure(q.lastError().text());
    while (q.next()) {
        in.media << PlanMedia {q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(),  q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toLongLong()};
        in.parents.insert(in.media.last().id, in.media.last().parent);
    }
    // Parents of purged items still count for lineage.
    if (!q.exec(QStringLiteral("SELECT id, parent_id FROM media WHERE purged_at IS NOT NULL")))
        return failure(q.lastError().text());
    while (q.next())
        in.parents.insert(q.value(0).toString(), q.value(1).toString());
    return {};
}

// What the item is and the incidents and cases it belongs to: an original's incidents, a derivative's case and its
// root's; false when it belongs to nothing that can be dated.
bool RetentionService::linkItem(const PlanInputs& in, const PlanMedia& m, PurgeItem& item)
{
    item.kind = m.kind == QLatin1String("original")
        ? QStringLiteral("original")
        : (m.operation == QLatin1String("frame") ? QStringLiteral("still") : QStringLiteral("derivative"));
    item.sha256 = m.sha256;
    item.size = m.size;
    QString root = m.id;
    for (int guard = 0; guard < 64 && !in.parents.value(root).isEmpty(); ++guard)
        root = in.parents.value(root);
    QSet<QString> incs(in.mediaIncidents.value(root).cbegin(), in.mediaIncidents.value(root).cend());
    for (const QString& i : in.mediaIncidents.value(m.id))
        incs.insert(i);
    QSet<QString> caseSet;
    if (!m.caseId.isEmpty())
        caseSet.insert(m.caseId);
    for (const QString& i : incs)
        for (const QString& c : in.incidents.value(i).cases)
            caseSet.insert(c);
    for (const QString& c : caseSet)
        for (const QString& i : in.cases.value(c).incidents)
            incs.insert(i);
    item.incidentIds = QStringList(incs.cbegin(), incs.cend());
    item.caseIds = QStringList(caseSet.cbegin(), caseSet.cend());
    item.incidentIds.sort();
    item.caseIds.sort();
    if (item.incidentIds.isEmpty() && item.caseIds.isEmpty())
        return false; // belongs to nothing we can date
    return true;
}

// Whether the item's time is up: the evidence kind's rule if set, else the longest of its incident types' (no rule:
// kept), counted from detection or from the closure of all its cases. Sets when it expired.
bool RetentionService::expired(const PlanInputs& in, PurgeItem& item, const QDateTime& now)
{
    RetentionRule rule;
    if (in.kindRules.contains(item.kind)) {
        rule = in.kindRules.value(item.kind);
    } else {
        bool all = !item.incidentIds.isEmpty();
        for (const QString& i : item.incidentIds) {
            const auto it = in.typeRules.constFind(in.incidents.value(i).type);
            if (it == in.typeRules.cend()) {
                all = false;
                break;
            }
            if (it->days > rule.days || (it->days == rule.days && it->countedFrom == QLatin1String("closure")))
                rule = *it;
        }
        if (!all)
            return false;
    }
    QDateTime base;
    bool dated = true;
    if (rule.countedFrom == QLatin1String("closure") && !item.caseIds.isEmpty()) {
        for (const QString& c : item.caseIds) {
            const PlanInputs::CaseState& s = in.cases.value(c);
            if (s.status != QLatin1String("closed") || !s.closedAt.isValid())
                dated = false;
            else if (!base.isValid() || s.closedAt > base)
                base = s.closedAt;
        }
    } else {
        for (const QString& i : item.incidentIds) {
            const QDateTime d = in.incidents.value(i).detected;
            if (d.isValid() && (!base.isValid() || d > base))
                base = d;
        }
    }
    if (!dated || !base.isValid())
        return false;
    const QDateTime expires = base.addDays(rule.days);
    if (expires > now)
        return false;
    item.expiredAt = toUtcString(expires);
    return true;
}

// Why an expired item cannot be purged yet: a legal hold, an open case, or a submission or a release that needs it
// (the first that applies, in that order), in words and by name.
void RetentionService::markBlocked(const PlanInputs& in, const QStringList& ids, PurgeItem& item)
{
    auto refuse = [&item](const char* name, const QString& words) {
        if (item.refusal.isEmpty()) {
            item.refusal = QLatin1String(name);
            item.blocked = words;
        }
    };
    for (const QString& c : item.caseIds)
        if (in.heldCases.contains(c))
            refuse("case_held", tr("case on legal hold"));
    for (const QString& i : item.incidentIds)
        if (in.heldIncidents.contains(i))
            refuse("incident_held", tr("incident on legal hold"));
    for (const QString& c : item.caseIds)
        if (in.cases.value(c).status != QLatin1String("closed"))
            refuse("case_open", tr("case still open"));
    for (const QString& id : ids)
        if (in.submissionItems.contains(QLatin1Char('"') + id + QLatin1Char('"')))
            refuse("pending_submission", tr("in a submission still in the outbox"));
    for (const QString& id : ids)
        if (in.releaseItems.contains(QLatin1Char('"') + id + QLatin1Char('"')))
            refuse("pending_release", tr("in a pending release"));
}

// The imported POS journals (their encrypted originals) under the pos_journal rule only: a journal belongs to the
// cases its transactions are linked to (and to their incidents), and is dated by its newest transaction (by its
// arrival when it holds none), or by the closure of all those cases when the rule counts from closure.
Status RetentionService::planJournals(const PlanInputs& in, const QDateTime& now, PurgePlan& plan)
{
    const auto rule = in.kindRules.constFind(QStringLiteral("pos_journal"));
    if (rule == in.kindRules.cend())
        return {};
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    struct Links
    {
        QSet<QString> cases, incidents;
        QStringList transactions;
    };
    QHash<QString, Links> links;
    if (!q.exec(QStringLiteral("SELECT i.evidence_file_id, cp.transaction_id, cp.case_id, cp.incident_id FROM case_pos "
                               "cp JOIN pos_transactions t ON t.id = cp.transaction_id JOIN pos_imports i ON i.id = "
                               "t.import_id")))
        return failure(q.lastError().text());
    while (q.next()) {
        Links& l = links[q.value(0).toString()];
        l.transactions << q.value(1).toString();
        l.cases.insert(q.value(2).toString());
        if (!q.value(3).toString().isEmpty())
            l.incidents.insert(q.value(3).toString());
    }
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.sha256, e.size, COALESCE(n.newest, e.received_at) FROM evidence_files e LEFT JOIN "
            "(SELECT i.evidence_file_id AS file_id, MAX(t.begin_utc) AS newest FROM pos_transactions t JOIN "
            "pos_imports i ON i.id = t.import_id GROUP BY i.evidence_file_id) n ON n.file_id = e.id WHERE e.kind = "
            "'pos_journal' AND e.purged_at IS NULL ORDER BY e.received_at, e.id")))
        return failure(q.lastError().text());
    while (q.next()) {
        PurgeItem item;
        item.mediaId = q.value(0).toString();
        item.kind = QStringLiteral("pos_journal");
        item.sha256 = q.value(1).toString();
        item.size = q.value(2).toLongLong();
        const Links l = links.value(item.mediaId);
        QSet<QString> incs = l.incidents;
        for (const QString& c : l.cases)
            for (const QString& i : in.cases.value(c).incidents)
                incs.insert(i);
        item.caseIds = QStringList(l.cases.cbegin(), l.cases.cend());
        item.incidentIds = QStringList(incs.cbegin(), incs.cend());
        item.caseIds.sort();
        item.incidentIds.sort();
        QDateTime base = utcOrNull(q.value(3).toString());
        if (rule->countedFrom == QLatin1String("closure") && !item.caseIds.isEmpty()) {
            base = QDateTime();
            for (const QString& c : std::as_const(item.caseIds)) {
                const PlanInputs::CaseState& s = in.cases.value(c);
                if (s.status != QLatin1String("closed") || !s.closedAt.isValid()) {
                    base = QDateTime(); // a case still open: not dated yet
                    break;
                }
                if (!base.isValid() || s.closedAt > base)
                    base = s.closedAt;
            }
        }
        if (!base.isValid() || base.addDays(rule->days) > now)
            continue;
        item.expiredAt = toUtcString(base.addDays(rule->days));
        markBlocked(in, QStringList {item.mediaId} + l.transactions, item);
        plan.items << item;
    }
    return {};
}

} // namespace lpdesk
