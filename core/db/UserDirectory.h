// UserDirectory: the people who may unlock the case database, their roles and their key slots.
// Adding, removing and changing passphrases rewrite only the key-slot file and the users table.
#pragma once

#include <QCoreApplication>

#include "auth/Session.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "db/WorkstationKeys.h"

#include <QList>
#include <QString>

#include <algorithm>

class QDateTime;
class QJsonObject;
class QSqlDatabase;

namespace lpdesk {

class CaseDatabase;
struct GeneratedIdentity;

struct UserInfo
{
    QString id;
    QString name;
    Role role = Role::Auditor;
    QString createdAt;
    QString createdBy;
    bool hasSlot = false;
};

class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::UserDirectory)

public:
    explicit UserDirectory(CaseDatabase& db);

    static bool validName(const QString& name);

    Result<QList<UserInfo>> list() const; // admin
    Result<QString> add(const QString& name, Role role, const SecureBytes& passphrase); // admin; returns id
    Status remove(const QString& name); // admin
    Status setRole(const QString& name, Role role); // admin
    Status changeOwnPassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase);
    // The passphrase policy in force (PassphrasePolicy::of) for a passphrase that `name` would get: what add() and
    // changeOwnPassphrase() apply, for dialogs to ask before they close.
    Status checkNewPassphrase(const QString& name, const SecureBytes& passphrase);
    // A name add() accepts: well-formed and not held by an active user (for dialogs to ask before they close).
    Status checkNewName(const QString& name);
    // What restoreRevocationList() would do (admin): the revocations it puts back and the numbers, for a dialog to
    // show before it asks. Fails like restoreRevocationList() when the audit log names a current certificate.
    struct RevocationListRestore
    {
        QList<WorkstationKeys::MissingRevocation> restored; // revocations the stored list lacks
        qint64 storedNumber = 0; // the CRL number of the list in the database (0: none)
        qint64 highestIssued = 0; // the highest CRL number the audit log records as issued
        qint64 newNumber = 0; // the number of the list issued by restoreRevocationList(); 0: none issued
        bool needed() const { return !restored.isEmpty() || storedNumber < highestIssued; }
        // The number the restored list gets (RevocationList::issue: one above both).
        qint64 nextNumber() const { return std::max(storedNumber, highestIssued) + 1; }
    };
    Result<RevocationListRestore> revocationListRestorePlan();
    // (admin, with the CA key) Issues the revocation list again with every revocation the audit log records that the
    // stored list lacks, numbered above every number issued (an earlier list put back with the database key);
    // audited revocation_list_restored. Nothing to do (not needed(), newNumber 0): nothing written. Refuses, writing
    // nothing, when the audit log names the current certificate of an active user or of the workstation as revoked:
    // a real revocation always replaces or removes that certificate, so such an event is planted (db check names it).
    Result<RevocationListRestore> restoreRevocationList();

private:
    // A personal key and certificate (CN = name, OU = role) from the organisation CA (administrators only).
    Result<GeneratedIdentity> issuePersonal(const QString& name, Role role);
    // A person's certificate: the one in their users row, else the one in their key slot (a row never updated).
    QByteArray certificateOf(const QString& name, const QByteArray& fromRow);
    // The organisation's revocation list with `serial` added as revoked at `at`, signed by the CA (administrators);
    // empty when there is no serial to revoke.
    Result<QByteArray> revocationListWith(const QString& serial, const QDateTime& at);
    // Inside the caller's transaction: stores crl (when there is one) and audits certificate_revoked with the user,
    // serial, time, the list's hash and extra (why).
    Status recordRevocation(QSqlDatabase& db, const QString& name, const QString& serial, const QDateTime& at,
                            const QByteArray& crl, const QJsonObject& extra);
    QString organisation();
    CaseDatabase& m_db;
};

} // namespace lpdesk
