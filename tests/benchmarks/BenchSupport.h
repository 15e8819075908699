// Benchmark helpers: a folder store drop holding one large, valid, encrypted MP4 (a short synthetic clip padded
// with a 'free' box), registered as a store, with the same plaintext beside it for the baselines.
#pragma once

#include "db/CaseDatabase.h"

#include <QString>

namespace lpdesk::bench {

struct LargeDrop
{
    QString storeId;
    QString dropDir; // the store's folder
    QString plainPath; // the clip's plaintext (for baselines)
    QString incidentId;
    QString mediaId;
};

LargeDrop makeLargeDrop(CaseDatabase& db, const QString& dir, qint64 mb);
double timeShell(const QString& command); // seconds; exits the benchmark if the command fails
long peakRssMb();

} // namespace lpdesk::bench
