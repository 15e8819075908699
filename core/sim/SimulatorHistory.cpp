#include "sim/SimulatorHistory.h"

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
        if (detail) {
            QJsonObject t, g;
            for (auto it = types.begin(); it != types.end(); ++it)
                t.insert(it.key(), it.value());
            for (auto it = triggers.begin(); it != triggers.end(); ++it)
                g.insert(it.key(), it.value());
            QJsonArray rows;
            for (const auto& row : heat) {
                QJsonArray r;
                for (qint64 v : row)
                    r.append(v);
                rows.append(r);
            }
            o.insert(QLatin1String("by_type"), t);
            o.insert(QLatin1String("by_trigger"), g);
            o.insert(QLatin1String("hour_by_weekday"), rows);
        }
        return o;
    }
};

} // namespace

HistoryPlan planHistory(QList<HistoryIncident> incidents, const QDateTime& deskStart)
{
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const HistoryIncident& a, const HistoryIncident& b) { return a.detectedUtc < b.detectedUtc; });
    const qint64 t0 = deskStart.toMSecsSinceEpoch();

    // The desk's work on the backlog, oldest incident first: every fourth incident gets a case (so the stores take
    // turns), twenty minutes apart. Half of them get a signed statement; legal refuses one in five releases and
    // approves the others, which are exported; one case in four is closed; released cases hear back from the
    // police, in turns of three: an arrest two days after the export (inside the 30-day follow-up window), or
    // goods recovered 45 days after it (outside).
    QList<SimCase> cases;
    QJsonArray events;
    struct Event
    {
        qint64 at;
        QJsonObject o;
    };
    QList<Event> timeline;
    auto add = [&](qint64 at, const QString& action, const SimCase& c, QJsonObject more = {}) {
        more.insert(QLatin1String("at"), utc(at));
        more.insert(QLatin1String("action"), action);
        more.insert(QLatin1String("case"), c.key);
        timeline.append({at, more});
    };
    // The stores send no POS journal, so the administrator first takes the POS link out of the evidence checklist:
    // a case is complete with a clip covering the incident, a signed statement and a suspect description.
    const QStringList checklist {QStringLiteral("clip"), QStringLiteral("statement"), QStringLiteral("suspect")};
    timeline.append({t0 - 30 * Minute,
                     {{QLatin1String("at"), utc(t0 - 30 * Minute)},
                      {QLatin1String("action"), QStringLiteral("checklist")},
                      {QLatin1String("type"), QStringLiteral("*")},
                      {QLatin1String("items"), QJsonArray::fromStringList(checklist)}}});
    for (int i = 0, k = 0; i < incidents.size(); i += 4, ++k) {
        SimCase c;
        c.key = QStringLiteral("h%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        c.incident = i;
        const qint64 t = t0 + k * 20 * Minute;
        c.opened = t;
        add(t, QStringLiteral("open"), c, {{QLatin1String("incident"), incidents[i].id}});
        if (k % 2 == 0) {
            c.statement = true;
            add(t + Minute, QStringLiteral("statement"), c);
        }
        add(t + 2 * Minute, QStringLiteral("request"), c);
        c.decided = t + 3 * Minute;
        if (k % 5 == 3) {
            add(c.decided, QStringLiteral("reject"), c);
        } else {
            add(c.decided, QStringLiteral("approve"), c);
            c.exported = t + 4 * Minute;
            add(c.exported, QStringLiteral("export"), c);
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
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    for (const Event& e : timeline)
        events.append(e.o);

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
    QList<Window> windows;
    auto localDate = [](const HistoryIncident& inc) { return inc.detectedUtc.toTimeZone(inc.zone).date(); };
    if (!incidents.isEmpty()) {
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
    }

    // The figures, per store, per store-local month, per period asked for and overall.
    Group all;
    QMap<QString, Group> byStore, byMonth;
    auto each = [&](const HistoryIncident& inc, auto&& fn) {
        fn(all);
        fn(byStore[inc.storeId]);
        fn(byMonth[localDate(inc).toString(QStringLiteral("yyyy-MM"))]);
        for (Window& w : windows)
            if (localDate(inc) >= w.from && localDate(inc) <= w.to && (w.store.isEmpty() || w.store == inc.storeId))
                fn(w.g);
    };
    QMap<QString, qint64> lastOfKind; // store|type → the previous incident's time
    for (const HistoryIncident& inc : incidents) {
        const QString series = inc.storeId + u'|' + inc.type;
        const qint64 at = inc.detectedUtc.toMSecsSinceEpoch();
        const qint64 gap = lastOfKind.contains(series) ? at - lastOfKind[series] : -1; // -1: the first of its kind
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
    for (const SimCase& c : cases) {
        const HistoryIncident& inc = incidents[c.incident];
        const qint64 detected = inc.detectedUtc.toMSecsSinceEpoch();
        // Every incident has a clip around its detection in true time (the recorders' clocks run up to 3 s, one
        // of them 73 s, ahead: the case database must correct them to see that).
        const bool complete = c.statement && inc.hasSuspect;
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
                bool followed = false;
                for (const SimCase::FollowUp& f : c.followups)
                    followed = followed || (f.at >= c.exported && f.at <= c.exported + 30 * Day);
                g.followed += followed ? 1 : 0;
            }
            for (const SimCase::FollowUp& f : c.followups) {
                ++g.outcomes[f.kind];
                g.recovered += f.amount;
            }
        });
    }
    HistoryPlan plan;
    plan.script = {{QLatin1String("pull_at"), utc(t0 - 60 * Minute)}, {QLatin1String("events"), events}};
    QJsonArray stores, months;
    for (auto it = byStore.begin(); it != byStore.end(); ++it)
        stores.append(it->json(it.key(), false));
    for (auto it = byMonth.begin(); it != byMonth.end(); ++it)
        months.append(it->json(it.key(), false));
    QJsonArray periods;
    for (const Window& w : windows) {
        QJsonObject o {{QLatin1String("from"), w.from.toString(Qt::ISODate)},
                       {QLatin1String("to"), w.to.toString(Qt::ISODate)},
                       {QLatin1String("figures"), w.g.json({}, true)}};
        if (!w.store.isEmpty())
            o.insert(QLatin1String("store"), w.store);
        periods.append(o);
    }
    plan.expected = {{QLatin1String("overall"), all.json({}, true)},
                     {QLatin1String("by_store"), stores},
                     {QLatin1String("by_month"), months},
                     {QLatin1String("windows"), periods}};
    return plan;
}

} // namespace lpdesk::sim
