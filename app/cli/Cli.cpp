#include "Cli.h"

#include "CommandPermissions.h"

#include "cases/CaseService.h"

#include "db/CaseDatabase.h"
#include "db/KeySlotFile.h"
#include "export/ReleaseApproval.h"
#include "metrics/KpiRollup.h"
#include "metrics/SopLibrary.h"
#include "police/RequestTemplates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace lpdesk {

namespace {

// Reads one line from the controlling terminal with echo off.
Result<SecureBytes> readFromTerminal(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return makeError(ErrorKind::Usage,
                         Cli::tr("No passphrase: set LPDESK_PASSPHRASE, use --passphrase-file, or run "
                                 "in a terminal."));
    const QByteArray p = prompt.toUtf8();
    std::fputs(p.constData(), tty);
    std::fflush(tty);
    termios old {};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    SecureBytes buffer(1024);
    std::size_t len = 0;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n' && len < buffer.size())
        buffer.data()[len++] = static_cast<unsigned char>(c);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return SecureBytes(buffer.data(), len);
}

// Secrets given through the environment are taken out of it at start-up (and their bytes overwritten, so that
// /proc/<pid>/environ and child processes do not carry them); commands read them from here.
std::map<std::string, SecureBytes>& environmentSecrets()
{
    static std::map<std::string, SecureBytes> secrets;
    return secrets;
}

void takeSecretsFromEnvironment()
{
    for (const char* name : {"LPDESK_PASSPHRASE", "LPDESK_NEW_PASSPHRASE", "LPDESK_PACKAGE_PASSWORD"}) {
        bool found = false;
        SecureBytes value = SecureBytes::takeFromEnvironment(name, &found);
        if (found)
            environmentSecrets()[name] = std::move(value);
    }
}

Result<SecureBytes> fromEnvironment(const char* name)
{
    auto it = environmentSecrets().find(name);
    if (it == environmentSecrets().end())
        return makeError(ErrorKind::NotFound, QString());
    return it->second.clone();
}

} // namespace

Cli::Cli()
{
    registerCommands(m_commands);
}

Cli::~Cli() = default;

void Cli::out(const QString& line) const
{
    if (m_capture)
        m_capture->text << line;
    else
        QTextStream(stdout) << line << '\n';
}

void Cli::err(const QString& line) const
{
    if (m_capture)
        m_capture->errors << line;
    else
        QTextStream(stderr) << line << '\n';
}

void Cli::progress(const QString& line) const
{
    QTextStream(stderr) << line << '\n';
}

void Cli::printJson(const QJsonValue& value) const
{
    if (m_capture) {
        m_capture->json.append(value);
        return;
    }
    QByteArray text;
    if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    std::fflush(stdout);
}

void Cli::outSecret(const QString& line, QByteArrayView secret) const
{
    const qsizetype at = line.indexOf(QLatin1String("%1"));
    if (m_capture || at < 0) {
        // A shell session collects its output as text: the secret has to become one there.
        QString text = QString::fromUtf8(secret);
        out(line.arg(text));
        wipe(text);
        return;
    }
    const QByteArray head = line.left(at).toUtf8(), tail = line.mid(at + 2).toUtf8();
    std::fflush(stdout);
    std::fwrite(head.constData(), 1, static_cast<std::size_t>(head.size()), stdout);
    std::fwrite(secret.data(), 1, static_cast<std::size_t>(secret.size()), stdout);
    std::fwrite(tail.constData(), 1, static_cast<std::size_t>(tail.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Cli::printJsonWithSecret(QJsonObject object, QLatin1String key, QByteArrayView secret) const
{
    if (m_capture) {
        QString text = QString::fromUtf8(secret);
        object.insert(key, text);
        wipe(text);
        printJson(object);
        return;
    }
    // A placeholder the secret replaces in the serialised text, JSON-escaped by hand.
    const QByteArray placeholder = QByteArrayLiteral("lpdesk-secret-placeholder-5b1e");
    object.insert(key, QString::fromLatin1(placeholder));
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const qsizetype at = text.indexOf(placeholder);
    QByteArray escaped;
    escaped.reserve(secret.size() * 6);
    for (const char c : secret) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            escaped.append('\\');
            escaped.append(c);
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            escaped.append(buf);
        } else {
            escaped.append(c);
        }
    }
    text.replace(at, placeholder.size(), escaped);
    wipe(escaped);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    std::fflush(stdout);
    wipe(text);
}

void Cli::printCreated(const QString& id) const
{
    if (m_json)
        printJson(QJsonObject {{QLatin1String("id"), id}});
    else
        out(id);
}

int Cli::exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Auth:
    case ErrorKind::Permission:
        return ExitAuth;
    case ErrorKind::Verification:
        return ExitVerify;
    default:
        return ExitFailed;
    }
}

