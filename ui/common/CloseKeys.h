// The keys that close a window of its own (the case window, the redaction editor, the stand-alone player): Esc,
// Ctrl+W on every platform, and whatever else the platform binds to Close (Ctrl+F4 comes first on some, and
// QKeySequence(QKeySequence::Close) holds only the first binding, which left Ctrl+W dead).
#pragma once

class QDialog;
class QShortcut;
class QString;
class QWidget;

namespace lpdesk {

// One shortcut owning all of those keys in `window`, which it closes (closeEvent may still refuse); `what` is how
// the keyboard shortcut sheet (F1) describes it.
QShortcut* installCloseKeys(QWidget* window, const QString& what);

// Ctrl+W (and the platform's Close keys) for a dialog shown as a window of its own, as reject() — what Esc already
// does in every QDialog, so a dialog that asks before it goes still asks. Done once per dialog, by WindowWatcher when
// the dialog is shown; not for message boxes (their Esc is their escape button) nor a dialog that binds the keys
// itself.
void installDialogCloseKeys(QDialog* dialog);

// Set while the idle lock closes the windows because no one has used LP Desk for a while: no one is there to answer
// "save your changes?", and the workstation must not stay signed in behind that question. A window with unsaved work
// then keeps it without asking (the redaction editor saves its plan: a plan renders nothing and nothing leaves).
void setClosingUnattended(bool unattended);
bool closingUnattended();

} // namespace lpdesk
