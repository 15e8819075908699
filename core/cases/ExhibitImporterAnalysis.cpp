// ExhibitImporter::analyse(): what a master is (video, audio, image or document), when it was recorded, and the
// working copy where the native file cannot be played or trimmed directly.
#include "cases/ExhibitImporter.h"
#include "cases/ExhibitImporterPending.h"

#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "crypto/LpencDevice.h"
#include "crypto/Random.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "media/MediaProbe.h"
#include "media/NativeMedia.h"
#include "media/VideoDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSqlQuery>
#include <QTimeZone>

extern "C" {
#include <libavutil/avutil.h>
}

#include <openssl/crypto.h>

namespace lpdesk {

namespace {

const QStringList& documentSuffixes()
{
    // Never handed to FFmpeg: its probers guess at anything (a .txt is "ANSI art").
    static const QStringList s {QStringLiteral("pdf"),  QStringLiteral("txt"),  QStringLiteral("csv"),
                                QStringLiteral("json"), QStringLiteral("xml"),  QStringLiteral("html"),
                                QStringLiteral("htm"),  QStringLiteral("doc"),  QStringLiteral("docx"),
                                QStringLiteral("xls"),  QStringLiteral("xlsx"), QStringLiteral("rtf"),
                                QStringLiteral("exe"),  QStringLiteral("dll"),  QStringLiteral("ini"),
                                QStringLiteral("log"),  QStringLiteral("md"),   QStringLiteral("msi")};
    return s;
}

const QStringList& mediaSuffixes()
{
    static const QStringList s {
        QStringLiteral("mp4"),  QStringLiteral("mov"),  QStringLiteral("m4v"),  QStringLiteral("mkv"),
        QStringLiteral("avi"),  QStringLiteral("ts"),   QStringLiteral("mts"),  QStringLiteral("m2ts"),
        QStringLiteral("mpg"),  QStringLiteral("mpeg"), QStringLiteral("ps"),   QStringLiteral("vob"),
        QStringLiteral("h264"), QStringLiteral("264"),  QStringLiteral("avc"),  QStringLiteral("h265"),
        QStringLiteral("265"),  QStringLiteral("hevc"), QStringLiteral("dav"),  QStringLiteral("wav"),
        QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("aac"),  QStringLiteral("jpg"),
        QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("heic"), QStringLiteral("heif")};
    return s;
}

QByteArray headOf(const QString& lpencPath, const X25519KeyPair& key, qint64 bytes)
{
    auto reader = LpencReader::open(lpencPath, key);
    if (!reader)
        return {};
    QByteArray head(static_cast<qsizetype>(std::min<quint64>((*reader)->size(), static_cast<quint64>(bytes))),
                    Qt::Uninitialized);
    if ((*reader)->read(0, head.data(), head.size()) != head.size())
        return {};
    return head;
}

} // namespace

Status ExhibitImporter::analyse(Pending& p, const ExhibitRequest& request, const QString& storeId,
                                const QDateTime& modified, const Progress& progress, const std::atomic_bool* cancel)
{
    p.modified = modified;
    auto key = importKey();
    if (!key)
        return key.error();
    const QString suffix = QFileInfo(p.name.section(QLatin1Char('!'), -1)).suffix().toLower();
    const NativeHints hints = NativeHints::forFile(p.name, request.fps);
    LP_TRY(identify(p, *key, suffix, hints));
    const QByteArray head = p.probe.type == NativeProbe::Type::Document || p.probe.type == NativeProbe::Type::Image
        ? headOf(p.path, *key, 256 * 1024)
        : QByteArray();
    // HEIC/HEIF (phones): kept, and said plainly why it cannot be shown rather than as an FFmpeg error.
    const bool heifFile = NativeMedia::isHeif(head);
    const bool heif = p.probe.type == NativeProbe::Type::Document && heifFile;
    p.mediaType = NativeProbe::typeName(p.probe.type);
    if (heif)
        p.notes << tr("%1 is a HEIC/HEIF still; neither FFmpeg %2 nor Qt %3 on this workstation can decode HEIF, so "
                      "it cannot be shown. It is kept bit for bit as a document.")
                       .arg(p.name, QString::fromLatin1(av_version_info()), QString::fromLatin1(qVersion()));
    else if (p.probe.type == NativeProbe::Type::Document && !p.probe.problem.isEmpty()
             && mediaSuffixes().contains(suffix))
        p.notes
            << tr("%1 looks like media, but %2; it is kept as a document, bit for bit.").arg(p.name, p.probe.problem);

    // The start time: the investigator's word, else what the file says. A local time in the file (EXIF without an
    // offset, a DHAV header) is the store's: the incident's store, or for a case the one store all its incidents
    // are at; the workstation's zone only when there is no such store (a case on incidents of several stores).
    readStart(p, request, *key, head, heif, heifFile, storeZone(storeId, request.caseId));
    if (!p.probe.timecode.isEmpty() && !p.startSource.startsWith(QLatin1String("container timecode")))
        p.notes << tr("%1 carries the timecode %2.").arg(p.name, p.probe.timecode);

    if (!p.probe.needsWorkingCopy())
        return {};
    return makeWorkingCopy(p, *key, hints, progress, cancel);
}

// What the file is: FFmpeg's probe (never for a document's suffix), Qt's image readers for a still FFmpeg does not
// read, and the frame rate of a raw stream, refused when neither the stream nor the investigator gives it.
Status ExhibitImporter::identify(Pending& p, const X25519KeyPair& key, const QString& suffix, const NativeHints& hints)
{
    if (!documentSuffixes().contains(suffix))
        p.probe = NativeMedia::probe(p.path, key, hints);
    else
        p.probe.problem.clear();
    if (p.probe.type == NativeProbe::Type::Document) {
        // Qt may read stills FFmpeg does not (HEIC with the KDE image plugins).
        auto reader = LpencReader::open(p.path, key);
        if (reader && !documentSuffixes().contains(suffix)) {
            LpencDevice device(std::move(*reader));
            device.open(QIODevice::ReadOnly);
            QImageReader image(&device);
            if (image.canRead() && image.size().isValid()) {
                p.probe.type = NativeProbe::Type::Image;
                p.probe.info.container = QString::fromLatin1(image.format());
                p.probe.info.videoCodec = QString::fromLatin1(image.format());
                p.probe.info.width = image.size().width();
                p.probe.info.height = image.size().height();
                p.probe.problem.clear();
            }
        }
    }
    if (p.probe.needsFrameRate())
        // Refused rather than guessed: a wrong rate puts every frame at the wrong time. Nothing is kept.
        return makeError(ErrorKind::Usage,
                         tr("%1 is a raw %2 stream that does not state its frame rate (no timing in its parameter "
                            "sets); give the frame rate with --fps (Frame rate in Add evidence) and import it again.")
                             .arg(p.name,
                                  p.probe.info.videoCodec == QLatin1String("hevc") ? QStringLiteral("H.265")
                                                                                   : QStringLiteral("H.264")));
    if (p.probe.rawStream) {
        if (p.probe.fpsSource == QLatin1String("investigator") && p.probe.streamFps > 0
            && std::abs(p.probe.streamFps - p.probe.info.fps) > 0.001)
            p.notes << tr("%1 states %2 fps in its timing; the frame rate given, %3 fps, is used.")
                           .arg(p.name)
                           .arg(p.probe.streamFps, 0, 'g', 6)
                           .arg(p.probe.info.fps, 0, 'g', 6);
        else if (p.probe.fpsSource == QLatin1String("investigator"))
            p.notes << tr("%1 is a raw stream; it is read at the frame rate given, %2 fps.")
                           .arg(p.name)
                           .arg(p.probe.info.fps, 0, 'g', 6);
        else
            p.notes << tr("%1 is a raw stream; its frame rate, %2 fps, is the one its timing states.")
                           .arg(p.name)
                           .arg(p.probe.info.fps, 0, 'g', 6);
    }
    return {};
}

// The time zone of a local time in the file: the store's, or the workstation's when there is no single store.
QTimeZone ExhibitImporter::storeZone(const QString& storeId, const QString& caseId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!storeId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT timezone FROM stores WHERE id = ?"));
        q.addBindValue(storeId);
    } else {
        q.prepare(QStringLiteral("SELECT DISTINCT s.timezone FROM case_incidents ci JOIN incidents i ON i.id = "
                                 "ci.incident_id JOIN stores s ON s.id = i.store_id WHERE ci.case_id = ? LIMIT 2"));
        q.addBindValue(caseId);
    }
    QStringList zones;
    if (q.exec()) {
        const SqlRow row(q);
        while (q.next())
            zones << row.string("timezone");
    }
    if (zones.size() == 1 && QTimeZone(zones.first().toUtf8()).isValid())
        return QTimeZone(zones.first().toUtf8());
    return QTimeZone::systemTimeZone();
}

