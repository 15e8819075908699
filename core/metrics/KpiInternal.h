// Internals shared by KpiReport.cpp (checklists, JSON) and KpiCompute.cpp (the KPI computation): the fast UTC
// reader, the statistics, the clip coverage query and the rows the computation works on. Not a public header.
#pragma once

#include "common/Result.h"
#include "common/Time.h"
#include "db/SqlRow.h"
#include "metrics/KpiReport.h"
#include "metrics/ZoneOffsets.h"
#include "model/Currency.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lpdesk::kpi {

inline constexpr qint64 DayMs = 86400000;

// The database's own UTC form ("2026-03-14T10:00:00.000Z") read without QDateTime's general parser, which
// costs microseconds a row; anything else goes through the strict RFC 3339 parser. -1 when unreadable.
inline qint64 utcMs(const QString& s)
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

inline std::optional<double> median(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Nearest rank: the smallest value with at least 90 % of the values at or below it.
inline std::optional<double> p90(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(v.size())));
    return v[std::max<qsizetype>(rank, 1) - 1];
}

inline std::optional<double> rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

// A usable clip: an original of one of the case's incidents, not purged, whose recording covers the moment in true
// time. Recorders stamp their own clock, so the recorded times are corrected by the clock offset the investigator
// established (the file's own, else its camera's, else its store's — as MediaLibrary::cameraOffset does for every
// time shown). Footage imported from outside a drop has a start and a duration but no end. Only video counts: an
// audio recording, a still or a document is not a clip. fn(incident, start, end)
// gets each linked original's true span in UTC ms; caseId limits it to one case's incidents, caseScope (an SQL query
// of case ids) to those cases' incidents.
template<typename Fn>
Status clipCoverage(QSqlDatabase& db, const QString& caseId, Fn&& fn, const QString& caseScope = {})
{
    QSqlQuery mq(db);
    mq.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT im.incident_id, m.recorded_start, m.recorded_end, m.duration, "
        "COALESCE(m.clock_offset, c.clock_offset, s.clock_offset, 0) AS clock_offset FROM incident_media im "
        "JOIN media m ON m.id = im.media_id LEFT JOIN stores s ON s.id = m.store_id "
        "LEFT JOIN cameras c ON c.store_id = m.store_id AND c.id = m.camera_id WHERE m.purged_at IS NULL "
        "AND COALESCE(m.media_type, 'video') = 'video'");
    if (!caseId.isEmpty())
        sql += QStringLiteral(" AND im.incident_id IN (SELECT incident_id FROM case_incidents WHERE case_id = ?)");
    if (!caseScope.isEmpty())
        sql += QStringLiteral(" AND im.incident_id IN (SELECT incident_id FROM case_incidents WHERE case_id IN (%1))")
                   .arg(caseScope);
    mq.prepare(sql);
    if (!caseId.isEmpty())
        mq.addBindValue(caseId);
    if (!mq.exec())
        return failure(mq.lastError().text());
    const SqlRow row(mq);
    while (mq.next()) {
        const qint64 start = utcMs(row.string("recorded_start"));
        qint64 end = utcMs(row.string("recorded_end"));
        const double duration = row.real("duration");
        if (start >= 0 && end < 0 && std::isfinite(duration) && duration > 0)
            end = start + std::llround(duration * 1000.0);
        const qint64 ahead = std::llround(row.real("clock_offset") * 1000.0);
        if (start >= 0 && end >= 0)
            fn(row.string("incident_id"), start - ahead, end - ahead);
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
    bool repeat30 = false; // the previous incident of its type at its store lies within 30 (90) days
    bool repeat90 = false;
};

