#include "detect/PictureQueue.h"

#include "detect/Detection.h"
#include "media/VideoDecoder.h"

#include <algorithm>

namespace lpdesk::detect::internal {

PictureQueue::PictureQueue(VideoDecoder& video, int depth)
    : m_video(video), m_slots(static_cast<size_t>(std::max(2, depth))), m_frames(video.frameCount())
{
    m_thread = std::thread([this] { decodeAll(); });
}

PictureQueue::~PictureQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PictureQueue::decodeAll()
{
    const int depth = static_cast<int>(m_slots.size());
    for (int f = 0; f < m_frames; ++f) {
        {
            // Frame f goes where frame f − depth was: wait until the caller is done with it.
            std::unique_lock<std::mutex> lock(m_lock);
            m_changed.wait(lock, [&] { return m_stop || f - depth < m_held; });
            if (m_stop)
                return;
        }
        Slot& slot = m_slots[static_cast<size_t>(f % depth)];
        try {
            slot.status = readPicture(m_video, f, slot.picture);
        } catch (const cv::Exception& e) {
            slot.status = failure(Detector::tr("Detection failed in OpenCV: %1").arg(QString::fromUtf8(e.what())));
        }
        {
            const std::lock_guard<std::mutex> lock(m_lock);
            m_made = f + 1;
        }
        m_changed.notify_all();
        if (!slot.status)
            return; // the caller gets the error with this frame, and stops there
    }
}

Status readPicture(VideoDecoder& video, int frame, cv::Mat& picture)
{
    picture.create(video.height(), video.width(), CV_8UC3);
    return video.frameBgr(frame, picture.data, static_cast<qsizetype>(picture.step));
}

Result<const cv::Mat*> PictureQueue::next()
{
    std::unique_lock<std::mutex> lock(m_lock);
    if (m_held + 1 >= m_frames)
        return failure(Detector::tr("The clip has no more frames."));
    ++m_held;
    m_changed.notify_all();
    m_changed.wait(lock, [&] { return m_made > m_held; });
    const Slot& slot = m_slots[static_cast<size_t>(m_held % static_cast<int>(m_slots.size()))];
    if (!slot.status)
        return slot.status.error();
    return &slot.picture;
}

} // namespace lpdesk::detect::internal
