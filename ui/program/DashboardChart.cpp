#include "program/DashboardChart.h"

#include "common/Theme.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace lpdesk {

namespace {

QString title(const QString& by)
{
    if (by == QLatin1String("day"))
        return DashboardChart::tr("KPIs by day");
    if (by == QLatin1String("month"))
        return DashboardChart::tr("KPIs by month");
    if (by == QLatin1String("quarter"))
        return DashboardChart::tr("KPIs by quarter");
    if (by == QLatin1String("store"))
        return DashboardChart::tr("KPIs by store");
    if (by == QLatin1String("region"))
        return DashboardChart::tr("KPIs by region");
    return DashboardChart::tr("KPIs by week");
}

} // namespace

QChart* DashboardChart::build(const KpiReport& report, const QString& by)
{
    auto* chart = new QChart;
    chart->setTitle(title(by));
    QStringList keys;
    for (const KpiFigures& r : report.rows)
        keys << r.key;
    auto* axisX = new QBarCategoryAxis;
    axisX->append(keys);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTitleText(tr("%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const std::pair<QString, std::optional<double> KpiFigures::*> lines[]
        = {{tr("Evidence complete"), &KpiFigures::evidenceCompleteness},
           {tr("Follow-up"), &KpiFigures::followupRate},
           {tr("Closed"), &KpiFigures::closureRate},
           {tr("Repeat"), &KpiFigures::repeatRate}};
    for (const auto& [name, member] : lines) {
        auto* series = new QLineSeries;
        series->setName(name);
        for (qsizetype i = 0; i < report.rows.size(); ++i)
            if (const auto& v = report.rows[i].*member)
                series->append(static_cast<double>(i), *v * 100.0);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }

    // The time to report on its own axis, in hours: the median of each group.
    auto* mttr = new QLineSeries;
    mttr->setObjectName(QStringLiteral("trendMttr"));
    mttr->setName(tr("MTTR median (h)"));
    mttr->setPointsVisible(true);
    double top = 0;
    for (qsizetype i = 0; i < report.rows.size(); ++i)
        if (const auto& s = report.rows[i].mttrMedian) {
            mttr->append(static_cast<double>(i), *s / 3600.0);
            top = std::max(top, *s / 3600.0);
        }
    auto* axisHours = new QValueAxis;
    axisHours->setRange(0, top > 0 ? top * 1.1 : 1.0);
    axisHours->setTitleText(tr("hours"));
    chart->addAxis(axisHours, Qt::AlignRight);
    chart->addSeries(mttr);
    mttr->attachAxis(axisX);
    mttr->attachAxis(axisHours);
    return chart;
}

void DashboardChart::style(QChartView* view, const QPalette& p)
{
    QChart* chart = view->chart();
    if (!chart)
        return;
    const QColor text = p.color(QPalette::Text);
    chart->setTheme(Theme::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = p.color(QPalette::Mid);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    view->setBackgroundBrush(p.color(QPalette::Window));
}

} // namespace lpdesk
