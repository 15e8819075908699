// Writes realistic store drops for the demo and the tests: several stores in different time zones with clock
// offsets, cameras and registers, a realistic mix of incident types/triggers/severities with suspect descriptors
// and narratives, H.264/AAC clips (moving scene, burned-in camera name and store-local time) encrypted to the
// workstation's recipient key, and a day's POS journal per store (POSLog, CSV or JSON) whose exception
// transactions line up with the incidents. Deterministic for a seed (apart from the encryption's randomness).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

struct SimulatorOptions
{
    QString outDir;
    QByteArray recipientPublicKey;
    int stores = 3;
    int incidentsPerStore = 10;
    double clipSeconds = 8;
    quint64 seed = 1;
    QDate businessDay = QDate(2026, 3, 14);
    int width = 640;
    int height = 360;
    int fps = 15;
    bool hevc = false; // --codec h265
    int bFrames = 0; // --bframes N
    bool vfr = false; // --vfr: variable frame rate, as phones and some DVRs record
    // --history DAYS: incidents spread over the DAYS days ending with businessDay (no POS journal), plus
    // history-script.json and expected-kpis.json in outDir (sim/SimulatorHistory.h).
    int historyDays = 0;
    std::function<void(const QString&)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct SimulatorSummary
{
    QStringList storeIds;
    int incidents = 0;
    int clips = 0;
    qint64 mediaBytes = 0;
};

class StoreSimulator
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StoreSimulator)

public:
    static constexpr int MaxStores = 200;
    static constexpr int MaxIncidentsPerStore = 10000;
    static constexpr int MaxHistoryDays = 400;
    static Result<SimulatorSummary> run(const SimulatorOptions& options);
};

} // namespace lpdesk
