// `lpdesk-cli shell`: one unlock for many commands.
//
// Scripts that run 50 commands would otherwise pay the passphrase KDF 50 times (0.25–0.95 s each, by design). The
// shell reads one command per line from standard input (or --file), splits it like a POSIX shell (quotes,
// backslashes, # comments), and runs it through the same dispatcher as a normal invocation, on the same unlocked
// database. Each command keeps its own exit code; with --json each line yields exactly one compact JSON object
// {"line", "command", "exit", "result", "output", "errors"} on standard output.
//
// The database (and with it the master key) is closed and wiped when the input ends, on an idle timeout (no line for
// --idle-timeout seconds, 900 by default, as an unattended workstation locks; once the database is unlocked never
// longer than the organisation's idle-lock limit, and audited `session_locked` as the GUI's idle lock is), and before
// the process exits.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <utility>

namespace lpdesk {

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024;

// Splits a line into words: whitespace separates, '...' is literal, "..." allows \" and \\, a backslash outside
// quotes escapes the next character, and an unquoted # at the start of a word begins a comment.
bool splitWords(const QString& line, QStringList* words, QString* error)
{
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                *error = Cli::tr("unterminated single quote");
                return false;
            }
            word += line.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < line.size() && line[j] != QLatin1Char('"'); ++j) {
                if (line[j] == QLatin1Char('\\') && j + 1 < line.size()
                    && (line[j + 1] == QLatin1Char('"') || line[j + 1] == QLatin1Char('\\')))
                    ++j;
                word += line[j];
            }
            if (j >= line.size()) {
                *error = Cli::tr("unterminated double quote");
                return false;
            }
            inWord = true;
            i = j;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < line.size())
                word += line[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                *words << word;
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('#') && !inWord) {
            break;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        *words << word;
    return true;
}

// Lines from a file descriptor, with an idle timeout between lines.
class LineReader
{
public:
    explicit LineReader(int fd) : m_fd(fd) { }

    enum class Got { Line, End, Idle, TooLong, Failed };

    Got next(int idleSeconds, QByteArray* line)
    {
        for (;;) {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl >= 0) {
                *line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                return line->size() > MaxLineBytes ? Got::TooLong : Got::Line;
            }
            if (m_eof) {
                if (m_buffer.isEmpty())
                    return Got::End;
                *line = m_buffer;
                m_buffer.clear();
                return line->size() > MaxLineBytes ? Got::TooLong : Got::Line;
            }
            if (m_buffer.size() > MaxLineBytes) {
                // Skip the rest of an over-long line so that the next one is read correctly.
                m_buffer.clear();
                m_skipping = true;
            }
            pollfd p {m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, idleSeconds > 0 ? idleSeconds * 1000 : -1);
            if (ready == 0)
                return Got::Idle;
            if (ready < 0) {
                if (errno == EINTR)
                    continue;
                return Got::Failed;
            }
            char chunk[4096];
            const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return Got::Failed;
            }
            if (n == 0) {
                m_eof = true;
                continue;
            }
            QByteArray data(chunk, n);
            if (m_skipping) {
                const qsizetype nl = data.indexOf('\n');
                if (nl < 0)
                    continue;
                data.remove(0, nl + 1);
                m_skipping = false;
                m_buffer.clear();
                *line = QByteArray(MaxLineBytes + 1, ' ');
                m_buffer = data;
                return Got::TooLong;
            }
            m_buffer += data;
        }
    }

private:
    int m_fd;
    QByteArray m_buffer;
    bool m_eof = false;
    bool m_skipping = false;
};

// With --json, each line's one compact object on standard output.
void writeJsonLine(int lineNo, const QString& text, int rc, const QJsonArray& json, const QStringList& output,
                   const QStringList& errors)
{
    QJsonObject result {{QLatin1String("line"), lineNo}, {QLatin1String("command"), text}, {QLatin1String("exit"), rc}};
    if (json.size() == 1)
        result.insert(QLatin1String("result"), json.first());
    else if (json.size() > 1)
        result.insert(QLatin1String("result"), json);
    else
        result.insert(QLatin1String("result"), QJsonValue::Null);
    if (!output.isEmpty())
        result.insert(QLatin1String("output"), QJsonArray::fromStringList(output));
    if (!errors.isEmpty())
        result.insert(QLatin1String("errors"), QJsonArray::fromStringList(errors));
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

// How long to wait for a line: --idle-timeout, and once the database is unlocked never longer than the
// organisation's idle-lock limit (0, "never", included), as in the GUI.
int boundedWait(int idle, CaseDatabase* db)
{
    if (!db)
        return idle;
    const int limit = IdleLockPolicy::organisationMinutes(*db) * 60;
    return idle == 0 || idle > limit ? limit : idle;
}

// A line that would change what the shell unlocked: --db, --user and --passphrase-file are set once.
bool changesSession(const QStringList& words)
{
    for (const QString& w : words)
        for (const char* opt : {"--db", "--user", "--passphrase-file"})
            if (w == QLatin1String(opt) || w.startsWith(QLatin1String(opt) + QLatin1Char('=')))
                return true;
    return false;
}

} // namespace

