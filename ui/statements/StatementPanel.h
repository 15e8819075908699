// The statements tab of a case: every statement and every version (a correction sits under the version it
// corrects), its state (draft or signed off, with the content hash), the text with personal data marked, and
// attachments — images shown from memory, anything saved to disk only when the investigator asks.
#pragma once

#include <QWidget>

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class StatementEditor;

class StatementPanel : public QWidget
{
    Q_OBJECT
public:
    StatementPanel(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QString currentId() const;
    void reload();
    void select(const QString& statementId);
    // The editor for the selected statement's next step (edit a draft, or correct a signed-off one); not shown.
    StatementEditor* editorForSelection();
    StatementEditor* editorForNew();

public Q_SLOTS:
    void newStatement();
    void editSelected();
    void signSelected();
    void saveAttachment();

Q_SIGNALS:
    void changed();

private:
    void showStatement(const QString& id);
    void updateButtons();

    CaseDatabase& m_db;
    QString m_caseId;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_sign;
    QPushButton* m_save;
};

} // namespace lpdesk
