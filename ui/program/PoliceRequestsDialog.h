// Program → Police requests: every request from law enforcement in a list (overdue ones and exigent disclosures
// without legal's sign-off marked), filtered by state and text, with the selected one in full beside it, and what
// a person does with them: record one, link it to a case, add documents, save a document, close it, and — legal —
// sign off an exigent disclosure after the fact. The buttons follow the permission table; core enforces it.
#pragma once

#include "police/PoliceRequests.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class PoliceRequestForm;
class RequestTemplatesDialog;

class PoliceRequestsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PoliceRequestsDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QComboBox* stateFilter() const { return m_state; }
    bool select(const QString& requestId);
    QString selectedId() const;

    // The actions on the selected request; each asks what it needs when called without it.
    Status linkSelected(const QString& caseId = {});
    Status closeSelected(const QString& reason = {});
    Status signOffSelected(const QString& note = {});
    Status attachToSelected(const QStringList& files = {});
    // The response letter of the selected request (RequestTemplates), written as a text file.
    Status writeLetterSelected(const QString& path = {});

public Q_SLOTS:
    void reload();
    PoliceRequestForm* addRequest(); // opens the form (not modal); the list reloads when it is recorded
    RequestTemplatesDialog* showTemplates(); // the request templates, window-modal over this one

private:
    QDialogButtonBox* layOut();
    void connectSignals(QDialogButtonBox* buttons);
    void showSelected();
    void updateButtons();
    void saveDocument(const QString& documentId, const QString& name);

    CaseDatabase& m_db;
    QList<PoliceRequest> m_requests;
    QComboBox* m_state;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QPushButton* m_add;
    QPushButton* m_link;
    QPushButton* m_attach;
    QPushButton* m_close;
    QPushButton* m_signOff;
    QPushButton* m_letter;
    QPushButton* m_templates;
};

} // namespace lpdesk
