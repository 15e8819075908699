// The dashboard's drill-down: the cases behind the figure a person clicked (a KPI of the whole view, or one cell of
// the groups table), as KpiCasesBehind lists them — each case with what it brings to the figure: its time to report,
// the checklist items it misses, whether it was followed up or closed; for the repeat rate, the repeat incidents.
// The list is read on a pool thread (a whole year at 1 M incidents lists tens of thousands of cases) and fills when
// ready; a list asked for earlier, or one asked for before clear(), is dropped when it arrives. Enter, a
// double-click or Open case opens the case in its workspace (openCaseRequested, which the main window handles as the
// inbox's).
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

    // Lists the cases behind `kpi` (KpiCasesBehind::kpis()) of `group` (empty: the whole filter), read from the
    // rollups on a pool thread; the list fills when they are read (listed), unless another list was asked for or
    // clear() called meanwhile.
    void showCases(CaseDatabase& db, const KpiFilter& filter, const QString& kpi, const QString& group);
    void clear(); // and drops any list still being read
    bool isListing() const { return m_running > 0; } // a list is being read, wanted or not
    const KpiCaseList& cases() const { return m_list; }
    QListWidget* listView() const { return m_view; }
    // What a figure is called on the page ("Evidence completeness"), for the title of its list.
    static QString kpiName(const QString& kpi);

Q_SIGNALS:
    void openCaseRequested(const QString& caseId);
    void listed(); // the list on screen is the one last asked for

private:
    void showList(const Result<KpiCaseList>& list, const QString& kpi, const QString& group);
    QString lineText(const KpiCaseLine& line) const;
    void openCurrent();

    KpiCaseList m_list;
    QLabel* m_title;
    QListWidget* m_view;
    QPushButton* m_open;
    quint64 m_asked = 0; // the number of the list last asked for (or cleared): only its answer is shown
    int m_running = 0;
};

} // namespace lpdesk
