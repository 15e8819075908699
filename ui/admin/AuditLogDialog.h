// The global audit log for admins and auditors, newest first, with a one-click chain verification.
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(CaseDatabase& db, QWidget* parent = nullptr);

private:
    void reload();
    void verify();

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace lpdesk
