#include "detect/SuggestionService.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionService.h"

#include <QJsonArray>

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
        return SuggestionService::tr("Possible plate %1 (low confidence, %2 frames)").arg(number).arg(t.detections);
    case detect::Kind::Region:
        return SuggestionService::tr("Tracked region %1").arg(number);
    }
    return {};
}

Suggestion build(VideoDecoder& video, const QList<detect::Track>& tracks, const detect::Options& options,
                 const SuggestionStyle& style)
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
        r.label = regionLabel(t, n);
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
                             {QLatin1String("padding"), options.padding},
                             {QLatin1String("min_confidence"), options.minConfidence},
                             {QLatin1String("frames"), video.frameCount()},
                             {QLatin1String("tracks"), found}};
    return s;
}

} // namespace

SuggestionService::SuggestionService(CaseDatabase& db) : m_db(db)
{ }

Result<Suggestion> SuggestionService::suggest(const QString& mediaId, const QString& caseId,
                                              const detect::Options& options, const SuggestionStyle& style,
                                              const detect::Progress& progress, const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::FindRedactions));
    if (!RedactionService(m_db).reasons().contains(style.reason))
        return makeError(ErrorKind::Usage, tr("\"%1\" is not one of the redaction reasons.").arg(style.reason));
    auto video = MediaLibrary(m_db).openForViewing(mediaId, caseId);
    if (!video)
        return video.error();
    auto tracks = detect::Detector::findTracks(**video, options, progress, cancel);
    if (!tracks)
        return tracks.error();
    Suggestion s = build(**video, *tracks, options, style);
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
    if (!RedactionService(m_db).reasons().contains(style.reason))
        return makeError(ErrorKind::Usage, tr("\"%1\" is not one of the redaction reasons.").arg(style.reason));
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
    Suggestion s = build(v, {*track}, used, style);
    QJsonObject audit {{QLatin1String("media"), mediaId},
                       {QLatin1String("tracked_from"), seconds},
                       {QLatin1String("first_frame"), track->firstFrame()},
                       {QLatin1String("last_frame"), track->lastFrame()}};
    LP_TRY(m_db.audit(QStringLiteral("redaction_region_tracked"), audit));
    return s;
}

} // namespace lpdesk
