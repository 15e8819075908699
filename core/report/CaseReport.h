// report.pdf of a sealed package: the case summary, incidents, a timeline in each store's time with its offset,
// stills, the POS extract, the released statements, the redaction log with reasons, the hash of every file, the
// custody table and the approval — with the package id and "page i of n" on every page. Rendered with
// QTextDocument onto QPdfWriter (needs a QGuiApplication; the CLI runs one on the offscreen platform). Part of
// lpdesk_report: core's PackageBuilder reaches it through export/CaseReportRenderer once install() has run.
#pragma once

#include "common/Result.h"
#include "export/PackageContents.h"

#include <QCoreApplication>

namespace lpdesk {

class CaseReport
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaseReport)

public:
    static QString html(const PackageModel& model);
    static Result<QByteArray> pdf(const PackageModel& model);
    // Makes pdf() the renderer of every package this program writes (export/CaseReportRenderer).
    static void install();

private:
    // The sections of html(), in the order the report shows them.
    static QString summarySection(const PackageModel& m);
    static QString incidentsSection(const PackageModel& m);
    static QString timelineSection(const PackageModel& m);
    static QString stillsSection(const PackageModel& m);
    static QString posSection(const PackageModel& m);
    static QString statementsSection(const PackageModel& m);
    static QString redactionSection(const PackageModel& m);
    static QString filesAndCustodySection(const PackageModel& m);
};

} // namespace lpdesk
