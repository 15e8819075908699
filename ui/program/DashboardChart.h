// The dashboard's chart: per group (period, store or region) the rates — evidence complete, follow-up, closed,
// repeat — in percent on the left axis, and the MTTR median (detected → reported) in hours on the right, so the
// trend of the time to report shows beside the rates.
#pragma once

#include "metrics/KpiReport.h"

#include <QCoreApplication>

class QChart;
class QChartView;
class QPalette;

namespace lpdesk {

class DashboardChart
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::DashboardChart)

public:
    // A new chart of report's rows grouped by `by` (day, week, month, quarter, store, region). The MTTR line is the
    // series named "trendMttr" (objectName); a group without a reported case has no point on it.
    static QChart* build(const KpiReport& report, const QString& by);
    // Qt Charts paints with its own theme (white by default): the view's chart follows the palette, light or dark.
    static void style(QChartView* view, const QPalette& palette);
};

} // namespace lpdesk
