// Hostile store drops: each kind of bad item is quarantined (or the store refused) with its reason, nothing
// crashes, everything else in the drop is still ingested, and nothing is ever decrypted to disk.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "sim/StoreSimulator.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestHostileDrops : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QByteArray m_recipient;
    QString m_drop;
    QString m_store;
    QStringList m_ids; // incident ids in feed order

    QJsonObject readJson(const QString& rel)
    {
        QFile f(m_drop + QLatin1Char('/') + rel);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    void writeBytes(const QString& rel, const QByteArray& bytes)
    {
        QFile f(m_drop + QLatin1Char('/') + rel);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    void writeJson(const QString& rel, const QJsonObject& o) { writeBytes(rel, QJsonDocument(o).toJson()); }
    QJsonObject incident(int i) { return readJson(QStringLiteral("incidents/%1.json").arg(m_ids[i])); }
    void setIncident(int i, const QJsonObject& o) { writeJson(QStringLiteral("incidents/%1.json").arg(m_ids[i]), o); }
    QString mediaFile(int i)
    {
        return m_drop + QLatin1Char('/')
            + incident(i).value(QLatin1String("media")).toArray()[0].toObject().value(QLatin1String("file")).toString();
    }

    QStringList quarantineReasons()
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT item || ': ' || reason FROM quarantine ORDER BY id"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    bool hasIncident(const QString& id)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        m_db = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_db);
        QSqlDatabase c = m_db->connection();
        m_recipient = *WorkstationKeys::recipientPublicKey(c);
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        o.recipientPublicKey = m_recipient;
        o.stores = 1;
        o.incidentsPerStore = 12;
        o.clipSeconds = 1;
        o.width = 160;
        o.height = 120;
        auto sim = StoreSimulator::run(o);
        QVERIFY(sim);
        m_store = sim->storeIds.first();
        m_drop = o.outDir + QLatin1Char('/') + m_store;
        const QJsonArray ids = readJson(QStringLiteral("feed/000001.json")).value(QLatin1String("incidents")).toArray();
        for (const QJsonValue& v : ids)
            m_ids << v.toString();
        QCOMPARE(m_ids.size(), 12);

        // 0: media hash does not match the claim.
        QJsonObject i0 = incident(0);
        QJsonArray m0 = i0.value(QLatin1String("media")).toArray();
        QJsonObject c0 = m0[0].toObject();
        c0.insert(QLatin1String("sha256"), QString(64, QLatin1Char('a')));
        m0[0] = c0;
        i0.insert(QLatin1String("media"), m0);
        setIncident(0, i0);
        // 1: truncated .lpenc whose claimed size was adjusted to match.
        {
            const QString f = mediaFile(1);
            QVERIFY(QFile::resize(f, QFile(f).size() - 50));
            QJsonObject i1 = incident(1);
            QJsonArray m1 = i1.value(QLatin1String("media")).toArray();
            QJsonObject c1 = m1[0].toObject();
            c1.insert(QLatin1String("size"), c1.value(QLatin1String("size")).toInteger() - 50);
            m1[0] = c1;
            i1.insert(QLatin1String("media"), m1);
            setIncident(1, i1);
        }
        // 2: media encrypted to another recipient.
        {
            auto w = LpencWriter::create(mediaFile(2), X25519::generate().publicKey);
            QVERIFY((*w)->write(QByteArray(5000, 'x')));
            auto s = (*w)->finish();
            QJsonObject i2 = incident(2);
            QJsonArray m2 = i2.value(QLatin1String("media")).toArray();
            QJsonObject c2 = m2[0].toObject();
            c2.insert(QLatin1String("size"), static_cast<qint64>(s->fileSize));
            m2[0] = c2;
            i2.insert(QLatin1String("media"), m2);
            setIncident(2, i2);
        }
        // 3: invalid UTF-8 in the incident document.
        {
            QByteArray raw = QJsonDocument(incident(3)).toJson();
            raw.replace("\"narrative\": \"", "\"narrative\": \"\xff\xfe broken ");
            writeBytes(QStringLiteral("incidents/%1.json").arg(m_ids[3]), raw);
        }
        // 4: a 200 MB incident document (sparse: no disk cost).
        {
            QFile f(m_drop + QStringLiteral("/incidents/%1.json").arg(m_ids[4]));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(200ll * 1024 * 1024));
        }
        // 5: a media path that tries to leave the drop.
        {
            QJsonObject i5 = incident(5);
            QJsonArray m5 = i5.value(QLatin1String("media")).toArray();
            QJsonObject c5 = m5[0].toObject();
            c5.insert(QLatin1String("file"), QStringLiteral("media/../../../../etc/passwd"));
            m5[0] = c5;
            i5.insert(QLatin1String("media"), m5);
            setIncident(5, i5);
        }
        // 6: the media file is a symbolic link to a file outside the drop.
        {
            const QString f = mediaFile(6);
            QFile::remove(f);
            QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), f));
        }
        // 7: an incident that claims to be another one (id differs from the feed).
        {
            QJsonObject i7 = incident(7);
            i7.insert(QLatin1String("id"), m_ids[8]);
            setIncident(7, i7);
        }
        // Feed: a second page that points back to the first (a loop), listing a traversal id too.
        QJsonObject p1 = readJson(QStringLiteral("feed/000001.json"));
        p1.insert(QLatin1String("next"), QStringLiteral("feed/000002.json"));
        writeJson(QStringLiteral("feed/000001.json"), p1);
        writeJson(QStringLiteral("feed/000002.json"),
                  QJsonObject {{QLatin1String("page"), 2},
                               {QLatin1String("incidents"), QJsonArray {}},
                               {QLatin1String("next"), QStringLiteral("feed/000001.json")}});
        QVERIFY(UserDirectory(*m_db).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        StoreConnection c2;
        c2.kind = QStringLiteral("folder");
        c2.location = m_drop;
        QVERIFY(StoreRegistry(*m_db).add(m_store, c2));
    }

    void pullQuarantinesEachWithItsReasonAndKeepsTheRest()
    {
        auto summary = PullService(*m_db).pull({});
        QVERIFY(summary);
        QVERIFY(!summary->complete());
        const QStringList reasons = quarantineReasons();
        const QString all = reasons.join(QLatin1Char('\n'));
        qInfo("%s", qPrintable(all));
        const QList<QPair<int, QString>> expected {{0, QStringLiteral("does not match the store's claim")},
                                                   {1, QStringLiteral("truncated")},
                                                   {2, QStringLiteral("another recipient")},
                                                   {3, QStringLiteral("not valid UTF-8")},
                                                   {4, QStringLiteral("more than the 1048576 allowed")},
                                                   {5, QStringLiteral("field \"media[0].file\" has an invalid value")},
                                                   {6, QStringLiteral("outside the store folder")},
                                                   {7, QStringLiteral("does not match the id the feed listed")}};
        for (const auto& [i, text] : expected) {
            bool found = false;
            for (const QString& r : reasons)
                found = found || r.contains(text);
            QVERIFY2(
                found,
                qPrintable(QStringLiteral("incident %1: expected a reason with '%2' in:\n%3").arg(i).arg(text, all)));
        }
        QVERIFY2(all.contains(QLatin1String("loops")), qPrintable(all));
        // Media-level faults keep the incident (its clip is recorded as refused in custody); document-level
        // faults keep nothing of it. The healthy incidents all arrived.
        for (int i : {0, 1, 2, 6})
            QVERIFY(hasIncident(m_ids[i]));
        for (int i : {3, 4, 5, 7})
            QVERIFY(!hasIncident(m_ids[i]));
        for (int i = 8; i < 12; ++i)
            QVERIFY2(hasIncident(m_ids[i]), qPrintable(m_ids[i]));
        QVERIFY(m_db->check()->ok());
    }

    // The same through lpdesk-cli: every quarantined item with its reason, and the store with its count and status.
    void cliListsTheQuarantineAndTheStore()
    {
        const QMap<QString, QString> env = test::envAs(m_db->path(), QStringLiteral("admin"));
        const QStringList reasons = quarantineReasons();
        QVERIFY(!reasons.isEmpty());
        auto q = test::cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")}, env);
        QVERIFY2(q.exitCode == 0, qPrintable(q.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(q.out).array();
        QCOMPARE(rows.size(), reasons.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject r = rows[i].toObject();
            QCOMPARE(r.value(QLatin1String("store_id")).toString(), m_store);
            QCOMPARE(r.value(QLatin1String("item")).toString() + QStringLiteral(": ")
                         + r.value(QLatin1String("reason")).toString(),
                     reasons[i]);
        }
        auto text = test::cli({QStringLiteral("quarantine"), QStringLiteral("list")}, env);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), reasons.size());

        QSqlDatabase c = m_db->connection();
        QSqlQuery n(c);
        QVERIFY(n.exec(QStringLiteral("SELECT count(*) FROM incidents")) && n.next());
        auto stores = test::cli({QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("list")}, env);
        QVERIFY2(stores.exitCode == 0, qPrintable(stores.describe()));
        const QJsonArray list = QJsonDocument::fromJson(stores.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject store = list.first().toObject();
        QCOMPARE(store.value(QLatin1String("id")).toString(), m_store);
        QCOMPARE(store.value(QLatin1String("source")).toString(), QStringLiteral("folder"));
        QCOMPARE(store.value(QLatin1String("incidents")).toInt(), n.value(0).toInt());
        QVERIFY(!store.value(QLatin1String("last_pull_at")).toString().isEmpty());
        auto storeText = test::cli({QStringLiteral("store"), QStringLiteral("list")}, env);
        QVERIFY(storeText.out.startsWith(m_store.toUtf8()));
    }

    // Nothing under the data folder is plaintext media, and no temporary or partial file is left.
    void noPlaintextAndNoTemporaryFiles()
    {
        const QString dataDir = QFileInfo(m_db->path()).absolutePath();
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("ftyp") && !bytes.contains("\x1a\x45\xdf\xa3") && !bytes.contains("moov"),
                     qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("partial/")) && !path.endsWith(QLatin1String(".part")),
                     qPrintable(path));
            ++files;
        }
        QVERIFY(files > 5);
        QVERIFY(QDir(qEnvironmentVariable("TMPDIR")).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileDrops)
#include "TestHostileDrops.moc"
