// Paints the current frame scaled to fit, with zoom (wheel, +/-) and pan (drag), and an overlay line of text
// (store-local time with offset, frame number) that never hides image content outside its own box.
#pragma once

#include <QImage>
#include <QWidget>

namespace lpdesk {

class VideoView : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget* parent = nullptr);
    void setFrame(const QImage& frame);
    void setOverlay(const QStringList& lines);
    void setExtraPainter(std::function<void(QPainter&, const QRectF& imageRect)> painter);
    const QImage& frame() const { return m_frame; }
    double zoom() const { return m_zoom; }
    QRectF imageRect() const;
    // Widget position ↔ normalised image coordinates (0..1).
    QPointF toImage(const QPointF& widgetPos) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QImage m_frame;
    QStringList m_overlay;
    double m_zoom = 1.0;
    QPointF m_pan;
    QPointF m_dragStart;
    bool m_dragging = false;
    std::function<void(QPainter&, const QRectF&)> m_extra;
};

} // namespace lpdesk
