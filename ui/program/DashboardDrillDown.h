// The dashboard's drill-down: the cases behind the figure a person clicked (a KPI of the whole view, or one cell of
// the groups table), as KpiCasesBehind lists them — each case with what it brings to the figure: its time to report,
// the checklist items it misses, whether it was followed up or closed; for the repeat rate, the repeat incidents.
// Enter, a double-click or Open case opens the case in its workspace (openCaseRequested, which the main window
// handles as the inbox's).
#pragma once

#include "metrics/KpiCasesBehind.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace lpdesk {

class CaseDatabase;

class DashboardDrillDown : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardDrillDown(QWidget* parent = nullptr);

    // Lists the cases behind `kpi` (KpiCasesBehind::kpis()) of `group` (empty: the whole filter). From the rollups
    // on the calling thread: one group's cases, read in order.
    void showCases(CaseDatabase& db, const KpiFilter& filter, const QString& kpi, const QString& group);
    void clear();
    const KpiCaseList& cases() const { return m_list; }
    QListWidget* listView() const { return m_view; }
    // What a figure is called on the page ("Evidence completeness"), for the title of its list.
    static QString kpiName(const QString& kpi);

Q_SIGNALS:
    void openCaseRequested(const QString& caseId);

private:
    QString lineText(const KpiCaseLine& line) const;
    void openCurrent();

    KpiCaseList m_list;
    QLabel* m_title;
    QListWidget* m_view;
    QPushButton* m_open;
};

} // namespace lpdesk