// When the recording started: the investigator's word, the container's creation time, the HEIF or JPEG EXIF time, a
// DHAV header, or the container's timecode, with where it came from (startSource); a note when nothing says.
void ExhibitImporter::readStart(Pending& p, const ExhibitRequest& request, const X25519KeyPair& key,
                                const QByteArray& head, bool heif, bool heifFile, const QTimeZone& zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    const bool timed = p.probe.type != NativeProbe::Type::Document || heif;
    if (request.start.isValid() && timed) {
        p.start = request.start.toUTC();
        p.startSource = QStringLiteral("investigator");
    } else if (const QDateTime t = NativeMedia::containerStart(p.probe.creationTime); t.isValid()) {
        p.start = t;
        p.startSource = QStringLiteral("container creation_time");
    } else if (heifFile) {
        bool hadOffset = false;
        const QDateTime e = NativeMedia::heifExifStart(
            head,
            [&](qint64 offset, qint64 length) {
                auto reader = LpencReader::open(p.path, key);
                QByteArray bytes(static_cast<qsizetype>(length), Qt::Uninitialized);
                if (!reader || offset < 0 || static_cast<quint64>(offset + length) > (*reader)->size()
                    || (*reader)->read(static_cast<quint64>(offset), bytes.data(), bytes.size()) != bytes.size())
                    return QByteArray();
                return bytes;
            },
            zone, &hadOffset);
        if (e.isValid()) {
            p.start = e;
            p.startSource = hadOffset
                ? QStringLiteral("HEIF Exif DateTimeOriginal")
                : QStringLiteral("HEIF Exif DateTimeOriginal (local time, read as %1)").arg(zoneName);
        } else {
            p.notes << tr("%1 holds no EXIF time that can be read; give the start time if it matters.").arg(p.name);
        }
    } else if (p.probe.type != NativeProbe::Type::Document) {
        const QByteArray videoHead = head.isEmpty() ? headOf(p.path, key, 256 * 1024) : head;
        if (const QDateTime d = NativeMedia::dhavStart(videoHead, zone); d.isValid()) {
            p.start = d;
            p.startSource = QStringLiteral("DHAV header (local time, read as %1)").arg(zoneName);
        } else {
            bool hadOffset = false;
            if (const QDateTime e = NativeMedia::exifStart(videoHead, zone, &hadOffset); e.isValid()) {
                p.start = e;
                p.startSource = hadOffset
                    ? QStringLiteral("EXIF DateTimeOriginal")
                    : QStringLiteral("EXIF DateTimeOriginal (local time, read as %1)").arg(zoneName);
            }
        }
    }
    if (!p.start.isValid() && timed && !p.probe.timecode.isEmpty()) {
        // No better clock: the container's timecode, a time of day on the recorder's (local) clock.
        const QDateTime t = NativeMedia::timecodeStart(p.probe.timecode, p.probe.info.fps, p.modified, zone);
        if (t.isValid()) {
            p.start = t;
            p.startSource = QStringLiteral("container timecode %1 (time of day, read as %2; date: the last day on "
                                           "which it is not after the file's modification time %3)")
                                .arg(p.probe.timecode, zoneName, toUtcString(p.modified));
            p.notes << tr("%1 states no date, only the timecode %2: its start is taken as %3 (that time of day in %4, "
                          "on the last day on which it is not after the file was last modified, %5). Check it, or "
                          "give the start time.")
                           .arg(p.name, p.probe.timecode, toUtcString(t), zoneName, toUtcString(p.modified));
        }
    }
    if (!p.start.isValid() && p.probe.type != NativeProbe::Type::Document)
        p.notes << tr("%1 does not say when it was recorded; give the start time to line it up with other cameras.")
                       .arg(p.name);
}

