#include "custody/ChainAnchors.h"

#include "auth/Permissions.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "custody/HashChain.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <unistd.h>

namespace lpdesk {

namespace {

const QString kAuditChain = QStringLiteral("audit");

struct Head
{
    qint64 seq = 0;
    QString hash;
};

// The current heads: the audit chain and every custody chain.
Result<QMap<QString, Head>> currentHeads(QSqlDatabase& db)
{
    QMap<QString, Head> heads;
    auto audit = HashChain(QStringLiteral("audit_log"), QString()).head(db);
    if (!audit)
        return audit.error();
    heads.insert(kAuditChain, Head {audit->seq, audit->hash});
    if (db.tables().contains(QStringLiteral("custody_events"))) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // SQLite: the bare column comes from the row holding MAX(seq).
        if (!q.exec(QStringLiteral("SELECT chain, MAX(seq) AS head_seq, hash FROM custody_events GROUP BY chain")))
            return failure(ChainAnchors::tr("Cannot read the custody chains: %1").arg(q.lastError().text()));
        const SqlRow row(q);
        while (q.next())
            heads.insert(row.string("chain"), Head {row.int64("head_seq"), row.string("hash")});
    }
    return heads;
}

QList<QByteArray> readLines(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Status appendLine(const QString& path, const QByteArray& line)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failure(ChainAnchors::tr("Cannot write the anchor file %1: %2").arg(path, f.errorString()));
    if (f.write(line + '\n') != line.size() + 1 || !f.flush() || ::fsync(f.handle()) != 0)
        return failure(ChainAnchors::tr("Cannot write the anchor file %1: %2").arg(path, f.errorString()));
    return {};
}

QString metaValue(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? SqlRow(q).string("value") : QString();
}

// What the audit chain says about the anchor file (event text, chain ''): the last anchor_written event, and whether
// the database was created with an anchor file (database_created.anchor_file). The witness that
// survives the file and meta.anchor_last being deleted together: cutting these events too cuts the audit chain below
// its anchored heads.
struct AuditedAnchors
{
    int highest = 0; // 0: none recorded
    QString lineSha256;
    qint64 seq = 0;
    bool createdWithFile = false;
};

Result<AuditedAnchors> auditedAnchors(QSqlDatabase& db)
{
    AuditedAnchors out;
    auto created = AuditEventCache::databaseCreated(db);
    if (!created)
        return created.error();
    out.createdWithFile = created->value(QLatin1String("anchor_file")).toBool();
    auto events = AuditEventCache::matching(db, AuditEventCache::AnchorsWritten);
    if (!events)
        return events.error();
    for (const AuditEventCache::Event& e : *events) {
        if (e.event.value(QLatin1String("action")).toString() != QLatin1String("anchor_written"))
            continue;
        const QJsonObject details = e.event.value(QLatin1String("details")).toObject();
        const int n = details.value(QLatin1String("n")).toInt();
        if (n >= out.highest) {
            out.highest = n;
            out.lineSha256 = details.value(QLatin1String("line_sha256")).toString();
            out.seq = e.seq;
        }
    }
    return out;
}

} // namespace

