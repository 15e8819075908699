// KpiReporter::compute: the program KPIs over the case database, in named steps (stores, incidents and repeats,
// cases and their evidence, follow-ups, the figures per case). The definitions are in docs/ARCHITECTURE.md.
#include "metrics/KpiReport.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
#include "metrics/KpiInternal.h"
#include "metrics/ZoneOffsets.h"
#include "model/Currency.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QSet>

namespace lpdesk {

namespace {

using kpi::Accumulator;
using kpi::CaseRow;
using kpi::DayMs;
using kpi::IncidentRow;
using kpi::KpiScan;
using kpi::StoreInfo;

bool anyStoreInRegion(const KpiScan& s, const QString& region)
{
    bool any = false;
    for (const StoreInfo& st : s.stores)
        any = any || st.region == region;
    return any;
}

// The database's own UTC form, whose text order is time order.
const QString kCanonical = QStringLiteral(
    "detected_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z'");

// Incidents: those of the period, plus the 90 days before it (earlier incidents make later ones repeats).
// Local dates are at most 14 hours from UTC, so one day of margin on each side is enough for the SQL filter. Of
// the 90 days before, only the latest incident of each store and type can be the one before an incident of the
// period, and none lies in the period (each is more than a day before it): those are read by one GROUP BY, and
// whatever is not in the database's own UTC form row by row, as before.
Status readKpiIncidents(KpiScan& s)
{
    const KpiFilter& filter = s.filter;
    auto utcDay = [](const QDate& d) { return toUtcString(QDateTime(d, QTime(0, 0), QTimeZone::utc())); };
    s.lower = filter.from.isValid() ? utcDay(filter.from.addDays(-92)) : QString();
    s.upper = filter.to.isValid() ? utcDay(filter.to.addDays(2)) : QString();
    if (!filter.from.isValid())
        return readIncidentRows(s, s.lower, s.upper);
    const QString periodStart = utcDay(filter.from.addDays(-2));
    LP_TRY(readIncidentRows(s, periodStart, s.upper));
    LP_TRY(readIncidentRows(s, s.lower, periodStart, QStringLiteral("NOT ") + kCanonical));
    const qsizetype before = s.incidents.size();
    // SQLite's bare columns: id comes from the row holding the maximum.
    if (readIncidentRows(s, s.lower, periodStart, kCanonical,
                         QStringLiteral("id, store_id, type, '', MAX(detected_at)"),
                         QStringLiteral(" GROUP BY store_id, type")))
        return {};
    s.incidents.resize(before);
    return readIncidentRows(s, s.lower, periodStart, kCanonical);
}

// Incident figures and repeats (see markRepeats).
void countKpiIncidents(KpiScan& s)
{
    kpi::markRepeats(s.incidents);
    for (const IncidentRow& r : std::as_const(s.incidents)) {
        if (!r.inScope)
            continue;
        s.each(r, [&](Accumulator& a) {
            ++a.f.incidents;
            ++a.f.byType[r.type];
            ++a.f.byTrigger[r.trigger];
            ++a.f.heat[static_cast<size_t>(r.weekday)][static_cast<size_t>(r.hour)];
            if (r.repeat30) {
                ++a.f.repeats30;
                ++a.f.repeatsByStore[s.storeIds[r.store]];
            }
            if (r.repeat90)
                ++a.f.repeats90;
        });
    }
}

void earlier(qint64& slot, qint64 at)
{
    if (at >= 0 && (slot < 0 || at < slot))
        slot = at;
}

// What each case holds: when it was reported and decided, its POS, signed statements and a usable clip.
Status readKpiEvidence(KpiScan& s)
{
    LP_TRY(s.perCase(QStringLiteral("SELECT case_id, exported_at, decided_at, state FROM releases"),
                     [&](CaseRow& c, QSqlQuery& r) {
                         earlier(c.decidedAt, kpi::utcMs(r.value(2).toString()));
                         const QString state = r.value(3).toString();
                         if (state == QLatin1String("exported") || state == QLatin1String("submitted"))
                             earlier(c.reportedAt, kpi::utcMs(r.value(1).toString()));
                     }));
    LP_TRY(s.perCase(QStringLiteral("SELECT r.case_id, s.updated_at FROM submissions s JOIN releases r ON "
                                    "r.id = s.release_id WHERE s.state = 'delivered'"),
                     [&](CaseRow& c, QSqlQuery& r) { earlier(c.reportedAt, kpi::utcMs(r.value(1).toString())); }));
    LP_TRY(s.perCase(QStringLiteral("SELECT DISTINCT case_id FROM case_pos"),
                     [&](CaseRow& c, QSqlQuery&) { c.hasPos = true; }));
    LP_TRY(s.perCase(QStringLiteral("SELECT DISTINCT case_id FROM statements WHERE signed_off_at IS NOT NULL"),
                     [&](CaseRow& c, QSqlQuery&) { c.hasStatement = true; }));
    // A usable clip (see clipCoverage).
    QSet<QString> covered;
    LP_TRY(kpi::clipCoverage(
        s.db, QString(),
        [&](const QString& incident, qint64 start, qint64 end) {
            const qint64 at = s.caseIncidentAt.value(incident, -1);
            if (at >= 0 && start <= at && at <= end)
                covered.insert(incident);
        },
        s.caseScope));
    for (CaseRow& c : s.cases)
        for (const QString& incident : c.incidentIds)
            c.hasClip = c.hasClip || covered.contains(incident);
    return {};
}

// The loss a linked transaction records: its value, in its currency's minor unit. Kinds that let nothing go (no
// sale, sign on/off, till open/close, other control, paid in) record none.
std::optional<qint64> lossOf(const QString& kind, qint64 total, int exponent, const QString& currency)
{
    static const QStringList nothingGoes {QStringLiteral("no_sale"),    QStringLiteral("sign_on"),
                                          QStringLiteral("sign_off"),   QStringLiteral("till_open"),
                                          QStringLiteral("till_close"), QStringLiteral("control"),
                                          QStringLiteral("paid_in")};
    if (nothingGoes.contains(kind))
        return std::nullopt;
    return Currency::rescale(total < 0 ? -total : total, exponent, Currency::exponentOf(currency));
}

Status readKpiLosses(KpiScan& s)
{
    return s.perCase(QStringLiteral("SELECT cp.case_id, t.id, COALESCE(t.currency, ''), t.total, t.exponent, t.kind "
                                    "FROM case_pos cp JOIN pos_transactions t ON t.id = cp.transaction_id"),
                     [&](CaseRow& c, QSqlQuery& r) {
                         const QString currency = r.value(2).toString();
                         if (const auto loss
                             = lossOf(r.value(5).toString(), r.value(3).toLongLong(), r.value(4).toInt(), currency))
                             s.losses[c.id] << kpi::PosLoss {r.value(1).toString(), currency, *loss};
                     });
}

Status readKpiFollowups(KpiScan& s)
{
    return s.perCase(QStringLiteral("SELECT case_id, kind, at, amount FROM followups"), [&](CaseRow& c, QSqlQuery& r) {
        s.followups[c.id] << qMakePair(kpi::utcMs(r.value(2).toString()), r.value(1).toString());
        if (!r.value(3).isNull())
            s.recovered[c.id] += r.value(3).toDouble();
    });
}

// The case figures, each case counted in the group of its earliest incident, in order of detection.
void countKpiCases(KpiScan& s, const QMap<QString, QStringList>& lists)
{
    QStringList caseOrder = s.cases.keys();
    std::sort(caseOrder.begin(), caseOrder.end(), [&](const QString& a, const QString& b) {
        return s.cases[a].detected != s.cases[b].detected ? s.cases[a].detected < s.cases[b].detected : a < b;
    });
    for (const QString& id : caseOrder) {
        const CaseRow& c = s.cases[id];
        const QStringList items
            = lists.value(c.anchor.type, lists.value(QStringLiteral("*"), KpiReporter::checklistItems()));
        const bool complete = kpi::caseComplete(c, items);
        const bool followed = kpi::followedUpInTime(s, id, c);
        const QMap<QString, qint64> outcomes = kpi::outcomesOf(s, id);
        s.each(c.anchor, [&](Accumulator& a) {
            a.addCase(id, c, complete, followed, outcomes, s.recovered.value(id), s.losses.value(id));
        });
    }
}

} // namespace

namespace kpi {

// Stores, their zones and regions.
Status readKpiStores(KpiScan& s)
{
    QSqlQuery q(s.db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, timezone, region FROM stores ORDER BY id")))
        return failure(q.lastError().text());
    while (q.next()) {
        QTimeZone zone(q.value(1).toString().toUtf8());
        s.storeIndex.insert(q.value(0).toString(), static_cast<int>(s.stores.size()));
        s.storeIds << q.value(0).toString();
        s.stores << StoreInfo {zone.isValid() ? zone : QTimeZone::utc(), q.value(2).toString()};
        s.zoneKeys << s.offsets.addZone(s.stores.last().zone);
    }
    return {};
}

Status checkKpiFilter(const KpiScan& s)
{
    const KpiFilter& filter = s.filter;
    if (!filter.by.isEmpty() && !KpiReporter::groupings().contains(filter.by))
        return makeError(ErrorKind::Usage,
                         KpiReporter::tr("The grouping is one of: %1 (lpdesk-cli: --by).")
                             .arg(KpiReporter::groupings().join(QStringLiteral(", "))));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return makeError(ErrorKind::Usage, KpiReporter::tr("The period ends before it starts."));
    if (!filter.store.isEmpty() && !s.storeIndex.contains(filter.store))
        return makeError(ErrorKind::NotFound, KpiReporter::tr("There is no store %1.").arg(filter.store));
    if (!filter.region.isEmpty() && !anyStoreInRegion(s, filter.region))
        return makeError(ErrorKind::NotFound, KpiReporter::tr("No store is in region %1.").arg(filter.region));
    return {};
}

// Reads incidents with store_id = ? (when the filter names one) and detected_at in [from, to) as stored (an empty
// bound is open), plus condition; each row (id, store_id, type, trigger, detected_at) of a wanted store with a
// readable time joins s.incidents.
Status readIncidentRows(KpiScan& s, const QString& from, const QString& to, const QString& condition,
                        const QString& select, const QString& groupBy)
{
    QString sql = QStringLiteral("SELECT %1 FROM incidents WHERE 1 = 1").arg(select);
    QVariantList binds;
    if (!from.isEmpty()) {
        sql += QStringLiteral(" AND detected_at >= ?");
        binds << from;
    }
    if (!to.isEmpty()) {
        sql += QStringLiteral(" AND detected_at < ?");
        binds << to;
    }
    if (!s.filter.store.isEmpty()) {
        sql += QStringLiteral(" AND store_id = ?");
        binds << s.filter.store;
    }
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    sql += groupBy;
    QSqlQuery q(s.db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    while (q.next()) {
        const int st = s.storeIndex.value(q.value(1).toString(), -1);
        if (st < 0 || !s.storeWanted(st))
            continue;
        IncidentRow r;
        r.id = q.value(0).toString();
        r.store = st;
        r.type = q.value(2).toString();
        r.trigger = q.value(3).toString();
        r.at = kpi::utcMs(q.value(4).toString());
        if (r.at < 0) {
            if (!groupBy.isEmpty())
                return failure(QStringLiteral("unreadable")); // the caller reads that stretch row by row
            continue;
        }
        s.localise(r);
        s.incidents << r;
    }
    return {};
}

// Repeats: another incident of the same type at the same store in the 30 (90) days before (equal detection times
// go by incident id).
void markRepeats(QList<IncidentRow>& incidents)
{
    QHash<QString, qint64> types;
    QHash<qint64, QList<int>> series; // store and type → its incidents
    for (int i = 0; i < incidents.size(); ++i) {
        const qint64 type = *types.insert(incidents[i].type, types.value(incidents[i].type, types.size()));
        series[type * 65536 + incidents[i].store] << i;
    }
    for (QList<int>& list : series) {
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            return incidents[a].at != incidents[b].at ? incidents[a].at < incidents[b].at
                                                      : incidents[a].id < incidents[b].id;
        });
        for (int k = 0; k < list.size(); ++k) {
            IncidentRow& r = incidents[list[k]];
            const qint64 gap = k > 0 ? r.at - incidents[list[k - 1]].at : -1;
            r.repeat30 = gap >= 0 && gap <= 30 * DayMs;
            r.repeat90 = gap >= 0 && gap <= 90 * DayMs;
        }
    }
}

// Cases: anchored on their earliest incident (its store and local date decide the group; equal detection times
// go by incident id, as everywhere). The filter chooses which cases count, not what a case holds: its checklist
// sees every one of its incidents, wherever and whenever they happened, as KpiReporter::caseChecklist does.
Status readKpiCases(KpiScan& s)
{
    QSqlQuery q(s.db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT c.id, c.status, c.created_at, c.closed_at, ci.incident_id, i.detected_at, i.register_id, "
        "i.suspects_json, i.store_id, i.type FROM cases c JOIN case_incidents ci ON ci.case_id = c.id "
        "JOIN incidents i ON i.id = ci.incident_id");
    if (!s.caseScope.isEmpty())
        sql += QStringLiteral(" WHERE c.id IN (%1)").arg(s.caseScope);
    if (!q.exec(sql))
        return failure(q.lastError().text());
    while (q.next()) {
        const QString id = q.value(0).toString();
        CaseRow& c = s.cases[id];
        c.id = id;
        c.status = q.value(1).toString();
        c.createdAt = kpi::utcMs(q.value(2).toString());
        c.closedAt = kpi::utcMs(q.value(3).toString());
        const QString incident = q.value(4).toString();
        const QString atText = q.value(5).toString();
        const qint64 at = kpi::utcMs(atText);
        c.incidentIds << incident;
        s.caseIncidentAt.insert(incident, at);
        c.needPos = c.needPos || !q.value(6).toString().isEmpty();
        const QString suspects = q.value(7).toString().trimmed();
        c.hasSuspect = c.hasSuspect || (!suspects.isEmpty() && suspects != QLatin1String("[]"));
        if (at >= 0 && (c.detected < 0 || at < c.detected || (at == c.detected && incident < c.anchorId))) {
            c.detected = at;
            c.anchorId = incident;
            c.anchorText = atText;
            c.anchorStore = q.value(8).toString();
            c.anchorType = q.value(9).toString();
        }
    }
    // A case counts when its earliest incident is one the incident scan reads (the SQL window as stored, a store
    // asked for) and lies in the period.
    for (auto it = s.cases.begin(); it != s.cases.end();) {
        const int st = s.storeIndex.value(it->anchorStore, -1);
        bool counted = it->detected >= 0 && st >= 0 && s.storeWanted(st)
            && (s.lower.isEmpty() || it->anchorText >= s.lower) && (s.upper.isEmpty() || it->anchorText < s.upper);
        if (counted) {
            IncidentRow& r = it->anchor;
            r.id = it->anchorId;
            r.store = st;
            r.type = it->anchorType;
            r.at = it->detected;
            s.localise(r);
            counted = r.inScope;
        }
        it = counted ? std::next(it) : s.cases.erase(it);
    }
    return {};
}

Status readKpiCaseFacts(KpiScan& s)
{
    LP_TRY(readKpiEvidence(s));
    LP_TRY(readKpiFollowups(s));
    return readKpiLosses(s);
}

bool caseComplete(const CaseRow& c, const QStringList& items)
{
    return (!items.contains(QLatin1String("clip")) || c.hasClip)
        && (!items.contains(QLatin1String("pos")) || !c.needPos || c.hasPos)
        && (!items.contains(QLatin1String("statement")) || c.hasStatement)
        && (!items.contains(QLatin1String("suspect")) || c.hasSuspect);
}

bool followedUpInTime(const KpiScan& s, const QString& id, const CaseRow& c)
{
    bool followed = false;
    for (const auto& [at, kind] : s.followups.value(id))
        followed = followed
            || (c.reportedAt >= 0 && at >= c.reportedAt
                && at <= c.reportedAt + KpiReporter::FollowUpWindowDays * DayMs);
    return followed;
}

QMap<QString, qint64> outcomesOf(const KpiScan& s, const QString& id)
{
    QMap<QString, qint64> out;
    for (const auto& [at, kind] : s.followups.value(id))
        ++out[kind];
    return out;
}

KpiReport finishKpiReport(KpiScan& s)
{
    KpiReport report;
    report.by = s.filter.by;
    s.all.finish();
    report.overall = s.all.f;
    for (auto it = s.groups.begin(); it != s.groups.end(); ++it) {
        it->finish();
        it->f.key = it.key();
        report.rows << it->f;
    }
    return report;
}

} // namespace kpi

Result<KpiReport> KpiReporter::computeByScan(const KpiFilter& filter)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    KpiScan scan(filter, m_db.connection());
    LP_TRY(kpi::readKpiStores(scan));
    LP_TRY(kpi::checkKpiFilter(scan));
    LP_TRY(readKpiIncidents(scan));
    countKpiIncidents(scan);
    LP_TRY(kpi::readKpiCases(scan));
    LP_TRY(kpi::readKpiCaseFacts(scan));
    auto lists = checklists();
    if (!lists)
        return lists.error();
    countKpiCases(scan, *lists);
    return kpi::finishKpiReport(scan);
}

} // namespace lpdesk
