// Renders a redaction plan onto a clip. Full: every frame decoded from the encrypted original, each active region's
// interpolated box filled, pixelated or blurred in the decoded pixels, and the result encoded as H.264 (libx264)
// at the same resolution and frame rate with the same timestamps. Smart (H.264/H.265 sources, SmartRedaction): only
// the GOPs that hold a region are re-encoded, in the source's codec; every other GOP's packets are copied. Audio
// packets are copied, except those that overlap a mute (plus a two-frame guard for AAC's overlapping windows), which
// are replaced by encoded digital silence of the same length: the mute is exact, the timeline does not move, everything
// else is untouched.
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"
#include "redact/RedactionEffects.h"
#include "redact/RedactionPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <atomic>
#include <functional>

namespace lpdesk {

struct RedactionLogEntry
{
    QString regionId;
    QString style;
    QString reason;
    QString reasonText;
    double from = 0;
    double to = 0;
    int frames = 0;
    bool untilEnd = false;
    RegionOrigin origin; // drawn by a person or suggested by a detector, and who accepted it
};

enum class RedactionMode { Auto, Smart, Full }; // Auto: smart when the source allows it, full otherwise

struct RedactionResult
{
    QByteArray mp4;
    QList<RedactionLogEntry> log;
    int frames = 0;
    QString encoder;
    QString audio; // "copied", "copied with N packets silenced", "none", "re-encoded with mutes"
    int silencedPackets = 0;
    QList<RegionEnding> endings; // regions that end while the clip goes on (RedactionPlan::earlyEndings)
    bool endingsConfirmed = false; // the investigator saw the warning and confirmed it
    QString renderedBy; // fills the acceptance of regions no one accepted in the editor (a plan file rendered as is)
    QString renderedAt;
    // How the video was made: "smart" (GOPs without a region copied) or "full"; why smart was not used.
    QString mode;
    QString fallbackReason;
    int gops = 0, gopsReencoded = 0;
    int framesReencoded = 0, framesCopied = 0, packetsCopied = 0;
    QList<QPair<int, int>> reencodedFrames; // display-frame ranges, inclusive (smart)
    QJsonArray logJson() const;
    QJsonObject renderJson() const;
    QString summary() const; // one sentence for the CLI and the editor
};

class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Redactor)

public:
    using Progress = std::function<void(int done, int total)>;
    static QString modeName(RedactionMode mode);
    static bool parseMode(const QString& text, RedactionMode* mode);
    // Each frame's start time in the clip, for RedactionPlan::earlyEndings.
    static Result<QList<double>> frameSeconds(const QString& lpencPath, const X25519KeyPair& key);
    static Result<RedactionResult> render(const QString& lpencPath, const X25519KeyPair& key, const RedactionPlan& plan,
                                          const Progress& progress = {}, const std::atomic_bool* cancel = nullptr,
                                          const QByteArray& preset = "veryfast",
                                          RedactionMode mode = RedactionMode::Auto);
    // The boxes drawn on a frame shown at t (the plan's own interpolation and hold), shared by both modes.
    static QList<RedactionBox> boxesAt(const RedactionPlan& plan, double t);
};

} // namespace lpdesk
