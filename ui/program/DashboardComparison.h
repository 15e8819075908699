// The dashboard's store comparison: for one KPI and the page's period, the stores (or regions) side by side as bars,
// ranked highest first, with the overall value (every store of the period, in the region chosen) as a reference
// line — which store lags, and by how much. Rates in percent, times to report in hours; a store with nothing
// counted for the KPI (no reported case for completeness) has no bar and is named under the chart instead.
#pragma once

#include "metrics/KpiReport.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace lpdesk {

class DashboardComparison : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardComparison(QWidget* parent = nullptr);

    // store or region: what the page computes the comparison's report by.
    QString dimension() const;
    // completeness, followup, closure, repeat, mttr, mttr_p90
    QString kpi() const;
    void setKpi(const QString& kpi);
    // rows: one per store (or region); overall: the program-wide figures the reference line shows.
    void setReport(const KpiReport& report);
    QChartView* chartView() const { return m_view; }
    // The value a group shows for kpi (percent or hours), none when nothing was counted.
    static std::optional<double> valueOf(const KpiFigures& f, const QString& kpi);
    // A new chart: the bars (series "comparisonBars", one set), ranked, and the reference ("comparisonReference").
    static QChart* build(const KpiReport& report, const QString& kpi, const QString& dimension);

Q_SIGNALS:
    void dimensionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    KpiReport m_report;
    QComboBox* m_kpi;
    QComboBox* m_dimension;
    QChartView* m_view;
    QLabel* m_missing;
};

} // namespace lpdesk
