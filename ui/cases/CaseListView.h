// The list of cases (reference, title, status, incidents, last change); opens a case's workspace.
#pragma once

#include <QWidget>

class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class CaseListView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListView(CaseDatabase& db, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void openCase(const QString& caseId);
    void newCaseRequested();

private:
    CaseDatabase& m_db;
    QTableWidget* m_table;
};

} // namespace lpdesk
