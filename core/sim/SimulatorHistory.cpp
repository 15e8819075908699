#include "sim/SimulatorHistory.h"

#include "model/Currency.h"

#include <QDate>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace lpdesk::sim {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

struct SimCase
{
    QString key;
    int incident = -1;
    qint64 opened = -1, decided = -1, exported = -1, closed = -1;
    bool statement = false;
    struct FollowUp
    {
        qint64 at;
        QString kind;
        double amount;
    };
    QList<FollowUp> followups;
};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// The loss of the cases of one currency: one entry per case (each case here has one incident and so at most one
// transaction).
struct CurrencyLoss
{
    int exponent = 2;
    QList<qint64> perCase;

    // The middle loss, or the mean of the middle two rounded half to even.
    qint64 median() const
    {
        QList<qint64> v = perCase;
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        if (n % 2 == 1)
            return v[n / 2];
        const qint64 sum = v[n / 2 - 1] + v[n / 2];
        const qint64 half = sum / 2;
        return sum % 2 == 0 || half % 2 == 0 ? half : half + 1;
    }
    QJsonObject json(const QString& code) const
    {
        qint64 total = 0;
        for (qint64 l : perCase)
            total += l;
        return {{QLatin1String("currency"), code},
                {QLatin1String("exponent"), exponent},
                {QLatin1String("total"), Currency::toDouble(total, exponent)},
                {QLatin1String("total_minor"), total},
                {QLatin1String("median"), Currency::toDouble(median(), exponent)},
                {QLatin1String("median_minor"), median()},
                {QLatin1String("cases"), static_cast<qint64>(perCase.size())},
                {QLatin1String("transactions"), static_cast<qint64>(perCase.size())}};
    }
};

// The figures of one group, kept as plain lists and worked out at the end.
struct Group
{
    qint64 incidents = 0, repeats30 = 0, repeats90 = 0;
    QMap<QString, qint64> types, triggers;
    qint64 heat[7][24] = {};
    qint64 cases = 0, closed = 0, reported = 0, complete = 0, followed = 0;
    QList<double> mttr, toCase, toDecision, toClose;
    QMap<QString, qint64> outcomes;
    double recovered = 0;
    QMap<QString, CurrencyLoss> loss; // by currency code

    static QJsonValue middle(QList<double> v)
    {
        if (v.isEmpty())
            return QJsonValue::Null;
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }
    static QJsonValue ninetieth(QList<double> v)
    {
        if (v.isEmpty())
            return QJsonValue::Null;
        std::sort(v.begin(), v.end());
        // Nearest rank: the ceil(0.9 n)-th smallest value.
        const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(v.size())));
        return v[std::max<qsizetype>(rank, 1) - 1];
    }
    static QJsonValue share(qint64 part, qint64 whole)
    {
        return whole == 0 ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(static_cast<double>(part) / static_cast<double>(whole));
    }
    static QJsonObject counts(const QMap<QString, qint64>& map)
    {
        QJsonObject o;
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
    QJsonObject json(const QString& key, bool detail) const
    {
        QJsonObject o {{QLatin1String("incidents"), incidents},
                       {QLatin1String("cases"), cases},
                       {QLatin1String("reported"), reported},
                       {QLatin1String("closed"), closed},
                       {QLatin1String("mttr_median_s"), middle(mttr)},
                       {QLatin1String("mttr_p90_s"), ninetieth(mttr)},
                       {QLatin1String("time_to_case_median_s"), middle(toCase)},
                       {QLatin1String("time_to_decision_median_s"), middle(toDecision)},
                       {QLatin1String("time_to_close_median_s"), middle(toClose)},
                       {QLatin1String("evidence_completeness"), share(complete, reported)},
                       {QLatin1String("followup_rate"), share(followed, reported)},
                       {QLatin1String("closure_rate"), share(closed, cases)},
                       {QLatin1String("repeat_incident_rate"), share(repeats30, incidents)},
                       {QLatin1String("repeat_incident_rate_90d"), share(repeats90, incidents)},
                       {QLatin1String("recovered_value"), recovered}};
        if (!key.isEmpty())
            o.insert(QLatin1String("key"), key);
        QJsonObject out;
        for (const char* k : {"arrest", "charged", "recovered", "closed", "contact"})
            out.insert(QLatin1String(k), outcomes.value(QLatin1String(k)));
        o.insert(QLatin1String("outcomes"), out);
        QJsonArray losses;
        for (auto it = loss.begin(); it != loss.end(); ++it)
            losses.append(it->json(it.key()));
        o.insert(QLatin1String("loss"), losses);
        if (detail) {
            QJsonArray rows;
            for (const auto& row : heat) {
                QJsonArray r;
                for (qint64 v : row)
                    r.append(v);
                rows.append(r);
            }
            o.insert(QLatin1String("by_type"), counts(types));
            o.insert(QLatin1String("by_trigger"), counts(triggers));
            o.insert(QLatin1String("hour_by_weekday"), rows);
        }
        return o;
    }
};

