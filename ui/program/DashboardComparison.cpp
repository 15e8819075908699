#include "program/DashboardComparison.h"

#include "program/DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace lpdesk {

namespace {

bool isTime(const QString& kpi)
{
    return kpi == QLatin1String("mttr") || kpi == QLatin1String("mttr_p90");
}

} // namespace

DashboardComparison::DashboardComparison(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardComparisonPage"));
    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(QStringLiteral("comparisonKpi"));
    for (const auto& [key, label] :
         {std::pair<QString, QString> {QStringLiteral("completeness"), tr("Evidence completeness (%)")},
          {QStringLiteral("followup"), tr("Police follow-up within 30 days (%)")},
          {QStringLiteral("closure"), tr("Cases closed (%)")},
          {QStringLiteral("repeat"), tr("Repeat incidents, 30 days (%)")},
          {QStringLiteral("mttr"), tr("Time to report, median (hours)")},
          {QStringLiteral("mttr_p90"), tr("Time to report, p90 (hours)")}})
        m_kpi->addItem(label, key);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("comparisonBy"));
    m_dimension->addItem(tr("Stores"), QStringLiteral("store"));
    m_dimension->addItem(tr("Regions"), QStringLiteral("region"));
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("dashboardComparison"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("comparisonMissing"));
    m_missing->setWordWrap(true);
    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Compare:"), this));
    choices->addWidget(m_dimension);
    choices->addWidget(new QLabel(tr("on"), this));
    choices->addWidget(m_kpi);
    choices->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &DashboardComparison::rebuild);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &DashboardComparison::dimensionChanged);
}

void DashboardComparison::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        DashboardChart::style(m_view, palette());
}

QString DashboardComparison::dimension() const
{
    return m_dimension->currentData().toString();
}

QString DashboardComparison::kpi() const
{
    return m_kpi->currentData().toString();
}

void DashboardComparison::setKpi(const QString& kpi)
{
    const int i = m_kpi->findData(kpi);
    if (i >= 0)
        m_kpi->setCurrentIndex(i);
}

void DashboardComparison::setReport(const KpiReport& report)
{
    m_report = report;
    rebuild();
}

std::optional<double> DashboardComparison::valueOf(const KpiFigures& f, const QString& kpi)
{
    auto scaled
        = [](const std::optional<double>& v, double by) { return v ? std::optional<double>(*v * by) : std::nullopt; };
    if (kpi == QLatin1String("mttr"))
        return scaled(f.mttrMedian, 1.0 / 3600.0);
    if (kpi == QLatin1String("mttr_p90"))
        return scaled(f.mttrP90, 1.0 / 3600.0);
    if (kpi == QLatin1String("followup"))
        return scaled(f.followupRate, 100.0);
    if (kpi == QLatin1String("closure"))
        return scaled(f.closureRate, 100.0);
    if (kpi == QLatin1String("repeat"))
        return scaled(f.repeatRate, 100.0);
    return scaled(f.evidenceCompleteness, 100.0);
}

QChart* DashboardComparison::build(const KpiReport& report, const QString& kpi, const QString& dimension)
{
    QList<QPair<QString, double>> ranked;
    for (const KpiFigures& row : report.rows)
        if (const auto v = valueOf(row, kpi))
            ranked << qMakePair(row.key, *v);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    auto* chart = new QChart;
    chart->setTitle(dimension == QLatin1String("region") ? tr("Regions compared") : tr("Stores compared"));
    auto* set = new QBarSet(dimension == QLatin1String("region") ? tr("Region") : tr("Store"));
    QStringList keys;
    double top = 0;
    for (const auto& [key, value] : ranked) {
        keys << key;
        *set << value;
        top = std::max(top, value);
    }
    auto* bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("comparisonBars"));
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(keys);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(isTime(kpi) ? tr("hours") : tr("%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    // The program-wide value across the whole width: every store of the period together.
    auto* reference = new QLineSeries;
    reference->setObjectName(QStringLiteral("comparisonReference"));
    if (const auto all = valueOf(report.overall, kpi)) {
        reference->setName(tr("Overall: %1").arg(*all, 0, 'f', 1));
        reference->append(-0.5, *all);
        reference->append(static_cast<double>(keys.size()) - 0.5, *all);
        top = std::max(top, *all);
    }
    chart->addSeries(reference);
    reference->attachAxis(axisX);
    reference->attachAxis(axisY);
    axisY->setRange(0, isTime(kpi) ? (top > 0 ? top * 1.1 : 1.0) : 100.0);
    return chart;
}

void DashboardComparison::rebuild()
{
    QChart* old = m_view->chart();
    m_view->setChart(build(m_report, kpi(), dimension()));
    delete old;
    DashboardChart::style(m_view, palette());
    QStringList without;
    for (const KpiFigures& row : std::as_const(m_report.rows))
        if (!valueOf(row, kpi()))
            without << row.key;
    m_missing->setText(without.isEmpty()
                           ? QString()
                           : tr("Nothing counted for this figure: %1").arg(without.join(QStringLiteral(", "))));
    m_missing->setVisible(!without.isEmpty());
}

} // namespace lpdesk
