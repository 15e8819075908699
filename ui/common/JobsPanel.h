// The Jobs panel (View → Jobs, Ctrl+J, or the jobs button in the status bar): every running, waiting and ended job
// of the queue, each with its progress bar, what it says now or how it ended, and Cancel. Not modal: work goes on in
// every window while it is open, and closing it stops nothing.
#pragma once

#include <QDialog>
#include <QHash>

class QPushButton;
class QVBoxLayout;

namespace lpdesk {

class JobQueue;
class QueuedJob;

class JobsPanel : public QDialog
{
    Q_OBJECT
public:
    explicit JobsPanel(JobQueue& queue, QWidget* parent = nullptr);

    // The row of a job (objectName "jobRow"; children "jobProgress", "jobText", "cancelJob"), nullptr when not shown.
    QWidget* rowOf(const QueuedJob* job) const { return m_rows.value(job); }

private:
    void addRow(QueuedJob* job);
    void removeRow(QueuedJob* job);
    static void showState(QWidget* row, const QueuedJob* job);

    JobQueue& m_queue;
    QVBoxLayout* m_list;
    QWidget* m_empty;
    QPushButton* m_clear;
    QHash<const QueuedJob*, QWidget*> m_rows;
};

} // namespace lpdesk
