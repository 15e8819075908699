// One clip of a release as legal reviews it: a redacted copy plays beside the clip it was made from, in sync
// (same frame time), with every redaction region outlined on the original and listed with its reason and span.
// A clip without redactions plays alone. Stills are shown as pictures (StillView).
#pragma once

#include "cases/MediaLibrary.h"
#include "redact/RedactionPlan.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;
class VideoDecoder;
class VideoView;

class ClipReviewPane : public QWidget
{
    Q_OBJECT
public:
    ClipReviewPane(CaseDatabase& db, const QString& caseId, const MediaRow& item, QWidget* parent = nullptr);
    ~ClipReviewPane() override;

    bool isSideBySide() const { return m_source != nullptr; }
    VideoView* originalView() const { return m_left; } // the source clip (or the clip itself when not redacted)
    VideoView* redactedView() const { return m_right; }
    QTreeWidget* regions() const { return m_regions; }
    int frameCount() const;
    int currentFrame() const { return m_frame; }
    // The redaction boxes outlined on the original at the current frame (normalised).
    QList<QRectF> outlinesShown() const;
    QString errorText() const;

public Q_SLOTS:
    void showFrame(int index);
    void togglePlay();

private:
    void listRegions();
    void layOut();
    void paintOutlines(QPainter& p, const QRectF& imageRect);
    double seconds() const;

    MediaRow m_item;
    RedactionPlan m_plan;
    std::unique_ptr<VideoDecoder> m_clip; // the release item
    std::unique_ptr<VideoDecoder> m_source; // what a redacted copy was made from
    VideoView* m_left;
    VideoView* m_right;
    QSlider* m_slider;
    QLabel* m_time;
    QLabel* m_error;
    QPushButton* m_play;
    QTimer* m_timer;
    QTreeWidget* m_regions;
    int m_frame = -1;
};

// A still, decrypted and shown as a picture, scaled to fit.
class StillView : public QWidget
{
    Q_OBJECT
public:
    StillView(CaseDatabase& db, const MediaRow& item, QWidget* parent = nullptr);
    QImage image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_error;
};

} // namespace lpdesk
