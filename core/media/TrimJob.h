// One trim (Trimmer::trim), as steps over the state they share. Planning (TrimPlan.cpp): check the range, index the
// source's video packets, choose the frames to stream-copy and the edges to re-encode. Writing (TrimOutput.cpp): open
// the edge encoders or the I_PCM tail, set up the output streams, then write the head, the copied packets with the
// audio, and the tail. Internal to core/media; messages use Trimmer's translation context.
#pragma once

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/H264PcmPictures.h"
#include "media/H26xBitstream.h"
#include "media/Trimmer.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavcodec/codec_id.h>
#include <libavutil/rational.h>
}

#include <QHash>
#include <QSet>

#include <limits>
#include <memory>
#include <optional>

struct AVStream;

namespace lpdesk {

class TrimJob
{
public:
    TrimJob(const TrimRequest& request, const Trimmer::Progress& progress, const std::atomic_bool* cancel);
    ~TrimJob();
    TrimJob(const TrimJob&) = delete;
    TrimJob& operator=(const TrimJob&) = delete;

    Result<TrimResult> run(const QString& lpencPath, const X25519KeyPair& key);

private:
    // A video packet of the source, in decode order.
    struct SourcePacket
    {
        qint64 pts = 0;
        qint64 dts = 0;
        bool key = false;
        bool spliceable = false; // a keyframe the output may start a copied run at (IDR; HEVC IDR/CRA/BLA)
        int frame = -1; // display index
    };

    // Planning (TrimPlan.cpp)
    Status openDecoder(const QString& lpencPath, const X25519KeyPair& key);
    Status openPackets(const QString& lpencPath, const X25519KeyPair& key);
    void indexPackets();
    Status planCopy();
    int firstCopyableKeyframe() const;
    void planCopiedRun(int k);
    Status refuseUncuttable(int k) const;

    // Writing (TrimOutput.cpp)
    Status openEncoders();
    Result<std::unique_ptr<VideoEncoder>> openEncoder(bool tail);
    void addAvcSets(VideoEncoder* e);
    void planPcmTail();
    Status addStreams();
    void describeEdges();
    Status encodeRange(VideoEncoder* encoder, int from, int to);
    Status writeEncoded(AVPacket* pkt);
    Status copyPackets();
    void spliceHevcKeyframe(AVPacket* pkt, int packetIndex);
    Status writePcmTail();
    qint64 durationOf(int i) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool smart() const { return m_req.mode == TrimRequest::Mode::Smart; }
    void advance();

    const TrimRequest m_req;
    const Trimmer::Progress& m_progress;
    const std::atomic_bool* m_cancel;
    TrimResult m_result;

    // The source: decoded frames, and a second demuxer for the packets themselves.
    std::unique_ptr<VideoDecoder> m_dec;
    std::unique_ptr<EncryptedAvio> m_avio;
    AVFormatContext* m_fmt = nullptr;
    int m_vs = -1;
    AVStream* m_vst = nullptr;
    AVRational m_vtb {0, 1};
    AVCodecID m_codecId = AV_CODEC_ID_NONE;
    h26x::AvcConfig m_srcConfig;
    h26x::HvcConfig m_hvcConfig;
    bool m_avcc = false, m_hvcc = false;
    QList<SourcePacket> m_packets;
    qint64 m_reorderDelay = 0; // largest pts - dts (B-frames)

    // The plan: frames [start, headTo] and [tailFrom, b] are re-encoded; the packets in `copied` are copied.
    int m_a = 0, m_b = 0; // the requested frames
    int m_start = 0; // first frame in the output
    int m_headTo = -1, m_tailFrom = 0;
    QSet<int> m_copied; // indices into m_packets
    int m_firstCopied = -1; // packet index of the first copied (key) packet
    qint64 m_basePts = 0;
    int m_total = 0, m_done = 0;

    // The output.
    std::unique_ptr<Mp4Muxer> m_muxer;
    QSet<int> m_usedIds; // SPS/PPS ids taken
    std::unique_ptr<VideoEncoder> m_headEncoder, m_tailEncoder;
    std::optional<H264PcmPictures> m_pcmTail;
    h26x::AvcConfig m_merged; // the output's avcC: the source's sets and the encoders'
    int m_outVideo = -1;
    QHash<int, int> m_audioOut; // source stream -> output stream
    QHash<qint64, int> m_frameOfPts;
    qint64 m_lastDts = std::numeric_limits<qint64>::min();
    QByteArray m_lastCopied; // the last copied video packet (the PCM tail's first idr_pic_id must differ from an IDR's)
};

} // namespace lpdesk
