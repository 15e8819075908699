#include "common/PassphraseFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace lpdesk {

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent),
      m_first(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_rule(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_first->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_rule->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("passphraseRule"));
    m_rule->setVisible(false);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setVisible(false);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_rule);
    form->addRow(QString(), m_problem);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseFields::update);
    update();
}

bool PassphraseFields::isAcceptable() const
{
    return !m_first->text().isEmpty() && m_first->text() == m_repeat->text();
}

SecureBytes PassphraseFields::take()
{
    QString text = m_first->text();
    m_first->clear();
    m_repeat->clear();
    return SecureBytes::fromPassphrase(text);
}

SecureBytes PassphraseFields::peek() const
{
    QString text = m_first->text();
    return SecureBytes::fromPassphrase(text);
}

void PassphraseFields::setRule(const QString& rule)
{
    m_rule->setText(rule);
    m_rule->setVisible(!rule.isEmpty());
}

void PassphraseFields::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PassphraseFields::setCheck(std::function<Status(const SecureBytes&)> check)
{
    m_check = std::move(check);
    update();
}

void PassphraseFields::recheck()
{
    update();
}

void PassphraseFields::update()
{
    // No length advice of its own: the only rule shown is the one core enforces (its words, its numbers).
    const QString p = m_first->text();
    const Status allowed = p.isEmpty() || !m_check ? Status() : m_check(peek());
    if (p.isEmpty())
        m_hint->setText(tr("Use a long passphrase: several unrelated words are easy to type and hard to guess."));
    else if (!allowed)
        m_hint->setText(allowed.errorMessage());
    else if (p != m_repeat->text())
        m_hint->setText(tr("The two passphrases differ."));
    else
        m_hint->setText(tr("The passphrases match."));
    // A refusal shown earlier goes once the passphrase changes to one core accepts.
    if (allowed && m_problem->isVisible())
        setProblem(QString());
    Q_EMIT changed();
}

} // namespace lpdesk
