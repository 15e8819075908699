#include "common/Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

constexpr char kKey[] = "view/theme";

QPalette& desktopPalette()
{
    static QPalette palette;
    return palette;
}
bool& desktopPaletteKnown()
{
    static bool known = false;
    return known;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// What setStatus/setBanner gave a widget, kept in a property so that a palette change can colour it again.
constexpr char kToneProperty[] = "lpdeskTone";
constexpr int kWarningBanner = 100;
constexpr int kAlertBanner = 101;

// The palette a widget would have without its own colours: its parent's, or the application's for its class.
QPalette inheritedPalette(const QWidget* w)
{
    return w->parentWidget() ? w->parentWidget()->palette() : QApplication::palette(w);
}

void applyTone(QWidget* w)
{
    const int tone = w->property(kToneProperty).toInt();
    if (tone == static_cast<int>(Theme::Status::Normal)) {
        if (w->testAttribute(Qt::WA_SetPalette)) {
            w->setAutoFillBackground(false);
            w->setPalette(QPalette()); // every role inherited again
        }
        return;
    }
    const QPalette from = inheritedPalette(w);
    const bool banner = tone >= kWarningBanner;
    const Theme::Pair colours = banner ? (tone == kAlertBanner ? Theme::alertBanner(from) : Theme::warningBanner(from))
                                       : Theme::Pair {Theme::statusText(static_cast<Theme::Status>(tone), from), {}};
    const QPalette now = w->palette();
    if (w->testAttribute(Qt::WA_SetPalette) && now.color(QPalette::WindowText) == colours.text
        && now.color(QPalette::Text) == colours.text && (!banner || now.color(QPalette::Window) == colours.background))
        return; // already so: also ends the PaletteChange this very call sends
    QPalette p; // only the roles set here are the widget's own; the rest follow the parent
    p.setColor(QPalette::WindowText, colours.text);
    p.setColor(QPalette::Text, colours.text);
    if (banner)
        p.setColor(QPalette::Window, colours.background);
    w->setAutoFillBackground(banner);
    w->setPalette(p);
}

// Colours a toned widget again when the palette it inherits changes (the theme, or a new parent).
class ToneFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            if (auto* w = qobject_cast<QWidget*>(watched))
                applyTone(w);
        return false;
    }
};

void setTone(QWidget* w, int tone)
{
    static QPointer<ToneFollower> follower;
    if (!follower)
        follower = new ToneFollower(QCoreApplication::instance());
    w->setProperty(kToneProperty, tone);
    w->installEventFilter(follower); // once per widget: installing the same filter again only moves it first
    applyTone(w);
}

} // namespace

Theme::Choice Theme::saved()
{
    const QString v = QSettings().value(QLatin1String(kKey)).toString();
    if (v == QLatin1String("light"))
        return Choice::Light;
    if (v == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void Theme::save(Choice choice)
{
    QSettings().setValue(QLatin1String(kKey),
                         choice == Choice::Light      ? QStringLiteral("light")
                             : choice == Choice::Dark ? QStringLiteral("dark")
                                                      : QStringLiteral("system"));
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    case Choice::System:
        break;
    }
    return tr("&System (follow the desktop)");
}

QPalette Theme::systemPalette()
{
    if (!desktopPaletteKnown()) {
        desktopPalette() = QApplication::palette();
        desktopPaletteKnown() = true;
    }
    return desktopPalette();
}

void Theme::apply(Choice choice)
{
    const bool changedBefore = desktopPaletteKnown();
    const QPalette system = systemPalette(); // before the first change, what the desktop gave
    if (choice == Choice::System && !changedBefore)
        return; // never overridden: Qt keeps following the desktop's palette
    QApplication::setPalette(choice == Choice::Light      ? lightPalette()
                                 : choice == Choice::Dark ? darkPalette()
                                                          : system);
}

void Theme::addMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(menu);
    const Choice current = saved();
    const std::pair<Choice, const char*> choices[] = {
        {Choice::System, "actionThemeSystem"}, {Choice::Light, "actionThemeLight"}, {Choice::Dark, "actionThemeDark"}};
    for (const auto& [choice, name] : choices) {
        QAction* a = menu->addAction(displayName(choice));
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [c = choice] {
            save(c);
            apply(c);
        });
    }
}

QPalette Theme::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x55, 0xb3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

Theme::Pair Theme::urgentBadge(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x1a, 0x00, 0x00), QColor(0xff, 0x8a, 0x80)};
    return {Qt::white, QColor(0xb0, 0x00, 0x20)};
}

