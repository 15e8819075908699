#include "metrics/KpiReport.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "metrics/ZoneOffsets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

constexpr qint64 DayMs = 86400000;

// The database's own UTC form ("2026-03-14T10:00:00.000Z") read without QDateTime's general parser, which
// costs microseconds a row; anything else goes through the strict RFC 3339 parser. -1 when unreadable.
qint64 utcMs(const QString& s)
{
    if (s.isEmpty())
        return -1;
    if (s.size() == 24 && s[4] == u'-' && s[10] == u'T' && s[19] == u'.' && s[23] == u'Z') {
        auto num = [&](int at, int len) {
            int v = 0;
            for (int i = at; i < at + len; ++i) {
                const int d = s[i].unicode() - '0';
                if (d < 0 || d > 9)
                    return -1;
                v = v * 10 + d;
            }
            return v;
        };
        const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), se = num(17, 2),
                  ms = num(20, 3);
        if (y >= 0 && mo >= 1 && d >= 1 && h >= 0 && mi >= 0 && se >= 0 && ms >= 0) {
            const QDate date(y, mo, d);
            if (date.isValid())
                return (date.toJulianDay() - 2440588) * DayMs + ((h * 60 + mi) * 60 + se) * 1000LL + ms;
        }
    }
    const QDateTime t = parseRfc3339(s);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

std::optional<double> median(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Nearest rank: the smallest value with at least 90 % of the values at or below it.
std::optional<double> p90(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(v.size())));
    return v[std::max<qsizetype>(rank, 1) - 1];
}

std::optional<double> rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// A usable clip: an original of one of the case's incidents, not purged, whose recording covers the moment in true
// time. Recorders stamp their own clock, so the recorded times are corrected by the clock offset the investigator
// established (the file's own, else its camera's, else its store's — as MediaLibrary::cameraOffset does for every
// time shown). Footage imported from outside a drop has a start and a duration but no end. Only video counts: an
// audio recording, a still or a document is not a clip. fn(incident, start, end)
// gets each linked original's true span in UTC ms; caseId limits it to one case's incidents.
template<typename Fn> Status clipCoverage(QSqlDatabase& db, const QString& caseId, Fn&& fn)
{
    QSqlQuery mq(db);
    mq.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT im.incident_id, m.recorded_start, m.recorded_end, m.duration, "
        "COALESCE(m.clock_offset, c.clock_offset, s.clock_offset, 0) FROM incident_media im "
        "JOIN media m ON m.id = im.media_id LEFT JOIN stores s ON s.id = m.store_id "
        "LEFT JOIN cameras c ON c.store_id = m.store_id AND c.id = m.camera_id WHERE m.purged_at IS NULL "
        "AND COALESCE(m.media_type, 'video') = 'video'");
    if (!caseId.isEmpty())
        sql += QStringLiteral(" AND im.incident_id IN (SELECT incident_id FROM case_incidents WHERE case_id = ?)");
    mq.prepare(sql);
    if (!caseId.isEmpty())
        mq.addBindValue(caseId);
    if (!mq.exec())
        return failure(mq.lastError().text());
    while (mq.next()) {
        const qint64 start = utcMs(mq.value(1).toString());
        qint64 end = utcMs(mq.value(2).toString());
        const double duration = mq.value(3).toDouble();
        if (start >= 0 && end < 0 && std::isfinite(duration) && duration > 0)
            end = start + std::llround(duration * 1000.0);
        const qint64 ahead = std::llround(mq.value(4).toDouble() * 1000.0);
        if (start >= 0 && end >= 0)
            fn(mq.value(0).toString(), start - ahead, end - ahead);
    }
    return {};
}

struct StoreInfo
{
    QTimeZone zone;
    QString region;
};

struct IncidentRow
{
    QString id;
    int store = 0; // index into the store list
    QString type;
    QString trigger;
    qint64 at = 0; // UTC ms
    QDate localDate;
    int hour = 0;
    int weekday = 0; // 0 = Monday
    bool inScope = false;
};