int Cli::fail(const Error& error) const
{
    // One clear line: the first line of the message, prefixed with the program name.
    QString text = error.message.trimmed();
    if (text.isEmpty())
        text = tr("failed");
    err(QStringLiteral("lpdesk-cli: ") + text);
    return exitCodeFor(error.kind);
}

int Cli::usage(const QString& message) const
{
    err(QStringLiteral("lpdesk-cli: ") + message);
    err(tr("Try 'lpdesk-cli --help'."));
    return ExitUsage;
}

Result<QString> Cli::caseIdOf(CaseDatabase& db, const QString& text)
{
    auto c = CaseService(db).show(text);
    if (!c)
        return c.error();
    return c->id;
}

QString Cli::databasePath() const
{
    return m_dbPath.isEmpty() ? CaseDatabase::defaultPath() : m_dbPath;
}

Result<SecureBytes> Cli::passphrase(const QString& prompt)
{
    if (!m_passphraseFile.isEmpty()) {
        QFile f(m_passphraseFile);
        if (!f.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read the passphrase file %1: %2").arg(m_passphraseFile, f.errorString()));
        QByteArray content = f.read(4096);
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        return SecureBytes::takeFrom(content);
    }
    auto env = fromEnvironment("LPDESK_PASSPHRASE");
    if (env)
        return env;
    return readFromTerminal(prompt);
}

Result<SecureBytes> Cli::initialPassphrase(const QString& prompt)
{
    if (!m_passphraseFile.isEmpty() || environmentSecrets().count("LPDESK_PASSPHRASE") > 0)
        return passphrase(prompt);
    return askTwice(prompt);
}

Result<SecureBytes> Cli::newPassphrase(const QString& prompt)
{
    auto env = fromEnvironment("LPDESK_NEW_PASSPHRASE");
    if (env)
        return env;
    return askTwice(prompt);
}

Result<SecureBytes> Cli::askTwice(const QString& prompt)
{
    auto first = readFromTerminal(prompt);
    if (!first)
        return first;
    auto second = readFromTerminal(tr("Repeat the passphrase: "));
    if (!second)
        return second;
    if (!first->equals(*second))
        return makeError(ErrorKind::Usage, tr("The two passphrases differ."));
    return first;
}

Result<SecureBytes> Cli::packagePassword(const QString& file, bool creating)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read the password file %1: %2").arg(file, f.errorString()));
        QByteArray content = f.read(4096);
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        return SecureBytes::takeFrom(content);
    }
    auto env = fromEnvironment("LPDESK_PACKAGE_PASSWORD");
    if (env)
        return env;
    if (creating) // none chosen: the caller generates one (PackagePassword::generate), shown once
        return makeError(ErrorKind::NotFound, QString());
    auto typed = creating ? askTwice(tr("Package password (hand it over separately): "))
                          : readFromTerminal(tr("Package password: "));
    if (!typed && typed.error().kind == ErrorKind::Usage)
        return makeError(ErrorKind::Usage,
                         creating ? tr("An encrypted package needs a password: give --password-file F, "
                                       "set LPDESK_PACKAGE_PASSWORD, or run in a terminal.")
                                  : tr("The package is encrypted: give --password-file F, set "
                                       "LPDESK_PACKAGE_PASSWORD, or run in a terminal."));
    return typed;
}

