#include "cases/ExhibitImporter.h"
#include "cases/ExhibitImporterPending.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/DerivativeMaker.h"
#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"
#include "zip/ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QJsonObject ImportedExhibit::toJson() const
{
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QLatin1String("id"), mediaId},
            {QLatin1String("name"), name},
            {QLatin1String("media_type"), mediaType},
            {QLatin1String("sha256"), sha256},
            {QLatin1String("size"), size},
            {QLatin1String("working_copy"), orNull(workingCopyId)},
            {QLatin1String("working_copy_method"), orNull(workingCopyMethod)},
            {QLatin1String("recorded_start"), orNull(recordedStart)},
            {QLatin1String("start_source"), orNull(startSource)},
            {QLatin1String("archive"), orNull(archiveId)},
            {QLatin1String("notes"), QJsonArray::fromStringList(notes)}};
}

ExhibitImporter::ExhibitImporter(CaseDatabase& db) : m_db(db)
{ }

bool ExhibitImporter::isArchive(const QString& path)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("zip"))
        return false;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

Status ExhibitImporter::requireImporter() const
{
    return Permissions::require(m_db.session(), Action::ImportEvidence);
}

Result<X25519KeyPair> ExhibitImporter::importKey()
{
    LP_TRY(requireImporter());
    QSqlDatabase db = m_db.connection();
    return WorkstationKeys::recipientKeyPair(db);
}

Result<QString> ExhibitImporter::storeOf(const ExhibitRequest& request)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!request.caseId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT status FROM cases WHERE id = ?"));
        q.addBindValue(request.caseId);
        if (!q.exec() || !q.next())
            return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(request.caseId));
        return QString();
    }
    q.prepare(QStringLiteral("SELECT store_id FROM incidents WHERE id = ?"));
    q.addBindValue(request.incidentId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no incident %1.").arg(request.incidentId));
    return SqlRow(q).string("store_id");
}

Status ExhibitImporter::check(const QStringList& files, const ExhibitRequest& request)
{
    LP_TRY(requireImporter());
    if (request.caseId.isEmpty() == request.incidentId.isEmpty())
        return makeError(ErrorKind::Usage, tr("Say where the evidence goes: a case or an incident, not both."));
    if (request.source.trimmed().isEmpty() || request.source.size() > MaxSourceLength)
        return makeError(ErrorKind::Usage,
                         tr("Say where the evidence came from, in 1–%1 characters (Source in Add evidence; --source "
                            "for lpdesk-cli).")
                             .arg(MaxSourceLength));
    if (request.fps < 0 || request.fps > 1000)
        return makeError(ErrorKind::Usage, tr("The frame rate must be between 0 and 1000."));
    if (request.clockOffset && (std::abs(*request.clockOffset) > 366.0 * 86400))
        return makeError(ErrorKind::Usage, tr("The clock offset is more than a year."));
    if (files.isEmpty())
        return makeError(ErrorKind::Usage, tr("No files to import."));
    for (const QString& f : files) {
        const QFileInfo info(f);
        if (!info.exists())
            return makeError(ErrorKind::NotFound, tr("%1 does not exist.").arg(f));
        if (!info.isFile() || !info.isReadable())
            return makeError(ErrorKind::Usage, tr("%1 is not a readable file.").arg(f));
        if (info.size() > MaxFileBytes)
            return makeError(ErrorKind::Usage,
                             tr("%1 is %2 GiB; at most %3 GiB can be imported at once.")
                                 .arg(f)
                                 .arg(static_cast<double>(info.size()) / (1 << 30), 0, 'f', 1)
                                 .arg(MaxFileBytes >> 30));
    }
    auto store = storeOf(request);
    if (!store)
        return store.error();
    return {};
}

