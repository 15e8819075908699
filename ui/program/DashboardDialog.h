// The program dashboard: the KPIs of KpiReporter for a date range (store-local dates) and a store or region, a
// trend chart per period, a store comparison, an hour × weekday heat map, a table of groups that drills down to
// the cases behind each row, and exports of the figures (CSV) and of the whole view (PDF).
#pragma once

#include "metrics/KpiReport.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class DashboardDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DashboardDialog(CaseDatabase& db, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    void setGrouping(const QString& by);
    void refresh(); // synchronous: the KPIs are plain indexed queries over the case database
    const KpiReport& report() const { return m_report; }
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error);

private:
    void showReport();
    void showCasesOfRow(int row);
    KpiFilter filter() const;

    CaseDatabase& m_db;
    KpiReport m_report;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QComboBox* m_by;
    QLabel* m_error;
    QLabel* m_mttr;
    QLabel* m_completeness;
    QLabel* m_followup;
    QLabel* m_closure;
    QLabel* m_repeat;
    QLabel* m_outcomes;
    QChartView* m_trend;
    QTableWidget* m_rows;
    QTableWidget* m_heat;
    QListWidget* m_cases;
};

} // namespace lpdesk
