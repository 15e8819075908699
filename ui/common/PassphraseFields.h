// Two password fields (passphrase and repeat) with a live hint about length and match.
#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

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
    QLineEdit* first() const { return m_first; }
    QLineEdit* repeat() const { return m_repeat; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_first;
    QLineEdit* m_repeat;
    QLabel* m_hint;
};

} // namespace lpdesk
