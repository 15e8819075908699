#include "custody/CustodyRecorder.h"

#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>

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
    q.prepare(QStringLiteral(
        "SELECT max(seq) AS last_checkpoint FROM custody_events WHERE chain = ? AND action = 'checkpoint'"));
    q.addBindValue(chain);
    const qint64 lastCheckpoint = q.exec() && q.next() ? SqlRow(q).int64("last_checkpoint") : 0;
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
    if (q.exec() && q.next() && SqlRow(q).string("action") == QLatin1String("checkpoint"))
        return {};
    q.finish();
    // The acting person's own key (never the workstation's, a database row every slot reaches): no key, no seal.
    auto identity = m_db.personalIdentity();
    if (!identity)
        return identity.error();
    auto signature = CmsSignature::signDetached(*identity, checkpointMessage(chain, head->seq, head->hash));
    if (!signature)
        return signature.error();
    auto appended
        = CustodyLog::append(db, chain, m_db.session().userName, QStringLiteral("checkpoint"),
                             QJsonObject {{QLatin1String("covers_seq"), head->seq},
                                          {QLatin1String("covers_hash"), head->hash},
                                          {QLatin1String("algorithm"), QStringLiteral("cms-ecdsa-p256-sha256")},
                                          {QLatin1String("p7s"), QString::fromLatin1(signature->toBase64())},
                                          {QLatin1String("certificate_sha256"), identity->certificateFingerprint()}});
    if (!appended)
        return appended.error();
    return {};
}

// A personal checkpoint made after its signer's certificate was revoked (a removed person, or an old role's key):
// forged with a key its owner no longer holds rightfully. Compared to the second: the list keeps whole seconds. One
// sealed before the revocation still holds, and notes says so (a package's reader should not have to work it out).
static QString revokedSignerProblem(const ChainEvent& e, const QByteArray& signerPem, const QString& actor,
                                    const QDateTime& sealedAt, const QList<RevokedCertificate>& revoked,
                                    QStringList& notes)
{
    const QString serial = RevocationList::serialOf(signerPem);
    for (const RevokedCertificate& r : revoked) {
        if (r.serial != serial)
            continue;
        if (!sealedAt.isValid())
            return CustodyRecorder::tr("checkpoint at event %1 was signed by %2, whose certificate (serial %3) was "
                                       "revoked on %4, and its time cannot be read: forged")
                .arg(e.seq)
                .arg(actor, serial, toUtcString(r.revokedAt));
        if (r.revokedAt.toSecsSinceEpoch() < sealedAt.toSecsSinceEpoch())
            return CustodyRecorder::tr("checkpoint at event %1 was signed by %2 on %3, after their certificate "
                                       "(serial %4) was revoked on %5: forged with a revoked key")
                .arg(e.seq)
                .arg(actor, toUtcString(sealedAt), serial, toUtcString(r.revokedAt));
        notes << CustodyRecorder::tr("checkpoint at event %1 was signed by %2 on %3, before their certificate "
                                     "(serial %4) was revoked on %5: it still holds")
                     .arg(e.seq)
                     .arg(actor, toUtcString(sealedAt), serial, toUtcString(r.revokedAt));
    }
    return {};
}

// Whether certificatePem was issued (signed) by the CA certificate caPem.
static bool issuedBy(const QByteArray& certificatePem, const QByteArray& caPem)
{
    auto read = [](const QByteArray& pem) {
        BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        X509* x = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(bio);
        return x;
    };
    X509* cert = read(certificatePem);
    X509* ca = read(caPem);
    EVP_PKEY* key = ca ? X509_get0_pubkey(ca) : nullptr;
    const bool ok = cert && key && X509_verify(cert, key) == 1;
    X509_free(cert);
    X509_free(ca);
    return ok;
}

