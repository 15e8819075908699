// Store settings (admin adds and removes; everyone sees status): how each store is reached, last pull, its
// outcome and last error, and a "Test connection" that fetches and validates store.json without changing anything.
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class StoresDialog : public QDialog
{
    Q_OBJECT
public:
    StoresDialog(CaseDatabase& db, QWidget* parent = nullptr);
    void addStore();

Q_SIGNALS:
    void pullRequested(const QStringList& storeIds);

private:
    void reload();
    void testConnection();
    void removeStore();
    QString selected() const;

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace lpdesk
