#include "media/H26xBitstream.h"

#include "media/Trimmer.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <cstring>

namespace lpdesk::h26x {

namespace {

// Exp-Golomb reader over an RBSP (emulation-prevention bytes removed).
class BitReader
{
public:
    explicit BitReader(QByteArray rbsp) : m_data(std::move(rbsp)) { }
    int bit()
    {
        if (m_pos >= m_data.size() * 8)
            return 0;
        const int b = (static_cast<unsigned char>(m_data[m_pos / 8]) >> (7 - m_pos % 8)) & 1;
        ++m_pos;
        return b;
    }
    quint32 bits(int n)
    {
        quint32 v = 0;
        while (n--)
            v = (v << 1) | static_cast<quint32>(bit());
        return v;
    }
    quint32 ue()
    {
        int zeros = 0;
        while (bit() == 0 && zeros < 32)
            ++zeros;
        return ((1u << zeros) - 1) + bits(zeros);
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QByteArray rbsp(const QByteArray& nal)
{
    QByteArray out;
    int zeros = 0;
    for (qsizetype i = 1; i < nal.size(); ++i) { // skip the NAL header byte
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

} // namespace

int spsId(const QByteArray& sps)
{
    BitReader r(rbsp(sps));
    r.bits(24);
    return static_cast<int>(r.ue());
}

int spsRefFrames(const QByteArray& sps)
{
    BitReader r(rbsp(sps));
    const quint32 profile = r.bits(8);
    r.bits(16); // constraint flags, level
    r.ue(); // seq_parameter_set_id
    if (profile == 100 || profile == 110 || profile == 122 || profile == 244 || profile == 44 || profile == 83
        || profile == 86 || profile == 118 || profile == 128 || profile == 138 || profile == 139 || profile == 134) {
        if (r.ue() == 3) // chroma_format_idc
            r.bit();
        r.ue();
        r.ue();
        r.bit();
        if (r.bit()) // seq_scaling_matrix_present_flag
            return 0;
    }
    r.ue(); // log2_max_frame_num_minus4
    const quint32 pocType = r.ue();
    if (pocType == 0)
        r.ue();
    else if (pocType == 1)
        return 0;
    return static_cast<int>(r.ue());
}

int ppsId(const QByteArray& pps)
{
    BitReader r(rbsp(pps));
    return static_cast<int>(r.ue());
}
bool parseAvcc(const QByteArray& b, AvcConfig* out)
{
    if (b.size() < 7 || b[0] != 1)
        return false;
    out->profile = static_cast<quint8>(b[1]);
    out->compat = static_cast<quint8>(b[2]);
    out->level = static_cast<quint8>(b[3]);
    out->lengthSize = (static_cast<unsigned char>(b[4]) & 3) + 1;
    qsizetype p = 5;
    auto readSets = [&](int count, QList<QByteArray>* into) {
        for (int i = 0; i < count; ++i) {
            if (p + 2 > b.size())
                return false;
            const int len = (static_cast<unsigned char>(b[p]) << 8) | static_cast<unsigned char>(b[p + 1]);
            p += 2;
            if (p + len > b.size())
                return false;
            into->append(b.mid(p, len));
            p += len;
        }
        return true;
    };
    if (!readSets(static_cast<unsigned char>(b[p++]) & 0x1f, &out->sps) || p >= b.size())
        return false;
    return readSets(static_cast<unsigned char>(b[p++]), &out->pps);
}

QByteArray buildAvcc(const AvcConfig& c)
{
    QByteArray b;
    b.append('\x01');
    b.append(static_cast<char>(c.profile));
    b.append(static_cast<char>(c.compat));
    b.append(static_cast<char>(c.level));
    b.append(static_cast<char>(0xfc | (c.lengthSize - 1)));
    b.append(static_cast<char>(0xe0 | c.sps.size()));
    for (const QByteArray& s : c.sps) {
        b.append(static_cast<char>(s.size() >> 8));
        b.append(static_cast<char>(s.size() & 0xff));
        b.append(s);
    }
    b.append(static_cast<char>(c.pps.size()));
    for (const QByteArray& s : c.pps) {
        b.append(static_cast<char>(s.size() >> 8));
        b.append(static_cast<char>(s.size() & 0xff));
        b.append(s);
    }
    return b;
}

bool firstSliceIsIdr(const AVPacket* pkt, int lengthSize)
{
    qsizetype p = 0;
    while (p + lengthSize <= pkt->size) {
        quint32 len = 0;
        for (int i = 0; i < lengthSize; ++i)
            len = (len << 8) | pkt->data[p + i];
        p += lengthSize;
        if (len == 0 || p + len > static_cast<quint32>(pkt->size))
            return false;
        const int type = pkt->data[p] & 0x1f;
        if (type == 5)
            return true;
        if (type == 1)
            return false;
        p += len;
    }
    return false;
}
int hevcNalType(unsigned char header)
{
    return (header >> 1) & 0x3f;
}
QList<QPair<qsizetype, qsizetype>> lengthPrefixedUnits(const uint8_t* data, qsizetype size, int lengthSize)
{
    QList<QPair<qsizetype, qsizetype>> units;
    qsizetype p = 0;
    while (p + lengthSize <= size) {
        qsizetype len = 0;
        for (int i = 0; i < lengthSize; ++i)
            len = (len << 8) | data[p + i];
        p += lengthSize;
        if (len <= 0 || p + len > size)
            break;
        units.append({p, len});
        p += len;
    }
    return units;
}
int hevcPictureType(const AVPacket* pkt, int lengthSize)
{
    for (const auto& u : lengthPrefixedUnits(pkt->data, pkt->size, lengthSize)) {
        const int type = hevcNalType(pkt->data[u.first]);
        if (type < 32)
            return type;
    }
    return -1;
}
bool parseHvcc(const QByteArray& b, HvcConfig* out)
{
    if (b.size() < 23 || b[0] != 1)
        return false;
    out->lengthSize = (static_cast<unsigned char>(b[21]) & 3) + 1;
    const int arrays = static_cast<unsigned char>(b[22]);
    qsizetype p = 23;
    for (int a = 0; a < arrays; ++a) {
        if (p + 3 > b.size())
            return false;
        const int type = static_cast<unsigned char>(b[p]) & 0x3f;
        const int count = (static_cast<unsigned char>(b[p + 1]) << 8) | static_cast<unsigned char>(b[p + 2]);
        p += 3;
        for (int i = 0; i < count; ++i) {
            if (p + 2 > b.size())
                return false;
            const int len = (static_cast<unsigned char>(b[p]) << 8) | static_cast<unsigned char>(b[p + 1]);
            p += 2;
            if (p + len > b.size())
                return false;
            if (type >= 32 && type <= 34)
                out->parameterSets << b.mid(p, len);
            p += len;
        }
    }
    return !out->parameterSets.isEmpty();
}

void appendLengthPrefixed(QByteArray* out, const QByteArray& nal)
{
    const quint32 n = static_cast<quint32>(nal.size());
    out->append(static_cast<char>(n >> 24));
    out->append(static_cast<char>((n >> 16) & 0xff));
    out->append(static_cast<char>((n >> 8) & 0xff));
    out->append(static_cast<char>(n & 0xff));
    out->append(nal);
}

// An x265 Annex B packet as 4-byte length-prefixed NAL units; keeps its in-band parameter sets (the source's sets
// use the same ids, so each re-encoded part carries its own), drops access unit delimiters.
QByteArray hevcAnnexBToLengthPrefixed(const QByteArray& annexB)
{
    QByteArray out;
    for (const QByteArray& nal : Trimmer::annexBUnits(annexB))
        if (!nal.isEmpty() && hevcNalType(static_cast<unsigned char>(nal[0])) != 35)
            appendLengthPrefixed(&out, nal);
    return out;
}

void prependHevcParameterSets(AVPacket* pkt, const HvcConfig& config, bool craToBla)
{
    QByteArray data;
    for (const QByteArray& ps : config.parameterSets)
        appendLengthPrefixed(&data, ps);
    const qsizetype prefix = data.size();
    data.append(reinterpret_cast<const char*>(pkt->data), pkt->size);
    if (craToBla)
        for (const auto& u :
             lengthPrefixedUnits(reinterpret_cast<const uint8_t*>(data.constData()) + prefix, pkt->size, 4)) {
            char& header = data[prefix + u.first];
            if (hevcNalType(static_cast<unsigned char>(header)) == 21) // CRA_NUT -> BLA_W_LP
                header = static_cast<char>((static_cast<unsigned char>(header) & 0x81) | (16 << 1));
        }
    AVPacket* out = av_packet_alloc();
    av_new_packet(out, static_cast<int>(data.size()));
    std::memcpy(out->data, data.constData(), static_cast<std::size_t>(data.size()));
    av_packet_copy_props(out, pkt);
    av_packet_unref(pkt);
    av_packet_move_ref(pkt, out);
    av_packet_free(&out);
}

} // namespace lpdesk::h26x
