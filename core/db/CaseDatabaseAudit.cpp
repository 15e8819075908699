// CaseDatabase: the global audit log (appending, failed logins) and its anchor in the key-slot file.
#include "db/CaseDatabase.h"

#include "common/Time.h"
#include "crypto/Sha256.h"
#include "db/CaPinning.h"
#include "db/CaseDatabaseInternal.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

Status CaseDatabase::auditIn(QSqlDatabase& db, const QString& action, const QJsonObject& details)
{
    auto appended = caseDbInternal::auditChain().append(db, m_session.userName, action, details);
    if (!appended)
        return appended.error();
    return {};
}

Status CaseDatabase::audit(const QString& action, const QJsonObject& details)
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    LP_TRY(auditIn(db, action, details));
    return tx.commit();
}

void CaseDatabase::recordFailedLogin(const QString& path, const QString& user)
{
    // Outside the database (which the failed user could not open); imported into the audit log at the next
    // successful login. Best effort: a read-only medium simply keeps no record.
    const QString slotFile = KeySlotFile::pathFor(path);
    if (!caseDbInternal::folderIsWritable(QFileInfo(slotFile).absolutePath()))
        return;
    caseDbInternal::SlotLock lock(slotFile);
    if (!lock.locked())
        return;
    auto slots = KeySlotFile::load(slotFile);
    if (!slots)
        return;
    if (slots->failedLogins.size() >= KeySlotFile::MaxFailedLogins)
        slots->failedLogins.removeFirst();
    slots->failedLogins.append({user.left(64), utcNowString()});
    (void)slots->save(slotFile);
}

Status CaseDatabase::importFailedLogins()
{
    auto slots = readSlots();
    if (!slots || slots->failedLogins.isEmpty())
        return {};
    const QList<FailedLogin> failed = slots->failedLogins;
    QSqlDatabase db = connection();
    Transaction tx(db);
    for (const FailedLogin& f : failed)
        LP_TRY(auditIn(db, QStringLiteral("login_failed"),
                       QJsonObject {{QLatin1String("user"), f.user}, {QLatin1String("attempted_at"), f.at}}));
    LP_TRY(tx.commit());
    return updateSlots([&failed](KeySlotFile& f) {
        // Remove exactly what was imported; attempts recorded meanwhile stay for next time.
        for (const FailedLogin& done : failed) {
            for (qsizetype i = 0; i < f.failedLogins.size(); ++i) {
                if (f.failedLogins[i].user == done.user && f.failedLogins[i].at == done.at) {
                    f.failedLogins.removeAt(i);
                    break;
                }
            }
        }
        return Status();
    });
}

QString CaseDatabase::anchorMac(qint64 seq, const QString& hash) const
{
    const SecureBytes key = deriveKey("lpdesk-audit-anchor-v1");
    return toHex(hmacSha256(key.view(), QStringLiteral("%1|%2|%3").arg(m_databaseId).arg(seq).arg(hash).toUtf8()));
}

Status CaseDatabase::writeAnchor()
{
    QSqlDatabase db = connection();
    auto head = caseDbInternal::auditChain().head(db);
    if (!head)
        return head.error();
    const qint64 seq = head->seq;
    const QString hash = head->hash;
    const QString mac = anchorMac(seq, hash);
    return updateSlots([&](KeySlotFile& f) {
        // The head in the person's own slot too, sealed under their key (verifyAnchor checks it), but not over a
        // head this log no longer holds: that problem stays named until the log is restored.
        const KeySlot* mine = f.find(m_session.userName);
        if (mine && !mine->caSha256.isEmpty() && !m_wrapKey.isEmpty()
            && CaPinning::checkSealedHead(db, m_session.userName, m_sealedHead)) {
            (void)f.sealPinBox(m_session.userName, m_wrapKey, {}, seq, hash);
            CaPinning::writeHeadProofs(f, m_session.userName, m_slotPrivateKey, seq, hash);
        }
        if (f.anchorSeq > seq && f.anchorMac == anchorMac(f.anchorSeq, f.anchorHash))
            return Status(); // another process has seen a longer log; keep its anchor
        f.anchorSeq = seq;
        f.anchorHash = hash;
        f.anchorMac = mac;
        return Status();
    });
}

void CaseDatabase::verifyAnchor(const KeySlotFile& slots, QStringList& problems)
{
    QSqlDatabase conn = connection();
    if (Status held = CaPinning::checkSealedHead(conn, m_session.userName, m_sealedHead); !held)
        problems << held.errorMessage();
    if (slots.anchorSeq <= 0) {
        // Every database writes it when it is created and at each close: none means it was deleted.
        problems << tr("The audit anchor in the key-slot file is missing (deleted): the audit log's length cannot be "
                       "checked against it.");
        return;
    }
    if (slots.anchorMac != anchorMac(slots.anchorSeq, slots.anchorHash)) {
        problems << tr("The audit anchor in the key-slot file does not verify (edited).");
        return;
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE chain = '' AND seq = ?"));
    q.addBindValue(slots.anchorSeq);
    if (!q.exec() || !q.next())
        problems << tr("The audit log ends before event %1, which was recorded earlier: events were deleted from "
                       "its end.")
                        .arg(slots.anchorSeq);
    else if (q.value(0).toString() != slots.anchorHash)
        problems
            << tr("Audit event %1 differs from what was recorded earlier: the log was rewritten.").arg(slots.anchorSeq);
}

QStringList CaseDatabase::auditAnchorProblems()
{
    QStringList problems;
    auto slots = readSlots();
    if (!slots)
        problems << slots.errorMessage();
    else
        verifyAnchor(*slots, problems);
    return problems;
}

} // namespace lpdesk