// The working copy of a master that cannot be played or trimmed directly: an MP4 remux where the video is a codec
// LP Desk is built for and the remux plays, else an H.264 transcode, saying why. A note, not a failure, when neither
// can be made (only Cancel stops the import).
Status ExhibitImporter::makeWorkingCopy(Pending& p, const X25519KeyPair& key, const NativeHints& hints,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    const auto report = [&](qint64 done, qint64 total) {
        if (progress)
            progress(tr("working copy of %1").arg(p.name), done, total);
    };
    QString whyTranscode;
    if (!p.probe.remuxable()) {
        whyTranscode = tr("its video is %1, which LP Desk's player, trims and redaction are not built for")
                           .arg(p.probe.info.videoCodec);
    } else {
        auto remuxed = NativeMedia::remuxToMp4(p.path, key, hints, report, cancel);
        if (!remuxed && remuxed.error().kind == ErrorKind::Cancelled)
            return remuxed.error();
        if (!remuxed)
            whyTranscode = tr("it cannot be remuxed into MP4 (%1)").arg(remuxed.error().message);
        else if (Status kept = keepWorkingCopy(p, key, hints, *remuxed); !kept)
            whyTranscode = tr("its MP4 remux does not play (%1)").arg(kept.error().message);
        else
            return {};
    }
    auto transcoded = NativeMedia::transcodeToMp4(p.path, key, hints, report, cancel);
    if (!transcoded && transcoded.error().kind == ErrorKind::Cancelled)
        return transcoded.error();
    Status kept = transcoded ? Status {} : Status(transcoded.error());
    if (transcoded) {
        transcoded->transcode.insert(QLatin1String("reason"), whyTranscode);
        kept = keepWorkingCopy(p, key, hints, *transcoded);
    }
    if (!kept) {
        p.notes << tr("No working copy of %1: %2, and transcoding it failed (%3).")
                       .arg(p.name, whyTranscode, kept.error().message);
        return {};
    }
    p.notes << tr("The working copy of %1 is transcoded to H.264 (%2) because %3; the master is kept as it came.")
                   .arg(p.name, transcoded->transcode.value(QLatin1String("encoder")).toString(), whyTranscode);
    return {};
}

