// The POS tab of a case: the transactions linked to it (exceptions flagged, times in the store's zone with its
// offset, register clock shown beside the corrected time), linking by time window or by hand, and the receipt of
// the selected transaction — items, prices, tenders, operator. Activating a transaction or one of its lines asks
// the workspace to seek the clip from the register's camera to that moment.
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class PosPanel : public QWidget
{
    Q_OBJECT
public:
    PosPanel(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QTreeWidget* transactions() const { return m_transactions; }
    QTreeWidget* receipt() const { return m_receipt; }
    void reload();

public Q_SLOTS:
    void linkNow();
    void unlinkSelected();
    void seekToSelected();

Q_SIGNALS:
    void seekRequested(const QString& mediaId, double seconds);
    void linksChanged();

private:
    void showReceipt(const QString& transactionId);

    CaseDatabase& m_db;
    QString m_caseId;
    QSpinBox* m_window;
    QTreeWidget* m_transactions;
    QTreeWidget* m_receipt;
    QLabel* m_receiptHeader;
};

} // namespace lpdesk
