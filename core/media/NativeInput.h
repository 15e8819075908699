// NativeMedia's own: an open demuxer on an encrypted native master, shared by the remux (NativeMedia.cpp) and the
// transcode (NativeTranscode.cpp) of working copies. Not part of the public interface.
#pragma once

#include "common/Result.h"
#include "media/EncryptedAvio.h"
#include "media/NativeMedia.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <memory>

namespace lpdesk::native {

// Closes in the right order (the context before its AVIO).
struct NativeInput
{
    std::unique_ptr<EncryptedAvio> avio;
    AVFormatContext* fmt = nullptr;
    ~NativeInput()
    {
        if (fmt)
            avformat_close_input(&fmt);
    }
};

Result<std::unique_ptr<NativeInput>> openNative(const QString& path, const X25519KeyPair& key,
                                                const NativeHints& hints);
// A picture or sound stream (not an attached cover picture).
bool usable(const AVStream* st);
// The first usable video stream; -1: none.
int firstVideo(const AVFormatContext* fmt);

} // namespace lpdesk::native
