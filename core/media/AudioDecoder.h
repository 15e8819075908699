// Decodes a clip's audio track (from .lpenc) to interleaved signed 16-bit PCM at the track's rate, from any
// position, for playback in the review player and for the audio-mute checks of redactions.
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace lpdesk {

class AudioDecoder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AudioDecoder)

public:
    ~AudioDecoder();
    // NotFound when the clip has no audio track.
    static Result<std::unique_ptr<AudioDecoder>> open(const QString& lpencPath, const X25519KeyPair& key);
    int sampleRate() const;
    int channels() const;
    // Positions at `seconds` (relative to the video's first frame when alignTo is given) and discards until there.
    Status seek(double seconds);
    // Up to maxBytes of PCM; empty at the end.
    QByteArray read(int maxBytes);
    // All samples as float, planar-mixed to mono, for analysis (tests).
    Result<QList<float>> readAllMono();
    double startSeconds() const; // where the audio track starts in the clip

private:
    AudioDecoder();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lpdesk
