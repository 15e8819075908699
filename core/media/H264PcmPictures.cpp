#include "media/H264PcmPictures.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>

namespace lpdesk {

namespace {

QByteArray unescape(const QByteArray& nal) // RBSP after the NAL header byte
{
    QByteArray out;
    int zeros = 0;
    for (qsizetype i = 1; i < nal.size(); ++i) {
        const auto c = static_cast<unsigned char>(nal[i]);
        if (zeros >= 2 && c == 3) {
            zeros = 0;
            continue;
        }
        zeros = c == 0 ? zeros + 1 : 0;
        out.append(static_cast<char>(c));
    }
    return out;
}

class Reader
{
public:
    explicit Reader(QByteArray rbsp) : m_data(std::move(rbsp)) { }
    quint32 bits(int n)
    {
        quint32 v = 0;
        while (n--) {
            const int b = m_pos < m_data.size() * 8
                ? (static_cast<unsigned char>(m_data[m_pos / 8]) >> (7 - m_pos % 8)) & 1
                : 0;
            ++m_pos;
            v = (v << 1) | static_cast<quint32>(b);
        }
        return v;
    }
    quint32 ue()
    {
        int zeros = 0;
        while (bits(1) == 0 && zeros < 32)
            ++zeros;
        return ((1u << zeros) - 1) + bits(zeros);
    }
    qint32 se()
    {
        const quint32 v = ue();
        return (v & 1) ? static_cast<qint32>((v + 1) / 2) : -static_cast<qint32>(v / 2);
    }
    bool overrun() const { return m_pos > m_data.size() * 8; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

class Writer
{
public:
    void bits(quint32 v, int n)
    {
        while (n--)
            bit((v >> n) & 1);
    }
    void bit(quint32 b)
    {
        m_cur = static_cast<quint8>((m_cur << 1) | (b & 1));
        if (++m_fill == 8) {
            m_out.append(static_cast<char>(m_cur));
            m_cur = 0;
            m_fill = 0;
        }
    }
    void ue(quint32 v)
    {
        const quint32 x = v + 1;
        int len = 0;
        while ((x >> len) > 1)
            ++len;
        bits(0, len);
        bits(x, len + 1);
    }
    void se(qint32 v) { ue(v > 0 ? static_cast<quint32>(2 * v - 1) : static_cast<quint32>(-2 * v)); }
    void alignZero()
    {
        while (m_fill)
            bit(0);
    }
    // rbsp_trailing_bits, then the NAL unit with its header byte and emulation prevention.
    QByteArray nal(quint8 header)
    {
        bit(1);
        alignZero();
        QByteArray out;
        out.reserve(m_out.size() + m_out.size() / 64 + 2);
        out.append(static_cast<char>(header));
        int zeros = 0;
        for (const char ch : std::as_const(m_out)) {
            const auto c = static_cast<unsigned char>(ch);
            if (zeros >= 2 && c <= 3) {
                out.append('\x03');
                zeros = 0;
            }
            zeros = c == 0 ? zeros + 1 : 0;
            out.append(ch);
        }
        return out;
    }

private:
    QByteArray m_out;
    quint8 m_cur = 0;
    int m_fill = 0;
};

bool highProfile(quint32 p)
{
    return p == 100 || p == 110 || p == 122 || p == 244 || p == 44 || p == 83 || p == 86 || p == 118 || p == 128
        || p == 138 || p == 139 || p == 134 || p == 135;
}

} // namespace

std::optional<H264PcmPictures> H264PcmPictures::forSps(const QByteArray& sps, int ppsId, QString* why)
{
    auto refuse = [why](const QString& reason) -> std::optional<H264PcmPictures> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (sps.isEmpty() || (static_cast<unsigned char>(sps[0]) & 0x1f) != 7)
        return refuse(tr("not an H.264 sequence parameter set"));
    H264PcmPictures p;
    p.m_ppsId = ppsId;
    Reader r(unescape(sps));
    const quint32 profile = r.bits(8);
    r.bits(16); // constraint flags, level_idc
    p.m_spsId = static_cast<int>(r.ue());
    if (highProfile(profile)) {
        p.m_chromaFormat = static_cast<int>(r.ue());
        if (p.m_chromaFormat == 3 && r.bits(1))
            return refuse(tr("separate colour planes"));
        p.m_bitDepthLuma = 8 + static_cast<int>(r.ue());
        p.m_bitDepthChroma = 8 + static_cast<int>(r.ue());
        r.bits(1); // qpprime_y_zero_transform_bypass_flag
        if (r.bits(1)) { // seq_scaling_matrix_present_flag: skip the lists
            for (int i = 0; i < (p.m_chromaFormat != 3 ? 8 : 12); ++i) {
                if (!r.bits(1))
                    continue;
                int last = 8, next = 8;
                for (int j = 0; j < (i < 6 ? 16 : 64); ++j) {
                    if (next != 0)
                        next = (last + r.se() + 256) % 256;
                    last = next == 0 ? last : next;
                }
            }
        }
    }
    p.m_log2MaxFrameNum = 4 + static_cast<int>(r.ue());
    p.m_pocType = static_cast<int>(r.ue());
    if (p.m_pocType == 0) {
        p.m_log2MaxPocLsb = 4 + static_cast<int>(r.ue());
    } else if (p.m_pocType == 1) {
        p.m_deltaPocAlwaysZero = r.bits(1) != 0;
        r.se();
        r.se();
        const quint32 cycle = r.ue();
        for (quint32 i = 0; i < cycle && !r.overrun(); ++i)
            r.se();
    }
    r.ue(); // max_num_ref_frames
    r.bits(1); // gaps_in_frame_num_value_allowed_flag
    p.m_widthMbs = static_cast<int>(r.ue()) + 1;
    p.m_heightMbs = static_cast<int>(r.ue()) + 1;
    if (!r.bits(1)) // frame_mbs_only_flag
        return refuse(tr("field coding"));
    r.bits(1); // direct_8x8_inference_flag
    if (r.bits(1)) { // frame_cropping_flag
        const int unitX = p.m_chromaFormat == 1 || p.m_chromaFormat == 2 ? 2 : 1;
        const int unitY = p.m_chromaFormat == 1 ? 2 : 1;
        p.m_cropLeft = static_cast<int>(r.ue()) * unitX;
        r.ue();
        p.m_cropTop = static_cast<int>(r.ue()) * unitY;
        r.ue();
    }
    if (r.overrun() || p.m_chromaFormat > 3 || p.m_bitDepthLuma > 14 || p.m_bitDepthChroma > 14 || p.m_widthMbs > 1024
        || p.m_heightMbs > 1024 || p.m_log2MaxFrameNum > 16 || p.m_log2MaxPocLsb > 16 || p.m_pocType > 2)
        return refuse(tr("a sequence parameter set this coder cannot read"));
    return p;
}

QByteArray H264PcmPictures::pps() const
{
    Writer w;
    w.ue(static_cast<quint32>(m_ppsId));
    w.ue(static_cast<quint32>(m_spsId));
    w.bit(0); // entropy_coding_mode_flag: CAVLC
    w.bit(0); // bottom_field_pic_order_in_frame_present_flag
    w.ue(0); // num_slice_groups_minus1
    w.ue(0); // num_ref_idx_l0_default_active_minus1
    w.ue(0); // num_ref_idx_l1_default_active_minus1
    w.bit(0); // weighted_pred_flag
    w.bits(0, 2); // weighted_bipred_idc
    w.se(0); // pic_init_qp_minus26
    w.se(0); // pic_init_qs_minus26
    w.se(0); // chroma_qp_index_offset
    w.bit(1); // deblocking_filter_control_present_flag
    w.bit(0); // constrained_intra_pred_flag
    w.bit(0); // redundant_pic_cnt_present_flag
    return w.nal(0x68); // nal_ref_idc 3, PPS
}

QByteArray H264PcmPictures::picture(const AVFrame* frame, int idrPicId) const
{
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(frame->format));
    if (!desc || !(desc->flags & AV_PIX_FMT_FLAG_PLANAR) || (desc->flags & AV_PIX_FMT_FLAG_RGB))
        return {};
    const int components = m_chromaFormat == 0 ? 1 : 3;
    if (desc->nb_components < components || desc->comp[0].depth != m_bitDepthLuma
        || (components == 3 && desc->comp[1].depth != m_bitDepthChroma))
        return {};
    const int subW = m_chromaFormat == 1 || m_chromaFormat == 2 ? 2 : 1;
    const int subH = m_chromaFormat == 1 ? 2 : 1;
    if (components == 3 && ((1 << desc->log2_chroma_w) != subW || (1 << desc->log2_chroma_h) != subH))
        return {};
    if (frame->width + m_cropLeft > m_widthMbs * 16 || frame->height + m_cropTop > m_heightMbs * 16)
        return {};

