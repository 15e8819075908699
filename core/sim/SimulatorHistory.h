// The simulator's known answers for the program KPIs (`store-sim --history DAYS`): from the incidents it generated
// over DAYS days, a script of desk work (cases opened, statements signed, releases requested, decided and exported,
// cases closed, police follow-ups) that a test applies through lpdesk-cli with each command's clock set to the
// event's time, and the KPI figures that work must give — worked out here from the simulator's own records, not
// from the case database, so that `kpi --json` can be compared with them exactly (tests/integration/TestKpiHistory).
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lpdesk::sim {

struct HistoryIncident
{
    QString id;
    QString storeId;
    QTimeZone zone;
    QString type;
    QString trigger;
    QDateTime detectedUtc;
    bool hasSuspect = false;
    // The incident's own POS transaction in the store's journal (fraud and return fraud), which the desk links to
    // its case: the loss it records, |total| in the currency's minor unit (exponent); -1 when there is none.
    QString currency;
    int exponent = 2;
    qint64 posLoss = -1;
};

struct HistoryPlan
{
    QJsonObject script; // {"pull_at": T, "events": [...]} in time order
    // {"overall": {...}, "by_store": [...], "by_region": [...], "by_month": [...], "regions": {store: region},
    //  "windows": [{"from", "to", "store"?, "figures"}]} with `kpi --json` keys (loss from linked POS per currency
    // included); a window's figures are those of `kpi --from F --to T [--store S]`.
    QJsonObject expected;
};

// deskStart: when the investigator starts on the backlog (after the last incident; the drop is pulled an hour
// before). The administrator first puts the stores into two regions (north and south, in turns by store id).
// Deterministic for the incidents given.
HistoryPlan planHistory(QList<HistoryIncident> incidents, const QDateTime& deskStart);

} // namespace lpdesk::sim
