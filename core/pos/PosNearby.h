// The POS records around a case's incidents: why "link POS records" found nothing new (the same sentences in the
// POS tab and from `lpdesk-cli pos link`), and the store's transactions near each incident, to link one by hand.
#pragma once

#include "common/Result.h"
#include "pos/PosService.h"

#include <QCoreApplication>

namespace lpdesk {

class CaseDatabase;

// A transaction of an incident's store near the incident, for linking by hand.
struct PosCandidate
{
    LinkedTransaction transaction;
    QString incidentId; // the nearest incident of the case
    double secondsFromIncident = 0; // negative: before the incident (true time)
    bool linked = false; // already linked to the case
};

class PosNearby
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosNearby)

public:
    explicit PosNearby(CaseDatabase& db);

    // One sentence per incident of the case on why linking with ±windowSeconds brings nothing new: no journal of
    // its store imported; no transaction within the window (and where the nearest one is); transactions within it
    // but no exception at the incident's register; or everything that matches is linked already.
    Result<QStringList> explainNoneLinked(const QString& caseId, int windowSeconds);
    // The transactions of the incidents' stores within ±windowSeconds of an incident (any kind, linked or not), in
    // time order; at most `limit`.
    Result<QList<PosCandidate>> around(const QString& caseId, int windowSeconds, int limit = 500);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
