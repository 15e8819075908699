// HashChain: an append-only table whose every row stores hash = SHA-256(prev_hash ‖ canonical JSON of the event).
// Shared by the global audit log (one chain) and the per-case custody logs (one chain per case). The canonical
// event text is stored verbatim, so verification needs nothing but SHA-256 over stored bytes.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lpdesk {

struct ChainEvent
{
    qint64 seq = 0;
    QString chain;
    QString at;
    QString actor;
    QString action;
    QJsonObject details;
    QByteArray eventText; // canonical JSON exactly as hashed
    QString prevHash; // hex
    QString hash; // hex
};

struct ChainProblem
{
    qint64 seq = 0;
    QString what;
};

struct ChainReport
{
    QString chain;
    qint64 events = 0;
    QString headHash;
    QList<ChainProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

class HashChain
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::HashChain)

public:
    static QString genesisHash(); // 64 zeros
    static QByteArray link(const QString& prevHashHex, const QByteArray& eventText);

    // table must have columns (chain TEXT, seq, event, prev_hash, hash, at, actor, action); chain "" for single.
    HashChain(QString table, QString chain);

    // Must run inside a write transaction (BEGIN IMMEDIATE) so seq numbers cannot race.
    Result<ChainEvent> append(QSqlDatabase& db, const QString& actor, const QString& action,
                              const QJsonObject& details) const;
    Result<QList<ChainEvent>> events(QSqlDatabase& db, qint64 afterSeq = 0, int limit = -1) const;
    Result<ChainEvent> head(QSqlDatabase& db) const;
    Result<ChainReport> verify(QSqlDatabase& db) const;
    // Verifies rows already read (also used by the offline package verifier).
    static ChainReport verifyEvents(const QString& chain, const QList<ChainEvent>& events);

private:
    QString m_table;
    QString m_chain;
};

} // namespace lpdesk