QColor Theme::alertText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor Theme::okText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor Theme::warningText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x53, 0x00);
}

QColor Theme::mutedText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x59, 0x59, 0x59);
}

Theme::Pair Theme::warningBanner(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0xff, 0xd9, 0xb3), QColor(0x4a, 0x30, 0x00)};
    return {QColor(0x5a, 0x2d, 0x00), QColor(0xfd, 0xe2, 0xc8)};
}

Theme::Pair Theme::alertBanner(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0xff, 0xda, 0xd6), QColor(0x5c, 0x15, 0x15)};
    return {QColor(0x7a, 0x10, 0x10), QColor(0xfd, 0xe2, 0xe1)};
}

Theme::Pair Theme::heat(const QPalette& palette, double fraction)
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    if (isDark(palette)) {
        const QColor hot(0xb7, 0x1c, 0x1c);
        QColor fill = hot;
        fill.setAlphaF(static_cast<float>(f));
        return {QColor(0xee, 0xee, 0xee), composite(fill, palette.color(QPalette::Base))};
    }
    const int shade = 255 - static_cast<int>(200 * f);
    return {Qt::black, QColor(255, shade, shade)};
}

QColor Theme::statusText(Status status, const QPalette& palette)
{
    switch (status) {
    case Status::Ok:
        return okText(palette);
    case Status::Warning:
        return warningText(palette);
    case Status::Alert:
        return alertText(palette);
    case Status::Muted:
        return mutedText(palette);
    case Status::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QString Theme::css(Status status, const QPalette& palette)
{
    if (status == Status::Normal)
        return {};
    return QStringLiteral("color:%1").arg(statusText(status, palette).name());
}

QString Theme::css(const Pair& banner)
{
    return QStringLiteral("color:%1;background-color:%2").arg(banner.text.name(), banner.background.name());
}

void Theme::setStatus(QWidget* widget, Status status)
{
    setTone(widget, static_cast<int>(status));
}

void Theme::setBanner(QWidget* widget, bool alert)
{
    setTone(widget, alert ? kAlertBanner : kWarningBanner);
}

Theme::Pair Theme::overVideo()
{
    return {Qt::white, QColor(0, 0, 0, 190)};
}

QColor Theme::timelineRange(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x64, 0xa8, 0xf0) : QColor(0x1c, 0x5f, 0xb4);
}

QColor Theme::timelineTrigger(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc8, 0x00, 0x1e);
}

QColor Theme::timelineRangeFill(const QPalette& palette)
{
    QColor fill = timelineRange(palette);
    fill.setAlpha(60);
    return fill;
}

QColor Theme::timelineBookmark(const QPalette& palette)
{
    // Amber; the earlier fixed #e6a000 was 2.2:1 on white.
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x29) : QColor(0x8a, 0x61, 0x00);
}

QColor Theme::timelinePos(const QPalette& palette)
{
    // Orange; the earlier fixed #e07000 was 3.2:1 on white and 2.3:1 inside the trimmed range.
    return isDark(palette) ? QColor(0xff, 0x99, 0x50) : QColor(0xa3, 0x3f, 0x00);
}

QColor Theme::timelineLane(const QPalette& palette, int lane)
{
    // Blue, green, purple, teal, magenta, brown: apart from the amber bookmark, the orange POS mark, the red
    // trigger and the yellow of a selected region.
    static const QRgb light[] = {0x1f5fbf, 0x2e7d32, 0x7b3fb5, 0x00796b, 0xad1f7a, 0x795548};
    static const QRgb dark[] = {0x64a8f0, 0x66bb6a, 0xb388ff, 0x4dd0c4, 0xf06ab0, 0xc8a27c};
    const int i = ((lane % 6) + 6) % 6;
    return QColor(isDark(palette) ? dark[i] : light[i]);
}

void Theme::drawLabelOverVideo(QPainter& p, const QPointF& at, const QString& text)
{
    const Pair colours = overVideo();
    const QFontMetrics fm(p.font());
    const QRectF box(at, QSizeF(fm.horizontalAdvance(text) + 6, fm.height() + 2));
    p.save();
    p.fillRect(box, colours.background);
    p.setPen(colours.text);
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::composite(const QColor& over, const QColor& under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(static_cast<float>(over.redF() * a + under.redF() * (1 - a)),
                            static_cast<float>(over.greenF() * a + under.greenF() * (1 - a)),
                            static_cast<float>(over.blueF() * a + under.blueF() * (1 - a)));
}

} // namespace lpdesk
