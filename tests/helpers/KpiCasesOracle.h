// The cases behind the KPI figures worked out a second way, for the drill-down tests: straight from the records
// (cases, incidents, stores, releases, submissions, follow-ups, statements, POS links, media) with QDateTime and
// QTimeZone, without the KPI code or its rollups. Plus a third store whose ten cases give a p90 with a tail.
#pragma once

#include "db/CaseDatabase.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace lpdesk::test {

struct ExpectedCase
{
    QString caseId;
    QString store; // of its earliest incident
    QDate day; // that incident's store-local date
    std::optional<double> seconds; // detected → first export or delivery; none when never reported
    bool closed = false;
    bool followed = false; // a follow-up within 30 days after the report
    QStringList missing; // checklist items lacking (clip, pos, statement, suspect), for reported cases
};

// The cases whose earliest incident is at `store` (empty: any) on a store-local date in [from, to], in order of
// detection, then id. Clips are judged without clock offsets (the seeded databases set none).
QList<ExpectedCase> expectedCases(CaseDatabase& db, const QString& store, const QDate& from, const QDate& to);

// Nearest rank, as the KPI defines the p90.
double nearestRankP90(QList<double> values);

// store-c (Asia/Tokyo): ten shoplifting cases k01…k10 detected 3…12 January 2026 at 10:00 local, each exported
// 3 h × its number after detection (p90 27 h: k09 and k10 at or above it); k01–k05 closed; k02 followed up
// within 30 days, k03 after 40; k04 has a signed statement and a suspect (it lacks only a clip).
bool seedStoreC(CaseDatabase& db);

} // namespace lpdesk::test
