// Where core gets the case report a package carries (report.pdf). Laying HTML out on PDF pages takes Qt's text
// layout and PDF writer, which need a QGuiApplication, so the renderer lives above core in lpdesk_report
// (report/CaseReport) and a program that writes packages installs it once at start-up (CaseReport::install():
// lpdesk, lpdesk-cli, and the tests' support library when their application starts). Without one, an export is
// refused rather than sealed without its report.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QByteArray>

namespace lpdesk {

struct PackageModel;

class CaseReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaseReportRenderer)

public:
    using Render = Result<QByteArray> (*)(const PackageModel& model);
    static void install(Render render);
    static bool installed();
    // The report as PDF bytes, or why there is none.
    static Result<QByteArray> pdf(const PackageModel& model);
};

} // namespace lpdesk
