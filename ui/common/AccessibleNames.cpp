#include "common/AccessibleNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>

namespace lpdesk::AccessibleNames {

namespace {

// What this file set last, so that a name or tooltip it derived can be derived again, and one the code set is
// never touched.
constexpr char kDerivedName[] = "lpdeskDerivedAccessibleName";
constexpr char kDerivedTip[] = "lpdeskDerivedToolTip";
constexpr qsizetype kLongestName = 60;

// "&Passphrase:" → "Passphrase"; "<b>Store</b>" → "Store".
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            out += text[++i]; // "&&" is a literal ampersand, "&x" a mnemonic
            continue;
        }
        out += text[i];
    }
    out = out.simplified();
    while (out.endsWith(QLatin1Char(':')) || out.endsWith(QChar(0x2026)))
        out.chop(1);
    if (out.endsWith(QStringLiteral("...")))
        out.chop(3);
    return out.trimmed();
}

QString labelText(const QWidget* label)
{
    if (const auto* l = qobject_cast<const QLabel*>(label))
        return plain(l->text());
    return {};
}

// The text in a form's label column: a label, or the check box that switches the row on ("[x] Due by: [date]").
QString rowLabelText(const QWidget* label)
{
    if (const auto* box = qobject_cast<const QCheckBox*>(label))
        return plain(box->text());
    return labelText(label);
}

bool layoutHolds(QLayout* layout, const QWidget* w)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == w || layoutHolds(item->layout(), w))
            return true;
    }
    return false;
}

// The form row's label, also when the field is a row of widgets ("Journal file: [path] [Browse…]").
QString formLabel(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    if (!parent)
        return {};
    for (const QFormLayout* form : parent->findChildren<QFormLayout*>()) {
        if (QString t = rowLabelText(form->labelForField(w)); !t.isEmpty())
            return t;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            if (field && label && layoutHolds(field->layout(), w))
                if (QString t = rowLabelText(label->widget()); !t.isEmpty())
                    return t;
        }
    }
    return {};
}

QString buddyLabel(QWidget* w)
{
    const QWidget* window = w->window();
    for (const QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() == w)
            if (QString t = plain(label->text()); !t.isEmpty())
                return t;
    return formLabel(w);
}

QString placeholder(QWidget* w)
{
    if (const auto* e = qobject_cast<QLineEdit*>(w))
        return e->placeholderText();
    if (const auto* c = qobject_cast<QComboBox*>(w))
        return c->lineEdit() ? c->lineEdit()->placeholderText() : c->placeholderText();
    if (const auto* e = qobject_cast<QPlainTextEdit*>(w))
        return e->placeholderText();
    if (const auto* e = qobject_cast<QTextEdit*>(w))
        return e->placeholderText();
    return {};
}

// The label right before `w` in the box layout that holds it ("Items to release:" above a list), or the check box
// that switches it on ("[x] From [date]").
QString precedingLabel(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    if (!parent)
        return {};
    for (const QBoxLayout* box : parent->findChildren<QBoxLayout*>()) {
        const int at = box->indexOf(w);
        if (at <= 0)
            continue;
        for (int i = at - 1; i >= 0; --i) {
            QWidget* before = box->itemAt(i)->widget();
            if (!before)
                continue;
            if (const auto* box = qobject_cast<const QCheckBox*>(before))
                return qobject_cast<QAbstractItemView*>(w) ? QString() : plain(box->text());
            return labelText(before);
        }
    }
    return {};
}

// The group box, tab or dock the control sits in, nearest first.
QString container(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (const auto* g = qobject_cast<QGroupBox*>(p); g && !g->title().isEmpty())
            return plain(g->title());
        if (const auto* d = qobject_cast<QDockWidget*>(p); d && !d->windowTitle().isEmpty())
            return plain(d->windowTitle());
        if (auto* stack = qobject_cast<QStackedWidget*>(p->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget()))
                if (const int i = tabs->indexOf(p); i >= 0)
                    return plain(tabs->tabText(i));
    }
    return {};
}

QString derivedName(QWidget* w)
{
    QString name;
    if (const auto* b = qobject_cast<QAbstractButton*>(w))
        name = plain(b->text());
    if (const auto* t = qobject_cast<QToolButton*>(w); name.isEmpty() && t && t->defaultAction())
        name = plain(t->defaultAction()->text());
    if (name.isEmpty())
        name = buddyLabel(w);
    if (name.isEmpty())
        name = plain(placeholder(w));
    if (name.isEmpty() && w->property(kDerivedTip).toString() != w->toolTip())
        name = plain(w->toolTip());
    // A sentence above a list explains it rather than names it: it becomes the description (and the name only
    // when nothing else is found).
    const QString above = name.isEmpty() ? precedingLabel(w) : QString();
    if (!above.isEmpty() && above.size() <= kLongestName)
        name = above;
    else if (!above.isEmpty() && w->accessibleDescription().isEmpty())
        w->setAccessibleDescription(above);
    if (qobject_cast<QComboBox*>(w))
        return name; // without a label of its own, its current item says more than the group around it
    if (name.isEmpty())
        name = container(w);
    if (name.isEmpty())
        name = plain(w->statusTip());
    // A window's one list or table is what the window is about ("Stores", "Outbox").
    if (name.isEmpty() && qobject_cast<QAbstractItemView*>(w)) {
        const QWidget* window = w->window();
        const auto views = window->findChildren<QAbstractItemView*>();
        const auto own = std::count_if(views.cbegin(), views.cend(), [window](const QAbstractItemView* v) {
            return v->window() == window && !qobject_cast<const QHeaderView*>(v);
        });
        if (own == 1)
            name = plain(window->windowTitle());
    }
    return name.isEmpty() ? above : name;
}

bool isInnerPart(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (w->inherits("QDockWidgetTitleButton") || w->inherits("QTableCornerButton"))
        return true;
    return parent
        && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QTabBar*>(parent));
}

} // namespace

QString announced(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool isControl(QWidget* w)
{
    if (!w || isInnerPart(w) || qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w))
        return false;
    if (const auto* e = qobject_cast<QPlainTextEdit*>(w))
        return !e->isReadOnly();
    if (const auto* e = qobject_cast<QTextEdit*>(w))
        return !e->isReadOnly();
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
        || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w)
        || qobject_cast<QAbstractItemView*>(w);
}

void apply(QWidget* w)
{
    if (!isControl(w))
        return;
    const QString derivedBefore = w->property(kDerivedName).toString();
    if (!derivedBefore.isEmpty() && w->accessibleName() == derivedBefore)
        w->setAccessibleName(QString());
    // A combo box announces its current item ("All stores", "1×"), which is its value, not its name.
    if (w->accessibleName().isEmpty() && (announced(w).isEmpty() || qobject_cast<QComboBox*>(w))) {
        const QString name = derivedName(w);
        if (!name.isEmpty()) {
            w->setAccessibleName(name);
            w->setProperty(kDerivedName, name);
        }
    }
    const QString tipBefore = w->property(kDerivedTip).toString();
    if (w->toolTip().isEmpty() || (!tipBefore.isEmpty() && w->toolTip() == tipBefore)) {
        QString tip = w->accessibleDescription();
        if (tip.isEmpty())
            tip = plain(announced(w));
        w->setProperty(kDerivedTip, tip);
        if (w->toolTip() != tip)
            w->setToolTip(tip);
    }
}

} // namespace lpdesk::AccessibleNames
