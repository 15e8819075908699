// Program → Police requests → Add: every field of a request from law enforcement (kind, agency, officer, their
// reference, received and due dates, what is asked — incidents, stores, a time range, in words —, legal basis,
// notes) and the documents they sent, which PoliceRequests encrypts like evidence. A request template (admin-managed,
// RequestTemplates) fills the kind, the due date, the legal basis and what is asked; the request remembers it.
#pragma once

#include "police/PoliceRequests.h"
#include "police/RequestTemplates.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lpdesk {

class CaseDatabase;

class PoliceRequestForm : public QDialog
{
    Q_OBJECT
public:
    explicit PoliceRequestForm(CaseDatabase& db, QWidget* parent = nullptr);

    // What the fields say, as PoliceRequests takes it (times in UTC).
    PoliceRequestSpec spec() const;
    QString requestId() const { return m_requestId; } // set once the request was recorded
    void addDocuments(const QStringList& files);
    QComboBox* templateBox() const { return m_template; }

public Q_SLOTS:
    void accept() override;

private:
    QDateTimeEdit* timeEdit(const QString& name);
    void applyTemplate();
    void loadTemplates();
    void setUpFields();
    void connectFields(QPushButton* addDoc, QPushButton* removeDoc, QDialogButtonBox* buttons);

    CaseDatabase& m_db;
    QString m_requestId;
    QList<RequestTemplate> m_templates;
    RequestTemplate m_applied; // what the last template filled in, so a change of template replaces only that
    QComboBox* m_template;
    QComboBox* m_kind;
    QLineEdit* m_agency;
    QLineEdit* m_officer;
    QLineEdit* m_reference;
    QDateTimeEdit* m_received;
    QCheckBox* m_hasDue;
    QDateTimeEdit* m_due;
    QLineEdit* m_incidents;
    QLineEdit* m_stores;
    QCheckBox* m_hasRange;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QPlainTextEdit* m_asks;
    QLineEdit* m_basis;
    QPlainTextEdit* m_notes;
    QListWidget* m_documents;
};

} // namespace lpdesk
