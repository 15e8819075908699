// AuditEventCache: the events of one kind in the audit chain (chain ''), read from their hashed event text — the
// revocations and CRL numbers, the TSA settings changes, the anchors written and the legal grants — for the checks that
// every approval, export, anchor and `db check` runs. Kept per database file: a later call reads only what was appended
// since (the cached head must still be in the chain with the same hash, otherwise everything is read again).
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace lpdesk {

class AuditEventCache
{
public:
    enum Kind {
        Revocations, // certificate_revoked and every event that records a CRL number
        TsaSettings, // settings_changed of a tsa_* key
        AnchorsWritten, // anchor_written
        LegalGrantEvents, // legal_grant_* and the user_added, role_changed and user_removed that start a grant over
        // custody_checkpoints_personal (where personally signed custody checkpoints began) and
        // workstation_key_rotated (the retired workstation certificates)
        CheckpointSigning,
        RecipientKeys, // database_created and recipient_key_rotated: the recipient key id they record
        // every event that records a key slot's public key, user_removed and personal_certificate_issued
        SlotKeys,
        ReleasesSent, // exported, submission_* and submitted: what went out of each release (ReleaseOutings)
    };
    struct Event
    {
        qint64 seq = 0;
        QJsonObject event; // the whole event text
    };
    // In chain order. The caller still checks the action in the event text (the filter is a plain text search).
    static Result<QList<Event>> matching(QSqlDatabase& db, Kind kind);
    // The details of the audit chain's first event when it is database_created (what the database was created
    // with: anchor_file, crl_in_events, personal_checkpoints …); empty for databases whose first event is another.
    static Result<QJsonObject> databaseCreated(QSqlDatabase& db);
    // How many event rows the last calls read from the table (for the benchmark and the tests of the cache).
    static qint64 rowsRead();
    static void forget();
};

} // namespace lpdesk
