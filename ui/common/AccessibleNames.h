// Accessible names and tooltips for every control, derived where the code gave none: a screen reader announces
// what the control is, and hovering it says the same. Applied to each widget as it is shown (WindowWatcher), so
// windows need no code of their own; icon-only controls still set their name explicitly.
#pragma once

#include <QString>

class QWidget;

namespace lpdesk::AccessibleNames {

// What assistive technology announces for `w` (its QAccessibleInterface name), empty if nothing.
QString announced(QWidget* w);
// A control a person operates (buttons, text fields, lists, sliders…) rather than Qt's own inner parts.
bool isControl(QWidget* w);
// Gives `w` an accessible name from its label, text, placeholder, group or tab when assistive technology would
// announce nothing, and a tooltip from its accessible description (else its name) when it has none. Names and
// tooltips derived here are derived again when the text they came from changes.
void apply(QWidget* w);

} // namespace lpdesk::AccessibleNames
