// Helpers shared by the test executables: run lpdesk-cli as a child process, make a fresh database, hash files.
#pragma once

#include "crypto/SecureBytes.h"
#include "db/CaseDatabase.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace lpdesk::test {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
    bool timedOut = false; // still running at its limit: killed, and the current test has failed
    QString describe() const; // for failure messages
};

QString cliPath();
// Environment that runs a process with its clock moved (libfaketime preloaded directly, FAKETIME = spec: "+1d",
// "-10d", "@2026-04-01 12:00:00", or "2026-04-01 12:00:00" frozen). Not the faketime(1) wrapper: it names a
// semaphore after its process id and now and then fails ("sem_open: File exists") when a process with the same id
// left one behind. Merged over extra. Empty (and the test fails) when libfaketime is not installed.
QMap<QString, QString> fakeTime(const QString& spec, QMap<QString, QString> extra = {});
QString testkitPath();
QString sourceDir();

// Runs a program with extra environment variables; LPDESK_KDF_MS is already small in tests. A child still running
// after timeoutMs is killed and fails the current Qt test (timedOut, exitCode -1): a hung child is never a pass.
ProcessRun run(const QString& program, const QStringList& args, const QMap<QString, QString>& env = {},
               const QByteArray& input = {}, int timeoutMs = 600000);
ProcessRun cli(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& input = {},
               int timeoutMs = 600000);

// LPDESK_DB, LPDESK_USER and LPDESK_PASSPHRASE for user on db with the suite's passphrase "<user>-pass"
// (passphraseOf); extra adds variables or replaces these.
QMap<QString, QString> envAs(const QString& db, const QString& user, const QMap<QString, QString>& extra = {});
// lpdesk-cli as user on db (envAs).
ProcessRun cliAs(const QString& db, const QString& user, const QStringList& args,
                 const QMap<QString, QString>& extra = {}, const QByteArray& input = {});

// What an insider with a database key can do: unwraps the raw key from user's slot ("<user>-pass", with
// lpdesk-testkit master-key) and runs sql in the sqlcipher CLI on db.
ProcessRun sqlcipherAs(const QString& db, const QString& user, const QString& sql);

// The text of a PDF as `pdftotext options... pdf -` gives it (pages end in a form feed); a test failure and the
// tool's messages when it fails.
QString pdfText(const QString& pdf, const QStringList& options = {});

// The entries of a ZIP file (name, bytes) in their order; empty when it cannot be read.
QList<QPair<QString, QByteArray>> zipEntries(const QString& path);
// Writes to a copy of the ZIP file from, entry by entry: edit may change an entry's name and bytes or drop it (an
// empty name); extra entries are added at the end. False when a step fails.
bool rewriteZip(const QString& from, const QString& to,
                const std::function<void(QString& name, QByteArray& bytes)>& edit,
                const QList<QPair<QString, QByteArray>>& extra = {});

SecureBytes secret(const char* text);
// The suite's passphrase for a person, "<name>-pass" (admin-pass, ivy-pass): long enough for the passphrase policy.
SecureBytes passphraseOf(const char* user);
// Creates a database with an admin "admin"/"admin-pass" at dir/cases.lpdb.
std::unique_ptr<CaseDatabase> createDatabase(const QString& dir, const QString& admin = QStringLiteral("admin"),
                                             const char* passphrase = "admin-pass");

QString sha256OfFile(const QString& path);
// The frame oracle: `ffmpeg -f framemd5` of the first video stream of a plain media file (one MD5 hex per frame,
// display order, no frame dropped or duplicated). Empty when ffmpeg fails or says anything on stderr.
QList<QByteArray> ffmpegFrameMd5(const QString& plainPath);
// The ffmpeg CLI's frames of the first video stream of a plain media file, display order, each scaled to 80x60 grey:
// the oracle for frames that were re-encoded (their MD5s cannot match). Empty when ffmpeg fails.
QList<QByteArray> ffmpegGreyFrames(const QString& plainPath);
// The mean absolute difference of two grey frames' pixels (0-255).
double meanDifference(const QByteArray& a, const QByteArray& b);
// The MD5 hex of raw frame bytes, as framemd5 prints it.
QByteArray md5Hex(const QByteArray& bytes);
QByteArray readFile(const QString& path); // empty when it cannot be read
// The plaintext of db's library item mediaId (its .lpenc verified whole) written to file: file, or empty when a step
// fails. For synthetic test footage only: evidence never goes to disk in plaintext.
QString writePlainMedia(CaseDatabase& db, const QString& mediaId, const QString& file);
// Every regular file under roots holding one of needles, read by another process (tests/helpers/find_bytes.py):
// reading a database file this process has open would cancel its POSIX locks (see the script). Files under
// /dev/shm count only if changed since sinceMsecs (milliseconds since the epoch).
QStringList filesHolding(const QList<QByteArray>& needles, const QStringList& roots, qint64 sinceMsecs = 0);
bool writeFile(const QString& path, const QByteArray& bytes);
// The ffmpeg CLI's mean volume (volumedetect) of a file's first sound stream, in dB; 0 when it has none.
double meanVolume(const QString& file);
// Copies of the database file, its key slots and its anchor file (suffix ".saved"), and putting them back (the WAL
// dropped): the state before a forgery. False when a copy fails.
bool saveDatabaseFiles(const QString& db);
bool restoreDatabaseFiles(const QString& db);
// A CA of an insider's own (openssl req -x509, P-256) named like the organisation's; its certificate PEM, or empty.
QByteArray makeRogueCa(const QString& keyFile, const QString& certFile);
// Rewrites user's key slot as LP Desk wrote it before the CA pin existed: the private key wrapped under the v1
// context ("lpdesk-slot-v1|db|user"), no ca_sha256, no pin box, no proofs. Needs the owner's passphrase
// (passphraseOf(user); an old version wrote exactly this).
bool makeSlotFromBeforePinning(const QString& db, const QString& user);
// sha256 of every regular file under dir (relative path -> hash), to prove "nothing changed on disk".
QMap<QString, QString> snapshot(const QString& dir);

// The first column of the first row of a query (-1 when it fails), and what a POS import leaves behind (imports,
// transactions, lines, evidence files, files in the media folder) — to prove a failed import leaves nothing.
qint64 scalar(CaseDatabase& db, const QString& sql);
QList<qint64> posFootprint(CaseDatabase& db);

} // namespace lpdesk::test
