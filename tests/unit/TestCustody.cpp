// Case custody chains: signed checkpoints every CustodyRecorder::CheckpointInterval events, and tampering by
// someone who holds the database key: edits, deletions and reorderings are named; rewriting history and
// re-hashing the chain is caught by the checkpoint signatures.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/UserDirectory.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestCustody : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_chain;
    QString m_path;

    bool checkAsAdmin()
    {
        auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        if (!admin)
            return false;
        auto report = (*admin)->check();
        return report && report->ok();
    }

    CustodyReport verify()
    {
        QSqlDatabase c = m_db->connection();
        return *CustodyRecorder::verify(c, m_chain);
    }
    void exec(const QString& sql)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    // What an attacker with the database key can do: rewrite event `seq`, then recompute every hash after it.
    void rewriteAndRehash(qint64 seq, const std::function<void(QJsonObject&)>& change)
    {
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        QString prev = HashChain::genesisHash();
        for (ChainEvent e : *events) {
            if (e.seq >= seq) {
                QJsonObject o = QJsonDocument::fromJson(e.eventText).object();
                if (e.seq == seq)
                    change(o);
                e.eventText = canonicalJson(o);
                e.prevHash = prev;
                e.hash = toHex(HashChain::link(prev, e.eventText));
                QSqlQuery q(c);
                q.prepare(QStringLiteral(
                    "UPDATE custody_events SET event = ?, prev_hash = ?, hash = ? WHERE chain = ? AND seq = ?"));
                q.addBindValue(QString::fromUtf8(e.eventText));
                q.addBindValue(e.prevHash);
                q.addBindValue(e.hash);
                q.addBindValue(m_chain);
                q.addBindValue(e.seq);
                QVERIFY(q.exec());
            }
            prev = e.hash;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        const QString path = admin->path();
        m_path = path;
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto id = CaseService(*m_db).create(QStringLiteral("Custody test"), {});
        QVERIFY(id);
        m_case = *id;
        m_chain = CustodyLog::caseChain(m_case);
        for (int i = 0; i < 45; ++i)
            QVERIFY(CaseService(*m_db).addNote(m_case, QStringLiteral("note %1").arg(i)));
    }

    void checkpointsAreSignedPeriodically()
    {
        const CustodyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.checkpoints, 2); // after events 20 and 41
        QSqlDatabase c = m_db->connection();
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain));
        QCOMPARE(verify().checkpoints, 3);
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain)); // nothing new to seal: no second checkpoint
        QCOMPARE(verify().checkpoints, 3);
        QVERIFY(checkAsAdmin());
    }

    void editIsNamed()
    {
        exec(QStringLiteral(
                 "UPDATE custody_events SET event = replace(event, 'note 7', 'note 8') WHERE chain = '%1' AND seq = 9")
                 .arg(m_chain));
        const CustodyReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.chain.problems.first().seq, 9);
        QVERIFY(r.summary().contains(QLatin1String("edited")));
        QVERIFY(!checkAsAdmin());
    }

    void deletionAndReorderingAreNamed()
    {
        exec(QStringLiteral("DELETE FROM custody_events WHERE chain = '%1' AND seq = 12").arg(m_chain));
        QVERIFY(verify().summary().contains(QLatin1String("deleted")));
        init();
        exec(QStringLiteral("UPDATE custody_events SET seq = -1 WHERE chain = '%1' AND seq = 5").arg(m_chain));
        exec(QStringLiteral("UPDATE custody_events SET seq = 5 WHERE chain = '%1' AND seq = 6").arg(m_chain));
        exec(QStringLiteral("UPDATE custody_events SET seq = 6 WHERE chain = '%1' AND seq = -1").arg(m_chain));
        QVERIFY(verify().summary().contains(QLatin1String("reordered")));
    }

    // History rewritten and re-hashed: the chain alone looks fine, the signed checkpoint does not.
    void rehashedHistoryFailsTheCheckpoint()
    {
        rewriteAndRehash(10, [](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            d.insert(QLatin1String("text"), QStringLiteral("a different note"));
            o.insert(QLatin1String("details"), d);
        });
        const CustodyReport r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY(!r.ok());
        QVERIFY2(r.checkpointProblems.first().contains(QLatin1String("changed afterwards")), qPrintable(r.summary()));
    }

    void forgedCheckpointFailsItsSignature()
    {
        // Also rewrite the checkpoint's sealed hash to match the new history: the signature gives it away.
        rewriteAndRehash(10, [](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            d.insert(QLatin1String("text"), QStringLiteral("a different note"));
            o.insert(QLatin1String("details"), d);
        });
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        const QString newHash20 = events->at(19).hash;
        rewriteAndRehash(21, [&](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            QCOMPARE(o.value(QLatin1String("action")).toString(), QStringLiteral("checkpoint"));
            d.insert(QLatin1String("covers_hash"), newHash20);
            o.insert(QLatin1String("details"), d);
        });
        const CustodyReport r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY(!r.ok());
        QVERIFY2(r.summary().contains(QLatin1String("signature does not verify")), qPrintable(r.summary()));
    }
};

QTEST_GUILESS_MAIN(TestCustody)
#include "TestCustody.moc"