// One checkpoint's signature: a person's (CMS, certificate from the organisation CA naming the actor) or, from before
// personal signing, the workstation's (raw ECDSA). Returns the problem, empty when it holds.
// sealedAt: the later of the checkpoint's time and that of the event it covers (a checkpoint cannot predate what it
// seals), both the signer's word.
// unkept: set when the signature is a workstation one that cannot be checked because the rekey that retired that key
// kept no certificate (the problem returned then explains why).
static QString checkpointProblem(const ChainEvent& e, const QJsonObject& event, const QByteArray& message,
                                 const QDateTime& sealedAt, const CheckpointTrust& trust, bool& personalSeen,
                                 QStringList& notes, bool& unkept)
{
    const QJsonObject d = event.value(QLatin1String("details")).toObject();
    const QString actor = event.value(QLatin1String("actor")).toString();
    if (d.contains(QLatin1String("p7s"))) {
        auto signer = CmsSignature::verifyDetached(
            QByteArray::fromBase64(d.value(QLatin1String("p7s")).toString().toLatin1()), message, trust.caPem, false);
        if (!signer)
            return CustodyRecorder::tr("checkpoint at event %1: the signature does not verify with a certificate of "
                                       "the organisation CA (%2)")
                .arg(e.seq)
                .arg(signer.errorMessage());
        if (signer->signerCommonName != actor || SigningIdentity::isWorkstation(signer->signerCertificatePem)
            || signer->signerFingerprint == WorkstationKeys::certificateFingerprint(trust.workstationPem))
            return CustodyRecorder::tr("checkpoint at event %1 names %2 as its signer, but it was signed with the "
                                       "key of %3: forged")
                .arg(e.seq)
                .arg(actor, signer->signerSubject);
        if (signer->signerFingerprint != d.value(QLatin1String("certificate_sha256")).toString())
            return CustodyRecorder::tr("checkpoint at event %1: the certificate it records is not the one that "
                                       "signed it (edited)")
                .arg(e.seq);
        personalSeen = true;
        return revokedSignerProblem(e, signer->signerCertificatePem, actor, sealedAt, trust.revoked, notes);
    }
    if (personalSeen || e.seq > trust.workstationUpTo)
        return CustodyRecorder::tr("checkpoint at event %1 is signed by the workstation key, which has sealed no "
                                   "checkpoint since each person signs their own: forged with the database key")
            .arg(e.seq);
    const QByteArray sig = QByteArray::fromBase64(d.value(QLatin1String("signature")).toString().toLatin1());
    bool verified = SigningIdentity::verifyDer(trust.workstationPem, message, sig);
    for (const QByteArray& retired : trust.retiredWorkstationPems)
        verified = verified || SigningIdentity::verifyDer(retired, message, sig);
    if (verified)
        return {};
    // Sealed before a rekey whose retired certificate is gone: the signature cannot be checked, which is not proof
    // of forgery. The earliest such rekey after the checkpoint retired the key that sealed it.
    for (const CheckpointTrust::UnkeptRetirement& u : trust.unkeptRetirements) {
        if (sealedAt.isValid() && u.at.isValid() && sealedAt.toSecsSinceEpoch() > u.at.toSecsSinceEpoch())
            continue;
        unkept = true;
        return CustodyRecorder::tr("checkpoint at event %1 was sealed by the workstation key that `db rekey` retired "
                                   "on %2 (audit event %3, certificate serial %4); the LP Desk version that made that "
                                   "rekey did not keep the retired certificate, so this signature cannot be checked")
            .arg(e.seq)
            .arg(u.at.isValid() ? toUtcString(u.at) : CustodyRecorder::tr("an unknown date"))
            .arg(u.auditSeq)
            .arg(u.serial.isEmpty() ? CustodyRecorder::tr("unknown") : u.serial);
    }
    return CustodyRecorder::tr("checkpoint at event %1: the signature does not verify with the workstation "
                               "certificate")
        .arg(e.seq);
}

CustodyReport CustodyRecorder::verifyEvents(const QString& chain, const QList<ChainEvent>& events,
                                            const CheckpointTrust& trust)
{
    CustodyReport report;
    report.chain = HashChain::verifyEvents(chain, events);
    QHash<qint64, QString> hashes;
    QHash<qint64, QString> times;
    for (const ChainEvent& e : events) {
        hashes.insert(e.seq, e.hash);
        times.insert(e.seq, e.at);
    }
    bool personalSeen = false;
    QList<QPair<qint64, QString>> unchecked; // checkpoints a rekey left without a certificate, and why
    qint64 lastVerified = 0; // the last checkpoint whose signature holds
    for (const ChainEvent& e : events) {
        // The hashed event text, not the indexed columns (which the chain check compares with it).
        const QJsonObject event = QJsonDocument::fromJson(e.eventText).object();
        if (event.value(QLatin1String("action")).toString() != QLatin1String("checkpoint"))
            continue;
        ++report.checkpoints;
        const QJsonObject d = event.value(QLatin1String("details")).toObject();
        const qint64 seq = d.value(QLatin1String("covers_seq")).toInteger();
        const QString hash = d.value(QLatin1String("covers_hash")).toString();
        if (hashes.value(seq) != hash) {
            report.checkpointProblems << tr("checkpoint at event %1: the events it sealed (up to %2) were changed "
                                            "afterwards")
                                             .arg(e.seq)
                                             .arg(seq);
            continue;
        }
        const QDateTime at = parseRfc3339(event.value(QLatin1String("at")).toString());
        const QDateTime coveredAt = parseRfc3339(times.value(seq));
        const QDateTime sealedAt = at.isValid() && coveredAt.isValid() ? std::max(at, coveredAt) : QDateTime();
        bool unkept = false;
        const QString problem = checkpointProblem(e, event, checkpointMessage(chain, seq, hash), sealedAt, trust,
                                                  personalSeen, report.checkpointNotes, unkept);
        if (unkept)
            unchecked << qMakePair(e.seq, problem);
        else if (!problem.isEmpty())
            report.checkpointProblems << problem;
        else
            lastVerified = e.seq;
    }
    // A later checkpoint that verifies seals everything before it through the hash chain: the events under an
    // uncheckable one are then protected all the same. Without one they are not, and the person is told what to do.
    for (const auto& [seq, why] : std::as_const(unchecked)) {
        if (lastVerified > seq && report.chain.ok())
            report.uncheckedCheckpoints << tr("%1; the events it sealed are also sealed by the checkpoint at event "
                                              "%2, which verifies")
                                               .arg(why)
                                               .arg(lastVerified);
        else
            report.checkpointProblems << tr("%1, and no later checkpoint that verifies seals the events before it. "
                                            "Check them against a backup made before that rekey (`db check` on the "
                                            "backup; it still holds the certificate) or against a package exported "
                                            "before it (custody.json); the next checkpoint on this chain, written "
                                            "at the next export or after %2 more events, seals them again with "
                                            "the signer's own key")
                                             .arg(why)
                                             .arg(CheckpointInterval);
    }
    return report;
}