    Writer w;
    w.ue(0); // first_mb_in_slice
    w.ue(7); // slice_type: I (all slices of the picture)
    w.ue(static_cast<quint32>(m_ppsId));
    w.bits(0, m_log2MaxFrameNum); // frame_num
    w.ue(static_cast<quint32>(idrPicId));
    if (m_pocType == 0)
        w.bits(0, m_log2MaxPocLsb); // pic_order_cnt_lsb
    else if (m_pocType == 1 && !m_deltaPocAlwaysZero)
        w.se(0); // delta_pic_order_cnt[0]
    w.bit(0); // no_output_of_prior_pics_flag: the copied pictures before it are still shown
    w.bit(0); // long_term_reference_flag
    w.se(0); // slice_qp_delta
    w.ue(1); // disable_deblocking_filter_idc: off (PCM samples are final)

    // Samples of a plane at coded position (x, y); outside the frame (the SPS's cropped border) the edge repeats.
    const bool wide = m_bitDepthLuma > 8 || m_bitDepthChroma > 8;
    auto sample = [&](int plane, int x, int y) -> quint32 {
        const int pw = plane == 0 ? frame->width : (frame->width + subW - 1) / subW;
        const int ph = plane == 0 ? frame->height : (frame->height + subH - 1) / subH;
        const int left = plane == 0 ? m_cropLeft : m_cropLeft / subW;
        const int top = plane == 0 ? m_cropTop : m_cropTop / subH;
        x = std::clamp(x - left, 0, pw - 1);
        y = std::clamp(y - top, 0, ph - 1);
        const uint8_t* row = frame->data[plane] + static_cast<qsizetype>(y) * frame->linesize[plane];
        return wide ? reinterpret_cast<const uint16_t*>(row)[x] : row[x];
    };
    const int cw = 16 / subW, ch = 16 / subH;
    for (int mby = 0; mby < m_heightMbs; ++mby) {
        for (int mbx = 0; mbx < m_widthMbs; ++mbx) {
            w.ue(25); // mb_type I_PCM
            w.alignZero(); // pcm_alignment_zero_bit
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x)
                    w.bits(sample(0, mbx * 16 + x, mby * 16 + y), m_bitDepthLuma);
            if (components == 3)
                for (int plane = 1; plane <= 2; ++plane)
                    for (int y = 0; y < ch; ++y)
                        for (int x = 0; x < cw; ++x)
                            w.bits(sample(plane, mbx * cw + x, mby * ch + y), m_bitDepthChroma);
        }
    }
    return w.nal(0x65); // nal_ref_idc 3, IDR slice
}

int H264PcmPictures::idrPicIdOf(const QByteArray& sliceNal) const
{
    if (sliceNal.isEmpty() || (static_cast<unsigned char>(sliceNal[0]) & 0x1f) != 5)
        return -1;
    Reader r(unescape(sliceNal));
    r.ue(); // first_mb_in_slice
    r.ue(); // slice_type
    r.ue(); // pic_parameter_set_id
    r.bits(m_log2MaxFrameNum); // frame_num (frame_mbs_only: no field flags)
    const quint32 id = r.ue();
    return r.overrun() ? -1 : static_cast<int>(id);
}

} // namespace lpdesk
