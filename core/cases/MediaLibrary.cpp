#include "cases/MediaLibrary.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/LpencDevice.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"
#include "media/VideoDecoder.h"
#include "model/MediaRowMapping.h"

#include <QImageReader>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lpdesk {

MediaLibrary::MediaLibrary(CaseDatabase& db) : m_db(db)
{ }

Status MediaLibrary::requireViewer() const
{
    return Permissions::require(m_db.session(), Action::ViewEvidence);
}

Result<QList<MediaRow>> MediaLibrary::forCase(const QString& caseId)
{
    LP_TRY(requireViewer());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM media m WHERE m.id IN (SELECT im.media_id FROM incident_media im JOIN "
                       "case_incidents ci ON ci.incident_id = im.incident_id WHERE ci.case_id = ?) OR m.case_id = ? "
                       "ORDER BY m.kind DESC, m.recorded_start, m.created_at")
            .arg(QLatin1String(MediaRowColumns)));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<MediaRow> out;
    const SqlRow row(q);
    while (q.next())
        out << readMediaRow(row);
    return out;
}

Result<MediaRow> MediaLibrary::get(const QString& mediaId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM media m WHERE m.id = ?").arg(QLatin1String(MediaRowColumns)));
    q.addBindValue(mediaId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no media item %1.").arg(mediaId));
    return readMediaRow(SqlRow(q));
}

QString MediaLibrary::pathOf(const MediaRow& media) const
{
    return m_db.mediaDirectory() + QLatin1Char('/') + media.file;
}

Result<X25519KeyPair> MediaLibrary::key()
{
    LP_TRY(requireViewer());
    QSqlDatabase db = m_db.connection();
    return WorkstationKeys::recipientKeyPair(db);
}

MediaRow MediaLibrary::rootOf(const MediaRow& media, double* offsetIntoRoot)
{
    MediaRow current = media;
    double offset = 0;
    for (int depth = 0; !current.parentId.isEmpty() && depth < 32; ++depth) {
        offset += current.operationParams.value(QLatin1String("actual_from")).toDouble(0);
        auto parent = get(current.parentId);
        if (!parent)
            break;
        current = *parent;
    }
    if (offsetIntoRoot)
        *offsetIntoRoot = offset;
    return current;
}

QStringList MediaLibrary::incidentsOf(const QString& mediaId)
{
    auto m = get(mediaId);
    if (!m)
        return {};
    const MediaRow root = rootOf(*m, nullptr);
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT incident_id FROM incident_media WHERE media_id = ? ORDER BY incident_id"));
    q.addBindValue(root.id);
    q.exec();
    QStringList out;
    const SqlRow row(q);
    while (q.next())
        out << row.string("incident_id");
    return out;
}

QStringList MediaLibrary::casesOf(const QString& mediaId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    auto m = get(mediaId);
    if (!m)
        return {};
    if (m->kind == QLatin1String("derivative")) {
        q.prepare(QStringLiteral("SELECT case_id FROM media WHERE id = ? AND case_id IS NOT NULL"));
        q.addBindValue(mediaId);
    } else {
        // Pulled clips reach cases through their incidents; imported exhibits may belong to a case directly.
        q.prepare(QStringLiteral("SELECT DISTINCT ci.case_id FROM incident_media im JOIN case_incidents ci ON "
                                 "ci.incident_id = im.incident_id WHERE im.media_id = ? UNION SELECT case_id FROM "
                                 "media WHERE id = ? AND case_id IS NOT NULL"));
        q.addBindValue(mediaId);
        q.addBindValue(mediaId);
    }
    q.exec();
    QStringList out;
    const SqlRow row(q);
    while (q.next())
        out << row.string("case_id");
    return out;
}

Status MediaLibrary::recordViewed(const QString& mediaId, const QString& caseId, const QString& what)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QJsonObject details {{QLatin1String("media_id"), mediaId}, {QLatin1String("what"), what}};
    LP_TRY(m_db.auditIn(db, QStringLiteral("evidence_read"), details));
    CustodyRecorder custody(m_db);
    QStringList chains;
    if (!caseId.isEmpty())
        chains << CustodyLog::caseChain(caseId);
    else
        for (const QString& incident : incidentsOf(mediaId))
            chains << CustodyLog::incidentChain(incident);
    for (const QString& chain : chains) {
        auto ev = custody.record(db, chain, QStringLiteral("viewed"), details);
        if (!ev)
            return ev.error();
    }
    return tx.commit();
}

