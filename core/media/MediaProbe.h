// What a clip is: container, duration, codecs, resolution, frame rate, read through the encrypted AVIO. The duration
// of a clip with video is the player's: from its first frame to the end of its last (the container's own figure,
// which counts a longer audio track or a variable frame rate's guess, is kept beside it).
#pragma once

#include "common/Result.h"
#include "crypto/Lpenc.h"

#include <QJsonObject>
#include <QString>

namespace lpdesk {

struct MediaInfo
{
    QString container;
    double duration = 0;
    double containerDuration = 0; // what the container says, when it differs from the frames
    QString videoCodec;
    int width = 0;
    int height = 0;
    double fps = 0;
    QString audioCodec;
    int sampleRate = 0;
    int channels = 0;
    bool hasVideo() const { return !videoCodec.isEmpty(); }
    QJsonObject toJson() const;
};

class MediaProbe
{
public:
    static Result<MediaInfo> probe(const QString& lpencPath, const X25519KeyPair& key);
};

} // namespace lpdesk
