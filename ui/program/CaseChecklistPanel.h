// The Checklist tab of a case: the evidence checklist of the case's incident type ticked off from what the case
// holds (the KPI's own definitions: a clip covering the incident in true time, a linked POS transaction when an
// incident names a register, a signed statement, a suspect description), and the procedure (SOP) for that type.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace lpdesk {

class CaseDatabase;

class CaseChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    CaseChecklistPanel(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QListWidget* items() const { return m_items; }
    QLabel* state() const { return m_state; }
    QTextBrowser* procedure() const { return m_procedure; }

public Q_SLOTS:
    void reload();

private:
    CaseDatabase& m_db;
    QString m_caseId;
    QLabel* m_state;
    QListWidget* m_items;
    QTextBrowser* m_procedure;
};

} // namespace lpdesk
