// The POS tab of a case: the transactions linked to it (exceptions flagged, times in the store's zone with its
// offset, register clock shown beside the corrected time), linking by time window (saying why when it finds nothing)
// or by hand from the store's transactions near the incidents, and the receipt of
// the selected transaction — items, prices, tenders, operator. Activating a transaction or one of its lines asks
// the workspace to seek the clip from the register's camera to that moment.
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class PosLinkDialog;

class PosPanel : public QWidget
{
    Q_OBJECT
public:
    PosPanel(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QTreeWidget* transactions() const { return m_transactions; }
    QTreeWidget* receipt() const { return m_receipt; }
    // What the last link did, or why it found nothing (next to the buttons, where the investigator looks).
    QLabel* outcome() const { return m_outcome; }
    void reload();
    // "void", "no sale", … in the investigator's words.
    static QString exceptionLabel(const QString& exception);

public Q_SLOTS:
    void linkNow();
    // The store's transactions near the case's incidents, to link one by hand.
    PosLinkDialog* linkByHand();
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
    QLabel* m_outcome;
};

} // namespace lpdesk