Result<Anchor> ChainAnchors::write(const QString& reason, bool tokenOptional, const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::UseOwnAccount));
    auto identity = m_db.personalIdentity();
    if (!identity)
        return identity.error();
    const QString path = pathFor(m_db.path());
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(60000);
    if (!lock.tryLock(20000))
        return failure(tr("The anchor file %1 is locked by another program.").arg(path));

    QByteArray existing;
    if (QFile::exists(path)) {
        QFile f(path);
        if (QFileInfo(path).size() > MaxFileBytes || !f.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read the anchor file %1.").arg(path));
        existing = f.readAll();
    }
    QSqlDatabase conn = m_db.connection();
    auto audited = auditedAnchors(conn);
    if (!audited)
        return audited.error();
    if (!QFile::exists(path)
        && (audited->highest > 0 || (audited->createdWithFile && reason != QLatin1String("created")))) {
        // The audit log says anchors were written (or that the database began with a file): starting a new file
        // would hide what was anchored, even with meta.anchor_last deleted as well.
        return makeError(ErrorKind::Verification,
                         tr("The anchor file %1 is missing, but the audit log records that anchors were written: it "
                            "was deleted. Restore it from a backup; db check names what is lost.")
                             .arg(path));
    }
    if (!QFile::exists(path) && !metaValue(conn, QStringLiteral("anchor_last")).isEmpty()) {
        // Anchors were written before: start no new file over a deleted one (db check names it).
        return makeError(ErrorKind::Verification,
                         tr("The anchor file %1 is missing: it was deleted. Restore it from a backup; db check "
                            "names what is lost.")
                             .arg(path));
    }
    if (!existing.isEmpty() && !existing.endsWith('\n'))
        return makeError(ErrorKind::Verification,
                         tr("The last line of the anchor file %1 is incomplete; run db check.").arg(path));
    const QList<QByteArray> lines = readLines(existing);
    QSqlDatabase db = m_db.connection();
    // The file must still hold the last anchor this database wrote: a new line appended to a cut or emptied file
    // would number itself over the lost ones and hide them from db check.
    if (const QStringList last = metaValue(db, QStringLiteral("anchor_last")).split(QLatin1Char(' '));
        last.size() == 3) {
        const int n = last.at(0).toInt();
        if (n > lines.size() || (n > 0 && Sha256::hashHex(lines.at(n - 1)) != last.at(1)))
            return makeError(ErrorKind::Verification,
                             tr("The anchor file %1 no longer holds anchor %2 as it was written (cut, emptied or "
                                "replaced): no anchor is added. Restore it from a backup; db check names what is "
                                "lost.")
                                 .arg(path)
                                 .arg(n));
    }
    if (audited->highest > 0
        && (audited->highest > lines.size() || Sha256::hashHex(lines.at(audited->highest - 1)) != audited->lineSha256))
        return makeError(ErrorKind::Verification,
                         tr("The anchor file %1 no longer holds anchor %2 as the audit log records it (event %3): no "
                            "anchor is added. Restore it from a backup; db check names what is lost.")
                             .arg(path)
                             .arg(audited->highest)
                             .arg(audited->seq));
    if (lines.isEmpty() && audited->createdWithFile && reason != QLatin1String("created"))
        return makeError(ErrorKind::Verification,
                         tr("The anchor file %1 no longer holds the anchor written when the database was created "
                            "(emptied): no anchor is added. Restore it from a backup; db check names what is lost.")
                             .arg(path));
    const QString prev = lines.isEmpty() ? HashChain::genesisHash() : Sha256::hashHex(lines.last());
    const int number = static_cast<int>(lines.size()) + 1;

    auto heads = currentHeads(db);
    if (!heads)
        return heads.error();
    QJsonObject custody;
    for (auto it = heads->cbegin(); it != heads->cend(); ++it)
        if (it.key() != kAuditChain)
            custody.insert(it.key(), QJsonObject {{QLatin1String("seq"), it->seq}, {QLatin1String("hash"), it->hash}});
    const Head audit = heads->value(kAuditChain);
    // Only a TSA an administrator signed for stamps anchors (the database key alone cannot swap in another one).
    QString tsaUrl;
    QByteArray tsaCa;
    QString untrusted;
    if (auto tsa = TimestampSettings::trusted(m_db)) {
        tsaUrl = tsa->url.toString();
        tsaCa = tsa->caPem;
    } else if (tokenOptional) {
        untrusted = tsa.errorMessage();
    } else {
        return tsa.error();
    }

    Anchor a;
    a.number = number;
    a.at = utcNowString();
    a.auditSeq = audit.seq;
    a.custodyChains = static_cast<int>(custody.size());
    const QJsonObject body {
        {QLatin1String("version"), 1},
        {QLatin1String("database_id"), m_db.databaseId()},
        {QLatin1String("n"), number},
        {QLatin1String("prev"), prev},
        {QLatin1String("at"), a.at},
        {QLatin1String("by"), m_db.session().userName},
        {QLatin1String("reason"), reason},
        {QLatin1String("tsa"), tsaUrl},
        {QLatin1String("audit"), QJsonObject {{QLatin1String("seq"), audit.seq}, {QLatin1String("hash"), audit.hash}}},
        {QLatin1String("custody"), custody},
    };
    a.body = canonicalJson(body);
    auto signature = CmsSignature::signDetached(*identity, a.body);
    if (!signature)
        return signature.error();
    a.signature = *signature;
    if (!untrusted.isEmpty()) {
        a.note = untrusted;
    } else if (tsaUrl.isEmpty()) {
        a.note = tr("no time-stamp authority is configured: signed only");
    } else {
        auto token = Timestamp::request(QUrl(tsaUrl), a.body, tsaCa, cancel);
        if (token)
            a.token = *token;
        else if (tokenOptional)
            a.note = tr("the time-stamp authority did not answer: %1").arg(token.errorMessage());
        else
            return token.error();
    }
    QJsonObject line {{QLatin1String("anchor"), body},
                      {QLatin1String("p7s"), QString::fromLatin1(a.signature.toBase64())}};
    if (!a.token.isEmpty())
        line.insert(QLatin1String("tsr"), QString::fromLatin1(a.token.toBase64()));
    if (!a.note.isEmpty())
        line.insert(QLatin1String("note"), a.note);
    const QByteArray bytes = canonicalJson(line);
    LP_TRY(appendLine(path, bytes));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('anchor_last', ?)"));
    q.addBindValue(QStringLiteral("%1 %2 %3").arg(number).arg(Sha256::hashHex(bytes), a.at));
    if (!q.exec())
        return failure(tr("Cannot record the anchor: %1").arg(q.lastError().text()));
    // Recorded in the audit chain too (the next anchor covers this event): meta.anchor_last is one row the database
    // key rewrites; the event cannot go without cutting the chain below anchored heads.
    LP_TRY(
        m_db.audit(QStringLiteral("anchor_written"),
                   QJsonObject {{QLatin1String("n"), number}, {QLatin1String("line_sha256"), Sha256::hashHex(bytes)}}));
    return a;
}

