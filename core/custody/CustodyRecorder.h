// Records custody events for a session and seals chains with signed checkpoints: every CheckpointInterval events
// (and whenever asked, e.g. before an export) a "checkpoint" event carries a CMS signature by the acting person's own
// key (certificate issued by the organisation CA, CN = their user name) over (chain, seq, hash) of the event before
// it. Rewriting what someone sealed then needs their key, not just the database key, and a re-sealed chain names
// whoever re-sealed it. Verification checks both the hash chain and every checkpoint.
#pragma once

#include "common/Result.h"
#include "crypto/RevocationList.h"
#include "custody/HashChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <limits>

namespace lpdesk {

class CaseDatabase;

// What checkpoint signatures are checked against.
struct CheckpointTrust
{
    QByteArray caPem; // the organisation CA: a person's checkpoint carries a certificate it issued
    QByteArray workstationPem; // checkpoints from before personal signing: the workstation certificate
    // Workstation certificates that `db rekey` retired (audit workstation_key_rotated, issued by the organisation
    // CA): the checkpoints they sealed before the rotation still verify.
    QList<QByteArray> retiredWorkstationPems;
    // Workstation keys retired by a `db rekey` of a version that kept no retired certificate (workstation_key_rotated
    // without retired_certificate_pem): the checkpoints they sealed before cannot be checked, which verification
    // says in words instead of calling them forged.
    struct UnkeptRetirement
    {
        QString serial; // the retired certificate's, as the rotation recorded it
        QDateTime at; // when the rekey was made
        qint64 auditSeq = 0;
    };
    QList<UnkeptRetirement> unkeptRetirements;
    // The organisation CA's revocations: a person's checkpoint made after their certificate was revoked is forged
    // (made with a key its owner no longer holds rightfully).
    QList<RevokedCertificate> revoked;
    // Workstation-signed checkpoints count only at or below this event of the chain (those written before personal
    // signing began), and never after a personally signed one; -1: none.
    qint64 workstationUpTo = std::numeric_limits<qint64>::max();
};

struct CustodyReport
{
    ChainReport chain;
    int checkpoints = 0;
    QStringList checkpointProblems;
    // Checkpoints that hold although their signer's certificate was revoked since (after they were sealed).
    QStringList checkpointNotes;
    // Checkpoints sealed by a workstation key whose certificate an older rekey did not keep, each explained: which
    // later checkpoint covers their events (then it is not a problem), or what to do.
    QStringList uncheckedCheckpoints;
    bool ok() const { return chain.ok() && checkpointProblems.isEmpty(); }
    QString summary() const;
};

class CustodyRecorder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CustodyRecorder)

public:
    static constexpr int CheckpointInterval = 20;

    explicit CustodyRecorder(CaseDatabase& db);

    // Appends inside the caller's transaction on db; adds a checkpoint when the interval is reached.
    Result<ChainEvent> record(QSqlDatabase& db, const QString& chain, const QString& action,
                              const QJsonObject& details);
    // Seals the chain now (no-op if its last event is already a checkpoint).
    Status checkpoint(QSqlDatabase& db, const QString& chain);

    static QByteArray checkpointMessage(const QString& chain, qint64 seq, const QString& hash);
    // Verifies the hash chain and every checkpoint: signed by the person the checkpoint names as its actor, with a
    // personal certificate of the organisation CA (or, before personal signing, by the workstation key).
    static CustodyReport verifyEvents(const QString& chain, const QList<ChainEvent>& events,
                                      const CheckpointTrust& trust);
    static Result<CustodyReport> verify(QSqlDatabase& db, const QString& chain);
    // The trust for chain in this database: the organisation CA, the workstation certificate and up to where the
    // workstation key sealed checkpoints (database_created.personal_checkpoints: nowhere; otherwise the first
    // custody_checkpoints_personal audit event's last checkpoint per chain; none recorded yet: anywhere).
    // Also the retired workstation certificates and the revocations of the stored list (which WorkstationKeys::crlPem
    // checks against the audit log: a list rolled back refuses, fail closed).
    static Result<CheckpointTrust> trustFor(QSqlDatabase& db, const QString& chain);
    // Databases from before personal checkpoints: records once (audit custody_checkpoints_personal) the last
    // checkpoint of every chain, the last ones the workstation key may have sealed.
    static Status recordPersonalSigningStart(CaseDatabase& db);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
