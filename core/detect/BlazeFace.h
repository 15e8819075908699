// The face model of assisted redaction (internal to core/detect: it includes OpenCV, so only core/detect's .cpp files
// include it). MediaPipe BlazeFace, the "back" 256×256 model, run by cv::dnn on square patches of a frame: the 896
// anchors are decoded here and overlapping boxes blended as MediaPipe does.
#pragma once

#include <QList>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <string>
#include <vector>

namespace lpdesk::detect::internal {

inline constexpr const char* FaceModelResource = ":/lpdesk/models/blazeface/face_detection_back_256x256_barracuda.onnx";

struct Candidate
{
    cv::Rect2f rect; // pixels
    float score = 0;
};

float iou(const cv::Rect2f& a, const cv::Rect2f& b);
// Weighted non-maximum suppression as MediaPipe does it: overlapping boxes are averaged, weighted by score.
QList<Candidate> blend(QList<Candidate> in, float iouThreshold);

class BlazeFace
{
public:
    bool load(); // the embedded model; false when it is missing or damaged
    // Faces in a square patch of `image` (patch may reach outside the image: padded with black).
    void run(const cv::Mat& image, const cv::Rect& patch, float threshold, QList<Candidate>* out);

private:
    static void decode(const cv::Mat& scores, const cv::Mat& boxes, int cells, int anchors, int size,
                       const cv::Rect& patch, float threshold, QList<Candidate>* out);

    cv::dnn::Net m_net;
    std::vector<std::string> m_outputs;
};

} // namespace lpdesk::detect::internal
