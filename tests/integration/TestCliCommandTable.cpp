// lpdesk-cli's command table against the permission table, with no database: the roles `--help` and
// `help COMMAND` name before each command's summary are the table's own (core/auth/Permissions.cpp, as
// `lpdesk-cli --json permissions` prints it) for every command, and every entry of the command -> action map is a
// registered command and every registered command has an entry (an entry no command registers does nothing).
#include "TestSupport.h"

#include "auth/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lpdesk;

class TestCliCommandTable : public QObject
{
    Q_OBJECT

    // command -> what help must print before its summary, from the table
    QMap<QString, QString> m_expected;
    QJsonArray m_rows;

    // The longest command name the words of text start with (help lists "kpi" and "kpi cases" alike).
    QString commandAt(const QString& text) const
    {
        QString best;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
            if ((text == it.key() || text.startsWith(it.key() + QLatin1Char(' '))) && it.key().size() > best.size())
                best = it.key();
        return best;
    }

    // Every command whose summary does not start with the table's roles, in one message; empty when none.
    QString compare(const QMap<QString, QString>& summaries, const char* where) const
    {
        QStringList wrong;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const QString summary = summaries.value(it.key());
            if (!summaries.contains(it.key()))
                wrong << QStringLiteral("%1: not listed").arg(it.key());
            else if (!summary.startsWith(it.value() + QLatin1Char(' ')))
                wrong << QStringLiteral("%1: table says %2, help says: %3").arg(it.key(), it.value(), summary);
        }
        if (wrong.isEmpty())
            return {};
        return QStringLiteral("%1 of %2 commands in %3 disagree with the table:\n%4")
            .arg(wrong.size())
            .arg(m_expected.size())
            .arg(QLatin1String(where), wrong.join(QLatin1Char('\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto table = test::cli({QStringLiteral("--json"), QStringLiteral("permissions")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        m_rows = QJsonDocument::fromJson(table.out).array();
        QVERIFY(m_rows.size() > 20);
        for (const QJsonValue& v : std::as_const(m_rows)) {
            const QJsonObject row = v.toObject();
            const QString id = row.value(QLatin1String("id")).toString();
            if (id == QLatin1String("unlisted") || id == QLatin1String("unregistered"))
                continue;
            QStringList roles;
            for (const QJsonValue& r : row.value(QLatin1String("roles")).toArray())
                roles << r.toString();
            QString who = QStringLiteral("(%1)").arg(roles.join(QStringLiteral(", ")));
            if (id == QLatin1String("no-database"))
                who = QStringLiteral("(no database)");
            else if (roles.size() == Permissions::allRoles().size())
                who = QStringLiteral("(anyone)");
            for (const QJsonValue& c : row.value(QLatin1String("commands")).toArray())
                m_expected.insert(c.toString(), who);
        }
        QVERIFY(m_expected.size() > 100);
    }

    // Every registered command has a map entry, and every map entry is a registered command.
    void commandTableIsTheRegisteredCommands()
    {
        for (const char* id : {"unlisted", "unregistered"}) {
            bool seen = false;
            for (const QJsonValue& v : std::as_const(m_rows)) {
                const QJsonObject row = v.toObject();
                if (row.value(QLatin1String("id")).toString() != QLatin1String(id))
                    continue;
                seen = true;
                const QJsonArray commands = row.value(QLatin1String("commands")).toArray();
                QVERIFY2(
                    commands.isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2): %3")
                                   .arg(QLatin1String(id), row.value(QLatin1String("description")).toString(),
                                        QString::fromUtf8(QJsonDocument(commands).toJson(QJsonDocument::Compact)))));
            }
            QVERIFY2(seen, qPrintable(QLatin1String(id) + QStringLiteral(" row missing from `permissions --json`")));
        }
    }

    // `help COMMAND`: "lpdesk-cli NAME SYNOPSIS", then the summary, indented, starting with the table's roles.
    void helpCommandNamesTheTablesRoles()
    {
        QMap<QString, QString> summaries;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const auto help = test::cli(QStringList {QStringLiteral("help")} + it.key().split(QLatin1Char(' ')));
            QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
            const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                if (lines[i].startsWith(QLatin1String("lpdesk-cli ")) && commandAt(lines[i].mid(11)) == it.key())
                    summaries.insert(it.key(), lines[i + 1].trimmed());
        }
        const QString wrong = compare(summaries, "help COMMAND");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // `--help`: "  USAGE" padded to column 61 and the summary, or the summary alone on the next line at column 61.
    void helpOverviewNamesTheTablesRoles()
    {
        const auto help = test::cli({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
        constexpr int SummaryColumn = 61;
        const QString indent(SummaryColumn, QLatin1Char(' '));
        QMap<QString, QString> summaries;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(QLatin1String("  ")) || lines[i].startsWith(QLatin1String("   ")))
                continue;
            const QString name = commandAt(lines[i].mid(2));
            if (name.isEmpty())
                continue;
            const bool below = i + 1 < lines.size() && lines[i + 1].startsWith(indent);
            summaries.insert(name, below ? lines[i + 1].trimmed() : lines[i].mid(SummaryColumn).trimmed());
        }
        const QString wrong = compare(summaries, "--help");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
};

QTEST_GUILESS_MAIN(TestCliCommandTable)
#include "TestCliCommandTable.moc"
