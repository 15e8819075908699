#include "TestSupport.h"

#include "cases/MediaLibrary.h"
#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "db/KeySlotFile.h"
#include "zip/ZipArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace lpdesk::test {

QString ProcessRun::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(timedOut      ? QStringLiteral(" (still running at its time limit: killed)")
                 : crashed ? QStringLiteral(" (crashed)")
                           : QString())
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

QString cliPath()
{
    return QStringLiteral(LPDESK_CLI_PATH);
}

QMap<QString, QString> fakeTime(const QString& spec, QMap<QString, QString> extra)
{
    // Debian's multiarch path (packaging/deps.txt: faketime).
    const QStringList found = QDir(QStringLiteral("/usr/lib")).entryList({QStringLiteral("*-linux-gnu*")}, QDir::Dirs);
    for (const QString& arch : found) {
        const QString lib = QStringLiteral("/usr/lib/%1/faketime/libfaketime.so.1").arg(arch);
        if (QFile::exists(lib)) {
            extra.insert(QStringLiteral("LD_PRELOAD"), lib);
            extra.insert(QStringLiteral("FAKETIME"), spec);
            extra.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
            // An absolute time is read in the local time zone: say UTC, as the callers mean.
            if (!spec.startsWith(u'+') && !spec.startsWith(u'-'))
                extra.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
            return extra;
        }
    }
    QTest::qFail("libfaketime is not installed (packaging/deps.txt: faketime)", __FILE__, __LINE__);
    return {};
}

QString testkitPath()
{
    return QStringLiteral(LPDESK_TESTKIT_PATH);
}

QString sourceDir()
{
    return QStringLiteral(LPDESK_SOURCE_DIR);
}

