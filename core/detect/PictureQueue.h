// The pictures of a detection run, decoded ahead on a thread of their own (internal to core/detect: it includes
// OpenCV). Decoding and colour conversion then overlap with the model passes and the followers instead of holding
// them up, and fill the core the detectors leave idle when they have an odd number of patches. A few pictures are
// kept (bounded memory) and handed over in frame order; they are the same pictures as decoding in place.
#pragma once

#include "common/Result.h"

#include <opencv2/core.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace lpdesk {
class VideoDecoder;
}

namespace lpdesk::detect::internal {

// Frame `frame` of `video` into `picture` (B, G, R, video.height() × video.width(), (re)made when its size differs).
// VideoDecoder::frameBgr writes nothing outside the rows it is given (media/PictureConverter.h).
Status readPicture(VideoDecoder& video, int frame, cv::Mat& picture);

class PictureQueue
{
public:
    // Starts decoding from frame 0. Until the queue is destroyed only its thread uses `video`. The queue's thread
    // calls no OpenCV function that runs in parallel: OpenCV runs every parallel loop serially while another thread
    // is inside one, which would take the second core from the detectors.
    explicit PictureQueue(VideoDecoder& video, int depth = 3);
    ~PictureQueue(); // stops decoding and waits for the thread
    PictureQueue(const PictureQueue&) = delete;
    PictureQueue& operator=(const PictureQueue&) = delete;

    // The next frame's picture (B, G, R), valid until the next call.
    Result<const cv::Mat*> next();

private:
    void decodeAll();

    struct Slot
    {
        cv::Mat picture;
        Status status;
    };
    VideoDecoder& m_video;
    std::vector<Slot> m_slots; // frame f in slot f % depth
    int m_frames = 0;
    int m_held = -1; // the frame the caller holds; earlier slots may be reused
    int m_made = 0; // frames decoded so far
    bool m_stop = false;
    std::mutex m_lock;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace lpdesk::detect::internal
