// One sound stream MP4 cannot carry as it is (a DVR's or a phone's PCM, G.711), decoded and encoded to AAC at its own
// rate and channels, so a working copy keeps the recording's sound. Used by the remux (video packets copied) and by
// the transcode of a working copy.
#pragma once

#include "common/Result.h"
#include "media/Codec.h"

#include <QCoreApplication>

#include <memory>

struct AVAudioFifo;
struct AVFormatContext;
struct SwrContext;

namespace lpdesk {

class SoundToAac
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SoundToAac)

public:
    static constexpr int Bitrate = 128000;

    SoundToAac() = default;
    ~SoundToAac();
    SoundToAac(const SoundToAac&) = delete;
    SoundToAac& operator=(const SoundToAac&) = delete;

    // Opens the decoder of src's stream i and the AAC encoder; the output stream is made from encoder().
    Status open(const AVFormatContext* src, unsigned i);
    void reset(); // back to not open (a sound that could not be added after all)
    bool isOpen() const { return m_stream >= 0; }
    int stream() const { return m_stream; } // the input stream; -1 before open()
    const AVCodecContext* encoder() const { return m_encoder ? m_encoder->context() : nullptr; }
    // "#1 pcm_s16le encoded to AAC 128 kb/s", for the lineage.
    QString description() const;
    QString sourceCodec() const { return m_source; }

    // One packet of the input stream (nullptr: the end). Encoded packets go to sink in the encoder's time base, the
    // first sample at its time from the file's start.
    Status encode(const AVPacket* pkt, const PacketSink& sink);

private:
    Status drain(bool end, const PacketSink& sink);

    const AVFormatContext* m_src = nullptr;
    int m_stream = -1;
    AVCodecContext* m_decoder = nullptr;
    std::unique_ptr<AudioEncoder> m_encoder;
    SwrContext* m_swr = nullptr;
    AVAudioFifo* m_fifo = nullptr;
    qint64 m_next = -1; // the next sample's time, in samples from the clip's start; -1 before the first
    QString m_source;
};

} // namespace lpdesk
