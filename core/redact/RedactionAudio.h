// The audio of a redacted clip, the same in full and smart renders: the source's audio packets copied, except those
// that overlap a mute (plus a two-frame guard for AAC's overlapping windows), which are replaced by encoded digital
// silence of the same length. Internal to core/redact; messages use Redactor's translation context.
#pragma once

#include "common/Result.h"
#include "media/Codec.h"
#include "redact/RedactionPlan.h"

#include <QByteArray>

struct AVFormatContext;
struct AVPacket;

namespace lpdesk {

class RedactionAudio
{
public:
    // Adds the output stream for the source's audio stream `as` (-1: none). startSeconds: the clip's first video
    // time, which plan times count from.
    Status setUp(AVFormatContext* fmt, int as, Mp4Muxer& muxer, const RedactionPlan& plan, double startSeconds);
    bool present() const { return m_as >= 0; }
    int streamIndex() const { return m_as; }
    // Writes one packet of the source's audio stream (silenced when it overlaps a mute).
    Status write(AVPacket* pkt);
    int silencedPackets() const { return m_silenced; }
    QString describe() const; // "copied", "none", "copied; N AAC packets replaced by encoded silence"

private:
    bool muted(double t, double duration) const;

    Mp4Muxer* m_muxer = nullptr;
    const RedactionPlan* m_plan = nullptr;
    int m_as = -1;
    int m_out = -1;
    AVRational m_atb {1, 1};
    double m_start = 0;
    double m_aacFrame = 0;
    QByteArray m_silence;
    int m_silenced = 0;
};

} // namespace lpdesk
