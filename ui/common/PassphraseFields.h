// Two password fields (passphrase and repeat) with a live hint about the match, the rule in force (from core's
// PassphrasePolicy, which also decides) and a line for core's refusal. With a check (core's), the live hint says
// what core would refuse, in core's words, so the hint and the final refusal never disagree.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace lpdesk {

class PassphraseFields : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    bool isAcceptable() const;
    // Returns the passphrase as wiping bytes and clears both fields.
    SecureBytes take();
    // A copy of the passphrase (the fields keep it), for core to check before the dialog closes.
    SecureBytes peek() const;
    // The rule shown under the fields, and core's refusal (empty: none); the input stays.
    void setRule(const QString& rule);
    void setProblem(const QString& problem);
    // Core's check of a candidate passphrase, run as the user types (and by recheck(), when what it depends on,
    // such as the user name, changes).
    void setCheck(std::function<Status(const SecureBytes&)> check);
    void recheck();
    QLabel* hintLabel() const { return m_hint; }
    QLabel* problemLabel() const { return m_problem; }
    QLineEdit* first() const { return m_first; }
    QLineEdit* repeat() const { return m_repeat; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_first;
    QLineEdit* m_repeat;
    QLabel* m_hint;
    QLabel* m_rule;
    QLabel* m_problem;
    std::function<Status(const SecureBytes&)> m_check;
};

} // namespace lpdesk
