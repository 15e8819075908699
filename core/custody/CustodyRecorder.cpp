#include "custody/CustodyRecorder.h"

#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lpdesk {

QString CustodyReport::summary() const
{
    QString s = chain.summary();
    if (checkpoints)
        s += CustodyRecorder::tr(", %n signed checkpoint(s)", nullptr, checkpoints);
    for (const QString& p : checkpointProblems)
        s += QLatin1Char('\n') + p;
    return s;
}

CustodyRecorder::CustodyRecorder(CaseDatabase& db) : m_db(db)
{ }

QByteArray CustodyRecorder::checkpointMessage(const QString& chain, qint64 seq, const QString& hash)
{
    return QStringLiteral("lpdesk-custody-checkpoint-v1|%1|%2|%3").arg(chain).arg(seq).arg(hash).toUtf8();
}

Result<ChainEvent> CustodyRecorder::record(QSqlDatabase& db, const QString& chain, const QString& action,
                                           const QJsonObject& details)
{
    auto event = CustodyLog::append(db, chain, m_db.session().userName, action, details);
    if (!event)
        return event;
    // Seal every CheckpointInterval events since the last checkpoint.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(seq) FROM custody_events WHERE chain = ? AND action = 'checkpoint'"));
    q.addBindValue(chain);
    const qint64 lastCheckpoint = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (event->seq - lastCheckpoint >= CheckpointInterval)
        LP_TRY(checkpoint(db, chain));
    return event;
}

Status CustodyRecorder::checkpoint(QSqlDatabase& db, const QString& chain)
{
    auto head = HashChain(QStringLiteral("custody_events"), chain).head(db);
    if (!head)
        return head.error();
    if (head->seq == 0)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action FROM custody_events WHERE chain = ? AND seq = ?"));
    q.addBindValue(chain);
    q.addBindValue(head->seq);
    if (q.exec() && q.next() && q.value(0).toString() == QLatin1String("checkpoint"))
        return {};
    q.finish();
    auto identity = WorkstationKeys::signingIdentity(db);
    if (!identity)
        return identity.error();
    auto signature = identity->signDer(checkpointMessage(chain, head->seq, head->hash));
    if (!signature)
        return signature.error();
    auto appended
        = CustodyLog::append(db, chain, m_db.session().userName, QStringLiteral("checkpoint"),
                             QJsonObject {{QLatin1String("covers_seq"), head->seq},
                                          {QLatin1String("covers_hash"), head->hash},
                                          {QLatin1String("algorithm"), QStringLiteral("ecdsa-p256-sha256")},
                                          {QLatin1String("signature"), QString::fromLatin1(signature->toBase64())},
                                          {QLatin1String("certificate_sha256"), identity->certificateFingerprint()}});
    if (!appended)
        return appended.error();
    return {};
}

CustodyReport CustodyRecorder::verifyEvents(const QString& chain, const QList<ChainEvent>& events,
                                            const QByteArray& certificatePem)
{
    CustodyReport report;
    report.chain = HashChain::verifyEvents(chain, events);
    QHash<qint64, QString> hashes;
    for (const ChainEvent& e : events)
        hashes.insert(e.seq, e.hash);
    for (const ChainEvent& e : events) {
        if (e.action != QLatin1String("checkpoint"))
            continue;
        ++report.checkpoints;
        const QJsonObject d = QJsonDocument::fromJson(e.eventText).object().value(QLatin1String("details")).toObject();
        const qint64 seq = d.value(QLatin1String("covers_seq")).toInteger();
        const QString hash = d.value(QLatin1String("covers_hash")).toString();
        const QByteArray sig = QByteArray::fromBase64(d.value(QLatin1String("signature")).toString().toLatin1());
        if (hashes.value(seq) != hash)
            report.checkpointProblems << tr("checkpoint at event %1: the events it sealed (up to %2) were changed "
                                            "afterwards")
                                             .arg(e.seq)
                                             .arg(seq);
        else if (!SigningIdentity::verifyDer(certificatePem, checkpointMessage(chain, seq, hash), sig))
            report.checkpointProblems << tr("checkpoint at event %1: the signature does not verify with the "
                                            "organisation certificate")
                                             .arg(e.seq);
    }
    return report;
}

Result<CustodyReport> CustodyRecorder::verify(QSqlDatabase& db, const QString& chain)
{
    auto events = CustodyLog::events(db, chain);
    if (!events)
        return events.error();
    auto cert = WorkstationKeys::signingCertificatePem(db);
    if (!cert)
        return cert.error();
    return verifyEvents(chain, *events, *cert);
}

} // namespace lpdesk