Result<bool> ChainAnchors::writeIfStale()
{
    QSqlDatabase db = m_db.connection();
    const QStringList last = metaValue(db, QStringLiteral("anchor_last")).split(QLatin1Char(' '));
    if (last.size() == 3 && QFile::exists(pathFor(m_db.path()))) {
        const QDateTime at = parseRfc3339(last.at(2));
        const qint64 age = at.isValid() ? at.secsTo(QDateTime::currentDateTimeUtc()) : DailySeconds;
        if (age >= 0 && age < DailySeconds)
            return false;
    }
    auto written = write(QStringLiteral("daily"), true);
    if (!written)
        return written.error();
    return true;
}

// What verify() learns while it reads the anchor file, line by line.
struct ChainAnchors::FileCheck
{
    DatabaseCheck& report;
    QString fileName;
    QList<QByteArray> lines;
    const QByteArray* caPem; // null: the signatures cannot be checked
    QByteArray tsaCa; // empty: no time-stamp authority an administrator signed for
    // chain -> seq -> (hash, line number): every head anchored on any line.
    QMap<QString, QMap<qint64, std::pair<QString, int>>> anchored;
    QString prev; // the hash of the line before
    int expected; // the anchor number the next line should have
    QDateTime lastStamp; // the time-stamp of the anchor ahead
    QHash<int, QDateTime> stamps; // anchor number -> its token's time, when the token verifies
};

