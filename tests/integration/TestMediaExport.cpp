// `lpdesk-cli media export MEDIA --out FILE`: a plaintext copy of a document kept by `media import` (and of a video
// original) taken out on purpose. The copy's bytes are what `sha256sum` says the imported file's were; custody
// shows "copy_exported" with the path, the hash and who; the audit log has it too; an auditor is refused (exit 3)
// and nothing is written; an existing --out is refused and left untouched.
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestMediaExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_readme; // the imported document's file and media id
    QString m_readmeId;
    QString m_clip;
    QString m_clipId;

    test::ProcessRun as(const QString& user, const QStringList& args) const
    {
        return test::cliAs(m_db, user, args, {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("x")}});
    }
    QString out(const QString& name) const { return m_dir.filePath(QStringLiteral("out/") + name); }
    static QString sha256sum(const QString& file)
    {
        const auto sum = test::run(QStringLiteral("sha256sum"), {file});
        return sum.exitCode == 0 ? QString::fromLatin1(sum.out.left(64)) : QString();
    }
    QString importOne(const QString& file)
    {
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import"), file,
                           QStringLiteral("--case"), m_case, QStringLiteral("--source"), QStringLiteral("USB stick")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).array().first().toObject().value(QLatin1String("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cases.lpdb"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")})
                .exitCode,
            0);
        for (const auto& [user, role] :
             {std::pair {"ivy", "investigator"}, std::pair {"lena", "legal"}, std::pair {"aud", "auditor"}}) {
            const auto added = test::cliAs(
                m_db, QStringLiteral("admin"),
                {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user), QStringLiteral("--role"),
                 QString::fromLatin1(role)},
                {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QString::fromLatin1(user) + QStringLiteral("-pass")}});
            QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        }
        const auto c = as(
            QStringLiteral("ivy"),
            {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Documents")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.describe()));
        m_case = QString::fromUtf8(c.out.trimmed());
        // A README several chunks long (64 KiB each) with a ragged end, and a short clip made by the ffmpeg CLI.
        m_readme = m_dir.filePath(QStringLiteral("README.txt"));
        QByteArray text;
        for (int i = 0; text.size() < 200000; ++i)
            text += "Line " + QByteArray::number(i) + ": play the footage with SmartPlayer.exe.\r\n";
        QVERIFY(test::writeFile(m_readme, text));
        m_readmeId = importOne(m_readme);
        QVERIFY(!m_readmeId.isEmpty());
        m_clip = m_dir.filePath(QStringLiteral("phone.mp4"));
        const auto made
            = test::run(QStringLiteral("ffmpeg"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                         QStringLiteral("-i"), QStringLiteral("testsrc=size=160x120:rate=10"), QStringLiteral("-t"),
                         QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"), m_clip});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        m_clipId = importOne(m_clip);
        QVERIFY(!m_clipId.isEmpty());
    }

    void exportsTheDocumentBitForBit()
    {
        const QString to = out(QStringLiteral("README-copy.txt"));
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("media"), QStringLiteral("export"), m_readmeId, QStringLiteral("--out"), to,
                           QStringLiteral("--case"), m_case});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString expected = sha256sum(m_readme);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(sha256sum(to), expected);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), expected + QStringLiteral("  ") + to);
        QVERIFY(test::readFile(to) == test::readFile(m_readme));

        // Custody: who exported what where, with the hash.
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY2(custody.exitCode == 0, qPrintable(custody.describe()));
        QJsonObject exported;
        for (const QJsonValue& v : QJsonDocument::fromJson(custody.out).array())
            if (v[QLatin1String("action")].toString() == QLatin1String("copy_exported"))
                exported = v.toObject();
        QVERIFY2(!exported.isEmpty(), custody.out.constData());
        const QJsonObject details = exported.value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("to")).toString(), to);
        QCOMPARE(details.value(QLatin1String("sha256")).toString(), expected);
        QCOMPARE(details.value(QLatin1String("media_id")).toString(), m_readmeId);
        QCOMPARE(details.value(QLatin1String("by")).toString(), QStringLiteral("ivy"));
        QCOMPARE(exported.value(QLatin1String("actor")).toString(), QStringLiteral("ivy"));

        // The audit log has it as well.
        const auto audit
            = as(QStringLiteral("aud"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
        QVERIFY2(audit.out.contains("copy_exported"), audit.out.right(2000).constData());
    }

    void legalMayExportAnOriginal()
    {
        const QString to = out(QStringLiteral("phone-copy.mp4"));
        const auto r = as(QStringLiteral("lena"),
                          {QStringLiteral("media"), QStringLiteral("export"), m_clipId, QStringLiteral("--out"), to});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sha256sum(to), sha256sum(m_clip));
    }

    void auditorIsRefused()
    {
        const QString to = out(QStringLiteral("auditor.txt"));
        const auto r = as(QStringLiteral("aud"),
                          {QStringLiteral("media"), QStringLiteral("export"), m_readmeId, QStringLiteral("--out"), to});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Permission denied"), r.err.constData());
        QVERIFY(!QFileInfo::exists(to));
    }

    void existingOutIsRefusedAndUntouched()
    {
        const QString to = out(QStringLiteral("already-there.txt"));
        QVERIFY(test::writeFile(to, "the investigator's own notes\n"));
        const QString before = sha256sum(to);
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("media"), QStringLiteral("export"), m_readmeId, QStringLiteral("--out"), to});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
        QCOMPARE(sha256sum(to), before);
        QCOMPARE(test::readFile(to), QByteArray("the investigator's own notes\n"));
    }
};

QTEST_GUILESS_MAIN(TestMediaExport)
#include "TestMediaExport.moc"
