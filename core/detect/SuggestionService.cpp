#include "detect/SuggestionService.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionService.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace lpdesk {

namespace {

QString regionLabel(const detect::Track& t, int number)
{
    switch (t.kind) {
    case detect::Kind::Face:
        return SuggestionService::tr("Face %1 (detected in %2 frames, confidence %3)")
            .arg(number)
            .arg(t.detections)
            .arg(static_cast<double>(t.confidence), 0, 'f', 2);
    case detect::Kind::Person:
        return SuggestionService::tr("Person %1 (detected in %2 frames, confidence %3)")
            .arg(number)
            .arg(t.detections)
            .arg(static_cast<double>(t.confidence), 0, 'f', 2);
    case detect::Kind::Plate:
        return SuggestionService::tr("Possible plate %1 (low confidence %3, detected in %2 frames)")
            .arg(number)
            .arg(t.detections)
            .arg(static_cast<double>(t.confidence), 0, 'f', 2);
    case detect::Kind::Region:
        return SuggestionService::tr("Tracked region %1").arg(number);
    }
    return {};
}

RegionOrigin originOf(const detect::Track& t)
{
    RegionOrigin o;
    o.source = t.kind == detect::Kind::Region ? QStringLiteral("person") : QStringLiteral("detection");
    o.kind = detect::kindName(t.kind);
    switch (t.kind) {
    case detect::Kind::Face:
        o.model = detect::Detector::faceModelName();
        o.modelSha256 = detect::Detector::faceModelSha256();
        break;
    case detect::Kind::Person:
        o.model = QStringLiteral("OpenCV 4.6 HOG people detector");
        break;
    case detect::Kind::Plate:
        o.model = QStringLiteral("OpenCV 4.6 Haar plate cascade (opencv-data)");
        break;
    case detect::Kind::Region:
        o.model = QStringLiteral("OpenCV 4.6 CSRT tracker");
        break;
    }
    if (t.kind != detect::Kind::Region)
        o.confidence = std::clamp(static_cast<double>(t.confidence), 0.0, 1.0);
    return o;
}

// A few crops of each track's sightings, decoded in frame order (bounded: count × size per track).
QList<QList<QImage>> thumbnailsOf(VideoDecoder& video, const QList<detect::Track>& tracks, int count, int size,
                                  const std::atomic_bool* cancel)
{
    QList<QList<QImage>> out(tracks.size());
    if (count <= 0)
        return out;
    std::map<int, QList<std::pair<qsizetype, QRectF>>> wanted; // frame → (track, box)
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        QList<const detect::TrackBox*> seen;
        for (const detect::TrackBox& b : tracks[i].boxes)
            if (b.detected)
                seen << &b;
        if (seen.isEmpty())
            for (const detect::TrackBox& b : tracks[i].boxes)
                seen << &b;
        const qsizetype n = std::min<qsizetype>(count, seen.size());
        for (qsizetype k = 0; k < n; ++k) {
            const detect::TrackBox* b = seen[n == 1 ? 0 : k * (seen.size() - 1) / (n - 1)];
            wanted[b->frame] << std::make_pair(i, b->rect);
        }
    }
    for (const auto& [frame, boxes] : wanted) {
        if (cancel && cancel->load())
            break;
        auto image = video.frameAt(frame);
        if (!image)
            continue;
        for (const auto& [track, box] : boxes) {
            const QRect r = QRectF(box.x() * image->width(), box.y() * image->height(), box.width() * image->width(),
                                   box.height() * image->height())
                                .toAlignedRect()
                                .intersected(image->rect());
            if (!r.isEmpty())
                out[track] << image->copy(r).scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
    }
    return out;
}

Suggestion build(VideoDecoder& video, const QList<detect::Track>& tracks, const detect::Options& options,
                 const SuggestionStyle& style, const std::atomic_bool* cancel = nullptr)
{
    Suggestion s;
    s.tracks = tracks;
    QMap<detect::Kind, int> numbers;
    QJsonArray found;
    for (const detect::Track& t : tracks) {
        RedactionRegion r
            = detect::Detector::toRegion(t, video.frames(), video.width(), video.height(), options.padding);
        const int n = ++numbers[t.kind];
        r.id = QStringLiteral("%1-%2").arg(detect::kindName(t.kind)).arg(n);
        r.style = style.style;
        r.reason = style.reason;
        r.reasonText = style.reasonText;
        r.label = regionLabel(t, n);
        r.origin = originOf(t);
        s.plan.regions << r;
        found.append(QJsonObject {{QLatin1String("region"), r.id},
                                  {QLatin1String("kind"), detect::kindName(t.kind)},
                                  {QLatin1String("first_frame"), t.firstFrame()},
                                  {QLatin1String("last_frame"), t.lastFrame()},
                                  {QLatin1String("detections"), t.detections},
                                  {QLatin1String("confidence"), static_cast<double>(t.confidence)},
                                  {QLatin1String("keyframes"), static_cast<int>(r.keyframes.size())}});
    }
    QJsonArray kinds;
    for (detect::Kind k : options.kinds)
        kinds.append(detect::kindName(k));
    s.summary = QJsonObject {{QLatin1String("face_model"), detect::Detector::faceModelName()},
                             {QLatin1String("face_model_sha256"), detect::Detector::faceModelSha256()},
                             {QLatin1String("kinds"), kinds},
                             {QLatin1String("detect_every"), options.detectEvery},
                             {QLatin1String("hold_frames"), options.holdFrames},
                             {QLatin1String("follow_frames"), options.followFrames},
                             {QLatin1String("bridge_backwards"), options.bridgeBackwards},
                             {QLatin1String("rescan_every"), options.rescanEvery},
                             {QLatin1String("tile_every"), detect::Detector::tileTurn(options)},
                             {QLatin1String("padding"), options.padding},
                             {QLatin1String("min_confidence"), options.minConfidence},
                             {QLatin1String("min_plate_confidence"), options.minPlateConfidence},
                             {QLatin1String("frames"), video.frameCount()},
                             {QLatin1String("tracks"), found}};
    s.thumbnails = thumbnailsOf(video, tracks, style.thumbnails, style.thumbnailSize, cancel);
    return s;
}

} // namespace