Result<QString> Cli::userName() const
{
    if (!m_user.isEmpty())
        return m_user;
    const QString env = qEnvironmentVariable("LPDESK_USER");
    if (!env.isEmpty())
        return env;
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(databasePath()));
    if (slots && slots->slots.size() == 1)
        return slots->slots.first().user;
    return makeError(ErrorKind::Usage, tr("Which user? Give --user NAME or set LPDESK_USER."));
}

Result<CaseDatabase*> Cli::database()
{
    if (m_db)
        return m_db.get();
    auto user = userName();
    if (!user)
        return user.error();
    auto pass = passphrase(tr("Passphrase for %1: ").arg(*user));
    if (!pass)
        return pass.error();
    auto db = CaseDatabase::open(databasePath(), *user, *pass, m_confirmCa);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    RequestTemplates::addCheckTo(*m_db);
    SopLibrary::addCheckTo(*m_db);
    ReleaseApproval::addCheckTo(*m_db);
    KpiRollup::addCheckTo(*m_db);
    KpiRollup::install();
    for (const QString& w : m_db->openWarnings())
        err(tr("warning: %1").arg(w));
    return m_db.get();
}

namespace {

// A command's summary after who may run it, as the permission table says (never written by hand: it would drift).
QString summaryOf(const Command& c)
{
    const QString who = CommandPermissions::whoMayRun(c.name);
    return who.isEmpty() ? c.summary : who + QLatin1Char(' ') + c.summary;
}

} // namespace

int Cli::help(const QString& topic) const
{
    QString text;
    QTextStream s(&text);
    if (!topic.isEmpty()) {
        for (const Command& c : m_commands) {
            if (c.name == topic || c.name.startsWith(topic + QLatin1Char(' ')))
                s << "lpdesk-cli " << c.name << ' ' << c.synopsis << "\n    " << summaryOf(c) << "\n";
        }
        if (text.isEmpty())
            return usage(tr("no command '%1'").arg(topic));
        out(text.trimmed());
        return ExitOk;
    }
    s << tr("Usage: lpdesk-cli [--db FILE] [--user NAME] [--json] [--passphrase-file FILE] COMMAND ...") << "\n\n";
    s << tr("LP Desk command line: the same core services as the lpdesk workstation, headless.") << "\n\n";
    s << tr("Global options:") << "\n";
    s << "  --db FILE               " << tr("case database (default: LPDESK_DB or the per-user data folder)") << "\n";
    s << "  --user NAME             " << tr("who unlocks it (default: LPDESK_USER, or the only user)") << "\n";
    s << "  --json                  " << tr("machine-readable output for list and show commands") << "\n";
    s << "  --passphrase-file FILE  " << tr("read the passphrase from FILE (else LPDESK_PASSPHRASE, else asked)")
      << "\n\n";
    s << tr("Commands:") << "\n";
    // Two spaces at least between a command and what it does (help2man, which writes the man page from this text,
    // needs them to tell the two apart); a long synopsis puts what it does on the next line, indented.
    constexpr int Column = 58;
    for (const Command& c : m_commands) {
        const QString usage = (c.name + QLatin1Char(' ') + c.synopsis).trimmed();
        if (usage.size() + 2 <= Column + 1)
            s << "  " << usage.leftJustified(Column) << ' ' << summaryOf(c) << "\n";
        else
            s << "  " << usage << "\n" << QString(Column + 3, QLatin1Char(' ')) << summaryOf(c) << "\n";
    }
    s << "\n"
      << tr("Exit codes: 0 ok, 1 failed, 2 usage error, 3 authentication or permission refused, "
            "4 verification failed (tampering or corruption).")
      << "\n";
    s << tr("'lpdesk-cli help COMMAND' or 'lpdesk-cli COMMAND --help' shows one command.") << "\n";
    out(text.trimmed());
    return ExitOk;
}

