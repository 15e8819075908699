// Light and dark: the interface follows the desktop (Qt 6.4 has no colour-scheme hint, so the platform palette's
// window colour decides) or the person's choice under View → Theme, kept in QSettings. The few colours the palette
// has no role for (the URGENT badge, alerts, timeline marks, labels drawn over video) come from here, chosen per
// theme so that text stays readable (WCAG AA: 4.5:1 for text, 3:1 for marks).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

class QMenu;
class QPainter;
class QPointF;

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
    // A label drawn over video (region names, the frame overlay): its text on a backing that is opaque enough
    // to read over any picture.
    static Pair overVideo();
    // Timeline marks on the timeline's Base: the trimmed range and the incident's trigger.
    static QColor timelineRange(const QPalette& palette);
    static QColor timelineTrigger(const QPalette& palette);

    // Draws `text` with its top-left at `at` on the overVideo() backing.
    static void drawLabelOverVideo(QPainter& p, const QPointF& at, const QString& text);

    // WCAG 2 contrast ratio between two opaque colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
    // `over` composited on `under` (for translucent fills).
    static QColor composite(const QColor& over, const QColor& under);
};

} // namespace lpdesk
