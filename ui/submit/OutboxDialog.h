// The outbox: every submission to an agency with its state, upload progress, attempts, next retry, the agency's
// last words and its receipt; "Send due now" runs the due deliveries as a job (resuming interrupted uploads) and
// asks the agencies for police follow-up, then says how many it sent and recorded; a queued or waiting submission
// can be cancelled. Refreshes itself while open.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* resultLabel() const { return m_result; }
    // What a Send due now did, in words: "2 submissions sent; 1 police follow-up recorded."
    static QString sentText(int sent, int followUps);

public Q_SLOTS:
    void reload();
    QueuedJob* sendDue(); // a job of the queue (JobQueue)
    void cancelSelected();

private:
    CaseDatabase& m_db;
    QTreeWidget* m_list;
    QPushButton* m_send;
    QPushButton* m_cancel;
    QLabel* m_result;
};

} // namespace lpdesk
