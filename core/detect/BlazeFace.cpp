#include "detect/BlazeFace.h"

#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace lpdesk::detect::internal {

float iou(const cv::Rect2f& a, const cv::Rect2f& b)
{
    const float inter = (a & b).area();
    const float uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0.f;
}

QList<Candidate> blend(QList<Candidate> in, float iouThreshold)
{
    std::sort(in.begin(), in.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    QList<Candidate> out;
    std::vector<bool> used(static_cast<size_t>(in.size()), false);
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (used[static_cast<size_t>(i)])
            continue;
        float sx = 0, sy = 0, sw = 0, sh = 0, total = 0;
        for (qsizetype j = i; j < in.size(); ++j) {
            if (used[static_cast<size_t>(j)] || (j != i && iou(in[i].rect, in[j].rect) < iouThreshold))
                continue;
            used[static_cast<size_t>(j)] = true;
            const float w = in[j].score;
            sx += in[j].rect.x * w;
            sy += in[j].rect.y * w;
            sw += in[j].rect.width * w;
            sh += in[j].rect.height * w;
            total += w;
        }
        out << Candidate {cv::Rect2f(sx / total, sy / total, sw / total, sh / total), in[i].score};
    }
    return out;
}

bool BlazeFace::load()
{
    QFile f(QString::fromLatin1(FaceModelResource));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray model = f.readAll();
    try {
        m_net = cv::dnn::readNetFromONNX(model.constData(), static_cast<size_t>(model.size()));
        m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        m_outputs = m_net.getUnconnectedOutLayersNames();
    } catch (const cv::Exception&) {
        return false;
    }
    return m_outputs.size() == 4;
}

void BlazeFace::run(const cv::Mat& image, const cv::Rect& patch, float threshold, QList<Candidate>* out)
{
    constexpr int Size = 256;
    // The square patch at the model's size; what lies outside the picture (the whole frame's square is taller than
    // the frame) stays black. Only the part inside the picture is resized, straight into its place in the square.
    const cv::Rect inside = patch & cv::Rect(0, 0, image.cols, image.rows);
    if (inside.empty() || patch.width <= 0 || patch.height <= 0)
        return;
    const double sx = static_cast<double>(Size) / patch.width, sy = static_cast<double>(Size) / patch.height;
    const int x0 = static_cast<int>(std::lround((inside.x - patch.x) * sx));
    const int y0 = static_cast<int>(std::lround((inside.y - patch.y) * sy));
    const int x1 = std::min(Size, static_cast<int>(std::lround((inside.br().x - patch.x) * sx)));
    const int y1 = std::min(Size, static_cast<int>(std::lround((inside.br().y - patch.y) * sy)));
    if (x1 <= x0 || y1 <= y0)
        return;
    cv::Mat resized(Size, Size, CV_8UC3, cv::Scalar::all(0)), rgb, input;
    cv::Mat place = resized(cv::Rect(x0, y0, x1 - x0, y1 - y0));
    cv::resize(image(inside), place, place.size(), 0, 0, cv::INTER_AREA);
    cv::cvtColor(resized, rgb, cv::COLOR_BGR2RGB);
    rgb.convertTo(input, CV_32F, 1.0 / 127.5, -1.0);
    // NHWC: the model takes the image as it lies in memory, with a leading batch dimension.
    const int shape[] = {1, Size, Size, 3};
    cv::Mat blob(4, shape, CV_32F, input.data);
    m_net.setInput(blob);
    std::vector<cv::Mat> outs;
    m_net.forward(outs, m_outputs);
    std::map<std::string, cv::Mat> named;
    for (size_t i = 0; i < m_outputs.size(); ++i)
        named[m_outputs[i]] = outs[i];
    const auto find = [&](const char* prefix) -> cv::Mat {
        for (const auto& [name, mat] : named)
            if (name == prefix || name.rfind(std::string(prefix) + ":", 0) == 0)
                return mat;
        return {};
    };
    // Two anchor layers: 16×16 cells with 2 anchors (scores "Identity", boxes "Identity_2") and 8×8 cells with
    // 6 anchors ("Identity_1", "Identity_3"): 896 anchors. Offsets are in pixels of the 256×256 input.
    decode(find("Identity"), find("Identity_2"), 16, 2, Size, patch, threshold, out);
    decode(find("Identity_1"), find("Identity_3"), 8, 6, Size, patch, threshold, out);
}

void BlazeFace::decode(const cv::Mat& scores, const cv::Mat& boxes, int cells, int anchors, int size,
                       const cv::Rect& patch, float threshold, QList<Candidate>* out)
{
    if (scores.empty() || boxes.empty())
        return;
    const auto* s = reinterpret_cast<const float*>(scores.data);
    const auto* b = reinterpret_cast<const float*>(boxes.data);
    const int count = cells * cells * anchors;
    if (static_cast<int>(scores.total()) < count || static_cast<int>(boxes.total()) < count * 16)
        return;
    int i = 0;
    for (int y = 0; y < cells; ++y)
        for (int x = 0; x < cells; ++x)
            for (int a = 0; a < anchors; ++a, ++i) {
                const float score = 1.f / (1.f + std::exp(-s[i]));
                if (score < threshold)
                    continue;
                const float* box = b + static_cast<ptrdiff_t>(i) * 16;
                const float cx = (x + 0.5f) / static_cast<float>(cells) + box[0] / static_cast<float>(size);
                const float cy = (y + 0.5f) / static_cast<float>(cells) + box[1] / static_cast<float>(size);
                const float w = box[2] / static_cast<float>(size);
                const float h = box[3] / static_cast<float>(size);
                if (w <= 0 || h <= 0)
                    continue;
                out->append(
                    Candidate {cv::Rect2f(patch.x + (cx - w / 2) * static_cast<float>(patch.width),
                                          patch.y + (cy - h / 2) * static_cast<float>(patch.height),
                                          w * static_cast<float>(patch.width), h * static_cast<float>(patch.height)),
                               score});
            }
}

} // namespace lpdesk::detect::internal
