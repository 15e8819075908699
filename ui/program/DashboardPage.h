// The program dashboard, a page of the main window (Program → Dashboard, Ctrl+5): the KPIs of KpiReporter for a
// date range (store-local dates) and a store or region, a trend chart per period, a store comparison, an hour ×
// weekday heat map, a table of groups (per store, region or period) that drills down to the cases behind each row,
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
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;
class DashboardBreakdowns;

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
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error);

Q_SIGNALS:
    void refreshed(); // the figures on screen are those of the current filters
    void closeRequested(); // the page's Close: the window goes back to its usual page

protected:
    void changeEvent(QEvent* event) override;

private:
    // The figures, and when the range holds no incident the first and last store-local day that has one.
    struct Computed
    {
        std::shared_ptr<Result<KpiReport>> report;
        QDate oldest;
        QDate newest;
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
    void showCasesOfRow(int row);
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
    QChartView* m_trend;
    DashboardBreakdowns* m_breakdowns;
    QTableWidget* m_rows;
    QTableWidget* m_heat;
    QListWidget* m_cases;
    QProgressBar* m_busy;
    QPushButton* m_refresh;
    bool m_running = false;
    bool m_again = false;
};

} // namespace lpdesk
