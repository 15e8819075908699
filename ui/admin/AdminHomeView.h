// The home page of the roles that read no incidents (administrator, auditor): what they act on — the people and
// their roles, the stores and when each was last pulled, what pulls put in quarantine, whether the audit log's
// chain verifies, failed sign-ins — each section as the permission table allows, all read from core.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class AdminHomeView : public QWidget
{
    Q_OBJECT
public:
    explicit AdminHomeView(CaseDatabase& db, QWidget* parent = nullptr);
    ~AdminHomeView() override;

    QLabel* summary() const { return m_summary; }
    QTreeWidget* users() const { return m_users; }
    QTreeWidget* stores() const { return m_stores; }
    QTreeWidget* quarantine() const { return m_quarantine; }
    QLabel* auditStatus() const { return m_audit; }

public Q_SLOTS:
    // Reads everything again (F5 and the periodic check); the audit chain is verified in the background.
    void reload();

Q_SIGNALS:
    void usersRequested();
    void storesRequested();
    void auditLogRequested();
    void auditChecked(); // the audit section has its answer

private:
    struct AuditFindings;
    void loadUsers();
    void loadStores();
    void loadQuarantine();
    void checkAudit();

    CaseDatabase& m_db;
    QLabel* m_summary;
    QTreeWidget* m_users = nullptr;
    QTreeWidget* m_stores = nullptr;
    QTreeWidget* m_quarantine = nullptr;
    QLabel* m_quarantineLabel = nullptr;
    QLabel* m_audit = nullptr;
    bool m_auditRunning = false;
};

} // namespace lpdesk
