// "Link a transaction…": the store's transactions around the case's incidents (every kind, each with how far from
// the incident it is), to tick and link by hand what the time window and the exception rules do not pick.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class PosLinkDialog : public QDialog
{
    Q_OBJECT
public:
    PosLinkDialog(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QSpinBox* windowBox() const { return m_window; }
    QLabel* status() const { return m_status; }
    // Ticks the transaction (false if it is not listed or is linked already).
    bool tick(const QString& transactionId);

public Q_SLOTS:
    void reload();
    // Links the ticked transactions; closes the dialog when all were linked.
    int linkTicked();

Q_SIGNALS:
    void linked(int count);

private:
    CaseDatabase& m_db;
    QString m_caseId;
    QSpinBox* m_window;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_link;
};

} // namespace lpdesk
