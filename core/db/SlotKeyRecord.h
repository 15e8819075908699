// SlotKeyRecord: the public key each person's key slot must have, as the audit chain records it — database_created
// (the first administrator), user_added (everyone added since), or, for a person added before keys were recorded,
// the first slot_key_recorded after they were added. The users.slot_public_key column is a copy an insider with the
// database key can clear or set to a slot of their own; the audit chain is hashed, anchored outside the database and
// sealed into every person's slot, so login, `db check` and `db rekey` judge a slot by it, not by the column.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace lpdesk {

class SlotKeyRecord
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SlotKeyRecord)

public:
    enum class Verdict {
        Holds, // the slot is the one the audit log (and the users row) records
        Restore, // the slot is the one the audit log records; the users row no longer says so (cleared)
        FirstUse, // a database from before: nothing records a key for this person yet (recorded at first use)
        Planted, // the audit log records another key for this person
        Unrecorded, // the database records every slot's key, and none for this person
        DiffersFromRow, // nothing in the audit log; the users row records another key
    };
    struct Judgement
    {
        Verdict verdict = Verdict::Holds;
        qint64 seq = 0; // the audit event that records the key, when one does
        bool usable() const
        {
            return verdict == Verdict::Holds || verdict == Verdict::Restore || verdict == Verdict::FirstUse;
        }
    };

    // Reads the records from the audit chain; fails when the audit log cannot be read (callers refuse).
    static Result<SlotKeyRecord> read(QSqlDatabase& db);

    // The slot of user with public key slotKey (hex), whose users row records rowKey (empty when cleared).
    Judgement judge(const QString& user, const QString& slotKey, const QString& rowKey) const;
    // The last audit event that records a personal certificate issued to user, or 0: their slot must then yield the
    // signing key of a certificate the organisation CA issued to them (CaseDatabase::provePersonalKey).
    qint64 certificateIssued(const QString& user) const { return m_certified.value(user); }
    // What is wrong, in words for `db check` and login (empty when the slot may be used).
    static QString problem(const QString& user, const Judgement& j);

private:
    struct Entry
    {
        QString key;
        qint64 seq = 0;
    };
    QHash<QString, Entry> m_keys;
    QHash<QString, qint64> m_certified; // user -> their last personal_certificate_issued
    bool m_complete = false; // database_created.slot_keys_in_events: every slot's key is in the audit log
};

} // namespace lpdesk
