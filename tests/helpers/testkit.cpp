// lpdesk-testkit: test-only operations on a case database. Never installed, never shipped.
//   master-key DB USER          print the raw master key (hex) after unlocking with LPDESK_PASSPHRASE
//   slot-secrets DB USER        every secret the user's slot yields, one "<kind> <hex>" line each (kinds: slot,
//                               master, next, signing, ca) — what a person who copies their own slot holds
//   stress-write DB USER        append audit events in a loop until killed (prints "ready" once, then
//                               "committed N" after each commit)
//   stress-slots DB USER        rewrite the user's slot (same passphrase) in a loop until killed
//   audit-scan DB USER N R      append N audit events (one transaction), then time R rounds of the checks that read
//                               the audit chain (revocation list, TSA settings), uncached and cached after one
//                               round that fills the cache (benchmark)
//   slow-migrate DB USER        open with an extra, slow migration, print "migrated", wait to be killed
//   synth-mp4 OUT SECONDS [W H FPS GOP]   write a synthetic clip as plain MP4 (baselines for benchmarks)
//   lpenc-vector OUT N          the .lpenc test vector N (1 or 2) of docs/lpenc-v1.md
#include "common/Runtime.h"
#include "crypto/AesGcm.h"
#include "crypto/CryptoSelfTest.h"
#include "crypto/Kdf.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "sim/ClipSynthesizer.h"

