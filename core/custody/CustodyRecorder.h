// Records custody events for a session and seals chains with signed checkpoints: every CheckpointInterval events
// (and whenever asked, e.g. before an export) a "checkpoint" event carries an ECDSA P-256 signature by the
// organisation's signing key over (chain, seq, hash) of the event before it. Rewriting history then needs the
// signing key, not just the database key. Verification checks both the hash chain and every checkpoint.
#pragma once

#include "common/Result.h"
#include "custody/HashChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace lpdesk {

class CaseDatabase;

struct CustodyReport
{
    ChainReport chain;
    int checkpoints = 0;
    QStringList checkpointProblems;
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
    // Verifies the hash chain and every checkpoint against the organisation certificate (PEM).
    static CustodyReport verifyEvents(const QString& chain, const QList<ChainEvent>& events,
                                      const QByteArray& certificatePem);
    static Result<CustodyReport> verify(QSqlDatabase& db, const QString& chain);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
