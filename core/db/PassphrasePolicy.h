// PassphrasePolicy: what a newly chosen passphrase must be (NIST SP 800-63B): at least the minimum length (8, an
// administrator may raise it), at most 256 characters, no composition rules, and not a common or breached password
// (Openwall's list from Debian's john-data, compiled in), a repetition or sequence, or built from the user's name,
// the organisation or "LP Desk". Core checks it wherever a passphrase is chosen; unlocking never does.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

enum class PassphraseProblem {
    None,
    TooShort,
    TooLong,
    Invisible, // a control or format character (zero-width space, bidi mark, BOM) or bytes that are not UTF-8
    Common, // on the common/breached list, also once digits and symbols at the ends or look-alikes are undone
    Repetitive, // "aaaaaaaa", "abcabcabc", "12345678", "qwertyui"
    Personal, // the user name, the organisation or LP Desk with a few digits or symbols
};

class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PassphrasePolicy)

public:
    static constexpr int DefaultMinimumLength = 8;
    static constexpr int HighestMinimumLength = 64;
    static constexpr int MaximumLength = 256;

    explicit PassphrasePolicy(int minimumLength = DefaultMinimumLength);

    // The policy in force in an open database (its stored minimum; the default when unset or out of range).
    static PassphrasePolicy of(CaseDatabase& db);
    // Administrators (manage users): the minimum length, 8 to 64, stored in the database and audited.
    static Status setMinimumLength(CaseDatabase& db, int length);
    // The context words for a person: their name, the organisation (and its longer words) and LP Desk's names.
    static QStringList contextWords(const QString& userName, const QString& organisation);

    int minimumLength() const { return m_minimumLength; }
    PassphraseProblem problemWith(const SecureBytes& passphrase, const QStringList& contextWords) const;
    // Refused with ErrorKind::Usage and the rule that failed, in words.
    Status check(const SecureBytes& passphrase, const QStringList& contextWords) const;
    QString explain(PassphraseProblem problem) const;
    // The rule in one sentence, for the dialogs that choose a passphrase.
    QString describe() const;

    // Entries on the compiled-in common-password list (lower case).
    static int commonListSize();

private:
    int m_minimumLength;
};

} // namespace lpdesk
