// LegalGrants: the organisation setting "a legal grant needs a second administrator" (off unless set) and the grants
// it holds pending. The pending state is read from the hashed audit chain, not from a column: a grant is pending from
// its legal_grant_requested event until another administrator's legal_grant_confirmed names it.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QSqlDatabase;

namespace lpdesk {

class CaseDatabase;

class LegalGrants
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::LegalGrants)

public:
    struct Pending
    {
        qint64 seq = 0; // the legal_grant_requested event
        QString requestedBy;
        QString requestedAt;
    };

    // On when the settings row says so or the last audited change of the setting does (either one is enough, so
    // that clearing the row with the database key does not switch it off).
    static Result<bool> needsSecondAdmin(CaseDatabase& db);
    // Administrators (manage users): stored and audited legal_grant_policy_changed.
    static Status setNeedsSecondAdmin(CaseDatabase& db, bool on);
    // Inside the caller's transaction, after the user_added or role_changed that grants `user` legal: when the
    // setting is on, audits legal_grant_requested. Returns whether the grant is pending.
    static Result<bool> recordGrant(CaseDatabase& db, QSqlDatabase& conn, const QString& user);
    // Every pending grant, by user name.
    static Result<QHash<QString, Pending>> pending(CaseDatabase& db);
    // Administrators (manage users) other than the one who granted it: audited legal_grant_confirmed.
    static Status confirm(CaseDatabase& db, const QString& user);
    // Refuses (ErrorKind::Permission) while `user` has a pending grant, or when the audit log cannot be read.
    static Status requireConfirmed(CaseDatabase& db, const QString& user);
};

} // namespace lpdesk