struct CaseRow
{
    QString id;
    QString status;
    qint64 createdAt = -1;
    qint64 closedAt = -1;
    qint64 detected = -1; // earliest incident
    QString anchorId; // the earliest incident (by detection time, then id)
    QString anchorStore; // its store id, type and detection time as stored
    QString anchorType;
    QString anchorText;
    IncidentRow anchor; // the earliest incident with its local date (valid once the cases are read)
    QStringList incidentIds; // all of the case's incidents, in scope or not
    bool needPos = false; // an incident names a register
    bool hasSuspect = false;
    qint64 reportedAt = -1;
    qint64 decidedAt = -1;
    bool hasPos = false;
    bool hasStatement = false;
    bool hasClip = false;
};

// A linked POS transaction's loss, in its currency's own minor unit.
struct PosLoss
{
    QString transaction;
    QString currency;
    qint64 amount = 0;
};

// Per currency: each case's loss, and each transaction's once.
struct LossSums
{
    QList<qint64> perCase;
    QHash<QString, qint64> perTransaction;
};

// The middle of the sorted values, or the mean of the middle two rounded half to even in the same unit.
inline qint64 medianUnits(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    if (n == 0)
        return 0;
    if (n % 2)
        return v[n / 2];
    return Currency::rescale((v[n / 2 - 1] + v[n / 2]) * 5, 1, 0);
}

struct Accumulator
{
    KpiFigures f;
    QList<double> mttr, toCase, toDecision, toClose;
    QMap<QString, LossSums> loss; // currency → sums

    void addLoss(const QList<PosLoss>& items)
    {
        QMap<QString, qint64> perCurrency;
        for (const PosLoss& l : items) {
            perCurrency[l.currency] += l.amount;
            loss[l.currency].perTransaction.insert(l.transaction, l.amount);
        }
        for (auto it = perCurrency.constBegin(); it != perCurrency.constEnd(); ++it)
            loss[it.key()].perCase << it.value();
    }

    // One case's figures (every case counts in the group of its earliest incident).
    void addCase(const QString& id, const CaseRow& c, bool complete, bool followed,
                 const QMap<QString, qint64>& outcomes, double recovered, const QList<PosLoss>& losses)
    {
        ++f.cases;
        f.caseIds << id;
        if (c.createdAt >= 0)
            toCase << static_cast<double>(c.createdAt - c.detected) / 1000.0;
        if (c.decidedAt >= 0)
            toDecision << static_cast<double>(c.decidedAt - c.detected) / 1000.0;
        if (c.status == QLatin1String("closed")) {
            ++f.closed;
            if (c.closedAt >= 0)
                toClose << static_cast<double>(c.closedAt - c.detected) / 1000.0;
        }
        if (c.reportedAt >= 0) {
            ++f.reported;
            mttr << static_cast<double>(c.reportedAt - c.detected) / 1000.0;
            if (complete)
                ++f.complete;
            if (followed)
                ++f.followedUp;
        }
        for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
            f.outcomes[it.key()] += it.value();
        f.recoveredValue += recovered;
        addLoss(losses);
    }

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
        for (auto it = loss.constBegin(); it != loss.constEnd(); ++it) {
            KpiLoss l;
            l.currency = it.key();
            l.exponent = Currency::exponentOf(l.currency);
            for (qint64 amount : it->perTransaction)
                l.total += amount;
            l.median = medianUnits(it->perCase);
            l.cases = it->perCase.size();
            l.transactions = it->perTransaction.size();
            f.loss << l;
        }
    }
};

// Everything one computation reads and accumulates.
struct KpiScan
{
    explicit KpiScan(const KpiFilter& f, QSqlDatabase database) : filter(f), db(std::move(database)) { }

    const KpiFilter& filter;
    QSqlDatabase db;
    QHash<QString, int> storeIndex;
    QList<StoreInfo> stores;
    QStringList storeIds;
    QList<IncidentRow> incidents;
    ZoneOffsets offsets; // store-local time without a time-zone look-up per incident
    QList<int> zoneKeys; // per store
    QString lower, upper; // the SQL window on detected_at as stored (empty: unbounded)
    QHash<qint64, Accumulator*> groupCache; // local day (or store) → its group
    QHash<QString, CaseRow> cases;
    QHash<QString, qint64> caseIncidentAt; // every incident of a case → detected (UTC ms), for clip coverage
    QHash<QString, QList<QPair<qint64, QString>>> followups;
    QHash<QString, double> recovered;
    QHash<QString, QList<kpi::PosLoss>> losses; // case → its linked transactions' losses
    Accumulator all;
    QMap<QString, Accumulator> groups;
    QString caseScope; // an SQL query of the case ids to read (the rollups' marked cases); empty: every case

