#include "cases/EvidenceCopy.h"

#include "auth/Permissions.h"
#include "cases/DerivativeMaker.h"
#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"

#include <QFile>
#include <QFileInfo>

namespace lpdesk {

namespace {

// The SHA-256 of what is on the disk now, read back through a new handle (not what was meant to be written).
Result<QString> hashOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(f.errorString());
    Sha256 sha;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
        sha.addData(buffer.constData(), static_cast<std::size_t>(n));
    if (f.error() != QFile::NoError)
        return failure(f.errorString());
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace

QJsonObject ExportedCopy::toJson() const
{
    return {{QLatin1String("media_id"), mediaId},
            {QLatin1String("case_id"), caseId},
            {QLatin1String("to"), path},
            {QLatin1String("sha256"), sha256},
            {QLatin1String("size"), size}};
}

EvidenceCopy::EvidenceCopy(CaseDatabase& db) : m_db(db)
{ }

Result<std::unique_ptr<LpencReader>> EvidenceCopy::openMaster(const QString& mediaId, MediaRow* media)
{
    MediaLibrary library(m_db);
    auto row = library.get(mediaId);
    if (!row)
        return row.error();
    *media = *row;
    auto key = library.key();
    if (!key)
        return key.error();
    return LpencReader::open(library.pathOf(*row), *key);
}

Result<ExportedCopy> EvidenceCopy::write(const QString& mediaId, const QString& outPath, const QString& caseId,
                                         const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ExportPackage));
    MediaLibrary library(m_db);
    auto chosenCase = DerivativeMaker(m_db).resolveCase(mediaId, caseId);
    if (!chosenCase)
        return chosenCase.error();
    MediaRow media;
    auto reader = openMaster(mediaId, &media);
    if (!reader)
        return reader.error();

    ExportedCopy copy;
    copy.mediaId = mediaId;
    copy.caseId = *chosenCase;
    copy.path = QFileInfo(outPath).absoluteFilePath();
    // NewOnly: an existing file (or one that appears meanwhile) is refused, never overwritten. Only the person who
    // exported it may read the copy until they hand it on.
    QFile out(copy.path);
    if (QFileInfo::exists(copy.path)
        || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorKind::Usage,
                         QFileInfo::exists(copy.path)
                             ? tr("%1 already exists; choose a new name for the copy.").arg(outPath)
                             : tr("Cannot write %1: %2").arg(outPath, out.errorString()));
    auto abandon = [&out](const Error& why) -> Result<ExportedCopy> {
        out.close();
        out.remove();
        return why;
    };
    bool writeFailed = false;
    Status decrypted = (*reader)->verifyAll(
        [&](const char* data, qsizetype size) {
            if (!writeFailed && out.write(data, size) != size)
                writeFailed = true;
        },
        {}, cancel);
    if (!decrypted)
        return abandon(decrypted.error());
    if (writeFailed || !out.flush())
        return abandon(failure(tr("Cannot write %1: %2").arg(outPath, out.errorString())));
    out.close();
    auto written = hashOfFile(copy.path);
    if (!written)
        return abandon(failure(tr("Cannot read back %1: %2").arg(outPath, written.errorMessage())));
    if (written->compare(media.sha256, Qt::CaseInsensitive) != 0)
        return abandon(makeError(ErrorKind::Verification,
                                 tr("The copy written to %1 has SHA-256 %2, not the master's %3; it was removed.")
                                     .arg(outPath, *written, media.sha256)));
    copy.sha256 = *written;
    copy.size = QFileInfo(copy.path).size();

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QJsonObject details = copy.toJson();
    details.insert(QLatin1String("by"), m_db.session().userName);
    if (Status s = m_db.auditIn(db, QStringLiteral("copy_exported"), details); !s)
        return abandon(s.error());
    QStringList chains;
    if (!copy.caseId.isEmpty())
        chains << CustodyLog::caseChain(copy.caseId);
    else
        for (const QString& incident : library.incidentsOf(mediaId))
            chains << CustodyLog::incidentChain(incident);
    for (const QString& chain : std::as_const(chains))
        if (auto ev = CustodyRecorder(m_db).record(db, chain, QStringLiteral("copy_exported"), details); !ev)
            return abandon(ev.error());
    // A copy the custody log does not show must not stay on the disk.
    if (Status s = tx.commit(); !s)
        return abandon(s.error());
    return copy;
}

Result<QByteArray> EvidenceCopy::readForViewing(const QString& mediaId, const QString& caseId, qint64 maxBytes)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ViewEvidence));
    MediaRow media;
    auto reader = openMaster(mediaId, &media);
    if (!reader)
        return reader.error();
    if (media.plaintextSize > maxBytes)
        return makeError(ErrorKind::Usage, tr("%1 is too large to show here; export a copy to open it.").arg(mediaId));
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(media.plaintextSize));
    LP_TRY((*reader)->verifyAll([&bytes](const char* data, qsizetype size) { bytes.append(data, size); }));
    if (Sha256::hashHex(bytes).compare(media.sha256, Qt::CaseInsensitive) != 0)
        return makeError(ErrorKind::Verification, tr("%1 does not match its recorded SHA-256.").arg(mediaId));
    LP_TRY(MediaLibrary(m_db).recordViewed(mediaId, caseId, QStringLiteral("opened in the document view")));
    return bytes;
}

} // namespace lpdesk
