// Releases and their legal review. Everyone sees the requests (pending first) and what each holds; legal, when
// not the requester, approves or rejects with a note and decides which personal data may go out (contacts,
// names of anonymous authors, customer card data — all withheld unless ticked). Statements show what will be
// withheld, redactions open side by side (original | redacted), and an approved release exports from here.
#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
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
    QPlainTextEdit* decisionNote() const { return m_note; }
    QCheckBox* includeContacts() const { return m_contacts; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* submitButton() const { return m_submit; }

public Q_SLOTS:
    void approve();
    void reject() override;
    void exportPackage();
    void submitToAgency();
    void reviewRedactions();

private:
    void showCurrent();
    void decide(bool approve);
    QString describe(const Release& r);

    CaseDatabase& m_db;
    QTreeWidget* m_list;
    QCheckBox* m_pendingOnly;
    QTextBrowser* m_details;
    QPlainTextEdit* m_note;
    QCheckBox* m_contacts;
    QCheckBox* m_anonymous;
    QCheckBox* m_customer;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_export;
    QPushButton* m_submit;
    QPushButton* m_redactions;
};

} // namespace lpdesk