namespace {

// The plaintext of a file into its master, with progress; a file that changes while it is read is refused.
Status copyFileInto(LpencWriter& w, const QString& path, const QString& baseName,
                    const ExhibitImporter::Progress& progress, const std::atomic_bool* cancel)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failure(ExhibitImporter::tr("Cannot read %1: %2").arg(path, in.errorString()));
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray buf(4 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, ExhibitImporter::tr("Cancelled."));
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0)
            return failure(ExhibitImporter::tr("Cannot read %1: %2").arg(path, in.errorString()));
        if (n == 0)
            break;
        LP_TRY(w.write(QByteArrayView(buf.constData(), n)));
        done += n;
        if (progress)
            progress(baseName, done, total);
    }
    if (done != total)
        return failure(
            ExhibitImporter::tr("%1 changed while it was read (%2 bytes, then %3).").arg(path).arg(total).arg(done));
    return {};
}

// An archive is unpacked only within the limits: so many entries, so many bytes in all.
Status archiveWithinLimits(const QList<ZipEntryInfo>& entries, const QString& baseName)
{
    if (entries.size() > ExhibitImporter::MaxArchiveEntries)
        return makeError(ErrorKind::Verification,
                         ExhibitImporter::tr("%1 holds %2 files; at most %3 are unpacked.")
                             .arg(baseName)
                             .arg(entries.size())
                             .arg(ExhibitImporter::MaxArchiveEntries));
    quint64 total = 0;
    for (const ZipEntryInfo& e : entries)
        total += e.size;
    if (total > static_cast<quint64>(ExhibitImporter::MaxArchiveBytes))
        return makeError(ErrorKind::Verification,
                         ExhibitImporter::tr("%1 would unpack to %2 GiB; at most %3 GiB.")
                             .arg(baseName)
                             .arg(static_cast<double>(total) / (1 << 30), 0, 'f', 1)
                             .arg(ExhibitImporter::MaxArchiveBytes >> 30));
    return {};
}

} // namespace

Result<QList<ImportedExhibit>> ExhibitImporter::importFile(const QString& path, const ExhibitRequest& request,
                                                           const Progress& progress, const std::atomic_bool* cancel)
{
    LP_TRY(check({path}, request));
    auto store = storeOf(request);
    if (!store)
        return store.error();
    auto key = importKey();
    if (!key)
        return key.error();
    QList<Pending> pending;
    // Whatever happens before the commit, nothing written stays behind.
    struct Cleanup
    {
        QList<Pending>* list;
        bool keep = false;
        ~Cleanup()
        {
            if (keep)
                return;
            for (const Pending& p : *list) {
                QFile::remove(p.path);
                if (!p.copyPath.isEmpty())
                    QFile::remove(p.copyPath);
            }
        }
    } cleanup {&pending};

    const QString baseName = QFileInfo(path).fileName();
    LP_TRY(writeMaster(pending, *key, baseName,
                       [&](LpencWriter& w) { return copyFileInto(w, path, baseName, progress, cancel); }));
    if (isArchive(path))
        LP_TRY(unpackArchive(pending, path, *key, progress, cancel));

    for (Pending& p : pending) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        if (!p.archive)
            LP_TRY(analyse(p, request, *store, QFileInfo(path).lastModified().toUTC(), progress, cancel));
    }
    if (cancel && cancel->load())
        return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    LP_TRY(record(pending, request, *store));
    cleanup.keep = true;
    QList<ImportedExhibit> out;
    for (const Pending& p : pending)
        out << p.outcome();
    return out;
}

Status ExhibitImporter::writeMaster(QList<Pending>& pending, const X25519KeyPair& key, const QString& name,
                                    const MasterFeed& feed)
{
    Pending p;
    p.id = randomUuid();
    p.name = name;
    p.path = m_db.mediaDirectory() + QLatin1Char('/') + p.id + QStringLiteral(".lpenc");
    auto writer = LpencWriter::create(p.path, key.publicKey);
    if (!writer)
        return writer.error();
    if (Status fed = feed(**writer); !fed) {
        (*writer)->cancel();
        return fed;
    }
    auto done = (*writer)->finish();
    if (!done)
        return done.error();
    p.sha256 = done->sha256;
    p.size = static_cast<qint64>(done->plaintextLength);
    p.fileSize = static_cast<qint64>(done->fileSize);
    pending << p;
    return {};
}

