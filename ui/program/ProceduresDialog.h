// Program > Procedures: the standard operating procedure for each incident type (immediate actions, reporting
// steps, evidence to preserve), its published versions, and — for admins — publishing a new version. Core enforces
// who may publish; the fields are read-only for everyone else.
#pragma once

#include "common/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lpdesk {

class CaseDatabase;
class RequestTemplatesDialog;
struct Sop;

class ProceduresDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProceduresDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QComboBox* type() const { return m_type; }
    QLineEdit* title() const { return m_title; }
    QPlainTextEdit* immediate() const { return m_immediate; }
    QPlainTextEdit* reporting() const { return m_reporting; }
    QPlainTextEdit* preserve() const { return m_preserve; }
    QListWidget* versions() const { return m_versions; }
    QLabel* state() const { return m_state; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* requestTemplatesButton() const { return m_requestTemplates; }

public Q_SLOTS:
    void showType(); // the current type's procedure in force and its versions
    Status publish(); // the fields as a new version of the current type
    RequestTemplatesDialog* showRequestTemplates(); // the police request templates, window-modal over this one

private:
    CaseDatabase& m_db;
    QComboBox* m_type;
    QLineEdit* m_title;
    QPlainTextEdit* m_immediate;
    QPlainTextEdit* m_reporting;
    QPlainTextEdit* m_preserve;
    QListWidget* m_versions;
    QLabel* m_state;
    QPushButton* m_publish;
    QPushButton* m_requestTemplates;
};

// The procedure as HTML for a detail pane: title, version, the three parts.
QString procedureHtml(const Sop& sop);
// When the newest version of sop's procedure is refused (sop stands in for it): a sentence that says so; else empty.
QString procedureRefusal(const Sop& sop);

} // namespace lpdesk
