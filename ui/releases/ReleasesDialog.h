// Releases and their legal review. Everyone sees the requests (pending first) and what each holds; legal, when
// not the requester, approves or rejects with a note and decides which personal data may go out (contacts,
// names of anonymous authors, customer card data — all withheld unless ticked). Statements show what will be
// withheld, the review window (not modal: the case stays usable) plays each clip beside its redacted copy, and an
// approved release exports from here.
#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;
class ReleaseDecisionBox;
class ReleaseReviewWindow;
struct Release;

class ReleasesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReleasesDialog(CaseDatabase& db, QWidget* parent = nullptr);

    void reload();
    bool select(const QString& releaseId);
    QString currentId() const;
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QPlainTextEdit* decisionNote() const;
    QCheckBox* includeContacts() const;
    QPushButton* approveButton() const;
    QPushButton* rejectButton() const;
    ReleaseDecisionBox* decision() const { return m_decision; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* submitButton() const { return m_submit; }

public Q_SLOTS:
    void approve();
    void reject() override;
    void exportPackage();
    void submitToAgency();
    // Opens the release in its own (non-modal) review window: players, stills, statements, custody, decision.
    ReleaseReviewWindow* openReview();

Q_SIGNALS:
    // A release was decided, exported or delivered from here: "My work" and the case list read it again.
    void releaseChanged(const QString& releaseId);

private:
    void releaseEnded(const QString& id); // a job on release id ended: the list reads again, keeping it selected
    void showCurrent();
    QString describe(const Release& r);

    CaseDatabase& m_db;
    QTreeWidget* m_list;
    QCheckBox* m_pendingOnly;
    QTextBrowser* m_details;
    ReleaseDecisionBox* m_decision;
    QPushButton* m_export;
    QPushButton* m_submit;
    QPushButton* m_review;
};

} // namespace lpdesk
