// Internals shared by KpiReport.cpp (checklists, JSON) and KpiCompute.cpp (the KPI computation): the fast UTC
// reader, the statistics, the clip coverage query and the rows the computation works on. Not a public header.
#pragma once

#include "common/Result.h"
#include "common/Time.h"
#include "metrics/KpiReport.h"
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

} // namespace lpdesk::kpi
