// Test programs write packages as lpdesk and lpdesk-cli do: with lpdesk_report's case report installed into core
// (export/CaseReportRenderer). Compiled once and added as an object file to every program that links
// lpdesk_test_support (tests/helpers/CMakeLists.txt), so the linker cannot leave the installation out.
#include "report/CaseReport.h"

#include <QCoreApplication>

namespace {

void installCaseReport()
{
    lpdesk::CaseReport::install();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installCaseReport)
