// A redaction plan (resources/schemas/redaction-plan-v1.json): regions with a style (blur, pixelate, fill), a reason
// from a configurable list (bystander, minor, staff_not_involved, payment_data, screen_contents, other + text) and
// keyframes {t, x, y, w, h} in normalised frame coordinates, interpolated linearly between keyframes (a region
// exists from its first keyframe to its last, or to the end of the clip when it holds to the end: "until_end");
// and audio mutes {from, to, reason}. Parsing refuses anything out of range before a single frame is rendered.
// earlyEndings() lists where a region ends while the clip goes on: the way a redaction leaks by accident.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace lpdesk {

struct RedactionKeyframe
{
    double t = 0;
    double x = 0, y = 0, w = 0, h = 0;
    QRectF rect() const { return QRectF(x, y, w, h); }
};

// Where a region came from, for the redaction log: drawn by a person, or suggested by a detector (which model, its
// hash, the track's best score) and accepted by a person (who, when, in UTC). Empty source: not recorded (older plans).
struct RegionOrigin
{
    QString source; // "person", "detection" or empty
    QString kind; // detection: face, person, plate, region (a box a person drew and the tracker followed)
    QString model; // detection: the detector (e.g. the face model's name)
    QString modelSha256;
    double confidence = -1; // detection: the track's best score; -1 when none
    QString acceptedBy; // the user who drew or accepted it
    QString acceptedAt; // UTC, RFC 3339
    bool isEmpty() const { return source.isEmpty(); }
    QJsonObject toJson() const;
    QString describe() const; // "detection (face, model …, SHA-256 …, confidence 0.93), accepted by ivy at …"
};

struct RedactionRegion
{
    enum class Style { Blur, Pixelate, Fill };
    QString id;
    Style style = Style::Blur;
    QString reason;
    QString reasonText;
    QString label;
    QList<RedactionKeyframe> keyframes; // sorted by t
    bool holdToEnd = false; // "until_end": the last keyframe's box stays until the clip ends
    RegionOrigin origin;
    bool visible = true; // editor only, not serialised

    double start() const { return keyframes.isEmpty() ? 0 : keyframes.first().t; }
    double end() const { return keyframes.isEmpty() ? 0 : keyframes.last().t; } // the last keyframe
    bool activeAt(double t) const;
    // The interpolated box at t (normalised); empty when the region is not active.
    QRectF boxAt(double t) const;
    static QString styleName(Style style);
    static bool parseStyle(const QString& text, Style* style);
};

// Frames [firstFrame, lastFrame] (times from..to) after a region's end while the clip still runs: whatever the
// region hid is visible there unless the investigator ended the region on purpose.
struct RegionEnding
{
    QString regionId;
    QString label;
    int firstFrame = 0;
    int lastFrame = 0;
    double from = 0;
    double to = 0;
    int frames() const { return lastFrame - firstFrame + 1; }
    QString describe() const; // "Region r1 ends at frame 38: frames 39–45 (00:02.600–00:03.000) are not covered."
};

struct AudioMute
{
    double from = 0;
    double to = 0;
    QString reason;
};

class RedactionPlan
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RedactionPlan)

public:
    static constexpr int MaxRegions = 500;
    static constexpr int MaxKeyframes = 20000;
    static constexpr int MaxMutes = 1000;
    static constexpr qint64 MaxJsonSize = 8 * 1024 * 1024;

    static QStringList defaultReasons();
    // reasons: the configured list (an admin setting); empty uses the defaults.
    static Result<RedactionPlan> parse(const QByteArray& json, const QStringList& reasons = {});
    QJsonObject toJson() const;
    QByteArray canonical() const; // canonical JSON, what the plan's hash covers
    QString sha256() const;
    // Checks against the clip it will be applied to (times inside the clip).
    Status checkAgainst(double duration) const;
    // Every region that ends before the clip does; frameSeconds: each frame's start time in the clip.
    QList<RegionEnding> earlyEndings(const QList<double>& frameSeconds) const;
    static QString describe(const QList<RegionEnding>& endings); // one line each

    QList<RedactionRegion> regions;
    QList<AudioMute> mutes;
};

} // namespace lpdesk
