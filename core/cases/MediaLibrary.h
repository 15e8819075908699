// Originals and derivatives as evidence: which clips a case holds, their lineage, where their encrypted bytes
// are, opening a clip for viewing (recorded in the audit log and the custody chain), registering a new derivative,
// and the corrected wall-clock time of any frame (recorder clock minus the camera's clock offset).
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"
#include "media/MediaProbe.h"
#include "model/MediaRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace lpdesk {

class CaseDatabase;
class VideoDecoder;

struct NewDerivative
{
    QString parentId;
    QString caseId; // may be empty: the custody event then goes to the parent's incident chain
    QString operation; // trim, redact, frame, ...
    QString custodyAction; // trimmed, redacted, still_exported, ...
    QJsonObject parameters;
    QString file; // name inside the media folder (already written, encrypted)
    QString sha256;
    qint64 plaintextSize = 0;
    qint64 fileSize = 0;
    MediaInfo info;
    QString tool;
};

// Where one moment of true (corrected) wall-clock time falls in a clip.
struct ClipMoment
{
    MediaRow media;
    double seconds = 0; // into the clip; negative or past the end when the clip does not cover the moment
    bool covered = false;
    QJsonObject toJson() const;
};

class MediaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::MediaLibrary)

public:
    explicit MediaLibrary(CaseDatabase& db);

    Result<QList<MediaRow>> forCase(const QString& caseId);
    Result<MediaRow> get(const QString& mediaId);
    QString pathOf(const MediaRow& media) const;
    Result<X25519KeyPair> key();
    // The incidents an item comes from (through its lineage), and the cases that hold it.
    QStringList incidentsOf(const QString& mediaId);
    QStringList casesOf(const QString& mediaId);

    // Records the view and returns a decoder. caseId may be empty.
    Result<std::unique_ptr<VideoDecoder>> openForViewing(const QString& mediaId, const QString& caseId);
    // A still is one picture, not a clip: a frame exported from a clip, or an imported photo.
    static bool isStill(const MediaRow& media);
    // The still as a picture (decrypted in memory, EXIF orientation applied), the view recorded like a clip's.
    Result<QImage> openStillForViewing(const QString& mediaId, const QString& caseId);
    Status recordViewed(const QString& mediaId, const QString& caseId, const QString& what);

    Result<QString> registerDerivative(const NewDerivative& derivative);
    // The same inside the caller's transaction (an intake records the master and its working copy together).
    Result<QString> registerDerivativeIn(QSqlDatabase& db, const NewDerivative& derivative);

    // Store time zone and clock offset of the camera that recorded the item (derivatives inherit from the original).
    QTimeZone zoneOf(const MediaRow& media);
    double cameraOffset(const MediaRow& media);
    // True time of the frame `seconds` into the item (for derivatives, offsets in the parent are followed).
    QDateTime trueTime(const MediaRow& media, double seconds);
    // The reverse: seconds into the item at which the true time `when` is shown (NaN if the item has no start).
    double secondsAt(const MediaRow& media, const QDateTime& when);
    // Every video item of the case (originals and derivatives, not stills) at the true time `when`: the view from
    // every camera at one moment, for side-by-side review and for stills of the same instant.
    Result<QList<ClipMoment>> at(const QString& caseId, const QDateTime& when);

private:
    Status requireViewer() const;
    MediaRow rootOf(const MediaRow& media, double* offsetIntoRoot);
    CaseDatabase& m_db;
};

} // namespace lpdesk
