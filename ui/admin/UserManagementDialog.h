// Admin view of users: list with roles, add (with its own passphrase), remove, change role, confirm a pending legal
// grant, and restore the revocation list after an earlier one was put back. Every rule is enforced again by
// UserDirectory in core.
#pragma once

#include <QDialog>

class QCheckBox;
class QTableWidget;
class QLabel;

namespace lpdesk {

class CaseDatabase;

class UserManagementDialog : public QDialog
{
    Q_OBJECT
public:
    UserManagementDialog(CaseDatabase& db, QWidget* parent = nullptr);

    // Removes the selected user (their certificate is revoked); with rotateKeys also rotates the master and
    // recipient keys and writes the new recipient key file, whose location the dialog shows.
    void removeSelected(bool rotateKeys);
    // Shows which revoked certificates the stored revocation list lacks (and its number against the highest issued),
    // asks, and has core issue it again (administrators with the CA key; UserDirectory::restoreRevocationList).
    void restoreRevocationList();
    // Confirms the selected person's pending legal grant (LegalGrants::confirm: another administrator than the one
    // who granted it); the table's "Legal grant" column shows which grants wait.
    void confirmLegalGrant();
    // The organisation setting "granting the legal role needs a second administrator" (LegalGrants, audited).
    void setLegalNeedsSecondAdmin(bool on);

private:
    void reload();
    void addUser();
    void removeUser();
    void changeRole();
    QString selectedUser() const;

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QLabel* m_message;
    QCheckBox* m_secondAdmin;
};

} // namespace lpdesk
