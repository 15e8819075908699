#include "TestSupport.h"

#include "crypto/Sha256.h"
#include "custody/HashChain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestHashChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    HashChain m_chain {QStringLiteral("audit_log"), QString()};
    qint64 m_base = 0; // events the new database starts with (database_created, the admin's certificate, ...)

    void fill(int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(m_db->audit(QStringLiteral("test_event"), QJsonObject {{QLatin1String("i"), i}}));
    }

    ChainReport verify()
    {
        QSqlDatabase db = m_db->connection();
        return *m_chain.verify(db);
    }

    void exec(const QString& sql)
    {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cases.lpdb")));
        QFile::remove(m_dir.filePath(QStringLiteral("cases.lpdb.keys")));
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_db = test::createDatabase(m_dir.path());
        QVERIFY(m_db);
        m_base = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain = ''"));
        QVERIFY(m_base >= 1);
        fill(8);
    }

    void intactChainVerifies()
    {
        const ChainReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.events, m_base + 8); // what creation wrote + 8
    }

    void linkIsSha256OfPrevAndEvent()
    {
        QSqlDatabase db = m_db->connection();
        auto events = m_chain.events(db);
        QVERIFY(events);
        const ChainEvent& e = events->at(3);
        QCOMPARE(e.prevHash, events->at(2).hash);
        QCOMPARE(toHex(HashChain::link(e.prevHash, e.eventText)), e.hash);
        QCOMPARE(events->first().prevHash, HashChain::genesisHash());
    }

    // The expected hashes come from outside LP Desk: Python re-serialises each event in the documented canonical
    // form (json.dumps with sorted keys, no whitespace) from the row's own columns and the details this test wrote,
    // and the OpenSSL command line hashes prev_hash (32 bytes, zeros for the first) followed by those bytes.
    void hashesMatchAnIndependentOracle()
    {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT seq, at, actor, action, event, prev_hash, hash FROM audit_log "
                                      "WHERE chain = '' ORDER BY seq")));
        QByteArray expectedPrev(32, '\0');
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray stored = q.value(4).toString().toUtf8();
            // Canonical bytes from the columns (and, for the events this test wrote, the details it wrote).
            const QString script
                = QStringLiteral("import json,sys\n"
                                 "seq,at,actor,action,stored,base=json.loads(sys.stdin.read())\n"
                                 "details=json.loads(stored)['details'] if seq<=base else {'i':seq-base-1}\n"
                                 "ev={'seq':seq,'at':at,'actor':actor,'action':action,'details':details}\n"
                                 "sys.stdout.buffer.write(json.dumps(ev,sort_keys=True,separators=(',',':'),"
                                 "ensure_ascii=False).encode())\n");
            const QJsonArray input {
                seq,   q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), QString::fromUtf8(stored),
                m_base};
            const test::ProcessRun canon = test::run(QStringLiteral("python3"), {QStringLiteral("-c"), script}, {},
                                                     QJsonDocument(input).toJson(QJsonDocument::Compact), 60000);
            QVERIFY2(canon.exitCode == 0, qPrintable(canon.describe()));
            QCOMPARE(canon.out, stored);
            QCOMPARE(q.value(5).toString(), QString::fromLatin1(expectedPrev.toHex()));
            const test::ProcessRun dgst
                = test::run(QStringLiteral("openssl"),
                            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")}, {},
                            expectedPrev + canon.out, 60000);
            QVERIFY2(dgst.exitCode == 0 && dgst.out.size() == 32, qPrintable(dgst.describe()));
            QCOMPARE(q.value(6).toString(), QString::fromLatin1(dgst.out.toHex()));
            expectedPrev = dgst.out;
        }
        QCOMPARE(rows, m_base + 8);
    }

    void editedEventIsNamed()
    {
        exec(QStringLiteral("UPDATE audit_log SET event = replace(event, '\"i\":3', '\"i\":33') WHERE seq = %1")
                 .arg(m_base + 4));
        const ChainReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().seq, m_base + 4);
        QVERIFY(r.summary().contains(QLatin1String("edited")));
    }

    void editedIndexColumnIsNamed()
    {
        exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4"));
        const ChainReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().seq, 4);
    }

    void deletedEventIsNamed()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
        const ChainReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().seq, 6);
        QVERIFY(r.summary().contains(QLatin1String("deleted")));
    }

    void reorderedEventsAreNamed()
    {
        exec(QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
        exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        exec(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
        const ChainReport r = verify();
        QVERIFY(!r.ok());
        QVERIFY(r.summary().contains(QLatin1String("reordered")));
        QCOMPARE(r.problems.first().seq, 3);
    }

    // Truncating the end of the log (no gap left behind) is caught by the anchor in the key-slot file.
    void truncatedTailIsCaughtByAnchor()
    {
        QVERIFY(m_db->writeAnchor());
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 7"));
        QVERIFY(verify().ok()); // the chain alone cannot see it
        const QStringList problems = m_db->auditAnchorProblems();
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().contains(QLatin1String("deleted")));
    }

    void offlineVerifierAgreesWithDatabase()
    {
        QSqlDatabase db = m_db->connection();
        auto events = m_chain.events(db);
        QVERIFY(HashChain::verifyEvents(QString(), *events).ok());
        QList<ChainEvent> tampered = *events;
        tampered.swapItemsAt(2, 5);
        QVERIFY(!HashChain::verifyEvents(QString(), tampered).ok());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestHashChain)
#include "TestHashChain.moc"
