// A small hand-built history for the program-view tests (KPIs, retention, dashboard): two stores in two time
// zones, seven incidents, four cases, clips, POS links in two currencies, a signed statement and two exported releases,
// all with explicit timestamps so that every KPI can be worked out by hand (tests/integration/TestProgram.cpp does).
#pragma once

#include "db/CaseDatabase.h"

namespace lpdesk::test {

// Writes the history straight into the tables (the media files are placeholders). False with a warning on failure.
bool buildKpiHistory(CaseDatabase& db);

} // namespace lpdesk::test