// Encrypts a working copy into the media folder and checks that it plays (the player's own index of its frames);
// on any failure nothing is left behind.
Status ExhibitImporter::keepWorkingCopy(Pending& p, const X25519KeyPair& key, const NativeHints& hints, Remuxed& made)
{
    const QString copyId = randomUuid();
    const QString copyPath = m_db.mediaDirectory() + QLatin1Char('/') + copyId + QStringLiteral(".lpenc");
    auto written = [&]() -> Result<LpencWriter::Summary> {
        auto writer = LpencWriter::create(copyPath, key.publicKey);
        if (!writer)
            return writer.error();
        LP_TRY((*writer)->write(made.mp4));
        return (*writer)->finish();
    }();
    if (made.mp4.isDetached())
        OPENSSL_cleanse(made.mp4.data(), static_cast<std::size_t>(made.mp4.size()));
    made.mp4.clear();
    if (!written) {
        QFile::remove(copyPath);
        return written.error();
    }
    auto info = MediaProbe::probe(copyPath, key);
    auto decoder = info ? VideoDecoder::open(copyPath, key) : Result<std::unique_ptr<VideoDecoder>>(info.error());
    if (!info || !decoder || (*decoder)->frames().empty()) {
        QFile::remove(copyPath);
        return failure(!info          ? info.error().message
                           : !decoder ? decoder.error().message
                                      : tr("the player finds no frame in it"));
    }
    p.copyPath = copyPath;
    p.copy = *written;
    p.copyInfo = *info;
    p.copyParams = made.toJson();
    if (!made.dropped.isEmpty())
        p.notes << tr("The working copy of %1 leaves out what MP4 cannot carry (%2); the master keeps it.")
                       .arg(p.name, made.dropped.join(QStringLiteral(", ")));
    if (!made.sound.isEmpty())
        p.notes << tr("The working copy of %1 keeps its sound, which MP4 cannot carry as recorded: %2 (the video is "
                      "copied as recorded; the master keeps the original sound).")
                       .arg(p.name, made.sound);
    p.copyParams.insert(QLatin1String("method"),
                        !made.transcode.isEmpty()
                            ? QStringLiteral("transcode to H.264 MP4 (every picture decoded and encoded once)")
                            : made.sound.isEmpty()
                            ? QStringLiteral("remux to MP4 (coded frames copied, not re-encoded)")
                            : QStringLiteral("remux to MP4 (coded video frames copied, not re-encoded; the sound "
                                             "encoded to AAC)"));
    p.copyParams.insert(QLatin1String("source_demuxer"), p.probe.demuxer);
    p.copyParams.insert(QLatin1String("source_codec"), p.probe.info.videoCodec);
    if (!hints.format.isEmpty())
        p.copyParams.insert(QLatin1String("forced_demuxer"), hints.format);
    if (p.probe.rawStream) {
        p.copyParams.insert(QLatin1String("fps"), p.probe.info.fps);
        p.copyParams.insert(QLatin1String("fps_source"), p.probe.fpsSource);
    }
    return {};
}

} // namespace lpdesk
