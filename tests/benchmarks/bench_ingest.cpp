// Ingest benchmark: pulling one large clip from a folder drop (copy, decrypt every chunk, SHA-256, probe, store)
// against the obvious baseline on the same bytes in the same run: `openssl enc -d -aes-256-ctr | sha256sum`
// (openssl enc has no GCM). Prints both times, the ratio and the peak resident memory of the ingest.
// Size: LPDESK_BENCH_MB (default 1024). Never fails on time.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "store/PullService.h"

#include <QCoreApplication>

extern "C" {
#include <libavutil/log.h>
}
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace lpdesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    const qint64 mb
        = qEnvironmentVariableIsSet("LPDESK_BENCH_MB") ? qEnvironmentVariableIntValue("LPDESK_BENCH_MB") : 1024;
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("db")));
    auto db = test::createDatabase(dir.filePath(QStringLiteral("db")));
    const bench::LargeDrop drop = bench::makeLargeDrop(*db, dir.path(), mb);
    const QString plainPath = drop.plainPath;
    // Baseline input: the same plaintext under AES-256-CTR for openssl enc.
    const QString key = toHex(randomBytes(32));
    const QString iv = toHex(randomBytes(16));
    const QString ctr = dir.filePath(QStringLiteral("ctr.bin"));
    bench::timeShell(
        QStringLiteral("openssl enc -aes-256-ctr -K %1 -iv %2 -in %3 -out %4").arg(key, iv, plainPath, ctr));
    QFile::remove(plainPath);
    // Warm the page cache for both inputs equally.
    bench::timeShell(QStringLiteral("cat %1 %2 > /dev/null").arg(ctr, drop.dropDir + QStringLiteral("/media/*.lpenc")));

    QElapsedTimer t;
    t.start();
    auto pulled = PullService(*db).pull({});
    const double ingest = t.nsecsElapsed() / 1e9;
    if (!pulled || !pulled->complete()) {
        std::fprintf(stderr, "ingest failed\n");
        return 1;
    }
    const double baseline = std::min(
        bench::timeShell(QStringLiteral("openssl enc -d -aes-256-ctr -K %1 -iv %2 -in %3 | sha256sum > /dev/null")
                             .arg(key, iv, ctr)),
        bench::timeShell(QStringLiteral("openssl enc -d -aes-256-ctr -K %1 -iv %2 -in %3 | sha256sum > /dev/null")
                             .arg(key, iv, ctr)));
    std::printf("ingest of a %lld MiB clip from a folder drop (copy + decrypt every chunk + SHA-256 + probe + store)\n",
                mb);
    std::printf("  LP Desk pull:                 %.2f s  (%.0f MiB/s)\n", ingest, mb / ingest);
    std::printf("  openssl enc -d | sha256sum:   %.2f s  (%.0f MiB/s)\n", baseline, mb / baseline);
    std::printf("  ratio LP Desk / baseline:     %.2fx  (target <= 1.5x)\n", ingest / baseline);
    std::printf("  peak resident memory:         %ld MiB for a %lld MiB clip (bounded: no whole-file buffers)\n",
                bench::peakRssMb(), mb);
    return 0;
}