// The archive's own master is pending's first; each entry gets a master of its own that names the archive.
Status ExhibitImporter::unpackArchive(QList<Pending>& pending, const QString& path, const X25519KeyPair& key,
                                      const Progress& progress, const std::atomic_bool* cancel)
{
    const QString baseName = QFileInfo(path).fileName();
    pending[0].archive = true;
    pending[0].mediaType = QStringLiteral("document");
    auto zip = ZipReader::openForeign(path);
    if (!zip)
        return makeError(zip.error().kind, tr("%1 was refused: %2").arg(baseName, zip.error().message));
    const QList<ZipEntryInfo>& entries = (*zip)->entries();
    LP_TRY(archiveWithinLimits(entries, baseName));
    const QString archiveId = pending[0].id;
    const QString archiveSha = pending[0].sha256;
    for (const ZipEntryInfo& e : entries) {
        const QString name = baseName + QLatin1Char('!') + e.name;
        LP_TRY(writeMaster(pending, key, name, [&](LpencWriter& w) -> Status {
            Status written;
            qint64 done = 0;
            auto read = (*zip)->read(
                e,
                [&](QByteArrayView chunk) {
                    if (written)
                        written = w.write(chunk);
                    done += chunk.size();
                    if (progress)
                        progress(name, done, static_cast<qint64>(e.size));
                },
                cancel);
            if (!read)
                return makeError(read.error().kind, tr("%1 was refused: %2").arg(baseName, read.error().message));
            return written;
        }));
        pending.last().archiveId = archiveId;
        pending.last().archiveSha256 = archiveSha;
    }
    return {};
}

Status ExhibitImporter::record(QList<Pending>& pending, const ExhibitRequest& request, const QString& storeId)
{
    MediaLibrary library(m_db);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    CustodyRecorder custody(m_db);
    const QString chain = request.caseId.isEmpty() ? CustodyLog::incidentChain(request.incidentId)
                                                   : CustodyLog::caseChain(request.caseId);
    const QString now = utcNowString();
    const QString tool = DerivativeMaker::toolDescription() + QStringLiteral("; intake");
    for (const Pending& p : pending) {
        LP_TRY(insertMedia(db, p, request, storeId, now, tool));
        auto ev = custody.record(db, chain, QStringLiteral("acquired"), acquiredDetails(p, request, now));
        if (!ev)
            return ev.error();
        LP_TRY(m_db.auditIn(db, QStringLiteral("evidence_acquired"),
                            QJsonObject {{QLatin1String("media_id"), p.id},
                                         {QLatin1String("sha256"), p.sha256},
                                         {QLatin1String("source"), request.source.trimmed()}}));
        if (p.copyPath.isEmpty())
            continue;
        auto registered = library.registerDerivativeIn(db, workingCopy(p, request, tool));
        if (!registered)
            return registered.error();
    }
    return tx.commit();
}

// An entry of an archive names the archive it came from.
QJsonObject ExhibitImporter::archiveOrigin(const Pending& p)
{
    return p.archiveId.isEmpty() ? QJsonObject {}
                                 : QJsonObject {{QLatin1String("unpacked_from"), p.archiveId},
                                                {QLatin1String("archive_sha256"), p.archiveSha256}};
}

