#include "program/DashboardDrillDown.h"

#include "program/DashboardBreakdowns.h"

#include "common/Background.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

DashboardDrillDown::DashboardDrillDown(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardDrillDown"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Click a figure or a cell of the table to list the cases behind it."), this);
    m_title->setObjectName(QStringLiteral("dashboardDrillTitle"));
    m_title->setWordWrap(true);
    m_view = new QListWidget(this);
    m_view->setObjectName(QStringLiteral("dashboardCases"));
    m_view->setAccessibleName(tr("Cases behind the figure"));
    m_view->setToolTip(tr("The cases behind the selected figure; Enter or a double-click opens one"));
    m_open = new QPushButton(tr("Open case"), this);
    m_open->setObjectName(QStringLiteral("dashboardOpenCase"));
    m_open->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_view, &QListWidget::itemActivated, this, &DashboardDrillDown::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &DashboardDrillDown::openCurrent);
    connect(m_view, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0 && !m_view->item(row)->data(Qt::UserRole).toString().isEmpty());
    });
}

QString DashboardDrillDown::kpiName(const QString& kpi)
{
    if (kpi == QLatin1String("mttr"))
        return tr("Time to report (median)");
    if (kpi == QLatin1String("mttr_p90"))
        return tr("Time to report (p90)");
    if (kpi == QLatin1String("completeness"))
        return tr("Evidence completeness");
    if (kpi == QLatin1String("followup"))
        return tr("Police follow-up within 30 days");
    if (kpi == QLatin1String("closure"))
        return tr("Cases closed");
    if (kpi == QLatin1String("repeat"))
        return tr("Repeat incidents (30 days)");
    return tr("Cases");
}

void DashboardDrillDown::clear()
{
    ++m_asked;
    m_list = {};
    m_view->clear();
    m_open->setEnabled(false);
    m_title->setText(tr("Click a figure or a cell of the table to list the cases behind it."));
}

void DashboardDrillDown::showCases(CaseDatabase& db, const KpiFilter& filter, const QString& kpi, const QString& group)
{
    clear();
    const quint64 asked = m_asked;
    m_title->setText(tr("Listing the cases behind %1…").arg(kpiName(kpi)));
    using Listed = std::shared_ptr<Result<KpiCaseList>>;
    CaseDatabase* base = &db;
    ++m_running;
    const bool started = runOnDatabase<Listed>(
        db, this,
        [base, filter, kpi, group](const std::atomic_bool&) {
            return std::make_shared<Result<KpiCaseList>>(KpiCasesBehind(*base).list(filter, kpi, group));
        },
        [this, asked, kpi, group](Listed list) {
            --m_running;
            if (asked != m_asked)
                return; // another figure was chosen, or the figures refreshed, while it was read
            showList(*list, kpi, group);
        });
    if (!started) {
        --m_running;
        showList(failure(tr("The database is closing.")), kpi, group);
    }
}

void DashboardDrillDown::showList(const Result<KpiCaseList>& list, const QString& kpi, const QString& group)
{
    if (!list) {
        m_title->setText(list.errorMessage());
        Q_EMIT listed();
        return;
    }
    m_list = *list;
    const QString scope = group.isEmpty() ? tr("all groups") : group;
    const QString counted = kpi == QLatin1String("repeat")
        ? tr("%1 repeat(s) of %n incident(s)", nullptr, static_cast<int>(m_list.population)).arg(m_list.counted)
        : tr("%1 of %n case(s) counted", nullptr, static_cast<int>(m_list.population)).arg(m_list.counted);
    m_title->setText(tr("%1, %2: %3").arg(kpiName(kpi), scope, counted));
    m_view->setUpdatesEnabled(false);
    for (const KpiCaseLine& line : std::as_const(m_list.lines)) {
        auto* item = new QListWidgetItem(lineText(line), m_view);
        item->setData(Qt::UserRole, line.caseId);
        item->setData(Qt::UserRole + 1, line.incidentId);
        item->setToolTip(
            tr("Store %1, %2 (store-local), %3").arg(line.store, line.day.toString(Qt::ISODate), line.type));
    }
    m_view->setUpdatesEnabled(true);
    Q_EMIT listed();
}

// The case and what it brings to the figure: "c2 — 36 h 0 min", "c2 — missing: clip, statement".
QString DashboardDrillDown::lineText(const KpiCaseLine& line) const
{
    const QString kpi = m_list.kpi;
    const QString id = line.caseId.isEmpty() ? tr("(no case)") : line.caseId;
    if (kpi == QLatin1String("mttr"))
        return tr("%1 — %2").arg(id, DashboardBreakdowns::duration(line.seconds));
    if (kpi == QLatin1String("mttr_p90"))
        return line.counted ? tr("%1 — %2, at or above the p90").arg(id, DashboardBreakdowns::duration(line.seconds))
                            : tr("%1 — %2").arg(id, DashboardBreakdowns::duration(line.seconds));
    if (kpi == QLatin1String("completeness"))
        return line.missing.isEmpty() ? tr("%1 — complete").arg(id)
                                      : tr("%1 — missing: %2").arg(id, line.missing.join(QStringLiteral(", ")));
    if (kpi == QLatin1String("followup"))
        return line.counted ? tr("%1 — followed up").arg(id) : tr("%1 — no follow-up within 30 days").arg(id);
    if (kpi == QLatin1String("closure"))
        return line.counted ? tr("%1 — closed").arg(id) : tr("%1 — open").arg(id);
    if (kpi == QLatin1String("repeat"))
        return tr("%1 — incident %2 repeats one within 30 days").arg(id, line.incidentId);
    return id;
}

void DashboardDrillDown::openCurrent()
{
    const QListWidgetItem* item = m_view->currentItem();
    const QString caseId = item ? item->data(Qt::UserRole).toString() : QString();
    if (!caseId.isEmpty())
        Q_EMIT openCaseRequested(caseId);
}

} // namespace lpdesk