bool Cli::shellLine(int lineNo, bool tooLong, const QString& text, bool jsonLines, int* rc)
{
    QStringList words;
    QString error;
    Capture capture;
    if (jsonLines)
        m_capture = &capture;
    if (tooLong) {
        *rc = usage(tr("line %1 is longer than %2 bytes").arg(lineNo).arg(MaxLineBytes));
    } else if (!splitWords(text, &words, &error)) {
        *rc = usage(tr("line %1: %2").arg(lineNo).arg(error));
    } else if (words.isEmpty()) {
        m_capture = nullptr;
        return true; // blank line or comment
    } else if (words.first() == QLatin1String("exit") || words.first() == QLatin1String("quit")) {
        m_capture = nullptr;
        return false;
    } else if (changesSession(words)) {
        *rc = usage(tr("line %1: --db, --user and --passphrase-file are set once, when the shell starts").arg(lineNo));
    } else {
        *rc = run(words);
        m_json = jsonLines; // a line's own --json does not outlast it
    }
    m_capture = nullptr;
    if (jsonLines)
        writeJsonLine(lineNo, text, *rc, capture.json, capture.text, capture.errors);
    return true;
}

int Cli::shell(const CommandArgs& a)
{
    if (m_inShell)
        return usage(tr("a shell cannot start another shell"));
    bool ok = true;
    const int idle = a.value(QStringLiteral("idle-timeout"), QStringLiteral("900")).toInt(&ok);
    if (!ok || idle < 0 || idle > 24 * 3600)
        return usage(tr("--idle-timeout takes seconds from 0 (never) to 86400"));
    const bool stopOnError = a.has(QStringLiteral("stop-on-error"));

    int fd = STDIN_FILENO;
    const QString file = a.value(QStringLiteral("file"));
    QFile script;
    if (!file.isEmpty()) {
        script.setFileName(file);
        if (!script.open(QIODevice::ReadOnly))
            return fail(
                Error {ErrorKind::NotFound, tr("Cannot read the script %1: %2").arg(file, script.errorString())});
        fd = script.handle();
    }

    m_inShell = true;
    const bool jsonLines = m_json;
    LineReader reader(fd);
    int lastFailure = ExitOk;
    int lineNo = 0;
    QByteArray raw;
    int lowered = -1; // the organisation's limit, once it has been said that it applies
    for (;;) {
        const int wait = file.isEmpty() ? boundedWait(idle, m_db.get()) : 0;
        if (wait != (file.isEmpty() ? idle : 0) && std::exchange(lowered, wait) != wait)
            err(tr("The organisation locks an idle session after %1 s: this shell locks then.").arg(wait));
        const LineReader::Got got = reader.next(wait, &raw);
        if (got == LineReader::Got::End)
            break;
        if (got == LineReader::Got::Failed) {
            lastFailure = fail(Error {ErrorKind::Failed, tr("Cannot read the commands: %1").arg(qt_error_string())});
            break;
        }
        if (got == LineReader::Got::Idle) {
            if (m_db) // audited as the GUI's idle lock is (a failed write does not keep the session open)
                (void)IdleLockPolicy::recordLock(*m_db, IdleLockPolicy::LockReason::Idle, (wait + 59) / 60);
            m_db.reset(); // closes every connection and wipes the key
            lastFailure = fail(Error {ErrorKind::Auth,
                                      tr("No command for %1 s: the database is locked and the shell ends.").arg(wait)});
            break;
        }
        ++lineNo;
        int rc = ExitOk;
        if (!shellLine(lineNo, got == LineReader::Got::TooLong, QString::fromUtf8(raw).trimmed(), jsonLines, &rc))
            break; // exit, quit
        if (rc != ExitOk) {
            lastFailure = rc;
            if (stopOnError)
                break;
        }
    }
    m_inShell = false;
    m_db.reset();
    return lastFailure;
}

} // namespace lpdesk
