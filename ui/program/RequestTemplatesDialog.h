// Program → Request templates: every police request template as it is in force (built in, or the latest version an
// admin published), its fields in editors with the {placeholders} a letter may use and a live preview of the letter
// filled with sample values, and its history of versions. Admins publish a new version or start a new template;
// core enforces who may and what a template must hold, and the dialog shows core's refusals as they are.
#pragma once

#include "common/Result.h"
#include "police/RequestTemplates.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class RequestTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequestTemplatesDialog(CaseDatabase& db, QWidget* parent = nullptr);
    // A dialog window-modal over `parent` that deletes itself when closed.
    static RequestTemplatesDialog* openOver(CaseDatabase& db, QWidget* parent);

    QTreeWidget* templates() const { return m_templates; }
    QLineEdit* title() const { return m_title; }
    QComboBox* kind() const { return m_kind; }
    QSpinBox* dueDays() const { return m_dueDays; }
    QPlainTextEdit* legalBasis() const { return m_legalBasis; }
    QPlainTextEdit* asked() const { return m_asked; }
    QPlainTextEdit* letter() const { return m_letter; }
    QListWidget* placeholders() const { return m_placeholders; }
    QPlainTextEdit* preview() const { return m_preview; }
    QListWidget* history() const { return m_history; }
    QLabel* state() const { return m_state; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* newButton() const { return m_new; }

    bool select(const QString& name);
    QString selectedName() const;
    // True when the editors hold something other than the template they show (undoing back to it is no edit).
    bool hasUnsavedEdits() const;
    // Sample values of every placeholder, for the preview.
    static QHash<QString, QString> sampleValues();

public Q_SLOTS:
    void reload();
    // The editors as the next version of the selected template; shows the version or core's refusal.
    Status publish();
    // A template of the given name (asked when empty), starting from the fields in the editors; nothing is stored
    // until it is published.
    Status newTemplate(const QString& name = {});
    // `{name}` at the letter's cursor.
    void insertPlaceholder(const QString& name);
    void reject() override; // Escape and Close: asks about unsaved edits first

private:
    void showSelected();
    void setUpTemplateEditors();
    void setUpLetterTools();
    QDialogButtonBox* layOut();
    void connectSignals(QDialogButtonBox* buttons);
    void showTemplate(const RequestTemplate& t);
    RequestTemplate edited() const;
    void updatePreview();
    void updateButtons();
    // Asks Save/Discard/Cancel when there are unsaved edits; true when the dialog may move on.
    bool settleEdits();

    CaseDatabase& m_db;
    QList<RequestTemplate> m_current; // as listed; a new, unpublished one has version -1
    RequestTemplate m_shown; // what the editors were loaded with
    bool m_admin = false;
    bool m_loading = false;
    QTreeWidget* m_templates;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QSpinBox* m_dueDays;
    QPlainTextEdit* m_legalBasis;
    QPlainTextEdit* m_asked;
    QPlainTextEdit* m_letter;
    QListWidget* m_placeholders;
    QPushButton* m_insert;
    QPlainTextEdit* m_preview;
    QLabel* m_unknown;
    QListWidget* m_history;
    QLabel* m_state;
    QPushButton* m_publish;
    QPushButton* m_new;
    QPushButton* m_close;
};

} // namespace lpdesk
