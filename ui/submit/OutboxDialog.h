// The outbox: every submission to an agency with its state, upload progress, attempts, next retry, the agency's
// last words and its receipt; "Send due now" runs the due deliveries as a job (resuming interrupted uploads);
// a queued or waiting submission can be cancelled. Refreshes itself while open.
#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void reload();
    void sendDue();
    void cancelSelected();

private:
    CaseDatabase& m_db;
    QTreeWidget* m_list;
    QPushButton* m_send;
    QPushButton* m_cancel;
};

} // namespace lpdesk
