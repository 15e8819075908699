// An investigator asks legal to release items of a case: every original and derivative clip, the current
// signed-off statements and the linked POS transactions are listed with a check box (all ticked), plus the
// purpose, the recipient and a note for legal.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace lpdesk {

class CaseDatabase;
struct MediaRow;

class ReleaseRequestDialog : public QDialog
{
    Q_OBJECT
public:
    ReleaseRequestDialog(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QString requestId() const { return m_requestId; }
    QTreeWidget* items() const { return m_items; }
    QPlainTextEdit* note() const { return m_note; }
    QComboBox* purpose() const { return m_purpose; }
    QComboBox* policeRequest() const { return m_leRequest; } // the police request it fulfils, or none

public Q_SLOTS:
    void accept() override;

private:
    void load();
    // The steps of load(): the case's media (an unredacted one whose redacted copy exists unticked and marked),
    // the reason asked for when such an item is ticked, the signed-off statements and the linked POS records.
    void loadMedia();
    void addMediaItem(const MediaRow& m, bool unredactedAlternative);
    void askWhyUnredacted(QTreeWidgetItem* item, int column);
    void loadStatementsAndPos();
    QTreeWidgetItem* addItem(const QString& kind, const QString& id, const QString& title, const QString& details,
                             bool ticked = true);

    CaseDatabase& m_db;
    QString m_caseId;
    QString m_requestId;
    QTreeWidget* m_items;
    QComboBox* m_purpose;
    QComboBox* m_leRequest;
    QLineEdit* m_recipient;
    QPlainTextEdit* m_note;
};

} // namespace lpdesk
