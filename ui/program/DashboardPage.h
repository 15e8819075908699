// The program dashboard, a page of the main window (Program → Dashboard, Ctrl+5): the KPIs of KpiReporter for a
// date range (store-local dates) and a store or region, a trend chart per period, a store comparison (one KPI,
// stores or regions ranked, DashboardComparison), an hour × weekday heat map, a table of groups (per store, region or
// period); a click on a figure or on a cell of that table lists the cases behind it (DashboardDrillDown), and a case
// of that list opens in its workspace (openCaseRequested),
// the breakdowns `lpdesk-cli kpi` prints (DashboardBreakdowns: medians, incidents by type and trigger, top repeat
// stores, loss from linked POS per currency), and exports of the figures (CSV) and of the whole view (PDF). A range
// without incidents says so and where the data is, with one click to show it; the chart follows the palette.
#pragma once

#include "metrics/KpiReport.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;
class DashboardBreakdowns;
class DashboardComparison;
class DashboardDrillDown;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(CaseDatabase& db, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setRange(const QDate& from, const QDate& to);
    void setGrouping(const QString& by);
    // Computes the KPIs on a pool thread (a busy bar shows meanwhile); a refresh asked for while one runs follows it.
    void refresh();
    bool isRefreshing() const { return m_running; }
    const KpiReport& report() const { return m_report; }
    // "No incidents between … The newest incident is on …" (hidden while the range holds incidents).
    QLabel* emptyHint() const { return m_emptyText; }
    QPushButton* showAllButton() const { return m_showAll; }
    QPushButton* showNewestButton() const { return m_showNewest; }
    QChartView* chartView() const { return m_trend; }
    DashboardComparison* comparison() const { return m_comparison; }
    DashboardDrillDown* drillDown() const { return m_drill; }
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error);

Q_SIGNALS:
    void refreshed(); // the figures on screen are those of the current filters
    void closeRequested(); // the page's Close: the window goes back to its usual page
    void openCaseRequested(const QString& caseId); // from the cases behind a figure

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The figures, and when the range holds no incident the first and last store-local day that has one.
    struct Computed
    {
        std::shared_ptr<Result<KpiReport>> report;
        QDate oldest;
        QDate newest;
        KpiReport comparison; // by store or region, every store of the period
    };
    QLayout* createFilters();
    QWidget* createEmptyHint();
    QLayout* createFigures();
    QWidget* createViews();
    QLayout* createButtons();
    void computed(const Computed& result);
    void showReport();
    void showChart();
    void showRows();
    void showEmptyHint(const Computed& result);
    void styleChart();
    void showCasesOfCell(int row, int column);
    KpiFilter filter() const;

    CaseDatabase& m_db;
    KpiReport m_report;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QComboBox* m_by;
    QLabel* m_error;
    QWidget* m_empty;
    QLabel* m_emptyText;
    QPushButton* m_showAll;
    QPushButton* m_showNewest;
    QDate m_oldest;
    QDate m_newest;
    QLabel* m_mttr;
    QLabel* m_completeness;
    QLabel* m_followup;
    QLabel* m_closure;
    QLabel* m_repeat;
    QLabel* m_outcomes;
    QTabWidget* m_charts;
    QChartView* m_trend;
    DashboardComparison* m_comparison;
    DashboardBreakdowns* m_breakdowns;
    QTableWidget* m_rows;
    QTableWidget* m_heat;
    DashboardDrillDown* m_drill;
    QProgressBar* m_busy;
    QPushButton* m_refresh;
    bool m_running = false;
    bool m_again = false;
};

} // namespace lpdesk
