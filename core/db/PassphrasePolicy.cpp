#include "db/PassphrasePolicy.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

namespace lpdesk {

namespace {

const QString kPassphraseMinimumSetting = QStringLiteral("passphrase_min_length");

// Copies of the passphrase made for checking are wiped when they go.
struct WipedText
{
    QString text;
    ~WipedText() { wipe(text); }
};

// Openwall's password.lst (Debian's john-data, public domain), compiled in as a compressed resource at build time.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> out;
        QFile f(QStringLiteral(":/lpdesk/passwords/common-passwords.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("#!comment"))
                continue;
            const QString word = QString::fromUtf8(line).trimmed().toCaseFolded();
            if (!word.isEmpty())
                out.insert(word);
        }
        return out;
    }();
    return list;
}

int passphraseCodePoints(const QString& s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

QString lettersCore(const QString& s)
{
    qsizetype from = 0, to = s.size();
    while (from < to && !s.at(from).isLetter())
        ++from;
    while (to > from && !s.at(to - 1).isLetter())
        --to;
    return s.mid(from, to - from);
}

QString undoLookAlikes(QString s)
{
    static const QList<QPair<QChar, QChar>> map {{u'@', u'a'}, {u'4', u'a'}, {u'0', u'o'}, {u'1', u'i'},
                                                 {u'!', u'i'}, {u'3', u'e'}, {u'5', u's'}, {u'$', u's'},
                                                 {u'7', u't'}, {u'+', u't'}, {u'8', u'b'}, {u'9', u'g'}};
    for (QChar& c : s)
        for (const auto& [from, to] : map)
            if (c == from)
                c = to;
    return s;
}

bool isCommonPassword(const QString& folded)
{
    const QSet<QString>& list = commonPasswords();
    WipedText core {lettersCore(folded)};
    WipedText plain {undoLookAlikes(folded)};
    WipedText plainCore {lettersCore(plain.text)};
    // Digits or symbols padded at the ends before look-alikes are undone ("P@ssw0rd1": the 1 is padding, not an i).
    WipedText coreThenPlain {undoLookAlikes(core.text)};
    for (const QString* s :
         std::initializer_list<const QString*> {&folded, &core.text, &plain.text, &plainCore.text, &coreThenPlain.text})
        if (!s->isEmpty() && list.contains(*s))
            return true;
    return false;
}

bool isRepetitiveText(const QString& s)
{
    const qsizetype n = s.size();
    if (n < 2)
        return true;
    // Two different characters or fewer ("aaaaaaab", "abababab").
    QSet<QChar> distinct;
    for (QChar c : s)
        distinct.insert(c);
    if (distinct.size() <= 2)
        return true;
    // A shorter piece repeated ("abcabcabc", "ivyivyivy").
    for (qsizetype period = 1; period <= n / 2; ++period) {
        bool repeats = true;
        for (qsizetype i = period; i < n && repeats; ++i)
            repeats = s.at(i) == s.at(i - period);
        if (repeats)
            return true;
    }
    // A run up or down ("abcdefgh", "87654321").
    const int step = s.at(1).unicode() - s.at(0).unicode();
    if (step == 1 || step == -1) {
        bool run = true;
        for (qsizetype i = 2; i < n && run; ++i)
            run = s.at(i).unicode() - s.at(i - 1).unicode() == step;
        if (run)
            return true;
    }
    // Along a keyboard row, either way (QWERTY, QWERTZ, AZERTY).
    for (const char* row :
         {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "qsdfghjklm", "wxcvbn"}) {
        const QString r = QString::fromLatin1(row);
        QString reversed = r;
        std::reverse(reversed.begin(), reversed.end());
        if (r.contains(s) || reversed.contains(s))
            return true;
    }
    return false;
}

// Only letters and digits, folded: "LP-Desk 2024" and "lpdesk2024" compare alike.
QString lettersAndDigits(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    return out;
}

// A context word with a few digits or symbols around it: once every context word is taken out, fewer than four
// letters of the passphrase are left.
bool isContextWord(const QString& folded, const QStringList& contextWords)
{
    WipedText rest {lettersAndDigits(folded)};
    bool found = false;
    for (const QString& word : contextWords) {
        const QString key = lettersAndDigits(word);
        if (key.size() < 3)
            continue;
        if (rest.text.contains(key)) {
            found = true;
            rest.text.replace(key, QString());
        }
    }
    if (!found)
        return false;
    const auto letters = std::count_if(rest.text.cbegin(), rest.text.cend(), [](QChar c) { return c.isLetter(); });
    return letters < 4;
}

} // namespace

PassphrasePolicy::PassphrasePolicy(int minimumLength)
    : m_minimumLength(std::clamp(minimumLength, DefaultMinimumLength, HighestMinimumLength))
{ }

PassphrasePolicy PassphrasePolicy::of(CaseDatabase& db)
{
    bool ok = false;
    const int stored = db.setting(kPassphraseMinimumSetting).toInt(&ok);
    return PassphrasePolicy(ok ? stored : DefaultMinimumLength);
}

Status PassphrasePolicy::setMinimumLength(CaseDatabase& db, int length)
{
    LP_TRY(Permissions::require(db.session(), Action::ManageUsers));
    if (length < DefaultMinimumLength || length > HighestMinimumLength)
        return makeError(ErrorKind::Usage,
                         tr("The minimum passphrase length must be between %1 and %2 characters.")
                             .arg(DefaultMinimumLength)
                             .arg(HighestMinimumLength));
    const int before = of(db).minimumLength();
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kPassphraseMinimumSetting);
    q.addBindValue(QString::number(length));
    q.addBindValue(utcNowString());
    q.addBindValue(db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(db.auditIn(
        conn, QStringLiteral("passphrase_policy_changed"),
        QJsonObject {{QLatin1String("minimum_length"), length}, {QLatin1String("previous_minimum_length"), before}}));
    return tx.commit();
}

QStringList PassphrasePolicy::contextWords(const QString& userName, const QString& organisation)
{
    QStringList words {userName, QStringLiteral("lpdesk"), QStringLiteral("loss prevention"), organisation};
    for (const QString& part : organisation.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (lettersAndDigits(part).size() >= 4)
            words << part;
    return words;
}

PassphraseProblem PassphrasePolicy::problemWith(const SecureBytes& passphrase, const QStringList& contextWords) const
{
    WipedText text {QString::fromUtf8(passphrase.constChar(), passphrase.isize())};
    // Counted in the form the slot is derived from (NFC, KeySlotFile): "é" typed as "e" + a combining accent is one.
    const int length = passphraseCodePoints(WipedText {text.text.normalized(QString::NormalizationForm_C)}.text);
    if (length < m_minimumLength)
        return PassphraseProblem::TooShort;
    if (length > MaximumLength)
        return PassphraseProblem::TooLong;
    // Characters nobody can see or retype (pasted with the passphrase, or a terminal's stray control code), and bytes
    // that are not UTF-8 (decoded as U+FFFD): the person could not type the same passphrase again.
    if (passphrase.view().startsWith("\xEF\xBB\xBF")) // a leading byte order mark, which decoding drops
        return PassphraseProblem::Invisible;
    for (const QChar c : text.text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c == QChar::ReplacementCharacter)
            return PassphraseProblem::Invisible;
    }
    WipedText folded {text.text.normalized(QString::NormalizationForm_KC).toCaseFolded()};
    if (isCommonPassword(folded.text))
        return PassphraseProblem::Common;
    if (isRepetitiveText(folded.text))
        return PassphraseProblem::Repetitive;
    if (isContextWord(folded.text, contextWords))
        return PassphraseProblem::Personal;
    return PassphraseProblem::None;
}

Status PassphrasePolicy::check(const SecureBytes& passphrase, const QStringList& contextWords) const
{
    const PassphraseProblem problem = problemWith(passphrase, contextWords);
    if (problem == PassphraseProblem::None)
        return {};
    return makeError(ErrorKind::Usage, explain(problem));
}

QString PassphrasePolicy::explain(PassphraseProblem problem) const
{
    switch (problem) {
    case PassphraseProblem::None:
        return {};
    case PassphraseProblem::TooShort:
        return tr("The passphrase is too short: it needs at least %1 characters.").arg(m_minimumLength);
    case PassphraseProblem::TooLong:
        return tr("The passphrase is too long: at most %1 characters.").arg(MaximumLength);
    case PassphraseProblem::Invisible:
        return tr("The passphrase contains a character that cannot be seen or typed again (a control character, a "
                  "zero-width space or direction mark, often pasted with it) or bytes that are not UTF-8; type it "
                  "without them.");
    case PassphraseProblem::Common:
        return tr("The passphrase is on the list of common or breached passwords (also with digits or symbols "
                  "added, or letters swapped for look-alikes); choose something less predictable.");
    case PassphraseProblem::Repetitive:
        return tr("The passphrase is a repetition or a sequence (like \"aaaaaaaa\", \"abcabcabc\", \"12345678\" "
                  "or \"qwertyui\"); choose something harder to guess.");
    case PassphraseProblem::Personal:
        return tr("The passphrase is made of the user name, the organisation's name or \"LP Desk\" with a few digits "
                  "or symbols; add words of your own.");
    }
    return {};
}

QString PassphrasePolicy::describe() const
{
    return tr("At least %1 characters (up to %2), any characters you like. Not a common password, a repetition or "
              "sequence, or the user name, the organisation or \"LP Desk\" with a few digits. Several unrelated words "
              "make a good passphrase.")
        .arg(m_minimumLength)
        .arg(MaximumLength);
}

int PassphrasePolicy::commonListSize()
{
    return static_cast<int>(commonPasswords().size());
}

} // namespace lpdesk