int Cli::run(const QStringList& arguments)
{
    takeSecretsFromEnvironment();
    // Global options may appear anywhere; everything else belongs to the command.
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto takeValue = [&](QString* target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--db")) {
            if (!takeValue(&m_dbPath))
                return usage(CommandArgs::missingValue(QStringLiteral("db")));
        } else if (a.startsWith(QLatin1String("--db="))) {
            m_dbPath = a.mid(5);
        } else if (a == QLatin1String("--user")) {
            if (!takeValue(&m_user))
                return usage(CommandArgs::missingValue(QStringLiteral("user")));
        } else if (a.startsWith(QLatin1String("--user="))) {
            m_user = a.mid(7);
        } else if (a == QLatin1String("--passphrase-file")) {
            if (!takeValue(&m_passphraseFile))
                return usage(CommandArgs::missingValue(QStringLiteral("passphrase-file")));
        } else if (a == QLatin1String("--version") && rest.isEmpty()) {
            // The program's version only before a command: `template show NAME --version 2` and `sop show`
            // take their own --version (it printed this and exited 0, showing nothing).
            out(QStringLiteral("lpdesk-cli ") + QCoreApplication::applicationVersion());
            return ExitOk;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h"))
        return help({});
    if (rest.first() == QLatin1String("help"))
        return help(rest.mid(1).join(QLatin1Char(' ')));

    int bestWords = 0;
    const Command* best = findCommand(m_commands, rest, &bestWords);
    if (!best) {
        // A group name alone ("user") shows the group's help.
        for (const Command& c : m_commands)
            if (c.name.startsWith(rest.first() + QLatin1Char(' ')))
                return rest.contains(QLatin1String("--help")) ? help(rest.first()) : (help(rest.first()), ExitUsage);
        return usage(tr("unknown command '%1'").arg(rest.first()));
    }
    const QStringList args = rest.mid(bestWords);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")))
        return help(best->name);
    if (best->name == QLatin1String("key confirm-ca") && !m_db && args.size() == 1)
        m_confirmCa = args.first();
    // The permission table first: a role that may not run the command learns so before anything else happens.
    // (An action every role may do refuses no one: the command unlocks the database itself.)
    if (auto it = CommandPermissions::actions().constFind(best->name);
        it != CommandPermissions::actions().cend() && !Permissions::allowsEveryone(*it)) {
        auto db = database();
        if (!db)
            return fail(db.error());
        if (Status allowed = Permissions::require((*db)->session(), *it); !allowed)
            return fail(allowed.error());
    }
    // Then the command's arguments, read by what its synopsis declares (CommandLine.h).
    CommandArgs parsed;
    if (QString error; !parsed.parse(args, ArgSpec::fromUsage(best->synopsis), &error))
        return usage(error);
    return best->run(*this, parsed);
}

const Command* Cli::findCommand(const QList<Command>& commands, const QStringList& words, int* matched)
{
    // Longest command name that matches the leading words.
    const Command* best = nullptr;
    *matched = 0;
    for (const Command& c : commands) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.size() <= words.size() && words.mid(0, name.size()) == name && name.size() > *matched) {
            best = &c;
            *matched = static_cast<int>(name.size());
        }
    }
    return best;
}

void Cli::registerCommands(QList<Command>& commands)
{
    registerDatabaseCommands(commands);
    registerStoreCommands(commands);
    registerRedactCommands(commands);
    registerSettingsCommands(commands);
    registerCaseCommands(commands);
    registerEvidenceCommands(commands);
    registerReleaseCommands(commands);
    registerAgencyCommands(commands);
    registerTrustCommands(commands);
    commands << Command {QStringLiteral("shell"),
                         QStringLiteral("[--file FILE] [--idle-timeout SECONDS] [--stop-on-error]"),
                         tr("unlock once, then run one command per line of standard input (with --json: one JSON "
                            "result per line)"),
                         [](Cli& cli, const CommandArgs& args) { return cli.shell(args); },
                         false,
                         true};
    CommandPermissions::registerCommand(commands);
    registerIntakeCommands(commands);
    registerPoliceCommands(commands);
    registerProgramCommands(commands);
    registerWorkCommands(commands);
}

} // namespace lpdesk