struct CaseRow
{
    QString id;
    QString status;
    qint64 createdAt = -1;
    qint64 closedAt = -1;
    qint64 detected = -1; // earliest incident
    QString anchorId; // the earliest incident (by detection time, then id)
    int anchor = -1; // its index among the incidents read
    QStringList incidentIds; // all of the case's incidents, in scope or not
    bool needPos = false; // an incident names a register
    bool hasSuspect = false;
    qint64 reportedAt = -1;
    qint64 decidedAt = -1;
    bool hasPos = false;
    bool hasStatement = false;
    bool hasClip = false;
};

struct Accumulator
{
    KpiFigures f;
    QList<double> mttr, toCase, toDecision, toClose;

    void finish()
    {
        f.mttrMedian = median(mttr);
        f.mttrP90 = p90(mttr);
        f.toCaseMedian = median(toCase);
        f.toDecisionMedian = median(toDecision);
        f.toCloseMedian = median(toClose);
        f.evidenceCompleteness = rate(f.complete, f.reported);
        f.followupRate = rate(f.followedUp, f.reported);
        f.closureRate = rate(f.closed, f.cases);
        f.repeatRate = rate(f.repeats30, f.incidents);
        f.repeatRate90 = rate(f.repeats90, f.incidents);
    }
};

} // namespace

QJsonObject KpiFigures::toJson(bool withDetail) const
{
    QJsonObject o {{QLatin1String("incidents"), incidents},
                   {QLatin1String("cases"), cases},
                   {QLatin1String("reported"), reported},
                   {QLatin1String("closed"), closed},
                   {QLatin1String("mttr_median_s"), opt(mttrMedian)},
                   {QLatin1String("mttr_p90_s"), opt(mttrP90)},
                   {QLatin1String("time_to_case_median_s"), opt(toCaseMedian)},
                   {QLatin1String("time_to_decision_median_s"), opt(toDecisionMedian)},
                   {QLatin1String("time_to_close_median_s"), opt(toCloseMedian)},
                   {QLatin1String("evidence_completeness"), opt(evidenceCompleteness)},
                   {QLatin1String("followup_rate"), opt(followupRate)},
                   {QLatin1String("closure_rate"), opt(closureRate)},
                   {QLatin1String("repeat_incident_rate"), opt(repeatRate)},
                   {QLatin1String("repeat_incident_rate_90d"), opt(repeatRate90)},
                   {QLatin1String("recovered_value"), recoveredValue}};
    if (!key.isEmpty())
        o.insert(QLatin1String("key"), key);
    QJsonObject out;
    for (const QString& k : {QStringLiteral("arrest"), QStringLiteral("charged"), QStringLiteral("recovered"),
                             QStringLiteral("closed"), QStringLiteral("contact")})
        out.insert(k, outcomes.value(k));
    o.insert(QLatin1String("outcomes"), out);
    if (withDetail) {
        QJsonObject types, triggers;
        for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
            types.insert(it.key(), it.value());
        for (auto it = byTrigger.constBegin(); it != byTrigger.constEnd(); ++it)
            triggers.insert(it.key(), it.value());
        QJsonArray heatRows;
        for (const auto& row : heat) {
            QJsonArray r;
            for (qint64 v : row)
                r.append(v);
            heatRows.append(r);
        }
        o.insert(QLatin1String("by_type"), types);
        o.insert(QLatin1String("by_trigger"), triggers);
        o.insert(QLatin1String("hour_by_weekday"), heatRows);
        o.insert(QLatin1String("case_ids"), QJsonArray::fromStringList(caseIds));
    }
    return o;
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject o = overall.toJson();
    if (!by.isEmpty()) {
        QJsonArray arr;
        for (const KpiFigures& r : rows)
            arr.append(r.toJson(false));
        o.insert(QLatin1String("by"), by);
        o.insert(QLatin1String("rows"), arr);
    }
    return o;
}

QStringList KpiReporter::groupings()
{
    return {QStringLiteral("day"),     QStringLiteral("week"),  QStringLiteral("month"),
            QStringLiteral("quarter"), QStringLiteral("store"), QStringLiteral("region")};
}

