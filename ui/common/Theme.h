// Light and dark: the interface follows the desktop (Qt 6.4 has no colour-scheme hint, so the platform palette's
// window colour decides) or the person's choice under View → Theme, kept in QSettings. The few colours the palette
// has no role for (the URGENT badge, alert/ok/warning text, banners, the heat map, timeline marks, labels drawn over
// video) come from here, chosen per theme so that text stays readable (WCAG AA: 4.5:1 for text, 3:1 for marks).
// Widgets never write a colour by value (TestGuiThemes scans ui/ and app/ for that).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

class QMenu;
class QPainter;
class QPointF;
class QWidget;

namespace lpdesk {

class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
public:
    enum class Choice { System, Light, Dark };

    static Choice saved();
    static void save(Choice choice);
    // Sets the application's palette (System: the desktop's own) and remembers what the desktop's was.
    static void apply(Choice choice);
    static QString displayName(Choice choice);
    // A "Theme" submenu in `view`: System, Light, Dark; choosing one applies and saves it.
    static void addMenu(QMenu* view);

    static QPalette systemPalette();
    static QPalette lightPalette();
    static QPalette darkPalette();
    // Dark when the window background is darker than the text on it.
    static bool isDark(const QPalette& palette);

    struct Pair
    {
        QColor text;
        QColor background;
    };
    // The URGENT badge in the inbox: its text on its own fill.
    static Pair urgentBadge(const QPalette& palette);
    // Text that warns (urgent rows, errors), on the palette's Base and Window.
    static QColor alertText(const QPalette& palette);
    // Text that reports success (intact, matched), on the palette's Base and Window.
    static QColor okText(const QPalette& palette);
    // Text that cautions (notes, personal data, a store lagging behind), on the palette's Base and Window.
    static QColor warningText(const QPalette& palette);
    // Secondary text (hashes, sizes), on the palette's Base and Window.
    static QColor mutedText(const QPalette& palette);
    // A highlighted passage (withheld data, a pane with no footage): its text on its own fill.
    static Pair warningBanner(const QPalette& palette);
    // A banner that needs action (overdue police requests): its text on its own fill.
    static Pair alertBanner(const QPalette& palette);

    // A cell of a heat map (the dashboard's incidents by hour) at `fraction` (0 to 1) of the busiest: its text on
    // its fill, from the palette's Base (none) to a strong red (the busiest).
    static Pair heat(const QPalette& palette, double fraction);

    // What a piece of status text says; Normal is the palette's own text colour.
    enum class Status { Normal, Ok, Warning, Alert, Muted };
    static QColor statusText(Status status, const QPalette& palette);
    // For rich text: the CSS declaration "color:#rrggbb" of `status` (empty for Normal), e.g. in style='…'.
    static QString css(Status status, const QPalette& palette);
    // For rich text: the CSS declarations of a banner's text and fill ("color:…;background-color:…").
    static QString css(const Pair& banner);
    // Colours a widget's text (WindowText and Text) for `status`, computed from the palette it inherits, and again
    // whenever that palette changes (View → Theme). Normal gives the inherited colours back.
    static void setStatus(QWidget* widget, Status status);
    // Fills a widget (a label) with a banner's colours, kept in step with the inherited palette like setStatus.
    // `alert`: alertBanner, otherwise warningBanner. setStatus(widget, Normal) removes it.
    static void setBanner(QWidget* widget, bool alert);
    // A label drawn over video (region names, the frame overlay): its text on a backing that is opaque enough
    // to read over any picture.
    static Pair overVideo();
    // Timeline marks on the timeline's Base: the trimmed range and the incident's trigger.
    static QColor timelineRange(const QPalette& palette);
    static QColor timelineTrigger(const QPalette& palette);
    // The trimmed range's translucent fill over the timeline's Base (marks inside the range are drawn on it).
    static QColor timelineRangeFill(const QPalette& palette);
    // Marks under the axis, 3:1 on the timeline's Base and on the range fill: a bookmark, a POS transaction.
    static QColor timelineBookmark(const QPalette& palette);
    static QColor timelinePos(const QPalette& palette);
    // The redaction editor's region lanes: one of six hues, told apart from each other and 3:1 on the timeline's Base
    // in either theme; lanes past the sixth take the hues again.
    static QColor timelineLane(const QPalette& palette, int lane);

    // Draws `text` with its top-left at `at` on the overVideo() backing.
    static void drawLabelOverVideo(QPainter& p, const QPointF& at, const QString& text);

    // WCAG 2 contrast ratio between two opaque colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
    // `over` composited on `under` (for translucent fills).
    static QColor composite(const QColor& over, const QColor& under);
};

} // namespace lpdesk