// The master's media row, and its link to the incident when it is taken into one.
Status ExhibitImporter::insertMedia(QSqlDatabase& db, const Pending& p, const ExhibitRequest& request,
                                    const QString& storeId, const QString& now, const QString& tool)
{
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const QJsonObject info = p.probe.toJson();
    const QJsonObject origin = archiveOrigin(p);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO media (id, kind, store_id, camera_id, case_id, sha256, plaintext_size, file, file_size, "
        "container, codec, duration, width, height, fps, info_json, recorded_start, created_at, created_by, tool, "
        "media_type, source, original_name, clock_offset, operation_json) VALUES (?, 'original', ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(p.id),
          orNull(storeId),
          orNull(request.camera),
          orNull(request.caseId),
          QVariant(p.sha256),
          QVariant(p.size),
          QVariant(p.id + QStringLiteral(".lpenc")),
          QVariant(p.fileSize),
          p.archive ? QVariant(QStringLiteral("zip")) : orNull(p.probe.info.container),
          orNull(p.probe.info.videoCodec.isEmpty() ? p.probe.info.audioCodec : p.probe.info.videoCodec),
          QVariant(p.probe.info.duration),
          QVariant(p.probe.info.width),
          QVariant(p.probe.info.height),
          QVariant(p.probe.info.fps),
          QVariant(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact))),
          p.start.isValid() ? QVariant(toUtcString(p.start)) : QVariant(),
          QVariant(now),
          QVariant(m_db.session().userName),
          QVariant(tool),
          QVariant(p.mediaType),
          QVariant(request.source.trimmed()),
          QVariant(p.name),
          request.clockOffset ? QVariant(*request.clockOffset) : QVariant(),
          origin.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(QJsonDocument(origin).toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    if (!q.exec())
        return failure(tr("Cannot record %1: %2").arg(p.name, q.lastError().text()));
    if (request.incidentId.isEmpty())
        return {};
    q.prepare(QStringLiteral("INSERT INTO incident_media (incident_id, media_id) VALUES (?, ?)"));
    q.addBindValue(request.incidentId);
    q.addBindValue(p.id);
    if (!q.exec())
        return failure(tr("Cannot record %1: %2").arg(p.name, q.lastError().text()));
    return {};
}

// Custody's "acquired": who took what, when, from where, with its hash and how its start time is known.
QJsonObject ExhibitImporter::acquiredDetails(const Pending& p, const ExhibitRequest& request, const QString& now) const
{
    QJsonObject details {{QLatin1String("media_id"), p.id},
                         {QLatin1String("name"), p.name},
                         {QLatin1String("sha256"), p.sha256},
                         {QLatin1String("size"), p.size},
                         {QLatin1String("source"), request.source.trimmed()},
                         {QLatin1String("acquired_by"), m_db.session().userName},
                         {QLatin1String("acquired_at"), now},
                         {QLatin1String("media_type"), p.mediaType},
                         {QLatin1String("native_master"), true}};
    if (!request.camera.isEmpty())
        details.insert(QLatin1String("camera"), request.camera);
    if (p.start.isValid()) {
        details.insert(QLatin1String("recorded_start"), toUtcString(p.start));
        details.insert(QLatin1String("start_source"), p.startSource);
    }
    if (request.clockOffset)
        details.insert(QLatin1String("clock_offset"), *request.clockOffset);
    const QJsonObject origin = archiveOrigin(p);
    for (auto it = origin.begin(); it != origin.end(); ++it)
        details.insert(it.key(), it.value());
    if (!p.notes.isEmpty())
        details.insert(QLatin1String("notes"), QJsonArray::fromStringList(p.notes));
    return details;
}

NewDerivative ExhibitImporter::workingCopy(const Pending& p, const ExhibitRequest& request, const QString& tool)
{
    NewDerivative d;
    d.parentId = p.id;
    d.caseId = request.caseId;
    d.operation = QStringLiteral("working_copy");
    d.custodyAction = QStringLiteral("working_copy_made");
    d.parameters = p.copyParams;
    d.file = QFileInfo(p.copyPath).fileName();
    d.sha256 = p.copy.sha256;
    d.plaintextSize = static_cast<qint64>(p.copy.plaintextLength);
    d.fileSize = static_cast<qint64>(p.copy.fileSize);
    d.info = p.copyInfo;
    d.tool = tool;
    return d;
}

} // namespace lpdesk