    bool storeWanted(int s) const
    {
        return (filter.store.isEmpty() || storeIds[s] == filter.store)
            && (filter.region.isEmpty() || stores[s].region == filter.region);
    }

    QString groupOf(const IncidentRow& r) const
    {
        if (filter.by == QLatin1String("store"))
            return storeIds[r.store];
        if (filter.by == QLatin1String("region"))
            return stores[r.store].region;
        return KpiReporter::periodKey(r.localDate, filter.by);
    }

    // The group of r, its key formatted once per local day (or store) rather than once per incident.
    Accumulator& groupFor(const IncidentRow& r)
    {
        const bool byStore = filter.by == QLatin1String("store") || filter.by == QLatin1String("region");
        const qint64 key = byStore ? r.store : r.localDate.toJulianDay();
        Accumulator*& slot = groupCache[key];
        if (!slot)
            slot = &groups[groupOf(r)];
        return *slot;
    }

    template<typename Fn> void each(const IncidentRow& r, Fn&& fn)
    {
        fn(all);
        if (!filter.by.isEmpty())
            fn(groupFor(r));
    }

    // r's local date, hour and weekday at its store, and whether that date lies in the period.
    void localise(IncidentRow& r)
    {
        const qint64 local = r.at + qint64(offsets.offsetAt(zoneKeys[r.store], r.at)) * 1000;
        const qint64 day = local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
        r.localDate = QDate::fromJulianDay(day + 2440588);
        r.hour = static_cast<int>((local - day * DayMs) / 3600000);
        r.weekday = r.localDate.dayOfWeek() - 1;
        r.inScope = (!filter.from.isValid() || r.localDate >= filter.from)
            && (!filter.to.isValid() || r.localDate <= filter.to);
    }

    // fn(case, row) for each row of sqlText whose first column is a case still counted.
    template<typename Fn> Status perCase(const QString& sqlText, Fn&& fn)
    {
        QSqlQuery cq(db);
        cq.setForwardOnly(true);
        const QString scoped = caseScope.isEmpty()
            ? sqlText
            : QStringLiteral("SELECT * FROM (%1) WHERE case_id IN (%2)").arg(sqlText, caseScope);
        if (!cq.exec(scoped))
            return failure(cq.lastError().text());
        const SqlRow row(cq);
        while (cq.next()) {
            auto it = cases.find(row.string("case_id"));
            if (it != cases.end())
                fn(*it, cq);
        }
        return {};
    }
};

// The steps of a computation (KpiCompute.cpp), which the rollups (KpiRollup*.cpp) share so that both count alike.
Status readKpiStores(KpiScan& s); // also each store's zone key
Status checkKpiFilter(const KpiScan& s); // the filter's grouping, period, store and region
Status readIncidentRows(KpiScan& s, const QString& from, const QString& to, const QString& condition = {},
                        const QString& select = QStringLiteral("id, store_id, type, trigger, detected_at"),
                        const QString& groupBy = {});
void markRepeats(QList<IncidentRow>& incidents); // repeat30/90 from each incident's predecessor among them
Status readKpiCases(KpiScan& s);
Status readKpiCaseFacts(KpiScan& s); // evidence, follow-ups and losses of the cases read
bool caseComplete(const CaseRow& c, const QStringList& items);
bool followedUpInTime(const KpiScan& s, const QString& id, const CaseRow& c);
QMap<QString, qint64> outcomesOf(const KpiScan& s, const QString& id);
KpiReport finishKpiReport(KpiScan& s);

} // namespace lpdesk::kpi
