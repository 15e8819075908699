// Legal's decision on one release, the same wherever it is taken (the Releases list or the review window): the
// reason, which personal data may go out (all withheld unless ticked), approve or reject, and the outcome shown
// right there. An approval runs as a job of the queue (it may wait for the TSA's time-stamp): progress and Cancel in
// the Jobs panel, its end said here and in the status bar.
#pragma once

#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;

class ReleaseDecisionBox : public QWidget
{
    Q_OBJECT
public:
    explicit ReleaseDecisionBox(CaseDatabase& db, QWidget* parent = nullptr);

    // Shows the release's state; the fields are enabled only when the user may decide it now.
    void setRelease(const QString& releaseId);
    QPlainTextEdit* note() const { return m_note; }
    QCheckBox* contacts() const { return m_contacts; }
    QCheckBox* anonymousNames() const { return m_anonymous; }
    QCheckBox* customerData() const { return m_customer; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QLabel* outcome() const { return m_outcome; }
    // The running approval (a job of the queue, cancelled from the Jobs panel); null when no approval runs.
    QueuedJob* approvalJob() const;

public Q_SLOTS:
    // False when nothing was started (no reason given). A rejection is decided at once; an approval starts and ends
    // later with decided() (or a message in outcome() when it failed or was cancelled).
    bool decide(bool approve);

Q_SIGNALS:
    void decided(const QString& releaseId, bool approved);

private:
    void setFieldsEnabled(bool enabled);
    void finish(const QString& releaseId, bool approved, const Status& done);

    CaseDatabase& m_db;
    QString m_id;
    QPlainTextEdit* m_note;
    QCheckBox* m_contacts;
    QCheckBox* m_anonymous;
    QCheckBox* m_customer;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_outcome;
    QPointer<QueuedJob> m_job;
};

} // namespace lpdesk