void ChainAnchors::verify(QSqlDatabase& db, DatabaseCheck& report)
{
    const QString path = pathFor(m_db.path());
    const QString fileName = QFileInfo(path).fileName();
    auto audited = auditedAnchors(db);
    if (!audited)
        report.problems << audited.errorMessage();
    if (!QFile::exists(path)) {
        report.problems << tr("the anchor file %1 is missing (deleted): the chains cannot be proven against their "
                              "anchored heads")
                               .arg(path);
        if (audited && audited->highest > 0)
            report.problems << tr("the audit log records anchor %1 written (event %2), but there is no anchor file")
                                   .arg(audited->highest)
                                   .arg(audited->seq);
        return;
    }
    QFile f(path);
    if (QFileInfo(path).size() > MaxFileBytes || !f.open(QIODevice::ReadOnly)) {
        report.problems << tr("the anchor file %1 cannot be read").arg(path);
        return;
    }
    const QByteArray bytes = f.readAll();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        report.problems << tr("%1: the last line is incomplete (cut or damaged)").arg(fileName);
    const QList<QByteArray> lines = readLines(bytes);
    if (lines.isEmpty())
        report.problems << tr("%1 holds no anchor (emptied)").arg(fileName);
    auto caPem = WorkstationKeys::caCertificatePem(db);
    // Tokens are checked against the TSA an administrator signed for; settings rewritten without that signature
    // are a problem of their own (a TSA of someone's choosing could date anything).
    QByteArray tsaCa;
    if (auto tsa = TimestampSettings::trusted(m_db); !tsa)
        report.problems << tsa.errorMessage();
    else
        tsaCa = tsa->caPem;

    FileCheck check {report, fileName, lines, caPem ? &*caPem : nullptr, tsaCa, {}, HashChain::genesisHash(),
                     1,      {},       {}};
    for (int i = 0; i < lines.size(); ++i)
        verifyLine(check, i + 1, lines.at(i));
    if (!caPem)
        report.problems << tr("%1: the signatures cannot be checked: %2").arg(fileName, caPem.errorMessage());
    verifyLastWritten(db, check);
    // The audit log's record of the anchors written: the file must still hold the last one (anchor_last may have
    // been deleted with the lines).
    if (audited && audited->highest > 0) {
        if (audited->highest > lines.size())
            report.problems << tr("%1 ends at anchor %2, but the audit log records anchor %3 written (event %4): its "
                                  "lines were cut or the file was started again")
                                   .arg(fileName)
                                   .arg(lines.size())
                                   .arg(audited->highest)
                                   .arg(audited->seq);
        else if (Sha256::hashHex(lines.at(audited->highest - 1)) != audited->lineSha256)
            report.problems << tr("%1 anchor %2 differs from the one the audit log records (event %3): the file was "
                                  "replaced")
                                   .arg(fileName)
                                   .arg(audited->highest)
                                   .arg(audited->seq);
    }
    verifyAnchoredHeads(db, check);
    verifyNothingBackdated(db, report, fileName, check.anchored, check.stamps);
    if (!lines.isEmpty())
        report.notes << tr("%1: %2 anchors; every anchored head is checked").arg(fileName).arg(lines.size());
}

