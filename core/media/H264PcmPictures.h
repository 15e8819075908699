// Codes frames as H.264 IDR pictures made only of I_PCM macroblocks, under a stream's own SPS and a CAVLC PPS of our
// own: the samples travel verbatim (lossless without a transform-bypass SPS), so a smart trim's tail needs no second
// sequence parameter set after the source's copied packets.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct AVFrame;

namespace lpdesk {

class H264PcmPictures
{
    Q_DECLARE_TR_FUNCTIONS(H264PcmPictures)

public:
    // The SPS NAL unit (header byte included, no start code). Empty with *why set when the SPS uses what this
    // coder does not write (field coding, separate colour planes).
    static std::optional<H264PcmPictures> forSps(const QByteArray& sps, int ppsId, QString* why = nullptr);

    QByteArray pps() const; // NAL unit, no start code
    // One IDR picture (a single slice NAL, no start code) of the frame's samples; the frame is in the stream's
    // coded pixel format (decoder output). Empty if the frame's format does not match the SPS.
    QByteArray picture(const AVFrame* frame, int idrPicId) const;
    // idr_pic_id of an IDR slice NAL under this SPS (-1 if it is not one).
    int idrPicIdOf(const QByteArray& sliceNal) const;

private:
    H264PcmPictures() = default;
    int m_spsId = 0;
    int m_ppsId = 0;
    int m_chromaFormat = 1;
    int m_bitDepthLuma = 8;
    int m_bitDepthChroma = 8;
    int m_log2MaxFrameNum = 4;
    int m_pocType = 0;
    int m_log2MaxPocLsb = 4;
    bool m_deltaPocAlwaysZero = false;
    int m_widthMbs = 0;
    int m_heightMbs = 0;
    int m_cropLeft = 0; // in luma samples
    int m_cropTop = 0;
};

} // namespace lpdesk
