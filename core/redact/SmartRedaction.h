// Smart redaction (Redactor with RedactionMode Smart or Auto): the source's video packets split into GOPs in decode
// order, each starting at a picture a stream can start at (H.264 IDR; H.265 IDR, CRA, BLA). A GOP with a region
// active on any of its frames (RedactionPlan's own interpolation and hold) is decoded, redacted and re-encoded in the
// source's codec from an IDR (libx264 under SPS/PPS ids the source does not use, all sets in the avcC; libx265 with
// in-band parameter sets); every other GOP's packets are copied byte for byte, keeping their timestamps. The leading
// pictures of a copied GOP that follows re-encoded pictures (HEVC RASL/RADL: they may reference the pictures before
// their CRA) are re-encoded with them, the CRA marked BLA_W_LP and the source's parameter sets repeated on it, so
// nothing drifts. A source that cannot be cut this way fails run() with the reason; Redactor then renders in full.
// Internal to core/redact; messages use Redactor's translation context.
#pragma once

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/H26xBitstream.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionAudio.h"
#include "redact/Redactor.h"

extern "C" {
#include <libavcodec/codec_id.h>
#include <libavutil/rational.h>
}

#include <QSet>

#include <limits>
#include <memory>

struct AVStream;

namespace lpdesk {

class SmartRedaction
{
public:
    SmartRedaction(VideoDecoder& dec, const RedactionPlan& plan, RedactionResult& result);
    ~SmartRedaction();
    SmartRedaction(const SmartRedaction&) = delete;
    SmartRedaction& operator=(const SmartRedaction&) = delete;

    // `onlyWhenFaster` (the automatic choice): refuse, so that the full render runs, when the regions cover so much
    // of the clip that copying the rest would not pay for itself (worthIt()).
    Status run(const QString& lpencPath, const X25519KeyPair& key, const Redactor::Progress& progress,
               const std::atomic_bool* cancel, const QByteArray& preset, bool onlyWhenFaster = false);

private:
    struct Packet
    {
        qint64 pts = 0;
        qint64 dts = 0;
        bool irap = false; // a picture a stream can start at: a GOP starts here
        int nalType = -1; // HEVC: the first slice's NAL unit type
        int frame = -1; // display index
        int gop = -1;
        bool copy = false;
    };
    struct Gop
    {
        int first = 0; // packet index of its IRAP
        bool redacted = false; // a region is active on one of its frames
        bool afterReencoded = false; // the GOP before it in decode order has re-encoded pictures
    };
    struct Run
    {
        int from = 0, to = 0; // display frames, inclusive
        int atPacket = -1; // written where its first packet in decode order was
    };

    // Planning (SmartRedaction.cpp)
    Status openPackets(const QString& lpencPath, const X25519KeyPair& key);
    Status checkSource();
    void indexPackets();
    Status planGops();
    Status worthIt() const;
    void markReencoded(QList<char>& reencode);
    Status planRuns(const QList<char>& reencode);

    // Writing (SmartRedactionOutput.cpp)
    Result<std::unique_ptr<VideoEncoder>> openEncoder() const;
    Status openOutput();
    Status writeAll();
    Status encodeRun(const Run& run);
    bool keyframeAt(const Run& run, int frame) const;
    Status writeEncoded(AVPacket* pkt);
    Status writeCopied(AVPacket* pkt, int index);
    void spliceHevcIrap(AVPacket* pkt, int index);
    qint64 durationOf(int frame) const;
    void advance();

    VideoDecoder& m_dec;
    const RedactionPlan& m_plan;
    RedactionResult& m_result;
    const Redactor::Progress* m_progress = nullptr;
    const std::atomic_bool* m_cancel = nullptr;
    QByteArray m_preset;

    std::unique_ptr<EncryptedAvio> m_avio;
    AVFormatContext* m_fmt = nullptr;
    int m_vs = -1;
    AVStream* m_vst = nullptr;
    AVRational m_vtb {0, 1};
    AVCodecID m_codecId = AV_CODEC_ID_NONE;
    h26x::AvcConfig m_avcConfig;
    h26x::HvcConfig m_hvcConfig;
    bool m_avcc = false, m_hvcc = false;
    QList<Packet> m_packets;
    QList<Gop> m_gops;
    QList<Run> m_runs;
    qint64 m_reorderDelay = 0; // largest pts - dts (B-frames)

    std::unique_ptr<Mp4Muxer> m_muxer;
    RedactionAudio m_audio;
    int m_outVideo = -1;
    int m_spsId = -1;
    QByteArray m_encoderSets; // the first run encoder's extradata; every run's must equal it (one avcC)
    bool m_afterRun = false; // a run was written since the last copied IRAP
    qint64 m_lastDts = std::numeric_limits<qint64>::min();
    int m_done = 0;
};

} // namespace lpdesk
