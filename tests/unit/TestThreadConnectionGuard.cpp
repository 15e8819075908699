// ThreadConnectionGuard: a worker on a pool thread that uses the case database leaves no connection behind, on
// whatever path it leaves (Qt keeps a connection per name until it is removed; the pool thread outlives the job).
#include "TestSupport.h"

#include "db/ThreadConnectionGuard.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace lpdesk;

class TestThreadConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerLeavesNoConnection_data()
    {
        QTest::addColumn<bool>("returnEarly");
        QTest::newRow("runs to the end") << false;
        QTest::newRow("returns early") << true;
    }

    void workerLeavesNoConnection()
    {
        QFETCH(bool, returnEarly);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir.path());
        QVERIFY(db);
        db->releaseThreadConnection(); // this thread's own, so that only the worker's is counted
        const QStringList before = QSqlDatabase::connectionNames();

        QThreadPool pool;
        pool.setMaxThreadCount(1);
        int users = -1;
        bool reachedTheEnd = false;
        QThread* worker = nullptr;
        pool.start([&] {
            worker = QThread::currentThread();
            ThreadConnectionGuard connection(db.get());
            QSqlDatabase c = db->connection();
            QSqlQuery q(c);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
                return;
            users = q.value(0).toInt();
            if (returnEarly)
                return;
            reachedTheEnd = true;
        });
        QVERIFY(pool.waitForDone());
        QCOMPARE(users, 1);
        QCOMPARE(reachedTheEnd, !returnEarly);
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(QSqlDatabase::connectionNames(), before); // the pool thread is still alive, its connection gone
    }
};

QTEST_GUILESS_MAIN(TestThreadConnectionGuard)
#include "TestThreadConnectionGuard.moc"
