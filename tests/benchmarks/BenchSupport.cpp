#include "BenchSupport.h"

#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "db/WorkstationKeys.h"
#include "sim/ClipSynthesizer.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtEndian>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

namespace lpdesk::bench {

namespace {

void writeJson(const QString& path, const QJsonObject& o)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

} // namespace

long peakRssMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

double timeShell(const QString& command)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "baseline failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
    return t.nsecsElapsed() / 1e9;
}

LargeDrop makeLargeDrop(CaseDatabase& database, const QString& dir, qint64 mb)
{
    QSqlDatabase conn = database.connection();
    const QByteArray recipient = *WorkstationKeys::recipientPublicKey(conn);
    CaseDatabase* db = &database;
    // A real MP4 followed by a 'free' box padding it to the target size: a valid, probeable file.
    ClipSpec spec;
    spec.seconds = 2;
    auto clip = ClipSynthesizer::make(spec);
    const qint64 target = mb * 1024 * 1024;
    const qint64 padding = target - clip->mp4.size();
    const QString storeId = QStringLiteral("bench-store");
    const QString drop = QDir(dir).filePath(QStringLiteral("drop/") + storeId);
    const QString mediaId = randomUuid();
    const QString incidentId = randomUuid();
    const QString plainPath = QDir(dir).filePath(QStringLiteral("plain.bin"));
    QFile plain(plainPath);
    plain.open(QIODevice::WriteOnly);
    QDir().mkpath(drop + QStringLiteral("/media"));
    auto writer = LpencWriter::create(drop + QStringLiteral("/media/") + mediaId + QStringLiteral(".lpenc"), recipient);
    auto feed = [&](const QByteArray& b) {
        (void)(*writer)->write(b);
        plain.write(b);
    };
    feed(clip->mp4);
    QByteArray box(8, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(padding), box.data());
    box.replace(4, 4, "free");
    feed(box);
    QByteArray block = randomBytes(4 * 1024 * 1024);
    for (qint64 left = padding - 8; left > 0; left -= block.size())
        feed(left >= block.size() ? block : block.left(left));
    plain.close();
    auto summary = (*writer)->finish();
    QJsonObject media {{QLatin1String("id"), mediaId},
                       {QLatin1String("file"), QStringLiteral("media/") + mediaId + QStringLiteral(".lpenc")},
                       {QLatin1String("size"), static_cast<qint64>(summary->fileSize)},
                       {QLatin1String("plaintext_size"), static_cast<qint64>(summary->plaintextLength)},
                       {QLatin1String("sha256"), summary->sha256},
                       {QLatin1String("codec"), QStringLiteral("h264")},
                       {QLatin1String("camera"), QStringLiteral("cam-1")},
                       {QLatin1String("start"), QStringLiteral("2026-03-14T10:00:00Z")},
                       {QLatin1String("end"), QStringLiteral("2026-03-14T10:00:02Z")}};
    writeJson(
        drop + QStringLiteral("/incidents/") + incidentId + QStringLiteral(".json"),
        QJsonObject {{QLatin1String("id"), incidentId},
                     {QLatin1String("store_id"), storeId},
                     {QLatin1String("type"), QStringLiteral("shoplifting")},
                     {QLatin1String("severity"), 2},
                     {QLatin1String("detected_at"), QStringLiteral("2026-03-14T10:00:01Z")},
                     {QLatin1String("trigger"), QStringLiteral("door_sensor")},
                     {QLatin1String("location"), QJsonObject {{QLatin1String("zone"), QStringLiteral("entrance")}}},
                     {QLatin1String("narrative"), QStringLiteral("benchmark")},
                     {QLatin1String("suspects"), QJsonArray {}},
                     {QLatin1String("media"), QJsonArray {media}},
                     {QLatin1String("pos_refs"), QJsonArray {}},
                     {QLatin1String("statements"), QJsonArray {}}});
    writeJson(drop + QStringLiteral("/feed/000001.json"),
              QJsonObject {{QLatin1String("page"), 1},
                           {QLatin1String("incidents"), QJsonArray {incidentId}},
                           {QLatin1String("next"), QJsonValue::Null}});
    writeJson(drop + QStringLiteral("/store.json"),
              QJsonObject {{QLatin1String("format"), QStringLiteral("lpdesk-store-drop")},
                           {QLatin1String("version"), 1},
                           {QLatin1String("store_id"), storeId},
                           {QLatin1String("name"), QStringLiteral("Bench")},
                           {QLatin1String("timezone"), QStringLiteral("UTC")},
                           {QLatin1String("clock_offset_seconds"), 0},
                           {QLatin1String("recipient_key_ids"), QJsonArray {toHex(X25519::keyId(recipient))}},
                           {QLatin1String("cameras"),
                            QJsonArray {QJsonObject {{QLatin1String("id"), QStringLiteral("cam-1")},
                                                     {QLatin1String("name"), QStringLiteral("CAM")},
                                                     {QLatin1String("zone"), QStringLiteral("x")},
                                                     {QLatin1String("clock_offset_seconds"), 0}}}},
                           {QLatin1String("registers"), QJsonArray {}},
                           {QLatin1String("feed"),
                            QJsonObject {{QLatin1String("first_page"), QStringLiteral("feed/000001.json")}}}});
    StoreConnection c;
    c.kind = QStringLiteral("folder");
    c.location = drop;
    (void)StoreRegistry(*db).add(storeId, c);

    return LargeDrop {storeId, drop, plainPath, incidentId, mediaId};
}

} // namespace lpdesk::bench