struct Event
{
    qint64 at;
    QJsonObject o;
};

// The desk's work on the backlog, oldest incident first: every fourth incident gets a case (so the stores take
// turns), and so does every incident with a POS transaction, which is linked to it; twenty minutes apart. Half of them
// get a signed statement; legal refuses one in five releases and approves the others, which are exported to USB or, one
// in three, submitted to the agency (reported on delivery); one case in four is closed; released cases hear back from
// the police, in turns of three: an arrest two days after the export (inside the 30-day follow-up window), or goods
// recovered 45 days after it (outside).
QList<SimCase> planCases(const QList<HistoryIncident>& incidents, qint64 t0, QList<Event>& timeline)
{
    QList<SimCase> cases;
    auto add = [&](qint64 at, const QString& action, const SimCase& c, QJsonObject more = {}) {
        more.insert(QLatin1String("at"), utc(at));
        more.insert(QLatin1String("action"), action);
        more.insert(QLatin1String("case"), c.key);
        timeline.append({at, more});
    };
    for (int i = 0, k = 0; i < incidents.size(); ++i) {
        if (i % 4 != 0 && incidents[i].posLoss < 0)
            continue;
        SimCase c;
        c.key = QStringLiteral("h%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        c.incident = i;
        const qint64 t = t0 + k * 20 * Minute;
        c.opened = t;
        add(t, QStringLiteral("open"), c, {{QLatin1String("incident"), incidents[i].id}});
        if (incidents[i].posLoss >= 0)
            add(t + Minute / 2, QStringLiteral("pos_link"), c);
        if (k % 2 == 0) {
            c.statement = true;
            add(t + Minute, QStringLiteral("statement"), c);
        }
        const bool rejected = k % 5 == 3;
        // One approved release in three goes to the agency's API; its first attempt is answered 503 and the outbox
        // delivers it 90 seconds later: the case is reported when the agency has it, not when it was sealed.
        const bool toAgency = !rejected && k % 3 == 2;
        add(t + 2 * Minute, QStringLiteral("request"), c,
            {{QLatin1String("purpose"), toAgency ? QStringLiteral("agency") : QStringLiteral("usb")}});
        c.decided = t + 3 * Minute;
        if (rejected) {
            add(c.decided, QStringLiteral("reject"), c);
        } else {
            add(c.decided, QStringLiteral("approve"), c);
            c.exported = toAgency ? t + 4 * Minute + 90 * 1000 : t + 4 * Minute;
            if (toAgency)
                add(t + 4 * Minute, QStringLiteral("submit"), c);
            add(c.exported, toAgency ? QStringLiteral("deliver") : QStringLiteral("export"), c);
            const SimCase::FollowUp f = (k / 3) % 2 == 0
                ? SimCase::FollowUp {c.exported + 2 * Day, QStringLiteral("arrest"), 0}
                : SimCase::FollowUp {c.exported + 45 * Day, QStringLiteral("recovered"), 12.5 * (k + 1)};
            c.followups << f;
            QJsonObject more {{QLatin1String("kind"), f.kind}};
            if (f.amount > 0)
                more.insert(QLatin1String("amount"), f.amount);
            add(f.at, QStringLiteral("followup"), c, more);
        }
        if (k % 4 == 1) {
            c.closed = t + 5 * Minute;
            add(c.closed, QStringLiteral("close"), c);
        }
        cases << c;
        ++k;
    }
    return cases;
}

// The stores in two regions, in turns by store id: north, south, north…
QMap<QString, QString> planRegions(const QList<HistoryIncident>& incidents)
{
    QMap<QString, QString> regions;
    for (const HistoryIncident& inc : incidents)
        regions.insert(inc.storeId, QString());
    int n = 0;
    for (auto it = regions.begin(); it != regions.end(); ++it, ++n)
        *it = n % 2 == 0 ? QStringLiteral("north") : QStringLiteral("south");
    return regions;
}

QDate localDate(const HistoryIncident& inc)
{
    return inc.detectedUtc.toTimeZone(inc.zone).date();
}

// Periods asked for with `kpi --from --to` (store-local dates, inclusive), chosen from the incidents themselves:
// three weeks from the incident a third of the way in, every store; two weeks around the middle case's incident at
// its store; and the single local day of the first case's incident whose local date is not its UTC date (else of
// any such incident, else the first), at its store — an incident belongs to the day its store's clock shows.
struct Window
{
    QDate from, to;
    QString store; // empty: every store
    Group g;
};

QList<Window> planWindows(const QList<HistoryIncident>& incidents)
{
    QList<Window> windows;
    if (incidents.isEmpty())
        return windows;
    const HistoryIncident& third = incidents[incidents.size() / 3];
    windows.append({localDate(third), localDate(third).addDays(20), {}, {}});
    // Cases open on every fourth incident (see above): the middle and edge windows centre on one of those.
    const HistoryIncident& middle = incidents[incidents.size() / 2 / 4 * 4];
    windows.append({localDate(middle).addDays(-7), localDate(middle).addDays(7), middle.storeId, {}});
    const HistoryIncident* edge = nullptr;
    for (int pass = 0; pass < 2 && !edge; ++pass)
        for (qsizetype i = 0; i < incidents.size() && !edge; ++i)
            if ((pass == 1 || i % 4 == 0) && localDate(incidents[i]) != incidents[i].detectedUtc.date())
                edge = &incidents[i];
    if (!edge)
        edge = &incidents.first();
    windows.append({localDate(*edge), localDate(*edge), edge->storeId, {}});
    return windows;
}

// The figures, per store, per region, per store-local month, per period asked for and overall.
struct Figures
{
    QMap<QString, QString> regions;
    QList<Window> windows;
    Group all;
    QMap<QString, Group> byStore, byRegion, byMonth;

    template<typename Fn> void each(const HistoryIncident& inc, Fn&& fn)
    {
        fn(all);
        fn(byStore[inc.storeId]);
        fn(byRegion[regions.value(inc.storeId)]);
        fn(byMonth[localDate(inc).toString(QStringLiteral("yyyy-MM"))]);
        for (Window& w : windows)
            if (localDate(inc) >= w.from && localDate(inc) <= w.to && (w.store.isEmpty() || w.store == inc.storeId))
                fn(w.g);
    }

    void countIncidents(const QList<HistoryIncident>& incidents)
    {
        QMap<QString, qint64> lastOfKind; // store|type → the previous incident's time
        for (const HistoryIncident& inc : incidents) {
            const QString series = inc.storeId + u'|' + inc.type;
            const qint64 at = inc.detectedUtc.toMSecsSinceEpoch();
            const qint64 gap = lastOfKind.contains(series) ? at - lastOfKind[series] : -1; // -1: the first
            lastOfKind[series] = at;
            const QDateTime local = inc.detectedUtc.toTimeZone(inc.zone);
            each(inc, [&](Group& g) {
                ++g.incidents;
                ++g.types[inc.type];
                ++g.triggers[inc.trigger];
                ++g.heat[local.date().dayOfWeek() - 1][local.time().hour()];
                if (gap >= 0 && gap <= 30 * Day)
                    ++g.repeats30;
                if (gap >= 0 && gap <= 90 * Day)
                    ++g.repeats90;
            });
        }
    }

    void countCase(const SimCase& c, const HistoryIncident& inc)
    {
        const qint64 detected = inc.detectedUtc.toMSecsSinceEpoch();
        // Every incident has a clip around its detection in true time (the recorders' clocks run up to 3 s, one
        // of them 73 s, ahead: the case database must correct them to see that).
        const bool complete = c.statement && inc.hasSuspect;
        bool followed = false;
        for (const SimCase::FollowUp& f : c.followups)
            followed = followed || (c.exported >= 0 && f.at >= c.exported && f.at <= c.exported + 30 * Day);
        each(inc, [&](Group& g) {
            ++g.cases;
            g.toCase << static_cast<double>(c.opened - detected) / 1000.0;
            g.toDecision << static_cast<double>(c.decided - detected) / 1000.0;
            if (c.closed >= 0) {
                ++g.closed;
                g.toClose << static_cast<double>(c.closed - detected) / 1000.0;
            }
            if (c.exported >= 0) {
                ++g.reported;
                g.mttr << static_cast<double>(c.exported - detected) / 1000.0;
                g.complete += complete ? 1 : 0;
                g.followed += followed ? 1 : 0;
            }
            for (const SimCase::FollowUp& f : c.followups) {
                ++g.outcomes[f.kind];
                g.recovered += f.amount;
            }
            if (inc.posLoss >= 0) {
                CurrencyLoss& l = g.loss[inc.currency];
                l.exponent = inc.exponent;
                l.perCase << inc.posLoss;
            }
        });
    }

    QJsonObject json() const
    {
        auto rows = [](const QMap<QString, Group>& groups) {
            QJsonArray out;
            for (auto it = groups.begin(); it != groups.end(); ++it)
                out.append(it->json(it.key(), false));
            return out;
        };
        QJsonArray periods;
        for (const Window& w : windows) {
            QJsonObject o {{QLatin1String("from"), w.from.toString(Qt::ISODate)},
                           {QLatin1String("to"), w.to.toString(Qt::ISODate)},
                           {QLatin1String("figures"), w.g.json({}, true)}};
            if (!w.store.isEmpty())
                o.insert(QLatin1String("store"), w.store);
            periods.append(o);
        }
        QJsonObject regionOf;
        for (auto it = regions.begin(); it != regions.end(); ++it)
            regionOf.insert(it.key(), it.value());
        return {{QLatin1String("overall"), all.json({}, true)}, {QLatin1String("by_store"), rows(byStore)},
                {QLatin1String("by_region"), rows(byRegion)},   {QLatin1String("by_month"), rows(byMonth)},
                {QLatin1String("regions"), regionOf},           {QLatin1String("windows"), periods}};
    }
};

} // namespace

