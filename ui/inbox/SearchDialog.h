// Full-text search across everything a desk holds: incidents (types, narratives, suspect descriptors, stores)
// and statements (authors and text, every version). Words match as prefixes; results show where the words were
// found. Activating a statement opens its case at that statement.
#pragma once

#include <QDialog>

class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void statementRequested(const QString& caseId, const QString& statementId);

private:
    void preview();

    CaseDatabase& m_db;
    QLineEdit* m_query;
    QTreeWidget* m_results;
    QTextBrowser* m_preview;
};

} // namespace lpdesk
