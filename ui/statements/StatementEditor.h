// Writing a statement: author, role, contact (marked as personal data), whether the author asked to stay
// anonymous towards the police, when it was taken, the text, the attestation line and attachments. Used for a new
// statement, for changing a draft and for a correction of a signed-off one (a new version); "Save and sign off"
// makes it immutable after a confirmation.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lpdesk {

class CaseDatabase;

class StatementEditor : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, EditDraft, Correct };
    // statementId: the draft to edit, or the signed-off version to correct.
    StatementEditor(CaseDatabase& db, const QString& caseId, Mode mode, const QString& statementId = {},
                    QWidget* parent = nullptr);

    QLineEdit* authorEdit() const { return m_author; }
    QLineEdit* contactEdit() const { return m_contact; }
    QComboBox* roleBox() const { return m_role; }
    QCheckBox* anonymousBox() const { return m_anonymous; }
    QPlainTextEdit* textEdit() const { return m_text; }
    void addAttachment(const QString& path);
    QString savedId() const { return m_savedId; }
    // Skip the "are you sure" question before signing off (tests).
    void setConfirmSignOff(bool confirm) { m_confirm = confirm; }

public Q_SLOTS:
    bool save(bool signOff);

private:
    void loadStatement();
    void layOut(QLabel* pii, QPushButton* attach);

    CaseDatabase& m_db;
    QString m_caseId;
    Mode m_mode;
    QString m_statementId;
    QString m_savedId;
    bool m_confirm = true;
    QLineEdit* m_author;
    QComboBox* m_role;
    QLineEdit* m_contact;
    QCheckBox* m_anonymous;
    QDateTimeEdit* m_taken;
    QPlainTextEdit* m_text;
    QLineEdit* m_attestation;
    QListWidget* m_attachments;
    QLabel* m_error;
};

} // namespace lpdesk
