#include "player/VideoView.h"

#include "common/Theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace lpdesk {

VideoView::VideoView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoView"));
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoView::setFrame(const QImage& frame)
{
    m_frame = frame;
    update();
}

void VideoView::setOverlay(const QStringList& lines)
{
    m_overlay = lines;
    update();
}

void VideoView::setExtraPainter(std::function<void(QPainter&, const QRectF&)> painter)
{
    m_extra = std::move(painter);
    update();
}

QRectF VideoView::imageRect() const
{
    if (m_frame.isNull())
        return {};
    const QSizeF fit = QSizeF(m_frame.size()).scaled(size(), Qt::KeepAspectRatio) * m_zoom;
    const QPointF topLeft((width() - fit.width()) / 2 + m_pan.x(), (height() - fit.height()) / 2 + m_pan.y());
    return QRectF(topLeft, fit);
}

QPointF VideoView::toImage(const QPointF& p) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    return QPointF((p.x() - r.left()) / r.width(), (p.y() - r.top()) / r.height());
}

void VideoView::zoomIn()
{
    m_zoom = std::min(8.0, m_zoom * 1.25);
    update();
}

void VideoView::zoomOut()
{
    m_zoom = std::max(1.0, m_zoom / 1.25);
    if (m_zoom == 1.0)
        m_pan = {};
    update();
}

void VideoView::resetZoom()
{
    m_zoom = 1.0;
    m_pan = {};
    update();
}

void VideoView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0);
    const QRectF r = imageRect();
    p.drawImage(r, m_frame);
    if (m_extra)
        m_extra(p, r);
    if (!m_overlay.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.05);
        p.setFont(f);
        const QFontMetrics fm(f);
        int h = 6;
        int w = 0;
        for (const QString& line : m_overlay) {
            h += fm.height();
            w = std::max(w, fm.horizontalAdvance(line));
        }
        const QRect box(8, height() - h - 8, w + 12, h);
        p.fillRect(box, Theme::overVideo().background);
        p.setPen(Theme::overVideo().text);
        int y = box.top() + 3 + fm.ascent();
        for (const QString& line : m_overlay) {
            p.drawText(box.left() + 6, y, line);
            y += fm.height();
        }
    }
}

void VideoView::wheelEvent(QWheelEvent* event)
{
    if (event->angleDelta().y() > 0)
        zoomIn();
    else
        zoomOut();
}

void VideoView::mousePressEvent(QMouseEvent* event)
{
    if (m_zoom > 1.0 && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position() - m_pan;
    }
    QWidget::mousePressEvent(event);
}

void VideoView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        m_pan = event->position() - m_dragStart;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void VideoView::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

} // namespace lpdesk
