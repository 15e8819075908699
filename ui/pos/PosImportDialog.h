// Import a POS journal by hand (a USB export from a register, a vendor's CSV): choose the file, the store and the
// format; the timezone of times written without an offset (default: the store's); the order of dates written with
// slashes (default: what the journal's dates show); for CSV, the separator and the
// decimal mark, and the file's columns mapped to LP Desk's fields (saved per store and offered next time). The
// import runs as a job with progress and cancel and reports what it took — by kind: sales, returns, voids,
// no-sales, control transactions — and which records it rejected, with where and why.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;
struct Error;

class PosImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PosImportDialog(CaseDatabase& db, QWidget* parent = nullptr);

    void setFile(const QString& path);
    void setStore(const QString& storeId);
    QTableWidget* mappingTable() const { return m_mapping; }
    // Maps one field to a header of the file (for tests and keyboard users alike).
    bool mapField(const QString& field, const QString& header);
    QString lastImportId() const { return m_lastImportId; }
    QLabel* resultLabel() const { return m_result; }
    QComboBox* timezoneBox() const { return m_timezone; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QComboBox* decimalBox() const { return m_decimal; }
    QComboBox* dateOrderBox() const { return m_dateOrder; }
    QComboBox* storeBox() const { return m_store; }

public Q_SLOTS:
    void startImport();

Q_SIGNALS:
    void imported(const QString& importId);

private:
    void fillChoices();
    void showRefusal(const Error& error);
    bool saveCsvMapping(const QString& store);
    void offerPosIds(const QString& store);
    void refreshMapping();
    QString format() const;

    CaseDatabase& m_db;
    QLineEdit* m_file;
    QComboBox* m_store;
    QComboBox* m_format;
    QComboBox* m_timezone;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QComboBox* m_dateOrder;
    QLabel* m_mappingLabel;
    QTableWidget* m_mapping;
    QDialogButtonBox* m_buttons;
    QLabel* m_result;
    QStringList m_headers;
    QString m_lastImportId;
    QStringList m_journalStores; // the unknown store ids the last refusal named
};

} // namespace lpdesk
