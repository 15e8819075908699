// Export benchmark: sealing an approved release whose case holds one large clip (decrypt the encrypted media,
// SHA-256, write a stored ZIP64 entry, documents, CMS signature, fsync, then read the whole package back and
// verify it) against the obvious baseline on the same plaintext in the same run: `zip -0` plus `sha256sum`.
// Also times the encrypted (AES-256) package and `lpdesk-cli verify`-equivalent verification on its own.
// Size: LPDESK_BENCH_EXPORT_MB (default 2048). Never fails on time.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "db/UserDirectory.h"
#include "export/PackageBuilder.h"
#include "export/PackageVerifier.h"
#include "export/ReleaseService.h"
#include "store/PullService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

extern "C" {
#include <libavutil/log.h>
}

#include <cstdio>

using namespace lpdesk;

namespace {

[[noreturn]] void die(const char* what, const QString& why)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(why));
    std::exit(1);
}

std::unique_ptr<CaseDatabase> openAs(const QString& path, const char* user)
{
    auto db = CaseDatabase::open(path, QString::fromLatin1(user), test::passphraseOf(user));
    if (!db)
        die("open", db.errorMessage());
    return std::move(*db);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime; // private (0700), for Qt's runtime directory when the environment has none
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QGuiApplication app(argc, argv); // the case report needs fonts
    av_log_set_level(AV_LOG_ERROR);
    const qint64 mb = qEnvironmentVariableIsSet("LPDESK_BENCH_EXPORT_MB")
        ? qEnvironmentVariableIntValue("LPDESK_BENCH_EXPORT_MB")
        : 2048;
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("db")));
    QString path;
    QString plainPath;
    {
        auto admin = test::createDatabase(dir.filePath(QStringLiteral("db")));
        if (!UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass"))
            || !UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")))
            die("users", QStringLiteral("cannot add"));
        plainPath = bench::makeLargeDrop(*admin, dir.path(), mb).plainPath;
        path = admin->path();
    }
    QString releaseId, secondId;
    {
        auto ivy = openAs(path, "ivy");
        auto pulled = PullService(*ivy).pull({});
        if (!pulled || !pulled->complete())
            die("pull", pulled ? QStringLiteral("incomplete") : pulled.errorMessage());
        QSqlDatabase c = ivy->connection();
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT id FROM incidents")) || !q.next())
            die("incident", QStringLiteral("none"));
        auto made = CaseService(*ivy).create(QStringLiteral("Benchmark"), QStringList {q.value(0).toString()});
        if (!made)
            die("case", made.errorMessage());
        ReleaseRequestSpec spec;
        spec.caseId = *made;
        spec.all = true;
        spec.note = QStringLiteral("benchmark");
        auto r1 = ReleaseService(*ivy).request(spec);
        auto r2 = ReleaseService(*ivy).request(spec);
        if (!r1 || !r2)
            die("request", r1 ? r2.errorMessage() : r1.errorMessage());
        releaseId = *r1;
        secondId = *r2;
    }
    {
        auto lena = openAs(path, "lena");
        if (!ReleaseService(*lena).approve(releaseId, QStringLiteral("ok"), {})
            || !ReleaseService(*lena).approve(secondId, QStringLiteral("ok"), {}))
            die("approve", QStringLiteral("refused"));
    }
    auto ivy = openAs(path, "ivy");
    const QString out = dir.filePath(QStringLiteral("package.zip"));
    const QString sealed = dir.filePath(QStringLiteral("sealed.zip"));
    const QString baselineZip = dir.filePath(QStringLiteral("baseline.zip"));
    // Warm the page cache for both inputs equally.
    bench::timeShell(QStringLiteral("cat %1 $(find %2 -type f -name '*.lpenc') > /dev/null")
                         .arg(plainPath, dir.filePath(QStringLiteral("db"))));

    QElapsedTimer t;
    t.start();
    ExportOptions options;
    options.outPath = out;
    auto plain = PackageBuilder(*ivy).exportRelease(releaseId, options);
    const double exportSeconds = t.nsecsElapsed() / 1e9;
    if (!plain)
        die("export", plain.errorMessage());
    const long rss = bench::peakRssMb();
    t.restart();
    const SecureBytes password = test::secret("benchmark package password");
    options.outPath = sealed;
    options.password = &password;
    auto enc = PackageBuilder(*ivy).exportRelease(secondId, options);
    const double encryptedSeconds = t.nsecsElapsed() / 1e9;
    if (!enc)
        die("encrypted export", enc.errorMessage());
    t.restart();
    auto verified = PackageVerifier::verify(out, {});
    const double verifySeconds = t.nsecsElapsed() / 1e9;
    if (!verified || !verified->ok())
        die("verify", verified ? verified->problems.join(u'\n') : verified.errorMessage());

    const double zipSeconds
        = bench::timeShell(QStringLiteral("zip -0 -q %1 %2 && sync %1").arg(baselineZip, plainPath));
    const double sumSeconds = bench::timeShell(QStringLiteral("sha256sum %1 > /dev/null").arg(plainPath));
    const double baseline = zipSeconds + sumSeconds;
    const double checkSeconds = bench::timeShell(QStringLiteral("sha256sum %1 > /dev/null").arg(out));
    std::printf("export of an approved release holding a %lld MiB clip (decrypt + SHA-256 + ZIP64 + report + CMS "
                "signature + fsync + full read-back verification)\n",
                mb);
    std::printf("  LP Desk export (plain):        %.2f s  (%.0f MiB/s)\n", exportSeconds, mb / exportSeconds);
    std::printf("  LP Desk export (AES-256):      %.2f s  (%.0f MiB/s)\n", encryptedSeconds, mb / encryptedSeconds);
    std::printf("  zip -0 + sync + sha256sum:     %.2f s  (zip %.2f s, sha256sum %.2f s)\n", baseline, zipSeconds,
                sumSeconds);
    std::printf("  ratio LP Desk / baseline:      %.2fx plain, %.2fx encrypted  (target <= 1.5x)\n",
                exportSeconds / baseline, encryptedSeconds / baseline);
    std::printf("  offline verification:          %.2f s; sha256sum of the package %.2f s (%.2fx)\n", verifySeconds,
                checkSeconds, verifySeconds / checkSeconds);
    std::printf("  peak resident memory:          %ld MiB (no whole-file buffers)\n", rss);
    return 0;
}
