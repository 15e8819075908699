// A chain of custody as a table (newest last), optionally filtered to the events about one item, with a Verify
// button that checks the hash chain and the signed checkpoints.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class CustodyView : public QWidget
{
    Q_OBJECT
public:
    explicit CustodyView(CaseDatabase& db, QWidget* parent = nullptr);
    void setChain(const QString& chain);
    void setItemFilter(const QString& mediaId); // empty: all events
    void reload();
    int rowCount() const;

public Q_SLOTS:
    void verify();

private:
    CaseDatabase& m_db;
    QString m_chain;
    QString m_filter;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace lpdesk
