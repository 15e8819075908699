// Store settings (admin adds and removes; everyone sees status): how each store is reached, last pull, its
// outcome and last error, the ids its own POS system writes for it (admin edits them), and a "Test connection"
// that fetches and validates store.json without changing anything.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;
struct StoreConnection;

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
    void editPosIds();
    QString selected() const;
    void selectStore(const QString& id);

    // The "Add store" dialog, step by step.
    struct AddStoreForm;
    static AddStoreForm createStoreFields(QDialog& d);
    static QWidget* pemFileRow(QDialog& d, QLineEdit* edit);
    static QDialogButtonBox* layOutStoreForm(QDialog& d, AddStoreForm& f);
    static void wireStoreForm(QDialog& d, const AddStoreForm& f);
    // The connection the form describes, or what is wrong with it.
    static QString readStoreConnection(const AddStoreForm& f, StoreConnection* c);

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace lpdesk