Result<std::unique_ptr<VideoDecoder>> MediaLibrary::openForViewing(const QString& mediaId, const QString& caseId)
{
    LP_TRY(requireViewer());
    auto m = get(mediaId);
    if (!m)
        return m.error();
    auto k = key();
    if (!k)
        return k.error();
    auto decoder = VideoDecoder::open(pathOf(*m), *k);
    if (!decoder)
        return decoder.error();
    LP_TRY(recordViewed(mediaId, caseId, QStringLiteral("opened in the player")));
    return decoder;
}

bool MediaLibrary::isStill(const MediaRow& media)
{
    return media.codec == QLatin1String("png") || media.mediaType == QLatin1String("image");
}

Result<QImage> MediaLibrary::openStillForViewing(const QString& mediaId, const QString& caseId)
{
    LP_TRY(requireViewer());
    auto m = get(mediaId);
    if (!m)
        return m.error();
    if (!isStill(*m))
        return makeError(ErrorKind::Usage, tr("%1 is a clip, not a still.").arg(mediaId));
    auto k = key();
    if (!k)
        return k.error();
    QImage image;
    {
        auto reader = LpencReader::open(pathOf(*m), *k);
        if (!reader)
            return reader.error();
        LpencDevice device(std::move(*reader));
        if (!device.open(QIODevice::ReadOnly))
            return failure(tr("The still cannot be read."));
        QImageReader pictures(&device);
        pictures.setAutoTransform(true); // a phone photo stands the way it was taken
        image = pictures.read();
    }
    if (image.isNull()) {
        // What Qt cannot read, FFmpeg may (the formats an import accepted through FFmpeg).
        auto decoder = VideoDecoder::open(pathOf(*m), *k);
        if (!decoder)
            return failure(tr("The still is not a readable picture: %1").arg(decoder.errorMessage()));
        auto frame = (*decoder)->frameAt(0);
        if (!frame)
            return frame.error();
        image = *frame;
    }
    LP_TRY(recordViewed(mediaId, caseId, QStringLiteral("shown in the player")));
    return image;
}

Result<QString> MediaLibrary::registerDerivative(const NewDerivative& d)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto id = registerDerivativeIn(db, d);
    if (!id)
        return id;
    LP_TRY(tx.commit());
    return id;
}

Result<QString> MediaLibrary::registerDerivativeIn(QSqlDatabase& db, const NewDerivative& d)
{
    auto parent = get(d.parentId);
    if (!parent)
        return parent.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT store_id, camera_id, recorded_start, recorded_end FROM media WHERE id = ?"));
    q.addBindValue(d.parentId);
    q.exec();
    q.next();
    const SqlRow row(q);
    const QString store = row.string("store_id");
    const QString camera = row.string("camera_id");
    const QString recordedStart = row.string("recorded_start");
    q.finish();
    const QString id = d.file.section(QLatin1Char('.'), 0, 0);
    QJsonObject params = d.parameters;
    params.insert(QLatin1String("parent_sha256"), parent->sha256);
    q.prepare(QStringLiteral(
        "INSERT INTO media (id, kind, parent_id, operation, operation_json, store_id, camera_id, case_id, sha256, "
        "plaintext_size, file, file_size, container, codec, duration, width, height, fps, info_json, recorded_start, "
        "created_at, created_by, tool) VALUES (?, 'derivative', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id),
          QVariant(d.parentId),
          QVariant(d.operation),
          QVariant(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))),
          QVariant(store),
          QVariant(camera),
          d.caseId.isEmpty() ? QVariant() : QVariant(d.caseId),
          QVariant(d.sha256),
          QVariant(d.plaintextSize),
          QVariant(d.file),
          QVariant(d.fileSize),
          QVariant(d.info.container),
          QVariant(d.info.videoCodec.isEmpty() ? QStringLiteral("png") : d.info.videoCodec),
          QVariant(d.info.duration),
          QVariant(d.info.width),
          QVariant(d.info.height),
          QVariant(d.info.fps),
          QVariant(QString::fromUtf8(QJsonDocument(d.info.toJson()).toJson(QJsonDocument::Compact))),
          QVariant(recordedStart),
          QVariant(utcNowString()),
          QVariant(m_db.session().userName),
          QVariant(d.tool)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(tr("Cannot record the derivative: %1").arg(q.lastError().text()));
    CustodyRecorder custody(m_db);
    QStringList chains;
    if (!d.caseId.isEmpty())
        chains << CustodyLog::caseChain(d.caseId);
    else
        for (const QString& incident : incidentsOf(d.parentId))
            chains << CustodyLog::incidentChain(incident);
    const QJsonObject details {{QLatin1String("media_id"), id},
                               {QLatin1String("parent_id"), d.parentId},
                               {QLatin1String("parent_sha256"), parent->sha256},
                               {QLatin1String("sha256"), d.sha256},
                               {QLatin1String("size"), d.plaintextSize},
                               {QLatin1String("operation"), d.operation},
                               {QLatin1String("parameters"), d.parameters},
                               {QLatin1String("tool"), d.tool}};
    for (const QString& chain : chains) {
        auto ev = custody.record(db, chain, d.custodyAction, details);
        if (!ev)
            return ev.error();
    }
    LP_TRY(m_db.auditIn(db, QStringLiteral("derivative_created"),
                        QJsonObject {{QLatin1String("media_id"), id}, {QLatin1String("operation"), d.operation}}));
    return id;
}

