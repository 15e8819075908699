#include "CommandLine.h"

#include <QCoreApplication>

#include <algorithm>

namespace lpdesk {

namespace {

// How many positional arguments a piece of usage takes.
struct Count
{
    int min = 0;
    int max = 0; // ArgSpec::Unlimited
};

Count followedBy(Count a, Count b)
{
    const bool unlimited = a.max == ArgSpec::Unlimited || b.max == ArgSpec::Unlimited;
    return {a.min + b.min, unlimited ? ArgSpec::Unlimited : a.max + b.max};
}

Count eitherOf(Count a, Count b)
{
    const bool unlimited = a.max == ArgSpec::Unlimited || b.max == ArgSpec::Unlimited;
    return {std::min(a.min, b.min), unlimited ? ArgSpec::Unlimited : std::max(a.max, b.max)};
}

bool isSyntax(const QString& word)
{
    return word == QLatin1String("[") || word == QLatin1String("]") || word == QLatin1String("(")
        || word == QLatin1String(")") || word == QLatin1String("|");
}

// Reads a usage text (see CommandLine.h) into an ArgSpec.
class UsageReader
{
public:
    UsageReader(const QString& usage, ArgSpec* spec) : m_spec(spec)
    {
        QString spaced = usage;
        for (const char* bracket : {"[", "]", "(", ")"})
            spaced.replace(QLatin1String(bracket), QLatin1Char(' ') + QLatin1String(bracket) + QLatin1Char(' '));
        m_words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    Count read() { return alternatives(); }

private:
    Count alternatives()
    {
        Count count = sequence();
        while (at(QLatin1String("|"))) {
            ++m_i;
            count = eitherOf(count, sequence());
        }
        return count;
    }

    Count sequence()
    {
        Count count;
        while (m_i < m_words.size() && !at(QLatin1String("|")) && !at(QLatin1String("]")) && !at(QLatin1String(")")))
            count = followedBy(count, item());
        return count;
    }

    Count item()
    {
        const QString word = m_words[m_i++];
        Count count;
        if (word == QLatin1String("[") || word == QLatin1String("(")) {
            const Count inner = alternatives();
            ++m_i; // the closing bracket
            count = word == QLatin1String("[") ? Count {0, inner.max} : inner;
        } else if (word.startsWith(QLatin1String("--"))) {
            option(word.mid(2));
        } else if (word != QLatin1String("...")) {
            // FILE... repeats; TAG,TAG,... is one word listing several.
            const bool repeated = word.endsWith(QLatin1String("...")) && !word.endsWith(QLatin1String(",..."));
            count = {1, repeated ? ArgSpec::Unlimited : 1};
        }
        if (at(QLatin1String("..."))) {
            ++m_i;
            if (count.max != 0)
                count.max = ArgSpec::Unlimited;
        }
        return count;
    }

    void option(const QString& name)
    {
        const bool takesValue
            = m_i < m_words.size() && !isSyntax(m_words[m_i]) && !m_words[m_i].startsWith(QLatin1String("--"));
        if (takesValue)
            ++m_i; // the value's name: T, FILE, ID..., a|b|c
        QStringList& list = takesValue ? m_spec->valueOptions : m_spec->switches;
        if (!list.contains(name))
            list << name;
    }

    bool at(QLatin1String word) const { return m_i < m_words.size() && m_words[m_i] == word; }

    ArgSpec* m_spec;
    QStringList m_words;
    qsizetype m_i = 0;
};

} // namespace

ArgSpec ArgSpec::fromUsage(const QString& usage)
{
    ArgSpec spec;
    const Count count = UsageReader(usage, &spec).read();
    spec.minPositionals = count.min;
    spec.maxPositionals = count.max;
    return spec;
}

QString CommandArgs::unknownOption(const QString& option)
{
    return QCoreApplication::translate("lpdesk::Cli", "unknown option --%1").arg(option);
}

QString CommandArgs::missingValue(const QString& option)
{
    return QCoreApplication::translate("lpdesk::Cli", "missing value for --%1").arg(option);
}

bool CommandArgs::parse(const QStringList& args, const ArgSpec& spec, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            m_positionals << args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            m_positionals << arg; // "-" and negative numbers included
            continue;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        if (spec.valueOptions.contains(name)) {
            if (eq >= 0) {
                m_values.append({name, arg.mid(eq + 1)});
                continue;
            }
            // The next word is the value, unless it is another option (`--note --all` forgot the note); a value
            // that starts with -- is given as --note=--text.
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                *error = missingValue(name);
                return false;
            }
            m_values.append({name, args[++i]});
        } else if (spec.switches.contains(name)) {
            if (eq >= 0) {
                *error = QCoreApplication::translate("lpdesk::Cli", "option --%1 takes no value").arg(name);
                return false;
            }
            m_switches << name;
        } else {
            *error = unknownOption(name);
            return false;
        }
    }
    const qsizetype n = m_positionals.size();
    if (n < spec.minPositionals || (spec.maxPositionals != ArgSpec::Unlimited && n > spec.maxPositionals)) {
        *error = QCoreApplication::translate("lpdesk::Cli", "wrong number of arguments");
        return false;
    }
    return true;
}

QString CommandArgs::value(const QString& option, const QString& fallback) const
{
    for (auto it = m_values.crbegin(); it != m_values.crend(); ++it)
        if (it->first == option)
            return it->second;
    return fallback;
}

QStringList CommandArgs::values(const QString& option) const
{
    QStringList out;
    for (const auto& v : m_values)
        if (v.first == option)
            out << v.second;
    return out;
}

bool CommandArgs::has(const QString& option) const
{
    return m_switches.contains(option)
        || std::any_of(m_values.cbegin(), m_values.cend(), [&](const auto& v) { return v.first == option; });
}

} // namespace lpdesk
