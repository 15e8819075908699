// Keyboard shortcuts, one owner per key sequence: collects every shortcut a window answers to (menu actions,
// QShortcuts, buttons with a key that is not just their mnemonic), finds the sequences that two owners would
// fight over (Qt then runs neither and prints "Ambiguous shortcut overload"), and shows the sheet (F1).
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTreeWidget;

namespace lpdesk {

struct ShortcutEntry
{
    QKeySequence key;
    QString what;
    QObject* owner = nullptr;
    QWidget* scope = nullptr; // null: the whole window; else only while the focus is inside this widget
};

class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(QWidget* window);

    static QList<ShortcutEntry> collect(QWidget* window);
    // "F5: Pull now / Refresh inbox" for every sequence with more than one owner at the same time.
    static QStringList conflicts(QWidget* window);
    // F1 in `window` opens its sheet.
    static void install(QWidget* window);
    QTreeWidget* table() const { return m_table; }

private:
    QTreeWidget* m_table;
};

} // namespace lpdesk