#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"
#include "db/KeySlotFile.h"
#include "db/Migrations.h"
#include "db/TimestampSettings.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include <QFile>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace lpdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!Runtime::initialise(app) || !CryptoSelfTest::run())
        return 1;
    const QStringList a = app.arguments();
    if (a.size() < 4) {
        QTextStream(stderr) << "usage: lpdesk-testkit COMMAND DB USER\n";
        return 2;
    }
    if (a[1] == QLatin1String("lpenc-vector")) {
        QByteArray recipientPriv, ephPriv, salt;
        for (int i = 0; i < 32; ++i) {
            recipientPriv.append(static_cast<char>(i));
            ephPriv.append(static_cast<char>(0x20 + i));
            salt.append(static_cast<char>(0x40 + i));
        }
        QByteArray plain;
        if (a[3] == QLatin1String("1"))
            plain = "LP Desk .lpenc v1";
        else
            for (int i = 0; i < 1500; ++i)
                plain.append(static_cast<char>(i % 256));
        const SecureBytes rp(recipientPriv.constData(), 32);
        auto w = LpencWriter::createForTestVector(a[2], *X25519::publicFromPrivate(rp),
                                                  SecureBytes(ephPriv.constData(), 32), salt, 1024);
        if (!w || !(*w)->write(plain) || !(*w)->finish())
            return 1;
        return 0;
    }
    if (a[1] == QLatin1String("synth-mp4")) {
        ClipSpec spec;
        spec.seconds = a[3].toDouble();
        if (a.size() >= 7) {
            spec.width = a[4].toInt();
            spec.height = a[5].toInt();
            spec.fps = a[6].toInt();
        }
        if (a.size() >= 8)
            spec.gopSeconds = a[7].toDouble();
        auto clip = ClipSynthesizer::make(spec);
        if (!clip)
            return 1;
        QFile out(a[2]);
        return out.open(QIODevice::WriteOnly) && out.write(clip->mp4) == clip->mp4.size() ? 0 : 1;
    }
    const QString cmd = a[1], path = a[2], user = a[3];
    QByteArray passEnv = qgetenv("LPDESK_PASSPHRASE");
    const SecureBytes pass = SecureBytes::takeFrom(passEnv);
    if (cmd == QLatin1String("master-key")) {
        auto slots = KeySlotFile::load(KeySlotFile::pathFor(path));
        if (!slots)
            return 1;
        auto keys = slots->unlock(user, pass);
        if (!keys)
            return 3;
        std::fputs(qPrintable(toHex(keys->current.view())), stdout);
        std::fputs("\n", stdout);
        return 0;
    }
    if (cmd == QLatin1String("slot-secrets")) {
        auto slots = KeySlotFile::load(KeySlotFile::pathFor(path));
        if (!slots)
            return 1;
        auto keys = slots->unlock(user, pass);
        if (!keys)
            return 3;
        auto kek = Scrypt::derive(pass, slots->find(user)->kdf, 32);
        SecureBytes slotPrivate;
        if (kek
            && AesGcm::openCombined(*kek, KeySlotFile::wrapContextOf(slots->databaseId, *slots->find(user)),
                                    slots->find(user)->wrappedPrivateKey, slotPrivate))
            std::printf("slot %s\n", qPrintable(toHex(slotPrivate.view())));
        for (const auto& [kind, secret] : {std::pair<const char*, const SecureBytes*> {"master", &keys->current},
                                           {"next", &keys->next},
                                           {"signing", &keys->signingKey},
                                           {"ca", &keys->caKey}})
            if (!secret->isEmpty())
                std::printf("%s %s\n", kind, qPrintable(toHex(secret->view())));
        return 0;
    }
    if (cmd == QLatin1String("slow-migrate")) {
        QList<Migration> migrations = Migrations::builtIn();
        Migration slow;
        slow.version = Migrations::latestVersion() + 1;
        slow.name = QStringLiteral("slow_test");
        slow.sql = "CREATE TABLE slow_test (n INTEGER, pad TEXT);"
                   "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 400000) "
                   "INSERT INTO slow_test SELECT n, hex(randomblob(64)) FROM c;";
        migrations << slow;
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        auto db = CaseDatabase::openWithMigrations(path, user, pass, migrations);
        if (!db) {
            QTextStream(stderr) << db.errorMessage() << '\n';
            return 1;
        }
        // Stay alive until killed: the test decides when to kill, never a race with a normal exit.
        std::fputs("migrated\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    auto db = CaseDatabase::open(path, user, pass);
    if (!db) {
        QTextStream(stderr) << db.errorMessage() << '\n';
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    if (cmd == QLatin1String("stress-write")) {
        // After each commit, "committed N" (N writes committed so far): the killer counts what must survive.
        for (qint64 i = 0;; ++i) {
            if (auto st = (*db)->audit(QStringLiteral("stress"), QJsonObject {{QLatin1String("i"), i}}); !st) {
                QTextStream(stderr) << st.errorMessage() << '\n';
                return 1;
            }
            std::printf("committed %lld\n", static_cast<long long>(i + 1));
            std::fflush(stdout);
        }
    }
    if (cmd == QLatin1String("audit-scan") && a.size() >= 6) {
        const int events = a[4].toInt(), rounds = std::max(1, a[5].toInt());
        {
            QSqlDatabase conn = (*db)->connection();
            conn.transaction();
            for (int i = 0; i < events; ++i)
                if (auto st = (*db)->auditIn(conn, QStringLiteral("case_viewed"),
                                             QJsonObject {{QLatin1String("case"), QStringLiteral("C-%1").arg(i)},
                                                          {QLatin1String("note"), QString(120, QLatin1Char('x'))}});
                    !st) {
                    QTextStream(stderr) << st.errorMessage() << '\n';
                    return 1;
                }
            conn.commit();
        }
        QSqlDatabase conn = (*db)->connection();
        const auto round = [&] { return WorkstationKeys::crlPem(conn) && TimestampSettings::trusted(**db); };
        for (const bool cached : {false, true}) {
            AuditEventCache::forget();
            if (cached)
                (void)round(); // the first round fills the cache (an uncached round)
            const qint64 before = AuditEventCache::rowsRead();
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < rounds; ++i) {
                if (!cached)
                    AuditEventCache::forget();
                if (!round()) {
                    QTextStream(stderr) << "check failed\n";
                    return 1;
                }
            }
            std::printf("%s %d rounds: %.2f ms per round, %lld matching rows read\n", cached ? "cached" : "uncached",
                        rounds, double(t.nsecsElapsed()) / 1e6 / rounds,
                        static_cast<long long>(AuditEventCache::rowsRead() - before));
        }
        return 0;
    }
    if (cmd == QLatin1String("stress-slots")) {
        for (;;) {
            if (auto st = UserDirectory(**db).changeOwnPassphrase(pass, pass); !st) {
                QTextStream(stderr) << st.errorMessage() << '\n';
                return 1;
            }
        }
    }
    return 2;
}