// One line of the anchor file: an anchor, linked to the line before and numbered after it, of this database, signed,
// time-stamped when it says; the heads it anchors are collected for verifyAnchoredHeads().
void ChainAnchors::verifyLine(FileCheck& check, int lineNo, const QByteArray& raw)
{
    DatabaseCheck& report = check.report;
    const QString& fileName = check.fileName;
    const QJsonObject line = QJsonDocument::fromJson(raw).object();
    const QJsonObject body = line.value(QLatin1String("anchor")).toObject();
    if (body.isEmpty() || canonicalJson(line) != raw) {
        report.problems << tr("%1 line %2 is not an anchor (damaged or edited)").arg(fileName).arg(lineNo);
        check.prev = Sha256::hashHex(raw);
        ++check.expected;
        return;
    }
    const int n = body.value(QLatin1String("n")).toInt();
    if (n != check.expected)
        report.problems << tr("%1 line %2 is anchor %3 where anchor %4 belongs: anchors are missing (a gap)")
                               .arg(fileName)
                               .arg(lineNo)
                               .arg(n)
                               .arg(check.expected);
    else if (body.value(QLatin1String("prev")).toString() != check.prev)
        report.problems << tr("%1 line %2 (anchor %3) does not link to the line before it: a line was removed "
                              "or changed")
                               .arg(fileName)
                               .arg(lineNo)
                               .arg(n);
    check.expected = n + 1;
    check.prev = Sha256::hashHex(raw);
    if (body.value(QLatin1String("database_id")).toString() != m_db.databaseId())
        report.problems << tr("%1 anchor %2 belongs to another database").arg(fileName).arg(n);
    const QByteArray canonicalBody = canonicalJson(body);
    if (check.caPem) {
        auto signature = CmsSignature::verifyDetached(
            QByteArray::fromBase64(line.value(QLatin1String("p7s")).toString().toLatin1()), canonicalBody,
            *check.caPem);
        if (!signature)
            report.problems << tr("%1 anchor %2: the signature does not verify: %3")
                                   .arg(fileName)
                                   .arg(n)
                                   .arg(signature.errorMessage());
        else if (const QString by = body.value(QLatin1String("by")).toString();
                 signature->signerCommonName != by || SigningIdentity::isWorkstation(signature->signerCertificatePem))
            report.problems << tr("%1 anchor %2 says %3 wrote it, but it was signed with the key of %4: forged")
                                   .arg(fileName)
                                   .arg(n)
                                   .arg(by, signature->signerSubject);
    }
    verifyTimeStamp(check, n, line, canonicalBody);
    const QJsonObject audit = body.value(QLatin1String("audit")).toObject();
    anchorHead(check, n, kAuditChain, audit.value(QLatin1String("seq")).toInteger(),
               audit.value(QLatin1String("hash")).toString());
    const QJsonObject custody = body.value(QLatin1String("custody")).toObject();
    for (auto it = custody.begin(); it != custody.end(); ++it) {
        const QJsonObject h = it.value().toObject();
        anchorHead(check, n, it.key(), h.value(QLatin1String("seq")).toInteger(),
                   h.value(QLatin1String("hash")).toString());
    }
}

// Anchor n's RFC 3161 token: checked against the trusted TSA, made when the line says and not before the anchor
// ahead of it; a note where there is no token or no TSA to check it against.
void ChainAnchors::verifyTimeStamp(FileCheck& check, int n, const QJsonObject& line, const QByteArray& canonicalBody)
{
    DatabaseCheck& report = check.report;
    const QString& fileName = check.fileName;
    const QJsonObject body = line.value(QLatin1String("anchor")).toObject();
    const QString at = body.value(QLatin1String("at")).toString();
    const QByteArray token = QByteArray::fromBase64(line.value(QLatin1String("tsr")).toString().toLatin1());
    if (!token.isEmpty() && check.tsaCa.isEmpty()) {
        // Never checked against a CA nobody signed for; without a configured TSA the token proves nothing here.
        report.notes << tr("%1 anchor %2 carries a time-stamp that was not checked: no time-stamp authority an "
                           "administrator signed for is configured")
                            .arg(fileName)
                            .arg(n);
    } else if (!token.isEmpty()) {
        auto stamp = Timestamp::verify(token, canonicalBody, check.tsaCa);
        if (!stamp) {
            report.problems << tr("%1 anchor %2: the time-stamp does not verify: %3")
                                   .arg(fileName)
                                   .arg(n)
                                   .arg(stamp.errorMessage());
        } else {
            const QDateTime genTime = parseRfc3339(stamp->genTime);
            const QDateTime said = parseRfc3339(at);
            if (!genTime.isValid() || !said.isValid() || std::abs(said.secsTo(genTime)) > 600)
                report.problems << tr("%1 anchor %2 says %3 but was time-stamped at %4 (back- or forward-dated)")
                                       .arg(fileName)
                                       .arg(n)
                                       .arg(at, stamp->genTime);
            else if (check.lastStamp.isValid() && genTime.addSecs(600) < check.lastStamp)
                report.problems
                    << tr("%1 anchor %2 was time-stamped before the anchor ahead of it").arg(fileName).arg(n);
            if (genTime.isValid()) {
                check.lastStamp = genTime;
                check.stamps.insert(n, genTime);
            }
        }
    } else if (!body.value(QLatin1String("tsa")).toString().isEmpty()) {
        report.notes << tr("%1 anchor %2 has no time-stamp: %3")
                            .arg(fileName)
                            .arg(n)
                            .arg(line.value(QLatin1String("note")).toString());
    }
}

