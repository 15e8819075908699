// The bits of H.264 and H.265 streams the smart trim (media/Trimmer) works with: avcC and hvcC configuration
// records, parameter-set ids, the first picture of a packet, and length-prefixed NAL unit framing.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstdint>

struct AVPacket;

namespace lpdesk::h26x {

// H.264
int spsId(const QByteArray& sps);
// max_num_ref_frames of an H.264 SPS (0 when the SPS uses syntax this reader skips).
int spsRefFrames(const QByteArray& sps);
int ppsId(const QByteArray& pps);

struct AvcConfig
{
    quint8 profile = 0, compat = 0, level = 0;
    int lengthSize = 4;
    QList<QByteArray> sps, pps;
};

bool parseAvcc(const QByteArray& b, AvcConfig* out);
QByteArray buildAvcc(const AvcConfig& c);
bool firstSliceIsIdr(const AVPacket* pkt, int lengthSize);

// H.265
int hevcNalType(unsigned char header);
// First VCL NAL type of an HEVC packet (-1 if none).
int hevcPictureType(const AVPacket* pkt, int lengthSize);

struct HvcConfig
{
    int lengthSize = 4;
    QList<QByteArray> parameterSets; // VPS, SPS, PPS (and SEI arrays) in the hvcC's order
};

bool parseHvcc(const QByteArray& b, HvcConfig* out);
// An x265 Annex B packet as 4-byte length-prefixed NAL units; keeps its in-band parameter sets (the source's sets
// use the same ids, so each re-encoded part carries its own), drops access unit delimiters.
QByteArray hevcAnnexBToLengthPrefixed(const QByteArray& annexB);
// A copied HEVC keyframe beside re-encoded parts with their own in-band sets (same ids): the packet becomes the
// source's parameter sets followed by its own bytes, its CRA marked BLA_W_LP when craToBla (its leading pictures are
// not copied). Keeps the packet's timestamps and flags.
void prependHevcParameterSets(AVPacket* pkt, const HvcConfig& config, bool craToBla);

// Both
// The NAL units of a length-prefixed packet: (offset of the NAL header, size).
QList<QPair<qsizetype, qsizetype>> lengthPrefixedUnits(const uint8_t* data, qsizetype size, int lengthSize);
void appendLengthPrefixed(QByteArray* out, const QByteArray& nal);

} // namespace lpdesk::h26x