SuggestionService::SuggestionService(CaseDatabase& db) : m_db(db)
{ }

// The reason every suggested region gives. "other" needs its text: a plan without it is refused when it is rendered,
// so a suggestion run that wrote one had its work thrown away at the end.
Status SuggestionService::checkReason(const SuggestionStyle& style) const
{
    if (!RedactionService(m_db).reasons().contains(style.reason))
        return makeError(ErrorKind::Usage, tr("\"%1\" is not one of the redaction reasons.").arg(style.reason));
    if (style.reason == QLatin1String("other") && style.reasonText.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("The reason \"other\" needs a text that says what it is."));
    return {};
}

Result<Suggestion> SuggestionService::suggest(const QString& mediaId, const QString& caseId,
                                              const detect::Options& options, const SuggestionStyle& style,
                                              const detect::Progress& progress, const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::FindRedactions));
    LP_TRY(checkReason(style));
    auto video = MediaLibrary(m_db).openForViewing(mediaId, caseId);
    if (!video)
        return video.error();
    detect::Stats stats;
    auto tracks = detect::Detector::findTracks(**video, options, progress, cancel, &stats);
    if (!tracks)
        return tracks.error();
    Suggestion s = build(**video, *tracks, options, style, cancel);
    if (cancel && cancel->load())
        return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    s.summary.insert(QLatin1String("model_passes"), stats.patchesRun);
    s.summary.insert(QLatin1String("tiles_skipped"), stats.tilesSkipped);
    s.summary.insert(QLatin1String("tiles_deferred"), stats.tilesDeferred);
    s.summary.insert(QLatin1String("tracker_updates"), stats.followerUpdates);
    s.summary.insert(QLatin1String("backward_tracker_updates"), stats.backwardUpdates);
    QJsonObject audit = s.summary;
    audit.insert(QLatin1String("media"), mediaId);
    audit.remove(QLatin1String("tracks"));
    audit.insert(QLatin1String("regions"), static_cast<int>(s.plan.regions.size()));
    LP_TRY(m_db.audit(QStringLiteral("redaction_suggested"), audit));
    return s;
}

Result<Suggestion> SuggestionService::follow(const QString& mediaId, const QString& caseId, double seconds,
                                             const QRectF& pixels, const detect::Options& options,
                                             const SuggestionStyle& style, const detect::Progress& progress,
                                             const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::FindRedactions));
    LP_TRY(checkReason(style));
    auto video = MediaLibrary(m_db).openForViewing(mediaId, caseId);
    if (!video)
        return video.error();
    VideoDecoder& v = **video;
    if (seconds < 0 || seconds > v.duration())
        return makeError(ErrorKind::Usage, tr("%1 s is outside the clip (%2 s).").arg(seconds).arg(v.duration()));
    const QRectF box(pixels.x() / v.width(), pixels.y() / v.height(), pixels.width() / v.width(),
                     pixels.height() / v.height());
    auto track = detect::Detector::followBox(v, v.frameIndexAt(seconds), box, options, progress, cancel);
    if (!track)
        return track.error();
    detect::Options used = options;
    used.kinds = {detect::Kind::Region};
    Suggestion s = build(v, {*track}, used, style, cancel);
    QJsonObject audit {{QLatin1String("media"), mediaId},
                       {QLatin1String("tracked_from"), seconds},
                       {QLatin1String("first_frame"), track->firstFrame()},
                       {QLatin1String("last_frame"), track->lastFrame()}};
    LP_TRY(m_db.audit(QStringLiteral("redaction_region_tracked"), audit));
    return s;
}

QList<int> SuggestionService::uncoveredFrames(const QList<detect::Track>& tracks, const RedactionPlan& plan,
                                              const QList<double>& frameSeconds, double minCovered)
{
    QSet<int> frames;
    for (const detect::Track& t : tracks) {
        if (t.kind != detect::Kind::Face && t.kind != detect::Kind::Person)
            continue;
        for (const detect::TrackBox& b : t.boxes) {
            if (!b.detected || b.frame < 0 || b.frame >= frameSeconds.size() || frames.contains(b.frame))
                continue;
            const double seconds = frameSeconds[b.frame];
            const double area = b.rect.width() * b.rect.height();
            double best = 0;
            for (const RedactionRegion& r : plan.regions) {
                const QRectF i = r.boxAt(seconds).intersected(b.rect);
                if (area > 0 && !i.isEmpty())
                    best = std::max(best, i.width() * i.height() / area);
            }
            if (best < minCovered)
                frames.insert(b.frame);
        }
    }
    QList<int> out(frames.cbegin(), frames.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace lpdesk
