#include "player/TimelineWidget.h"

#include "common/Theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace lpdesk {

namespace {
constexpr int Margin = 8;
constexpr int ThumbHeight = 48;
constexpr int BaseHeight = 90;
constexpr int LaneHeight = 16; // room for the region's name
constexpr int MaxLanes = 8; // more regions share the last lane's height (scrolling a timeline is worse)
} // namespace

QSize TimelineWidget::sizeHint() const
{
    return {600, BaseHeight + 6 + LaneHeight * static_cast<int>(std::min<qsizetype>(m_spans.size(), MaxLanes))};
}

void TimelineWidget::setSpans(const QList<Span>& spans)
{
    const bool resize = spans.size() != m_spans.size();
    m_spans = spans;
    if (resize) {
        setMinimumHeight(sizeHint().height());
        updateGeometry();
    }
    update();
}

QColor TimelineWidget::laneColor(qsizetype lane) const
{
    if (lane < 0 || lane >= m_spans.size())
        return {};
    return m_spans[lane].color.isValid() ? m_spans[lane].color : Theme::timelineLane(palette(), static_cast<int>(lane));
}

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setMinimumHeight(BaseHeight);
    setMouseTracking(true);
}

void TimelineWidget::setDuration(double seconds)
{
    m_duration = seconds;
    update();
}
void TimelineWidget::setPosition(double seconds)
{
    m_position = seconds;
    update();
}
void TimelineWidget::setInOut(double in, double out)
{
    m_in = in;
    m_out = out;
    update();
}
void TimelineWidget::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    update();
}
void TimelineWidget::setTrigger(double seconds)
{
    m_trigger = seconds;
    update();
}
void TimelineWidget::setThumbnails(const QList<QImage>& images)
{
    m_thumbnails = images;
    update();
}

int TimelineWidget::xAt(double seconds) const
{
    if (m_duration <= 0)
        return Margin;
    return Margin + static_cast<int>(std::lround(seconds / m_duration * (width() - 2 * Margin)));
}

double TimelineWidget::secondsAt(int x) const
{
    if (width() <= 2 * Margin)
        return 0;
    return std::clamp(static_cast<double>(x - Margin) / (width() - 2 * Margin) * m_duration, 0.0, m_duration);
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int w = width() - 2 * Margin;
    if (!m_thumbnails.isEmpty()) {
        const int tw = w / static_cast<int>(m_thumbnails.size());
        for (qsizetype i = 0; i < m_thumbnails.size(); ++i)
            p.drawImage(QRect(Margin + static_cast<int>(i) * tw, 4, tw - 1, ThumbHeight), m_thumbnails[i]);
    } else {
        p.fillRect(Margin, 4, w, ThumbHeight, palette().alternateBase());
    }
    const int axis = ThumbHeight + 14;
    p.setPen(palette().text().color());
    p.drawLine(Margin, axis, Margin + w, axis);
    if (m_duration > 0) {
        const double step = m_duration > 600 ? 60 : m_duration > 120 ? 10 : m_duration > 20 ? 5 : 1;
        for (double t = 0; t <= m_duration; t += step)
            p.drawLine(xAt(t), axis - 3, xAt(t), axis + 3);
    }
    if (m_in >= 0 || m_out >= 0) {
        const int x0 = xAt(m_in >= 0 ? m_in : 0);
        const int x1 = xAt(m_out >= 0 ? m_out : m_duration);
        const QColor range = Theme::timelineRange(palette());
        p.fillRect(QRect(x0, 2, x1 - x0, height() - 4), Theme::timelineRangeFill(palette()));
        p.setPen(QPen(range, 3));
        if (m_in >= 0)
            p.drawLine(x0, 2, x0, height() - 2);
        if (m_out >= 0)
            p.drawLine(x1, 2, x1, height() - 2);
    }
    if (m_trigger >= 0) {
        p.setPen(QPen(Theme::timelineTrigger(palette()), 2, Qt::DashLine));
        p.drawLine(xAt(m_trigger), 2, xAt(m_trigger), height() - 2);
    }
    for (const Mark& m : m_marks) {
        const int x = xAt(m.seconds);
        p.setPen(Qt::NoPen);
        p.setBrush(m.kind == MarkKind::Pos ? Theme::timelinePos(palette()) : Theme::timelineBookmark(palette()));
        const QPoint tri[3] = {{x - 5, axis + 12}, {x + 5, axis + 12}, {x, axis + 4}};
        p.drawPolygon(tri, 3);
    }
    paintSpans(p);
    p.setPen(QPen(QColor(255, 255, 255), 3));
    p.drawLine(xAt(m_position), 0, xAt(m_position), height());
    p.setPen(QPen(QColor(0, 0, 0), 1));
    p.drawLine(xAt(m_position), 0, xAt(m_position), height());
}

