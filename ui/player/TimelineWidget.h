// The clip's timeline under the player: a strip of thumbnails, the in/out range with draggable handles, the
// playhead, markers (bookmarks with notes, as tooltips), the incident's trigger time and (in the redaction editor)
// one lane per region with its span, keyframes and name, each lane in its own colour. Click or drag to seek.
#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QPainter;

namespace lpdesk {

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    // A bookmark or a POS transaction; drawn in the theme's colour for its kind (Theme::timelineBookmark/Pos).
    enum class MarkKind { Bookmark, Pos };
    struct Mark
    {
        double seconds = 0;
        QString text;
        MarkKind kind = MarkKind::Bookmark;
    };

    // A lane under the axis: a redaction region's span, its keyframes, and whether it runs to the clip's end.
    struct Span
    {
        QString label;
        double from = 0;
        double to = 0;
        bool toEnd = false;
        QList<double> keyframes;
        QColor color;
    };

    explicit TimelineWidget(QWidget* parent = nullptr);

    void setDuration(double seconds);
    void setPosition(double seconds);
    void setInOut(double in, double out); // negative: unset
    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return m_marks; }
    void setTrigger(double seconds); // negative: none
    void setThumbnails(const QList<QImage>& images);
    void setSpans(const QList<Span>& spans);
    const QList<Span>& spans() const { return m_spans; }
    // The colour lane `lane` is drawn in: its span's own (the selected region's), else one per lane from the theme.
    QColor laneColor(qsizetype lane) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void seekRequested(double seconds);
    void inOutEdited(double in, double out);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void paintSpans(QPainter& p);
    double secondsAt(int x) const;
    int xAt(double seconds) const;

    double m_duration = 0;
    double m_position = 0;
    double m_in = -1;
    double m_out = -1;
    double m_trigger = -1;
    QList<Mark> m_marks;
    QList<QImage> m_thumbnails;
    QList<Span> m_spans;
    enum class Drag { None, Playhead, In, Out } m_drag = Drag::None;
};

} // namespace lpdesk
