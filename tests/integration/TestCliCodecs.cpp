// lpdesk-cli on a store drop recorded in H.265/HEVC with B-frames and a variable frame rate
// (store-sim --codec h265 --bframes 2 --vfr): pull, smart trim (stays HEVC, re-encoded edges + copied middle),
// still, redaction. Bad codec options are usage errors.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestCliCodecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_clip;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_db, user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QJsonValue json(const test::ProcessRun& r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(path(QStringLiteral("db")), {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_db.isEmpty());
        QVERIFY(test::makeDrop(m_db, path(QStringLiteral("drop")), path(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"),
                                QStringLiteral("2"), QStringLiteral("--clip-seconds"), QStringLiteral("6"),
                                QStringLiteral("--size"), QStringLiteral("320x180"), QStringLiteral("--codec"),
                                QStringLiteral("h265"), QStringLiteral("--bframes"), QStringLiteral("2"),
                                QStringLiteral("--vfr")}));
        QVERIFY(
            test::addStore(m_db, path(QStringLiteral("drop")), test::storesIn(path(QStringLiteral("drop"))).first()));
        QVERIFY(test::pull(m_db, QStringLiteral("ivy")));
        const QString incident
            = test::firstIncident(m_db, QStringLiteral("ivy"), {QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("HEVC"), incident);
        QVERIFY(!m_case.isEmpty());
        const auto media = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
        m_clip = json(media).toArray().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_clip.isEmpty());
    }

    void badCodecOptionsAreUsageErrors()
    {
        const auto bad = as(QStringLiteral("admin"),
                            {QStringLiteral("store-sim"), QStringLiteral("--out"), path(QStringLiteral("x")),
                             QStringLiteral("--recipient"), path(QStringLiteral("recipient.txt")),
                             QStringLiteral("--codec"), QStringLiteral("vp9")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("h264 or h265"));
    }

    void smartTrimStaysHevcAndCopiesTheMiddle()
    {
        const auto trim = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("trim"), m_clip, QStringLiteral("--from"),
                              QStringLiteral("0.7"), QStringLiteral("--to"), QStringLiteral("5.3"),
                              QStringLiteral("--mode"), QStringLiteral("smart"), QStringLiteral("--case"), m_case});
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        const QJsonObject o = json(trim).toObject();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("smart"));
        QVERIFY2(o.value(QLatin1String("encoder")).toString().contains(QStringLiteral("libx265")),
                 qPrintable(QString::fromUtf8(trim.out)));
        QVERIFY(o.value(QLatin1String("copied_video_packets")).toInt() > 0);
        QVERIFY(o.value(QLatin1String("reencoded_frames")).toInt() > 0);
    }

    void stillAndRedactionWork()
    {
        const QString png = path(QStringLiteral("still.png"));
        const auto still = as(QStringLiteral("ivy"),
                              {QStringLiteral("frame"), m_clip, QStringLiteral("--at"), QStringLiteral("2.5"),
                               QStringLiteral("--out"), png, QStringLiteral("--case"), m_case});
        QVERIFY2(still.exitCode == 0, qPrintable(still.describe()));
        QCOMPARE(QImage(png).size(), QSize(320, 180));
        QFile plan(path(QStringLiteral("plan.json")));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write(
            R"({"version":1,"regions":[{"id":"r1","style":"pixelate","reason":"bystander",)"
            R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.3,"h":0.3},{"t":5,"x":0.5,"y":0.1,"w":0.3,"h":0.3}]}]})");
        plan.close();
        const auto redact = as(QStringLiteral("ivy"),
                               {QStringLiteral("redact"), m_clip, QStringLiteral("--plan"), plan.fileName(),
                                QStringLiteral("--case"), m_case});
        QVERIFY2(redact.exitCode == 0, qPrintable(redact.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliCodecs)
#include "TestCliCodecs.moc"
