// The one argument parser of lpdesk-cli. A command declares what it takes once, as its usage text
// ("MEDIA --from T --to T [--mode copy|smart|reencode] [FILE...]"): `lpdesk-cli --help` prints that text, the bash
// completion reads it, and ArgSpec::fromUsage() reads the same text for the parser, so the three cannot drift.
//
// The usage grammar: words separated by spaces; [...] optional; (... | ...) one of; a standalone | separates
// alternatives; a trailing ... repeats. `--name WORD` is an option taking a value (WORD names it; "a|b|c" lists the
// values the completion offers); `--name` followed by nothing, a group or another option is a switch. Any other
// word is a positional argument (CASE, FILE..., TYPE|*).
//
// Messages are in lpdesk::Cli's translation context. Parsing: options may come anywhere among the positionals, as
// `--name VALUE` or `--name=VALUE`; an option given twice keeps both values (value() is the last, values() all of
// them); `--` ends the options. Errors are one line: "unknown option --x", "missing value for --y", "option --z takes
// no value", "wrong number of arguments".
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lpdesk {

struct ArgSpec
{
    QStringList valueOptions; // --name VALUE
    QStringList switches; // --name
    int minPositionals = 0;
    int maxPositionals = 0; // Unlimited for FILE...
    static constexpr int Unlimited = -1;

    static ArgSpec fromUsage(const QString& usage);
};

class CommandArgs
{
public:
    // False with a one-line `error` on a usage error.
    bool parse(const QStringList& args, const ArgSpec& spec, QString* error);
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList values(const QString& option) const;
    bool has(const QString& option) const;
    const QStringList& positionals() const { return m_positionals; }

    // The parser's messages, also for the global options (--db, --user, --passphrase-file).
    static QString unknownOption(const QString& option);
    static QString missingValue(const QString& option);

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_switches;
    QStringList m_positionals;
};

} // namespace lpdesk
