// The Police tab of a case: what the police did with what was submitted (contact, arrest, charges, recovery, their
// case closed), each with its date, their case number and officer, newest first, and a form to record one; and the
// police requests this case answers. Follow-ups go into the case's custody and feed the dashboard's follow-up rate.
// "Check for police follow-up" asks the agencies this case was submitted to for their status, as a job, and says
// in words what it recorded (AgencyStatus).
#pragma once

#include "common/Result.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;

class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    FollowUpPanel(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QTreeWidget* followUps() const { return m_list; }
    QComboBox* kind() const { return m_kind; }
    QDateTimeEdit* at() const { return m_at; }
    QLineEdit* agencyCase() const { return m_agencyCase; }
    QLineEdit* officer() const { return m_officer; }
    QLineEdit* amount() const { return m_amount; }
    QLineEdit* note() const { return m_note; }
    QLabel* requests() const { return m_requests; }
    QPushButton* checkAgencies() const { return m_check; }
    // What the last check recorded, in words.
    QLabel* checkResult() const { return m_checkResult; }

public Q_SLOTS:
    void reload();
    // Records what the form says; on success the form clears and followUpRecorded is emitted.
    Status record();
    // Asks the agencies for this case's delivered submissions as a job of the queue (progress and Cancel in the Jobs
    // panel); agencyChecked(ok) when it ends, and checkResult() says what it recorded or why it stopped.
    lpdesk::QueuedJob* checkAgencyFollowUp();

Q_SIGNALS:
    void followUpRecorded(const QString& followUpId);
    void agencyChecked(bool ok);

private:
    CaseDatabase& m_db;
    QString m_caseId;
    QTreeWidget* m_list;
    QLabel* m_requests;
    QComboBox* m_kind;
    QDateTimeEdit* m_at;
    QLineEdit* m_agencyCase;
    QLineEdit* m_officer;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QPushButton* m_record;
    QPushButton* m_check;
    QLabel* m_checkResult;
};

} // namespace lpdesk
