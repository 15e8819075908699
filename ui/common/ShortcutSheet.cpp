#include "common/ShortcutSheet.h"

#include "common/WindowSize.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

// The window an object answers in: menus are popups of their own, so an action belongs to the window that
// holds its menu.
QWidget* owningWindow(QObject* o)
{
    for (QObject* p = o; p; p = p->parent())
        if (auto* w = qobject_cast<QWidget*>(p); w && w->isWindow() && !qobject_cast<QMenu*>(w))
            return w;
    return nullptr;
}

QString actionLabel(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QWidget* scopeOf(Qt::ShortcutContext context, QWidget* widget)
{
    return context == Qt::WidgetWithChildrenShortcut || context == Qt::WidgetShortcut ? widget : nullptr;
}

bool overlaps(const ShortcutEntry& a, const ShortcutEntry& b)
{
    if (!a.scope || !b.scope)
        return true;
    return a.scope == b.scope || a.scope->isAncestorOf(b.scope) || b.scope->isAncestorOf(a.scope);
}

} // namespace

QList<ShortcutEntry> ShortcutSheet::collect(QWidget* window)
{
    QList<ShortcutEntry> out;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (owningWindow(a) != window)
            continue;
        for (const QKeySequence& k : a->shortcuts())
            if (!k.isEmpty())
                out << ShortcutEntry {k, actionLabel(a->text()), a,
                                      scopeOf(a->shortcutContext(), qobject_cast<QWidget*>(a->parent()))};
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        if (owningWindow(s) != window || !s->isEnabled())
            continue;
        const QString what = s->whatsThis().isEmpty() ? actionLabel(s->objectName()) : s->whatsThis();
        for (const QKeySequence& k : s->keys())
            if (!k.isEmpty())
                out << ShortcutEntry {k, what, s, scopeOf(s->context(), qobject_cast<QWidget*>(s->parent()))};
    }
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->window() != window || b->shortcut().isEmpty() || b->shortcut() == QKeySequence::mnemonic(b->text()))
            continue;
        out << ShortcutEntry {b->shortcut(), actionLabel(b->text()), b, nullptr};
    }
    return out;
}

QStringList ShortcutSheet::conflicts(QWidget* window)
{
    const QList<ShortcutEntry> all = collect(window);
    QStringList out;
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = i + 1; j < all.size(); ++j)
            if (all[i].key == all[j].key && all[i].owner != all[j].owner && overlaps(all[i], all[j]))
                out << QStringLiteral("%1: %2 / %3")
                           .arg(all[i].key.toString(QKeySequence::PortableText), all[i].what, all[j].what);
    return out;
}

void ShortcutSheet::install(QWidget* window)
{
    auto* help = new QShortcut(QKeySequence(QKeySequence::HelpContents), window);
    help->setWhatsThis(tr("Keyboard shortcuts"));
    connect(help, &QShortcut::activated, window, [window] {
        auto* sheet = new ShortcutSheet(window);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->show();
    });
}

ShortcutSheet::ShortcutSheet(QWidget* window) : QDialog(window), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts — %1").arg(window->windowTitle()));
    m_table->setHeaderLabels({tr("Keys"), tr("Does")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QList<ShortcutEntry> entries = collect(window);
    std::sort(entries.begin(), entries.end(),
              [](const ShortcutEntry& a, const ShortcutEntry& b) { return a.what.localeAwareCompare(b.what) < 0; });
    for (const ShortcutEntry& e : entries) {
        if (e.what.isEmpty())
            continue;
        new QTreeWidgetItem(m_table, {e.key.toString(QKeySequence::NativeText), e.what});
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Shortcuts of this window. Player keys work while the player has the focus."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(520, 560));
}

} // namespace lpdesk