QStringList KpiReporter::checklistItems()
{
    return {QStringLiteral("clip"), QStringLiteral("pos"), QStringLiteral("statement"), QStringLiteral("suspect")};
}

QString KpiReporter::periodKey(const QDate& d, const QString& by)
{
    if (by == QLatin1String("day"))
        return d.toString(Qt::ISODate);
    if (by == QLatin1String("week")) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    if (by == QLatin1String("month"))
        return d.toString(QStringLiteral("yyyy-MM"));
    if (by == QLatin1String("quarter"))
        return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    return {};
}

KpiReporter::KpiReporter(CaseDatabase& db) : m_db(db)
{ }

Result<KpiReport> KpiReporter::compute(const KpiFilter& filter)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    if (!filter.by.isEmpty() && !groupings().contains(filter.by))
        return makeError(ErrorKind::Usage, tr("--by is one of: %1.").arg(groupings().join(QStringLiteral(", "))));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return makeError(ErrorKind::Usage, tr("The period ends before it starts."));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Stores, their zones and regions.
    QHash<QString, int> storeIndex;
    QList<StoreInfo> stores;
    QStringList storeIds;
    if (!q.exec(QStringLiteral("SELECT id, timezone, region FROM stores ORDER BY id")))
        return failure(q.lastError().text());
    while (q.next()) {
        QTimeZone zone(q.value(1).toString().toUtf8());
        storeIndex.insert(q.value(0).toString(), static_cast<int>(stores.size()));
        storeIds << q.value(0).toString();
        stores << StoreInfo {zone.isValid() ? zone : QTimeZone::utc(), q.value(2).toString()};
    }
    if (!filter.store.isEmpty() && !storeIndex.contains(filter.store))
        return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(filter.store));
    if (!filter.region.isEmpty()) {
        bool any = false;
        for (const StoreInfo& s : stores)
            any = any || s.region == filter.region;
        if (!any)
            return makeError(ErrorKind::NotFound, tr("No store is in region %1.").arg(filter.region));
    }
    auto storeWanted = [&](int s) {
        return (filter.store.isEmpty() || storeIds[s] == filter.store)
            && (filter.region.isEmpty() || stores[s].region == filter.region);
    };

    // Incidents: those of the period, plus the 90 days before it (earlier incidents make later ones repeats).
    // Local dates are at most 14 hours from UTC, so one day of margin on each side is enough for the SQL filter.
    QString sql = QStringLiteral("SELECT id, store_id, type, trigger, detected_at FROM incidents WHERE 1 = 1");
    QVariantList binds;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND detected_at >= ?");
        binds << toUtcString(QDateTime(filter.from.addDays(-92), QTime(0, 0), QTimeZone::utc()));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND detected_at < ?");
        binds << toUtcString(QDateTime(filter.to.addDays(2), QTime(0, 0), QTimeZone::utc()));
    }
    if (!filter.store.isEmpty()) {
        sql += QStringLiteral(" AND store_id = ?");
        binds << filter.store;
    }
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<IncidentRow> incidents;
    QHash<QString, int> incidentIndex;
    ZoneOffsets offsets; // store-local time without a time-zone look-up per incident
    QList<int> zoneKeys;
    for (const StoreInfo& st : stores)
        zoneKeys << offsets.addZone(st.zone);
    while (q.next()) {
        const int s = storeIndex.value(q.value(1).toString(), -1);
        if (s < 0 || !storeWanted(s))
            continue;
        IncidentRow r;
        r.id = q.value(0).toString();
        r.store = s;
        r.type = q.value(2).toString();
        r.trigger = q.value(3).toString();
        r.at = utcMs(q.value(4).toString());
        if (r.at < 0)
            continue;
        const qint64 local = r.at + qint64(offsets.offsetAt(zoneKeys[s], r.at)) * 1000;
        const qint64 day = local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
        r.localDate = QDate::fromJulianDay(day + 2440588);
        r.hour = static_cast<int>((local - day * DayMs) / 3600000);
        r.weekday = r.localDate.dayOfWeek() - 1;
        r.inScope = (!filter.from.isValid() || r.localDate >= filter.from)
            && (!filter.to.isValid() || r.localDate <= filter.to);
        incidentIndex.insert(r.id, static_cast<int>(incidents.size()));
        incidents << r;
    }

    auto groupOf = [&](const IncidentRow& r) -> QString {
        if (filter.by == QLatin1String("store"))
            return storeIds[r.store];
        if (filter.by == QLatin1String("region"))
            return stores[r.store].region;
        return periodKey(r.localDate, filter.by);
    };
    Accumulator all;
    QMap<QString, Accumulator> groups;
    auto each = [&](const IncidentRow& r, auto&& fn) {
        fn(all);
        if (!filter.by.isEmpty())
            fn(groups[groupOf(r)]);
    };

    // Repeats: another incident of the same type at the same store in the 30 (90) days before.
    {
        QHash<QString, QList<int>> series;
        for (int i = 0; i < incidents.size(); ++i)
            series[QString::number(incidents[i].store) + u'|' + incidents[i].type] << i;
        for (QList<int>& list : series) {
            std::sort(list.begin(), list.end(), [&](int a, int b) {
                return incidents[a].at != incidents[b].at ? incidents[a].at < incidents[b].at
                                                          : incidents[a].id < incidents[b].id;
            });
            for (int k = 0; k < list.size(); ++k) {
                const IncidentRow& r = incidents[list[k]];
                if (!r.inScope)
                    continue;
                const qint64 gap = k > 0 ? r.at - incidents[list[k - 1]].at : -1;
                each(r, [&](Accumulator& a) {
                    ++a.f.incidents;
                    ++a.f.byType[r.type];
                    ++a.f.byTrigger[r.trigger];
                    ++a.f.heat[static_cast<size_t>(r.weekday)][static_cast<size_t>(r.hour)];
                    if (gap >= 0 && gap <= 30 * DayMs)
                        ++a.f.repeats30;
                    if (gap >= 0 && gap <= 90 * DayMs)
                        ++a.f.repeats90;
                });
            }
        }
    }

    // Cases: anchored on their earliest incident (its store and local date decide the group; equal detection times
    // go by incident id, as everywhere). The filter chooses which cases count, not what a case holds: its checklist
    // sees every one of its incidents, wherever and whenever they happened, as KpiReporter::caseChecklist does.
    QHash<QString, CaseRow> cases;
    QHash<QString, qint64> caseIncidentAt; // every incident of a case → detected (UTC ms), for clip coverage
    if (!q.exec(
            QStringLiteral("SELECT c.id, c.status, c.created_at, c.closed_at, ci.incident_id, i.detected_at, "
                           "i.register_id, i.suspects_json FROM cases c JOIN case_incidents ci ON ci.case_id = c.id "
                           "JOIN incidents i ON i.id = ci.incident_id")))
        return failure(q.lastError().text());
    while (q.next()) {
        const QString id = q.value(0).toString();
        CaseRow& c = cases[id];
        c.id = id;
        c.status = q.value(1).toString();
        c.createdAt = utcMs(q.value(2).toString());
        c.closedAt = utcMs(q.value(3).toString());
        const QString incident = q.value(4).toString();
        const qint64 at = utcMs(q.value(5).toString());
        c.incidentIds << incident;
        caseIncidentAt.insert(incident, at);
        c.needPos = c.needPos || !q.value(6).toString().isEmpty();
        const QString suspects = q.value(7).toString().trimmed();
        c.hasSuspect = c.hasSuspect || (!suspects.isEmpty() && suspects != QLatin1String("[]"));
        if (at >= 0 && (c.detected < 0 || at < c.detected || (at == c.detected && incident < c.anchorId))) {
            c.detected = at;
            c.anchorId = incident;
        }
    }
    for (auto it = cases.begin(); it != cases.end();) {
        // -1 when the earliest incident lies outside the period or the stores asked for
        it->anchor = incidentIndex.value(it->anchorId, -1);
        it = (it->anchor < 0 || !incidents[it->anchor].inScope) ? cases.erase(it) : std::next(it);
    }

    auto perCase = [&](const QString& sqlText, auto&& fn) -> Status {
        QSqlQuery cq(db);
        cq.setForwardOnly(true);
        if (!cq.exec(sqlText))
            return failure(cq.lastError().text());
        while (cq.next()) {
            auto it = cases.find(cq.value(0).toString());
            if (it != cases.end())
                fn(*it, cq);
        }
        return {};
    };
    auto earlier = [](qint64& slot, qint64 at) {
        if (at >= 0 && (slot < 0 || at < slot))
            slot = at;
    };
    LP_TRY(perCase(QStringLiteral("SELECT case_id, exported_at, decided_at, state FROM releases"),
                   [&](CaseRow& c, QSqlQuery& r) {
                       earlier(c.decidedAt, utcMs(r.value(2).toString()));
                       const QString state = r.value(3).toString();
                       if (state == QLatin1String("exported") || state == QLatin1String("submitted"))
                           earlier(c.reportedAt, utcMs(r.value(1).toString()));
                   }));
    LP_TRY(perCase(QStringLiteral("SELECT r.case_id, s.updated_at FROM submissions s JOIN releases r ON "
                                  "r.id = s.release_id WHERE s.state = 'delivered'"),
                   [&](CaseRow& c, QSqlQuery& r) { earlier(c.reportedAt, utcMs(r.value(1).toString())); }));
    LP_TRY(perCase(QStringLiteral("SELECT DISTINCT case_id FROM case_pos"),
                   [&](CaseRow& c, QSqlQuery&) { c.hasPos = true; }));
    LP_TRY(perCase(QStringLiteral("SELECT DISTINCT case_id FROM statements WHERE signed_off_at IS NOT NULL"),
                   [&](CaseRow& c, QSqlQuery&) { c.hasStatement = true; }));
    // A usable clip (see clipCoverage).
    {
        QSet<QString> covered;
        LP_TRY(clipCoverage(db, QString(), [&](const QString& incident, qint64 start, qint64 end) {
            const qint64 at = caseIncidentAt.value(incident, -1);
            if (at >= 0 && start <= at && at <= end)
                covered.insert(incident);
        }));
        for (CaseRow& c : cases)
            for (const QString& incident : c.incidentIds)
                c.hasClip = c.hasClip || covered.contains(incident);
    }
    auto lists = checklists();
    if (!lists)
        return lists.error();

    QHash<QString, QList<QPair<qint64, QString>>> followups;
    QHash<QString, double> recovered;
    LP_TRY(perCase(QStringLiteral("SELECT case_id, kind, at, amount FROM followups"), [&](CaseRow& c, QSqlQuery& r) {
        followups[c.id] << qMakePair(utcMs(r.value(2).toString()), r.value(1).toString());
        if (!r.value(3).isNull())
            recovered[c.id] += r.value(3).toDouble();
    }));

    QStringList caseOrder = cases.keys();
    std::sort(caseOrder.begin(), caseOrder.end(), [&](const QString& a, const QString& b) {
        return cases[a].detected != cases[b].detected ? cases[a].detected < cases[b].detected : a < b;
    });
    for (const QString& id : caseOrder) {
        const CaseRow& c = cases[id];
        const IncidentRow& anchor = incidents[c.anchor];
        const QStringList items = lists->value(anchor.type, lists->value(QStringLiteral("*"), checklistItems()));
        const bool needPos = c.needPos;
        const bool hasSuspect = c.hasSuspect;
        const bool complete = (!items.contains(QLatin1String("clip")) || c.hasClip)
            && (!items.contains(QLatin1String("pos")) || !needPos || c.hasPos)
            && (!items.contains(QLatin1String("statement")) || c.hasStatement)
            && (!items.contains(QLatin1String("suspect")) || hasSuspect);
        bool followed = false;
        for (const auto& [at, kind] : followups.value(id))
            followed = followed
                || (c.reportedAt >= 0 && at >= c.reportedAt && at <= c.reportedAt + FollowUpWindowDays * DayMs);
        each(anchor, [&](Accumulator& a) {
            ++a.f.cases;
            a.f.caseIds << id;
            if (c.createdAt >= 0)
                a.toCase << static_cast<double>(c.createdAt - c.detected) / 1000.0;
            if (c.decidedAt >= 0)
                a.toDecision << static_cast<double>(c.decidedAt - c.detected) / 1000.0;
            if (c.status == QLatin1String("closed")) {
                ++a.f.closed;
                if (c.closedAt >= 0)
                    a.toClose << static_cast<double>(c.closedAt - c.detected) / 1000.0;
            }
            if (c.reportedAt >= 0) {
                ++a.f.reported;
                a.mttr << static_cast<double>(c.reportedAt - c.detected) / 1000.0;
                if (complete)
                    ++a.f.complete;
                if (followed)
                    ++a.f.followedUp;
            }
            for (const auto& [at, kind] : followups.value(id))
                ++a.f.outcomes[kind];
            a.f.recoveredValue += recovered.value(id);
        });
    }

    KpiReport report;
    report.by = filter.by;
    all.finish();
    report.overall = all.f;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->finish();
        it->f.key = it.key();
        report.rows << it->f;
    }
    return report;
}