Result<CheckpointTrust> CustodyRecorder::trustFor(QSqlDatabase& db, const QString& chain)
{
    CheckpointTrust trust;
    auto ca = WorkstationKeys::caCertificatePem(db);
    if (!ca)
        return ca.error();
    trust.caPem = *ca;
    if (auto workstation = WorkstationKeys::signingCertificatePem(db))
        trust.workstationPem = *workstation;
    auto crl = WorkstationKeys::crlPem(db);
    if (!crl)
        return crl.error();
    if (!crl->isEmpty()) {
        auto revoked = RevocationList::verify(*crl, *ca);
        if (!revoked)
            return revoked.error();
        trust.revoked = *revoked;
    }
    auto created = AuditEventCache::databaseCreated(db);
    if (!created)
        return created.error();
    if (created->value(QLatin1String("personal_checkpoints")).toBool()) {
        trust.workstationUpTo = -1;
        return trust;
    }
    auto starts = AuditEventCache::matching(db, AuditEventCache::CheckpointSigning);
    if (!starts)
        return starts.error();
    bool lineFound = false;
    for (const AuditEventCache::Event& e : *starts) {
        const QString action = e.event.value(QLatin1String("action")).toString();
        if (action == QLatin1String("workstation_key_rotated")) {
            // Kept since the rotation records the retired certificate; one not issued by the CA counts for nothing.
            const QByteArray retired = e.event.value(QLatin1String("details"))
                                           .toObject()
                                           .value(QLatin1String("retired_certificate_pem"))
                                           .toString()
                                           .toLatin1();
            if (!retired.isEmpty() && SigningIdentity::isWorkstation(retired) && issuedBy(retired, *ca))
                trust.retiredWorkstationPems << retired;
            else if (retired.isEmpty()) // a rekey from before retired certificates were kept
                trust.unkeptRetirements << CheckpointTrust::UnkeptRetirement {
                    e.event.value(QLatin1String("details"))
                        .toObject()
                        .value(QLatin1String("retired_serial"))
                        .toString(),
                    parseRfc3339(e.event.value(QLatin1String("at")).toString()), e.seq};
            continue;
        }
        if (action != QLatin1String("custody_checkpoints_personal") || lineFound)
            continue;
        lineFound = true;
        // The first one counts: a later one appended with the database key cannot move the line.
        const QJsonObject last
            = e.event.value(QLatin1String("details")).toObject().value(QLatin1String("last")).toObject();
        trust.workstationUpTo = last.value(chain).toInteger(-1);
    }
    return trust;
}

Status CustodyRecorder::recordPersonalSigningStart(CaseDatabase& db)
{
    QSqlDatabase conn = db.connection();
    auto trust = trustFor(conn, QString());
    if (!trust)
        return trust.error();
    if (trust->workstationUpTo != std::numeric_limits<qint64>::max())
        return {}; // recorded already, or personal from the start
    QJsonObject last;
    if (conn.tables().contains(QStringLiteral("custody_events"))) {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT chain, MAX(seq) AS last_checkpoint FROM custody_events "
                                   "WHERE action = 'checkpoint' GROUP BY chain")))
            return failure(tr("Cannot read the custody chains: %1").arg(q.lastError().text()));
        const SqlRow row(q);
        while (q.next())
            last.insert(row.string("chain"), row.int64("last_checkpoint"));
    }
    return db.audit(QStringLiteral("custody_checkpoints_personal"), QJsonObject {{QLatin1String("last"), last}});
}

Result<CustodyReport> CustodyRecorder::verify(QSqlDatabase& db, const QString& chain)
{
    auto events = CustodyLog::events(db, chain);
    if (!events)
        return events.error();
    auto trust = trustFor(db, chain);
    if (!trust)
        return trust.error();
    return verifyEvents(chain, *events, *trust);
}

} // namespace lpdesk