ProcessRun run(const QString& program, const QStringList& args, const QMap<QString, QString>& env,
               const QByteArray& input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs) && p.state() != QProcess::NotRunning) {
        // A child still running at its limit is a failure, never a pass: kill it and fail the current test.
        p.kill();
        p.waitForFinished(30000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.timedOut = true;
        r.crashed = true;
        r.exitCode = -1;
        const QByteArray message = QStringLiteral("child process still running after %1 ms, killed: %2 %3")
                                       .arg(timeoutMs)
                                       .arg(program, args.join(QLatin1Char(' ')))
                                       .toUtf8();
        if (QTest::currentTestFunction())
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        else
            qCritical("%s", message.constData());
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    return r;
}

ProcessRun cli(const QStringList& args, const QMap<QString, QString>& env, const QByteArray& input, int timeoutMs)
{
    return run(cliPath(), args, env, input, timeoutMs);
}

QMap<QString, QString> envAs(const QString& db, const QString& user, const QMap<QString, QString>& extra)
{
    QMap<QString, QString> env {{QStringLiteral("LPDESK_DB"), db},
                                {QStringLiteral("LPDESK_USER"), user},
                                {QStringLiteral("LPDESK_PASSPHRASE"), user + QStringLiteral("-pass")}};
    env.insert(extra);
    return env;
}

ProcessRun cliAs(const QString& db, const QString& user, const QStringList& args, const QMap<QString, QString>& extra,
                 const QByteArray& input)
{
    return cli(args, envAs(db, user, extra), input);
}

ProcessRun sqlcipherAs(const QString& db, const QString& user, const QString& sql)
{
    const ProcessRun key = run(testkitPath(), {QStringLiteral("master-key"), db, user},
                               {{QStringLiteral("LPDESK_PASSPHRASE"), user + QStringLiteral("-pass")}});
    if (key.exitCode != 0)
        return key;
    const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                                  .arg(QString::fromLatin1(key.out.trimmed()), sql)
                                  .toUtf8();
    return run(QStringLiteral("sqlcipher"), {db}, {}, script);
}

QString pdfText(const QString& pdf, const QStringList& options)
{
    const ProcessRun r = run(QStringLiteral("pdftotext"), options + QStringList {pdf, QStringLiteral("-")});
    if (r.exitCode != 0) {
        const QByteArray message = QStringLiteral("pdftotext %1: %2").arg(pdf, r.describe()).toUtf8();
        if (QTest::currentTestFunction())
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        else
            qCritical("%s", message.constData());
    }
    return QString::fromUtf8(r.out);
}

QList<QPair<QString, QByteArray>> zipEntries(const QString& path)
{
    auto reader = ZipReader::open(path);
    if (!reader)
        return {};
    QList<QPair<QString, QByteArray>> entries;
    for (const ZipEntryInfo& e : (*reader)->entries()) {
        auto bytes = (*reader)->readAll(e.name, 64 * 1024 * 1024);
        if (!bytes)
            return {};
        entries.append({e.name, *bytes});
    }
    return entries;
}

bool rewriteZip(const QString& from, const QString& to,
                const std::function<void(QString& name, QByteArray& bytes)>& edit,
                const QList<QPair<QString, QByteArray>>& extra)
{
    auto reader = ZipReader::open(from);
    if (!reader)
        return false;
    QFile out(to);
    if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return false;
    auto writer = ZipWriter::create(&out);
    if (!writer)
        return false;
    for (const ZipEntryInfo& e : (*reader)->entries()) {
        auto bytes = (*reader)->readAll(e.name, 64 * 1024 * 1024);
        if (!bytes)
            return false;
        QString name = e.name;
        QByteArray data = *bytes;
        edit(name, data);
        if (!name.isEmpty() && !(*writer)->addEntry(name, data))
            return false;
    }
    for (const auto& [name, data] : extra)
        if (!(*writer)->addEntry(name, data))
            return false;
    return bool((*writer)->finish());
}

SecureBytes secret(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

SecureBytes passphraseOf(const char* user)
{
    QByteArray text = QByteArray(user) + "-pass";
    return SecureBytes::takeFrom(text);
}

std::unique_ptr<CaseDatabase> createDatabase(const QString& dir, const QString& admin, const char* passphrase)
{
    CaseDatabase::CreateOptions options;
    options.organisation = QStringLiteral("Test Retail Co");
    options.workstation = QStringLiteral("test-ws");
    options.kdfTargetMs = 10;
    auto db = CaseDatabase::create(dir + QStringLiteral("/cases.lpdb"), admin, secret(passphrase), options);
    if (!db) {
        qWarning("createDatabase: %s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(*db);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesHolding(const QList<QByteArray>& needles, const QStringList& roots, qint64 sinceMsecs)
{
    QByteArray input;
    for (const QByteArray& n : needles)
        input += n.toHex() + '\n';
    QStringList args {QStringLiteral(LPDESK_SOURCE_DIR "/tests/helpers/find_bytes.py"),
                      QString::number(static_cast<double>(sinceMsecs) / 1000.0, 'f', 3)};
    for (const QString& r : roots)
        if (!r.isEmpty())
            args << r;
    const ProcessRun r = run(QStringLiteral("python3"), args, {}, input);
    if (r.exitCode != 0)
        return {QStringLiteral("<find_bytes.py failed: %1>").arg(QString::fromUtf8(r.err))};
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

double meanVolume(const QString& file)
{
    const auto r
        = run(QStringLiteral("ffmpeg"),
              {QStringLiteral("-i"), file, QStringLiteral("-map"), QStringLiteral("0:a:0"), QStringLiteral("-af"),
               QStringLiteral("volumedetect"), QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    const int at = r.err.indexOf("mean_volume:");
    return at < 0 ? 0 : r.err.mid(at + 12, r.err.indexOf(" dB", at) - at - 12).trimmed().toDouble();
}

bool saveDatabaseFiles(const QString& db)
{
    for (const QString& s : {QString(), QStringLiteral(".keys"), QStringLiteral(".anchors")}) {
        QFile::remove(db + s + QStringLiteral(".saved"));
        if (!QFile::copy(db + s, db + s + QStringLiteral(".saved")))
            return false;
    }
    return true;
}

bool restoreDatabaseFiles(const QString& db)
{
    for (const QString& s : {QString(), QStringLiteral(".keys"), QStringLiteral(".anchors")}) {
        QFile::remove(db + s);
        if (!QFile::copy(db + s + QStringLiteral(".saved"), db + s))
            return false;
    }
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    return true;
}

bool makeSlotFromBeforePinning(const QString& db, const QString& user)
{
    auto file = KeySlotFile::load(KeySlotFile::pathFor(db));
    if (!file || !file->find(user))
        return false;
    KeySlot& slot = *file->find(user);
    const SecureBytes pass = passphraseOf(qPrintable(user));
    auto kek = Scrypt::derive(pass, slot.kdf, AesGcm::KeySize);
    SecureBytes privateKey;
    if (!kek
        || !AesGcm::openCombined(*kek, KeySlotFile::wrapContextOf(file->databaseId, slot), slot.wrappedPrivateKey,
                                 privateKey))
        return false;
    slot.wrappedPrivateKey
        = AesGcm::sealWithRandomNonce(*kek, KeySlotFile::wrapContext(file->databaseId, user), privateKey.view());
    slot.caSha256.clear();
    slot.caPinBox.clear();
    slot.caPinProofs.clear();
    return bool(file->save(KeySlotFile::pathFor(db)));
}

QByteArray makeRogueCa(const QString& keyFile, const QString& certFile)
{
    const auto made = run(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"),
                           certFile, QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                           QStringLiteral("/O=LP Desk organisation/CN=LP Desk organisation CA")});
    return made.exitCode == 0 ? readFile(certFile) : QByteArray();
}

QList<QByteArray> ffmpegGreyFrames(const QString& plainPath)
{
    const auto r
        = run(QStringLiteral("ffmpeg"),
              {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), plainPath, QStringLiteral("-map"),
               QStringLiteral("0:v:0"), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
               QStringLiteral("-vf"), QStringLiteral("scale=80:60"), QStringLiteral("-pix_fmt"), QStringLiteral("gray"),
               QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-")});
    QList<QByteArray> frames;
    for (qsizetype at = 0; r.exitCode == 0 && at + 4800 <= r.out.size(); at += 4800)
        frames << r.out.mid(at, 4800);
    return frames;
}

double meanDifference(const QByteArray& a, const QByteArray& b)
{
    if (a.isEmpty() || a.size() != b.size())
        return 255;
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        sum += qAbs(static_cast<int>(static_cast<uchar>(a[i])) - static_cast<int>(static_cast<uchar>(b[i])));
    return sum / static_cast<double>(a.size());
}

QString sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    while (!f.atEnd())
        h.addData(f.read(1 << 20));
    return toHex(h.result());
}

QList<QByteArray> ffmpegFrameMd5(const QString& plainPath)
{
    const ProcessRun r
        = run(QStringLiteral("ffmpeg"),
              {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), plainPath, QStringLiteral("-map"),
               QStringLiteral("0:v:0"), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
               QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-")});
    QList<QByteArray> hashes;
    if (r.exitCode != 0 || !r.err.trimmed().isEmpty()) {
        qWarning("ffmpeg framemd5: %s", qPrintable(r.describe()));
        return hashes;
    }
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.startsWith('#') && line.contains(','))
            hashes << line.split(',').last().trimmed();
    return hashes;
}

QByteArray md5Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

QMap<QString, QString> snapshot(const QString& dir)
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), sha256OfFile(path));
    }
    return out;
}

qint64 scalar(CaseDatabase& db, const QString& sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> posFootprint(CaseDatabase& db)
{
    return {scalar(db, QStringLiteral("SELECT COUNT(*) FROM pos_imports")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM pos_transactions")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM pos_lines")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM evidence_files")),
            static_cast<qint64>(QDir(db.mediaDirectory()).entryList(QDir::Files).size())};
}

QString writePlainMedia(CaseDatabase& db, const QString& mediaId, const QString& file)
{
    MediaLibrary library(db);
    auto media = library.get(mediaId);
    auto key = library.key();
    if (!media || !key)
        return {};
    auto reader = LpencReader::open(library.pathOf(*media), *key);
    QByteArray plain;
    if (!reader || !(*reader)->verifyAll([&plain](const char* d, qsizetype n) { plain.append(d, n); }))
        return {};
    return writeFile(file, plain) ? file : QString();
}

} // namespace lpdesk::test