// A head anchored once stays anchored: a later line naming the same event with another hash (a chain rewritten,
// then anchored again by someone with a key of their own) is a problem, not a replacement.
void ChainAnchors::anchorHead(FileCheck& check, int n, const QString& chain, qint64 seq, const QString& hash)
{
    auto& heads = check.anchored[chain];
    const auto known = heads.constFind(seq);
    if (known == heads.cend()) {
        heads.insert(seq, {hash, n});
        return;
    }
    if (known->first != hash)
        check.report.problems << tr("%1 anchor %2 anchors event %3 of the %4 with another hash than anchor %5: "
                                    "the chain was rewritten and anchored again")
                                     .arg(check.fileName)
                                     .arg(n)
                                     .arg(seq)
                                     .arg(chain == kAuditChain ? tr("audit chain") : tr("custody chain %1").arg(chain))
                                     .arg(known->second);
}

// The database records the last anchor written: lines cut from the end of the file are named.
void ChainAnchors::verifyLastWritten(QSqlDatabase& db, const FileCheck& check)
{
    DatabaseCheck& report = check.report;
    const QString& fileName = check.fileName;
    const QList<QByteArray>& lines = check.lines;
    const QStringList last = metaValue(db, QStringLiteral("anchor_last")).split(QLatin1Char(' '));
    if (last.size() == 3) {
        const int n = last.at(0).toInt();
        if (n > lines.size())
            report.problems << tr("%1 ends at anchor %2, but anchor %3 was written: its last lines were cut")
                                   .arg(fileName)
                                   .arg(lines.size())
                                   .arg(n);
        else if (n > 0 && Sha256::hashHex(lines.at(n - 1)) != last.at(1))
            report.problems << tr("%1 anchor %2 differs from the one written").arg(fileName).arg(n);
    }
}

// Every anchored head must still be in its chain, with the same hash.
void ChainAnchors::verifyAnchoredHeads(QSqlDatabase& db, const FileCheck& check)
{
    DatabaseCheck& report = check.report;
    const auto& anchored = check.anchored;
    for (auto chain = anchored.cbegin(); chain != anchored.cend(); ++chain) {
        const bool isAudit = chain.key() == kAuditChain;
        const QString name = isAudit ? tr("audit chain") : tr("custody chain %1").arg(chain.key());
        QSqlQuery q(db);
        q.prepare(isAudit ? QStringLiteral("SELECT hash FROM audit_log WHERE chain = '' AND seq = ?")
                          : QStringLiteral("SELECT hash FROM custody_events WHERE chain = ? AND seq = ?"));
        // The newest anchored head of a chain covers every event before it: report the first that fails.
        for (auto head = chain->cbegin(); head != chain->cend(); ++head) {
            if (head.key() <= 0)
                continue;
            if (isAudit) {
                q.bindValue(0, head.key());
            } else {
                q.bindValue(0, chain.key());
                q.bindValue(1, head.key());
            }
            if (!q.exec()) {
                report.problems
                    << tr("%1: cannot read event %2: %3").arg(name).arg(head.key()).arg(q.lastError().text());
                break;
            }
            if (!q.next()) {
                report.problems << tr("%1: event %2, anchored in anchor %3, is gone: the chain was truncated")
                                       .arg(name)
                                       .arg(head.key())
                                       .arg(head->second);
                break;
            }
            if (SqlRow(q).string("hash") != head->first) {
                report.problems << tr("%1: event %2 differs from the one anchored in anchor %3: the chain was "
                                      "rewritten")
                                       .arg(name)
                                       .arg(head.key())
                                       .arg(head->second);
                break;
            }
            q.finish();
        }
    }
}

} // namespace lpdesk
