// Detection as a case action: opens a clip (a recorded "viewed" custody event), runs the detectors or follows one box,
// and returns a RedactionPlan of suggested regions that the investigator reviews, edits and renders like any plan.
// Investigators only; every run is in the audit log with the model's hash and what it found.
#pragma once

#include "common/Result.h"
#include "detect/Detection.h"
#include "redact/RedactionPlan.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>

namespace lpdesk {

class CaseDatabase;

struct Suggestion
{
    RedactionPlan plan; // one region per track, region i from tracks[i]
    QList<detect::Track> tracks;
    QJsonObject summary; // what ran (model, hash, settings) and what it found
    QList<QList<QImage>> thumbnails; // per track, a few crops of its detections (SuggestionStyle::thumbnails)
};

struct SuggestionStyle
{
    QString reason = QStringLiteral("bystander");
    QString reasonText; // required when the reason is "other" (a plan refuses "other" without it)
    RedactionRegion::Style style = RedactionRegion::Style::Blur;
    int thumbnails = 0; // crops per track for the review panel (each at most thumbnailSize pixels high)
    int thumbnailSize = 64;
};

class SuggestionService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SuggestionService)

public:
    explicit SuggestionService(CaseDatabase& db);

    Result<Suggestion> suggest(const QString& mediaId, const QString& caseId, const detect::Options& options,
                               const SuggestionStyle& style, const detect::Progress& progress = {},
                               const std::atomic_bool* cancel = nullptr);
    // Follows a box given in pixels of the frame shown at `seconds`.
    Result<Suggestion> follow(const QString& mediaId, const QString& caseId, double seconds, const QRectF& pixels,
                              const detect::Options& options, const SuggestionStyle& style,
                              const detect::Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // Frames where a tracked face or person was detected (a real sighting, not held or interpolated) and no region
    // of the plan covers at least `minCovered` of the detected box: what the editor warns about before rendering.
    // frameSeconds: each frame's start time in the clip.
    static QList<int> uncoveredFrames(const QList<detect::Track>& tracks, const RedactionPlan& plan,
                                      const QList<double>& frameSeconds, double minCovered = 0.9);

private:
    Status checkReason(const SuggestionStyle& style) const;

    CaseDatabase& m_db;
};

} // namespace lpdesk
