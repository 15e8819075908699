// A long result (check database, verify a package) in a window that fits the screen: a one-line verdict on top
// and the details in a scrollable, selectable text below, instead of a message box taller than the screen.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace lpdesk {

class ResultSheet : public QDialog
{
    Q_OBJECT
public:
    ResultSheet(const QString& title, const QString& verdict, const QString& details, bool ok,
                QWidget* parent = nullptr);
    QLabel* verdict() const { return m_verdict; }
    QPlainTextEdit* details() const { return m_details; }

private:
    QLabel* m_verdict;
    QPlainTextEdit* m_details;
};

} // namespace lpdesk