QJsonObject CaseChecklist::toJson() const
{
    QJsonArray list;
    for (const Item& i : items)
        list.append(QJsonObject {
            {QLatin1String("item"), i.item}, {QLatin1String("needed"), i.needed}, {QLatin1String("done"), i.done}});
    return {
        {QLatin1String("type"), type},
        {QLatin1String("items"), list},
        {QLatin1String("complete"), complete},
        {QLatin1String("opened_at"), openedAt},
        {QLatin1String("procedure"), procedure ? QJsonValue(procedure->toJson()) : QJsonValue()},
        {QLatin1String("newer_procedure"), newerProcedure ? QJsonValue(newerProcedure->toJson()) : QJsonValue()},
        {QLatin1String("procedure_problem"), procedureProblem.isEmpty() ? QJsonValue() : QJsonValue(procedureProblem)}};
}

Result<CaseChecklist> KpiReporter::caseChecklist(const QString& caseText)
{
    auto info = CaseService(m_db).show(caseText); // investigator, legal
    if (!info)
        return info.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.id, i.type, i.detected_at, i.register_id, i.suspects_json FROM incidents i "
                             "JOIN case_incidents ci ON ci.incident_id = i.id WHERE ci.case_id = ? "
                             "ORDER BY i.detected_at, i.id"));
    q.addBindValue(info->id);
    if (!q.exec())
        return failure(q.lastError().text());
    CaseChecklist out;
    QHash<QString, qint64> at;
    bool needPos = false, hasSuspect = false;
    qint64 earliest = -1;
    QString earliestId;
    while (q.next()) {
        // The checklist of the earliest incident's type; equal times go by incident id (as the KPI does).
        const QString id = q.value(0).toString();
        const qint64 t = utcMs(q.value(2).toString());
        if (t >= 0 && (earliest < 0 || t < earliest || (t == earliest && id < earliestId))) {
            earliest = t;
            earliestId = id;
            out.type = q.value(1).toString();
        }
        at.insert(id, t);
        needPos = needPos || !q.value(3).toString().isEmpty();
        const QString suspects = q.value(4).toString().trimmed();
        hasSuspect = hasSuspect || (!suspects.isEmpty() && suspects != QLatin1String("[]"));
    }
    bool hasClip = false;
    LP_TRY(clipCoverage(db, info->id, [&](const QString& incident, qint64 start, qint64 end) {
        const qint64 t = at.value(incident, -1);
        hasClip = hasClip || (t >= 0 && start <= t && t <= end);
    }));
    auto exists = [&](const QString& sql) -> Result<bool> {
        QSqlQuery e(db);
        e.prepare(sql);
        e.addBindValue(info->id);
        if (!e.exec())
            return failure(e.lastError().text());
        return e.next();
    };
    auto hasPos = exists(QStringLiteral("SELECT 1 FROM case_pos WHERE case_id = ? LIMIT 1"));
    auto hasStatement
        = exists(QStringLiteral("SELECT 1 FROM statements WHERE case_id = ? AND signed_off_at IS NOT NULL LIMIT 1"));
    if (!hasPos)
        return hasPos.error();
    if (!hasStatement)
        return hasStatement.error();
    auto lists = checklists();
    if (!lists)
        return lists.error();
    const QStringList items = lists->value(out.type, lists->value(QStringLiteral("*"), checklistItems()));
    out.complete = true;
    for (const QString& item : checklistItems()) {
        if (!items.contains(item))
            continue;
        CaseChecklist::Item i;
        i.item = item;
        i.needed = item != QLatin1String("pos") || needPos;
        if (item == QLatin1String("clip"))
            i.done = hasClip;
        else if (item == QLatin1String("pos"))
            i.done = *hasPos;
        else if (item == QLatin1String("statement"))
            i.done = *hasStatement;
        else
            i.done = hasSuspect;
        out.complete = out.complete && (!i.needed || i.done);
        out.items << i;
    }
    // The procedure the case was worked under: the version in force when it was opened, not whatever is current.
    out.openedAt = info->createdAt;
    SopLibrary sops(m_db);
    const QString sopType = out.type.isEmpty() ? QStringLiteral("*") : out.type;
    auto then = sops.inForceAt(sopType, parseRfc3339(info->createdAt));
    auto now = sops.current(sopType);
    if (!then || !now) {
        const Error& e = !then ? then.error() : now.error();
        if (e.kind != ErrorKind::Verification)
            return e;
        out.procedureProblem = e.message;
    }
    if (then)
        out.procedure = *then;
    if (then && now && now->sha256 != then->sha256)
        out.newerProcedure = *now;
    return out;
}