QTimeZone MediaLibrary::zoneOf(const MediaRow& media)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.timezone FROM media m JOIN stores s ON s.id = m.store_id WHERE m.id = ?"));
    q.addBindValue(media.id);
    if (q.exec() && q.next())
        return QTimeZone(SqlRow(q).string("timezone").toUtf8());
    return QTimeZone::utc();
}

double MediaLibrary::cameraOffset(const MediaRow& media)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // An offset given when the file was imported wins over the store's camera table.
    q.prepare(QStringLiteral("SELECT clock_offset FROM media WHERE id = ? AND clock_offset IS NOT NULL"));
    q.addBindValue(media.id);
    if (q.exec() && q.next())
        return SqlRow(q).real("clock_offset");
    q.prepare(QStringLiteral("SELECT c.clock_offset AS camera_offset, s.clock_offset AS store_offset FROM media m "
                             "JOIN stores s ON s.id = m.store_id "
                             "LEFT JOIN cameras c ON c.store_id = m.store_id AND c.id = m.camera_id WHERE m.id = ?"));
    q.addBindValue(media.id);
    if (q.exec() && q.next()) {
        const SqlRow row(q);
        return row.isNull("camera_offset") ? row.real("store_offset") : row.real("camera_offset");
    }
    return 0;
}

QDateTime MediaLibrary::trueTime(const MediaRow& media, double seconds)
{
    double offset = 0;
    const MediaRow root = rootOf(media, &offset);
    const QDateTime start = parseRfc3339(root.recordedStart);
    if (!start.isValid())
        return {};
    const double cam = cameraOffset(root);
    return start.addMSecs(static_cast<qint64>(std::llround((offset + seconds - cam) * 1000.0)));
}

double MediaLibrary::secondsAt(const MediaRow& media, const QDateTime& when)
{
    const QDateTime start = trueTime(media, 0);
    if (!start.isValid() || !when.isValid())
        return std::nan("");
    return static_cast<double>(start.msecsTo(when)) / 1000.0;
}

Result<QList<ClipMoment>> MediaLibrary::at(const QString& caseId, const QDateTime& when)
{
    if (!when.isValid())
        return makeError(ErrorKind::Usage, tr("The time is not a valid RFC 3339 time with an offset."));
    auto items = forCase(caseId);
    if (!items)
        return items.error();
    QList<ClipMoment> out;
    for (const MediaRow& m : *items) {
        if (m.codec == QLatin1String("png") || m.duration <= 0)
            continue;
        ClipMoment c;
        c.media = m;
        c.seconds = secondsAt(m, when);
        if (std::isnan(c.seconds))
            continue;
        // A clip covers the moment from its first frame to the end of its last one.
        c.covered = c.seconds >= 0 && c.seconds < m.duration;
        out << c;
    }
    return out;
}

QJsonObject ClipMoment::toJson() const
{
    return {{QLatin1String("media_id"), media.id},
            {QLatin1String("kind"), media.kind},
            {QLatin1String("operation"), media.operation.isEmpty() ? QJsonValue() : QJsonValue(media.operation)},
            {QLatin1String("camera"), media.camera},
            {QLatin1String("seconds"), std::round(seconds * 1000.0) / 1000.0},
            {QLatin1String("covered"), covered}};
}

} // namespace lpdesk
