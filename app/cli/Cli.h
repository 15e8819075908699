// lpdesk-cli plumbing: global options, passphrase input, opening the database, output (text or --json) and
// the mapping of core errors to exit codes. Commands themselves only parse arguments and call core services.
#pragma once

#include <QCoreApplication>

#include "CommandLine.h"

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace lpdesk {

class CaseDatabase;
struct KpiFilter;

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitAuth = 3, ExitVerify = 4 };

class Cli;

struct Command
{
    QString name; // "user add"
    QString synopsis; // "NAME --role ROLE": what --help prints and what the parser accepts (CommandLine.h)
    QString summary;
    std::function<int(Cli&, const CommandArgs&)> run; // called with the arguments parsed by the synopsis
    // Writes a PDF (lpdesk_report): lpdesk-cli then runs a QGuiApplication, which Qt's text layout needs for its
    // fonts, on the offscreen platform (app/cli/main.cpp).
    bool writesPdf = false;
    // Runs other commands, PDF-writing ones among them (`shell`): gets the QGuiApplication too, since which commands
    // a script will run is known only as it reads them.
    bool runsCommands = false;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Cli)

public:
    Cli();
    ~Cli();

    int run(const QStringList& arguments);

    // Output helpers.
    bool json() const { return m_json; }
    void out(const QString& line) const;
    void err(const QString& line) const;
    void progress(const QString& line) const;
    void printJson(const QJsonValue& value) const;
    // A secret shown once (a generated package password): `line` with %1 standing for it, or with --json `object`
    // with the secret under `key`. Outside a shell session the secret goes from its wiped buffer to stdout and
    // never into a QString; the serialised JSON is wiped after writing.
    void outSecret(const QString& line, QByteArrayView secret) const;
    void printJsonWithSecret(QJsonObject object, QLatin1String key, QByteArrayView secret) const;
    void printCreated(const QString& id) const;
    // A list: with --json one array of toJson(row), otherwise line(row) for each row (line prints).
    template<class Rows, class ToJson, class Line> int printRows(const Rows& rows, ToJson toJson, Line line) const
    {
        if (m_json) {
            QJsonArray arr;
            for (const auto& r : rows)
                arr.append(toJson(r));
            printJson(arr);
        } else {
            for (const auto& r : rows)
                line(r);
        }
        return ExitOk;
    }
    int fail(const Error& error) const;
    int usage(const QString& message) const;
    // CASE may be the id or the reference (LPD-2026-0001).
    static Result<QString> caseIdOf(CaseDatabase& db, const QString& text);

    // Database access for commands that need an unlocked database.
    Result<CaseDatabase*> database();
    // What `key confirm-ca` asks CaseDatabase::open to confirm (set before the database is unlocked).
    QString confirmedCaSha256() const { return m_confirmCa; }
    QString databasePath() const;
    Result<SecureBytes> passphrase(const QString& prompt);
    // A passphrase being set: LPDESK_NEW_PASSPHRASE, else asked twice.
    Result<SecureBytes> newPassphrase(const QString& prompt);
    // The first passphrase of a new database: --passphrase-file or LPDESK_PASSPHRASE, else asked twice.
    Result<SecureBytes> initialPassphrase(const QString& prompt);
    Result<QString> userName() const;
    // A package password: from FILE when given, else LPDESK_PACKAGE_PASSWORD, else asked (twice when creating).
    Result<SecureBytes> packagePassword(const QString& file, bool creating);

    static int exitCodeFor(ErrorKind kind);
    static void registerCommands(QList<Command>& commands);
    // The command with the longest name that `words` start with (and how many words it took), or null.
    static const Command* findCommand(const QList<Command>& commands, const QStringList& words, int* matched);

    // `lpdesk-cli shell`: unlocks once and runs one command per line of standard input (or --file), see CliShell.cpp.
    int shell(const CommandArgs& args);

private:
    Result<SecureBytes> askTwice(const QString& prompt);
    int help(const QString& topic) const;
    // One line of a shell session: runs it (its exit code in rc; with jsonLines its JSON line written); false when
    // the line ends the session (exit, quit).
    bool shellLine(int lineNo, bool tooLong, const QString& text, bool jsonLines, int* rc);

    // While a shell runs a line with --json: what the command printed, gathered into one JSON line.
    struct Capture
    {
        QJsonArray json;
        QStringList text;
        QStringList errors;
    };
    Capture* m_capture = nullptr;
    bool m_inShell = false;

    QList<Command> m_commands;
    QString m_dbPath;
    QString m_user;
    QString m_passphraseFile;
    QString m_confirmCa;
    bool m_json = false;
    std::unique_ptr<CaseDatabase> m_db;
};

// In a command: opens the database (asking for the passphrase if needed) into `CaseDatabase& var`, or returns the
// failure's exit code.
#define LP_CLI_DB(cli, var)                                                                                            \
    auto var##Result = (cli).database();                                                                               \
    if (!var##Result)                                                                                                  \
        return (cli).fail(var##Result.error());                                                                        \
    CaseDatabase& var = **var##Result

// `... show NAME [--version N]` of a library of versioned entries (request templates, SOPs): the current version of
// NAME, or version N (0: the built-in one). With --json the entry's toJson(), otherwise print(cli, entry).
// versionUsage: the usage error for a --version that is not a version number.
template<class Library, class Print>
int showVersionedEntry(Cli& cli, const CommandArgs& a, const QString& versionUsage, Print print)
{
    bool ok = true;
    const int version = a.value(QStringLiteral("version"), QStringLiteral("-1")).toInt(&ok);
    if (!ok || version < -1)
        return cli.usage(versionUsage);
    LP_CLI_DB(cli, db);
    Library library(db);
    const QString& name = a.positionals()[0];
    auto entry = version < 0 ? library.current(name) : library.version(name, version);
    if (!entry)
        return cli.fail(entry.error());
    if (cli.json())
        cli.printJson(entry->toJson());
    else
        print(cli, *entry);
    return ExitOk;
}

// Per-area registration (one file each).
void registerDatabaseCommands(QList<Command>& commands);
void registerDatabaseAuditCommands(QList<Command>& commands); // called by registerDatabaseCommands
void registerStoreCommands(QList<Command>& commands);
void registerCaseCommands(QList<Command>& commands);
void registerRedactCommands(QList<Command>& commands);
void registerSettingsCommands(QList<Command>& commands);
void registerEvidenceCommands(QList<Command>& commands);
void registerReleaseCommands(QList<Command>& commands);
void registerAgencyCommands(QList<Command>& commands);
void registerTrustCommands(QList<Command>& commands);
void registerIntakeCommands(QList<Command>& commands);
void registerPoliceCommands(QList<Command>& commands);
void registerProgramCommands(QList<Command>& commands);
void registerKpiCaseCommands(QList<Command>& commands); // called by registerProgramCommands
// `kpi`'s filter options (--from, --to, --store, --region, --by) into f; the usage error, or empty
// (CommandsKpiCases.cpp).
QString readKpiFilter(const CommandArgs& a, KpiFilter* f);
void registerWorkCommands(QList<Command>& commands);

} // namespace lpdesk