Result<QMap<QString, QStringList>> KpiReporter::checklists()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, items_json FROM evidence_checklists")))
        return failure(q.lastError().text());
    QMap<QString, QStringList> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   QJsonDocument::fromJson(q.value(1).toString().toUtf8()).toVariant().toStringList());
    return out;
}

Status KpiReporter::setChecklist(const QString& type, const QStringList& items)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageChecklists));
    static const QRegularExpression typeRe(QStringLiteral("^([a-z_]{1,40}|\\*)\\z"));
    if (!typeRe.match(type).hasMatch())
        return makeError(ErrorKind::Usage, tr("An incident type is 1–40 lowercase letters or '_' (or * for all)."));
    for (const QString& i : items)
        if (!checklistItems().contains(i))
            return makeError(ErrorKind::Usage,
                             tr("A checklist item is one of: %1.").arg(checklistItems().join(QStringLiteral(", "))));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM evidence_checklists WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec())
        return failure(q.lastError().text());
    const int version = q.next() ? q.value(0).toInt() + 1 : 1;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO evidence_checklists (type, items_json, version, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?)"));
    const QString json
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    for (const QVariant& v : {QVariant(type), QVariant(json), QVariant(version), QVariant(utcNowString()),
                              QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("evidence_checklist_changed"),
                        QJsonObject {{QLatin1String("type"), type},
                                     {QLatin1String("items"), QJsonArray::fromStringList(items)},
                                     {QLatin1String("version"), version}}));
    return tx.commit();
}

Status KpiReporter::setRegion(const QString& storeId, const QString& region)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageRegions));
    if (region.size() > 100)
        return makeError(ErrorKind::Usage, tr("A region name is at most 100 characters."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stores SET region = ? WHERE id = ?"));
    q.addBindValue(region.trimmed());
    q.addBindValue(storeId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(storeId));
    LP_TRY(
        m_db.auditIn(db, QStringLiteral("store_region_changed"),
                     QJsonObject {{QLatin1String("store_id"), storeId}, {QLatin1String("region"), region.trimmed()}}));
    return tx.commit();
}

} // namespace lpdesk
