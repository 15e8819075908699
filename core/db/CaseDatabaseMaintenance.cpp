// CaseDatabase: settings, backups and the database check (integrity, chains, key slots, revocation list).
#include "db/CaseDatabase.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Sha256.h"
#include "custody/ChainAnchors.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaPinning.h"
#include "db/CaseDatabaseInternal.h"
#include "db/SlotKeyRecord.h"
#include "db/SqlRow.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QString CaseDatabase::setting(const QString& key, const QString& fallback)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status CaseDatabase::setSetting(const QString& key, const QString& value)
{
    LP_TRY(Permissions::require(m_session, Action::ChangeSettings));
    QSqlDatabase db = connection();
    Transaction tx(db);
    QSqlQuery q(db);
    // SQLCipher 3.4 is SQLite 3.15: no UPSERT yet.
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(utcNowString());
    q.addBindValue(m_session.userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(auditIn(db, QStringLiteral("settings_changed"),
                   QJsonObject {{QLatin1String("key"), key}, {QLatin1String("value"), value}}));
    return tx.commit();
}

Status CaseDatabase::backup(const QString& outPath)
{
    LP_TRY(Permissions::require(m_session, Action::BackupDatabase));
    const QFileInfo out(outPath);
    if (out.exists() || QFileInfo::exists(KeySlotFile::pathFor(out.absoluteFilePath())))
        return failure(tr("%1 already exists; choose a new name for the backup.").arg(outPath));
    if (!caseDbInternal::folderIsWritable(out.absolutePath()))
        return failure(tr("Cannot write the backup into %1: the folder is not writable.").arg(out.absolutePath()));
    LP_TRY(audit(QStringLiteral("backup"), QJsonObject {{QLatin1String("to"), out.absoluteFilePath()}}));
    const QString tmp = out.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(tmp);
    caseDbInternal::RawHandle dst = caseDbInternal::openRaw(tmp, m_masterKey, true);
    if (!dst.driver)
        return failure(tr("Backup failed: %1").arg(dst.error));
    QSqlDatabase src = connection();
    auto* srcHandle = static_cast<sqlite3*>(src.driver()->handle().value<void*>());
    // The online backup API copies a consistent snapshot page by page, encrypted with the same key.
    sqlite3_backup* b = sqlite3_backup_init(dst.driver->connection(), "main", srcHandle, "main");
    int rc = SQLITE_ERROR;
    if (b) {
        do {
            rc = sqlite3_backup_step(b, 256);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    const QString err = QString::fromUtf8(sqlite3_errmsg(dst.driver->connection()));
    dst.driver.reset();
    if (rc != SQLITE_DONE) {
        QFile::remove(tmp);
        return failure(tr("Backup failed: %1").arg(err));
    }
    auto slots = readSlots();
    if (!slots) {
        QFile::remove(tmp);
        return slots.error();
    }
    if (auto saved = slots->save(KeySlotFile::pathFor(out.absoluteFilePath())); !saved) {
        QFile::remove(tmp);
        return saved.error();
    }
    const QString anchors = ChainAnchors::pathFor(m_path);
    if (QFile::exists(anchors) && !QFile::copy(anchors, ChainAnchors::pathFor(out.absoluteFilePath()))) {
        QFile::remove(tmp);
        QFile::remove(KeySlotFile::pathFor(out.absoluteFilePath()));
        return failure(tr("Backup failed: cannot copy the anchor file."));
    }
    if (!QFile::rename(tmp, out.absoluteFilePath())) {
        QFile::remove(tmp);
        QFile::remove(KeySlotFile::pathFor(out.absoluteFilePath()));
        return failure(tr("Backup failed: cannot move it into place."));
    }
    // Media files are immutable and already encrypted: copying them after the snapshot is consistent.
    const QDir media(mediaDirectory());
    const QString outMedia = out.absoluteFilePath() + QStringLiteral(".media");
    QDir().mkpath(outMedia);
    const auto files = media.entryInfoList(QDir::Files);
    for (const QFileInfo& f : files) {
        if (f.suffix() == QLatin1String("lpenc")
            && !QFile::copy(f.absoluteFilePath(), outMedia + QLatin1Char('/') + f.fileName()))
            return failure(tr("Backup of %1 failed.").arg(f.fileName()));
    }
    return {};
}

void CaseDatabase::addCheck(std::function<void(QSqlDatabase&, DatabaseCheck&)> extra)
{
    m_extraChecks.append(std::move(extra));
}

namespace {

// The revocation list must hold every revocation the audit log records (an earlier list put back un-revokes)
// and carry the highest number issued (an earlier list put back makes the next one repeat a published number).
void checkRevocationList(QSqlDatabase& db, DatabaseCheck& report)
{
    if (auto crl = WorkstationKeys::checkCrl(db); !crl) {
        report.problems << crl.errorMessage();
    } else {
        for (const WorkstationKeys::MissingRevocation& m : crl->missing)
            report.problems << CaseDatabase::tr(
                                   "the revocation list lacks certificate %1 of %2, which the audit log records as "
                                   "revoked %3: an earlier list was put back (an administrator restores it in Users "
                                   "and roles, or with \"lpdesk-cli key restore-crl\")")
                                   .arg(m.certificate.serial, m.user, toUtcString(m.certificate.revokedAt));
        if (crl->numberBehind())
            report.problems << CaseDatabase::tr(
                                   "the revocation list is number %1, but the audit log records that list number %2 "
                                   "was issued: an earlier list was put back (an administrator restores it in Users "
                                   "and roles, or with \"lpdesk-cli key restore-crl\")")
                                   .arg(crl->storedNumber)
                                   .arg(crl->highestIssued);
        for (const WorkstationKeys::UnprovenCrlNumber& u : crl->unprovenRevocations)
            report.problems << CaseDatabase::tr(
                                   "audit event %1 (%2): %3: forged with the database key, it is not counted")
                                   .arg(u.seq)
                                   .arg(u.action, u.why);
        for (const WorkstationKeys::UnprovenCrlNumber& u : crl->unproven)
            report.problems << CaseDatabase::tr(
                                   "audit event %1 (%2) records revocation list number %3, but %4: forged with the "
                                   "database key, its number is not counted")
                                   .arg(u.seq)
                                   .arg(u.action)
                                   .arg(u.number)
                                   .arg(u.why);
    }
}

// Every custody chain (one per incident and per case): its hashes and signed checkpoints.
void checkCustodyChains(QSqlDatabase& db, DatabaseCheck& report)
{
    if (!db.tables().contains(QStringLiteral("custody_events")))
        return;
    auto chains = CustodyLog::chains(db);
    if (!chains) {
        report.problems << chains.errorMessage();
        return;
    }
    for (const QString& chain : *chains) {
        auto r = CustodyRecorder::verify(db, chain);
        if (!r) {
            report.problems << r.errorMessage();
            continue;
        }
        report.chains << r->chain;
        for (const ChainProblem& p : r->chain.problems)
            report.problems << CaseDatabase::tr("custody %1, event %2: %3").arg(chain).arg(p.seq).arg(p.what);
        for (const QString& p : r->checkpointProblems)
            report.problems << CaseDatabase::tr("custody %1: %2").arg(chain, p);
        for (const QString& n : r->uncheckedCheckpoints)
            report.notes << CaseDatabase::tr("custody %1: %2").arg(chain, n);
    }
}

} // namespace

// check(): the anchor in the key-slot file, and every slot against the users and what the audit log records of its
// key (SlotKeyRecord): planted, replaced, a cleared users column, or a slot from before keys were recorded.
void CaseDatabase::checkKeySlots(QSqlDatabase& db, DatabaseCheck& report)
{
    auto slots = readSlots();
    if (!slots) {
        report.problems << slots.errorMessage();
        return;
    }
    verifyAnchor(*slots, report.problems);
    QSqlQuery q(db);
    QStringList active;
    QHash<QString, QString> rowKey; // user name -> the slot public key (hex) the users row records
    if (!q.exec(QStringLiteral("SELECT name, removed_at IS NULL AS active, slot_public_key FROM users")))
        report.problems << tr("Cannot read the users: %1").arg(q.lastError().text());
    while (q.next()) {
        const SqlRow row(q);
        if (row.value("active").toBool())
            active << row.string("name");
        rowKey.insert(row.string("name"), row.string("slot_public_key"));
    }
    for (const QString& name : active)
        if (!slots->find(name))
            report.notes << tr("user %1 has no key slot and cannot log in").arg(name);
    CaPinning::check(db, *slots, m_session.userName, m_slotPrivateKey, report.problems, report.notes);
    auto records = SlotKeyRecord::read(db);
    if (!records)
        report.problems << records.errorMessage();
    for (const KeySlot& s : slots->slots) {
        const auto judged
            = records ? records->judge(s.user, toHex(s.publicKey), rowKey.value(s.user)) : SlotKeyRecord::Judgement();
        if (!rowKey.contains(s.user))
            report.problems << tr("key slot for %1: there is no such user; the slot was planted").arg(s.user);
        else if (!judged.usable() || judged.verdict == SlotKeyRecord::Verdict::Restore)
            report.problems << SlotKeyRecord::problem(s.user, judged);
        else if (judged.verdict == SlotKeyRecord::Verdict::FirstUse)
            report.notes << tr("key slot for %1 is not recorded yet (a database from before slot keys were "
                               "recorded; recorded at its next login)")
                                .arg(s.user);
        else if (!active.contains(s.user))
            report.notes << tr("key slot for %1 has no active user and is refused at login").arg(s.user);
    }
}

Result<DatabaseCheck> CaseDatabase::check()
{
    LP_TRY(Permissions::require(m_session, Action::CheckDatabase));
    DatabaseCheck report;
    QSqlDatabase db = connection();
    testHoldPoint("CaseDatabase::check");
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            QStringList lines;
            while (q.next())
                lines << q.value(0).toString();
            report.integrityOk = lines == QStringList {QStringLiteral("ok")};
            if (!report.integrityOk)
                report.problems << tr("SQLite integrity check: %1").arg(lines.join(QStringLiteral("; ")));
        } else {
            report.problems << tr("SQLite integrity check could not run: %1").arg(q.lastError().text());
        }
    }
    auto audit = caseDbInternal::auditChain().verify(db);
    if (!audit) {
        report.problems << audit.errorMessage();
    } else {
        report.chains << *audit;
        for (const ChainProblem& p : audit->problems)
            report.problems << tr("audit event %1: %2").arg(p.seq).arg(p.what);
    }
    // The recipient key stores seal footage to: the one the audit log records, and a key pair.
    if (auto recipient = WorkstationKeys::recipientKeyPair(db); !recipient)
        report.problems << recipient.errorMessage();
    checkKeySlots(db, report);
    // The audit log holds one chain (''): a row under any other chain name was planted beside it.
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain <> ''")) && q.next()
            && q.value(0).toLongLong() > 0)
            report.problems << tr("%n audit row(s) stand outside the audit chain; they were planted", nullptr,
                                  int(q.value(0).toLongLong()));
    }
    checkRevocationList(db, report);
    // The TSA settings count only through an administrator's signature: settings_changed events appended without one
    // are named.
    report.problems << TimestampSettings::auditProblems(*this);
    checkCustodyChains(db, report);
    ChainAnchors(*this).verify(db, report);
    for (const auto& extra : m_extraChecks)
        extra(db, report);
    return report;
}

} // namespace lpdesk