HistoryPlan planHistory(QList<HistoryIncident> incidents, const QDateTime& deskStart)
{
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const HistoryIncident& a, const HistoryIncident& b) { return a.detectedUtc < b.detectedUtc; });
    const qint64 t0 = deskStart.toMSecsSinceEpoch();

    QList<Event> timeline;
    // The administrator puts the stores into their regions and, as the stores' journals hold only the incidents'
    // own transactions, takes the POS link out of the evidence checklist: a case is complete with a clip covering
    // the incident, a signed statement and a suspect description.
    Figures figures;
    figures.regions = planRegions(incidents);
    for (auto it = figures.regions.begin(); it != figures.regions.end(); ++it)
        timeline.append({t0 - 40 * Minute,
                         {{QLatin1String("at"), utc(t0 - 40 * Minute)},
                          {QLatin1String("action"), QStringLiteral("region")},
                          {QLatin1String("store"), it.key()},
                          {QLatin1String("region"), it.value()}}});
    const QStringList checklist {QStringLiteral("clip"), QStringLiteral("statement"), QStringLiteral("suspect")};
    timeline.append({t0 - 30 * Minute,
                     {{QLatin1String("at"), utc(t0 - 30 * Minute)},
                      {QLatin1String("action"), QStringLiteral("checklist")},
                      {QLatin1String("type"), QStringLiteral("*")},
                      {QLatin1String("items"), QJsonArray::fromStringList(checklist)}}});
    const QList<SimCase> cases = planCases(incidents, t0, timeline);
    std::stable_sort(timeline.begin(), timeline.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    QJsonArray events;
    for (const Event& e : timeline)
        events.append(e.o);

    figures.windows = planWindows(incidents);
    figures.countIncidents(incidents);
    for (const SimCase& c : cases)
        figures.countCase(c, incidents[c.incident]);
    HistoryPlan plan;
    plan.script = {{QLatin1String("pull_at"), utc(t0 - 60 * Minute)}, {QLatin1String("events"), events}};
    plan.expected = figures.json();
    return plan;
}

} // namespace lpdesk::sim