// The regions' spans, one lane each (the last lane shared beyond MaxLanes), with their names and keyframes.
void TimelineWidget::paintSpans(QPainter& p)
{
    const int lanes = static_cast<int>(std::min<qsizetype>(m_spans.size(), MaxLanes));
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const Span& s = m_spans[i];
        const int lane = static_cast<int>(std::min<qsizetype>(i, lanes - 1));
        const int y = BaseHeight + lane * LaneHeight;
        const int x0 = xAt(s.from);
        const int x1 = xAt(s.toEnd ? m_duration : s.to);
        const QColor c = laneColor(i);
        const QRect bar(x0, y + 1, std::max(2, x1 - x0), LaneHeight - 2);
        p.fillRect(bar, c);
        if (!s.toEnd && s.to < m_duration) { // ends before the clip does: a red gap to the end
            p.setPen(QPen(Theme::timelineTrigger(palette()), 1, Qt::DashLine));
            p.drawLine(x1, y + LaneHeight / 2, xAt(m_duration), y + LaneHeight / 2);
        }
        if (!s.label.isEmpty() && lane == i) {
            // The region's name on its bar (past the bar's end when the bar is too short), in black or white,
            // whichever reads on the bar's colour.
            const QString name = p.fontMetrics().elidedText(s.label, Qt::ElideRight, std::max(bar.width() - 6, 60));
            const int tw = p.fontMetrics().horizontalAdvance(name);
            const bool inside = tw + 6 <= bar.width();
            const QColor behind = inside ? c : palette().base().color();
            p.setPen(Theme::contrast(Qt::black, behind) >= Theme::contrast(Qt::white, behind) ? QColor(Qt::black)
                                                                                              : QColor(Qt::white));
            const QRect text(inside ? bar.left() + 3 : bar.right() + 4, bar.top(), tw + 2, bar.height());
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        p.setPen(QPen(palette().text().color(), 1));
        p.setBrush(QColor(255, 255, 255));
        for (double k : s.keyframes) {
            const int x = xAt(k);
            const QPoint diamond[4]
                = {{x, y}, {x + 4, y + LaneHeight / 2}, {x, y + LaneHeight}, {x - 4, y + LaneHeight / 2}};
            p.drawPolygon(diamond, 4);
        }
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    const int x = static_cast<int>(event->position().x());
    if (m_in >= 0 && std::abs(x - xAt(m_in)) <= 5)
        m_drag = Drag::In;
    else if (m_out >= 0 && std::abs(x - xAt(m_out)) <= 5)
        m_drag = Drag::Out;
    else {
        m_drag = Drag::Playhead;
        Q_EMIT seekRequested(secondsAt(x));
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const double t = secondsAt(static_cast<int>(event->position().x()));
    if (m_drag == Drag::Playhead)
        Q_EMIT seekRequested(t);
    else if (m_drag == Drag::In && (m_out < 0 || t < m_out))
        Q_EMIT inOutEdited(t, m_out);
    else if (m_drag == Drag::Out && t > m_in)
        Q_EMIT inOutEdited(m_in, t);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent*)
{
    m_drag = Drag::None;
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const Mark& m : m_marks)
            if (std::abs(help->pos().x() - xAt(m.seconds)) <= 6) {
                QToolTip::showText(help->globalPos(), m.text, this);
                return true;
            }
        const int lane = (help->pos().y() - BaseHeight) / LaneHeight;
        if (help->pos().y() >= BaseHeight && lane < m_spans.size()) {
            const Span& s = m_spans[lane];
            QToolTip::showText(help->globalPos(),
                               s.toEnd
                                   ? tr("%1: from %2 s to the end of the clip, %3 keyframes")
                                         .arg(s.label, QString::number(s.from, 'f', 2))
                                         .arg(s.keyframes.size())
                                   : tr("%1: from %2 s to %3 s, %4 keyframes — ends before the clip")
                                         .arg(s.label, QString::number(s.from, 'f', 2), QString::number(s.to, 'f', 2))
                                         .arg(s.keyframes.size()),
                               this);
            return true;
        }
        if (m_trigger >= 0 && std::abs(help->pos().x() - xAt(m_trigger)) <= 4) {
            QToolTip::showText(help->globalPos(), tr("Incident trigger"), this);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace lpdesk
