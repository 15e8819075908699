#include "db/RecipientKeyHistory.h"

#include "auth/Permissions.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace lpdesk {

RecipientKeyHistory::RecipientKeyHistory(CaseDatabase& db) : m_db(db)
{ }

Result<QString> RecipientKeyHistory::exportCurrent(const QString& file)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPublicKeys));
    QSqlDatabase conn = m_db.connection();
    auto pub = WorkstationKeys::recipientPublicKey(conn);
    if (!pub)
        return pub.error();
    const QString keyId = toHex(X25519::keyId(*pub));
    const QString path = file.isEmpty() ? m_db.path() + QStringLiteral(".recipient-%1.txt").arg(keyId.left(16)) : file;
    QSaveFile out(path);
    const QByteArray bytes = WorkstationKeys::recipientFileContents(*pub);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    LP_TRY(m_db.audit(QStringLiteral("recipient_key_exported"),
                      QJsonObject {{QLatin1String("to"), path}, {QLatin1String("recipient_key_id"), keyId}}));
    return path;
}

Result<QList<StaleFile>> RecipientKeyHistory::staleFiles()
{
    LP_TRY(Permissions::require(m_db.session(), Action::RotateKeys));
    QSqlDatabase conn = m_db.connection();
    auto current = WorkstationKeys::recipientPublicKey(conn);
    if (!current)
        return current.error();
    const QByteArray currentId = X25519::keyId(*current);
    QList<StaleFile> out;
    const QDir root(m_db.mediaDirectory());
    // Every encrypted file LP Desk keeps: media, derivatives, POS journals, statements, police documents, and
    // interrupted downloads (partial/) alike.
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.lpenc"), QStringLiteral("*.part")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read %1: %2").arg(path, f.errorString()));
        LpencHeader header;
        LpencFault fault = LpencFault::None;
        if (!LpencHeader::parse(f.read(lpenc::HeaderSize), &header, &fault))
            continue; // a partial download without a header yet; nothing is encrypted in it
        if (header.recipientKeyId != currentId)
            out.append({root.relativeFilePath(path), toHex(header.recipientKeyId), f.size()});
    }
    std::sort(out.begin(), out.end(), [](const StaleFile& a, const StaleFile& b) { return a.path < b.path; });
    return out;
}

Result<ReencryptionSummary> RecipientKeyHistory::reencrypt(const std::function<void(int, int)>& progress,
                                                           const std::atomic_bool* cancel)
{
    auto stale = staleFiles();
    if (!stale)
        return stale.error();
    QSqlDatabase conn = m_db.connection();
    auto ring = WorkstationKeys::recipientKeyPair(conn);
    if (!ring)
        return ring.error();
    ReencryptionSummary summary;
    const QDir root(m_db.mediaDirectory());
    QJsonArray done;
    for (const StaleFile& file : *stale) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Re-encryption cancelled."));
        if (progress)
            progress(summary.files, static_cast<int>(stale->size()));
        if (file.path.endsWith(QLatin1String(".part")))
            continue; // an unfinished download: the next pull replaces or completes it
        const QString path = root.absoluteFilePath(file.path);
        auto reader = LpencReader::open(path, *ring);
        if (!reader)
            return Error {reader.error().kind, tr("%1: %2").arg(file.path, reader.errorMessage())};
        // LpencWriter writes through QSaveFile: the file is replaced only once the new one is complete.
        auto writer = LpencWriter::create(path, ring->publicKey, (*reader)->header().chunkSize);
        if (!writer)
            return writer.error();
        Status written;
        Sha256 before;
        Status read = (*reader)->verifyAll([&](const char* data, qsizetype size) {
            before.addData(QByteArrayView(data, size));
            if (written)
                written = (*writer)->write(QByteArrayView(data, size));
        });
        if (!read || !written) {
            (*writer)->cancel();
            return Error {read ? written.error().kind : read.error().kind,
                          tr("%1: %2").arg(file.path, read ? written.errorMessage() : read.errorMessage())};
        }
        auto finished = (*writer)->finish();
        if (!finished)
            return finished.error();
        if (finished->sha256 != toHex(before.result()))
            return makeError(ErrorKind::Verification, tr("%1 changed while it was re-encrypted.").arg(file.path));
        ++summary.files;
        summary.bytes += static_cast<qint64>(finished->plaintextLength);
        done.append(QJsonObject {{QLatin1String("file"), file.path}, {QLatin1String("from_key_id"), file.keyId}});
    }
    // Retired keys that no finished file needs any more are dropped from the history.
    auto left = staleFiles();
    if (!left)
        return left.error();
    QSet<QString> stillNeeded;
    for (const StaleFile& f : *left)
        stillNeeded.insert(f.keyId);
    auto retired = WorkstationKeys::retiredRecipients(conn);
    if (!retired)
        return retired.error();
    Transaction tx(conn);
    for (const RetiredRecipient& r : *retired)
        if (!stillNeeded.contains(r.keyId)) {
            LP_TRY(WorkstationKeys::forgetRetiredRecipientIn(conn, r.keyId));
            summary.forgottenKeyIds << r.keyId;
        }
    LP_TRY(m_db.auditIn(
        conn, QStringLiteral("media_reencrypted"),
        QJsonObject {{QLatin1String("files"), done},
                     {QLatin1String("forgotten_key_ids"), QJsonArray::fromStringList(summary.forgottenKeyIds)}}));
    LP_TRY(tx.commit());
    return summary;
}

} // namespace lpdesk
