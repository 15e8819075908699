#include "TestSupport.h"

#include "crypto/Random.h"
#include "db/SqlCipherDriver.h"

#include <QFile>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

    QSqlDatabase openDb(const QString& path, const SecureBytes& key, const QString& name, bool create)
    {
        auto* driver = new SqlCipherDriver;
        driver->setRawKey(key.clone());
        driver->setCreateIfMissing(create);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.open();
        return db;
    }

private Q_SLOTS:
    void roundTripTypesAndPlaceholders()
    {
        QTemporaryDir dir;
        const SecureBytes key = randomSecret(32);
        const QString path = dir.filePath(QStringLiteral("t.db"));
        {
            QSqlDatabase db = openDb(path, key, QStringLiteral("a"), true);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, b BLOB, r REAL, n TEXT)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (s, b, r, n) VALUES (:s, :b, :r, :s)")));
            q.bindValue(QStringLiteral(":s"), QStringLiteral("héllo ✓"));
            q.bindValue(QStringLiteral(":b"), QByteArray("\x00\x01\xff", 3));
            q.bindValue(QStringLiteral(":r"), 2.5);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.lastInsertId().toLongLong(), 1LL);
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (s, b, r, n) VALUES (?, ?, ?, ?)")));
            q.addBindValue(QStringLiteral("second"));
            q.addBindValue(QVariant());
            q.addBindValue(7);
            q.addBindValue(QVariant());
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("SELECT id, s, b, r, n FROM t ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("héllo ✓"));
            QCOMPARE(q.value(2).toByteArray(), QByteArray("\x00\x01\xff", 3));
            QCOMPARE(q.value(3).toDouble(), 2.5);
            QCOMPARE(q.value(4).toString(), QStringLiteral("héllo ✓"));
            QVERIFY(q.next());
            QVERIFY(q.isNull(2));
            QVERIFY(!q.next());
            // Scrollable access goes back.
            QVERIFY(q.first());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.record().fieldName(1), QStringLiteral("s"));
            // Transactions roll back.
            QVERIFY(db.transaction());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
            QVERIFY(db.rollback());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(db.tables().contains(QStringLiteral("t")));
            QCOMPARE(db.primaryIndex(QStringLiteral("t")).fieldName(0), QStringLiteral("id"));
            // Errors are reported, not swallowed.
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM missing_table")));
            QVERIFY(q.lastError().text().contains(QLatin1String("missing_table")));
            QVERIFY(!q.exec(QStringLiteral("SELECT 1; SELECT 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("a"));

        // On disk: encrypted (no SQLite header); a wrong key does not open it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
        f.close();
        {
            QSqlDatabase wrong = openDb(path, randomSecret(32), QStringLiteral("b"), false);
            QVERIFY(!wrong.isOpen());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("b"));
        {
            QSqlDatabase right = openDb(path, key, QStringLiteral("c"), false);
            QVERIFY(right.isOpen());
            QSqlQuery q(right);
            q.setForwardOnly(true);
            QVERIFY(q.exec(QStringLiteral("SELECT s FROM t ORDER BY id")));
            int rows = 0;
            while (q.next())
                ++rows;
            QCOMPARE(rows, 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("c"));
    }

    void refusesMissingFileWithoutCreate()
    {
        QTemporaryDir dir;
        QSqlDatabase db = openDb(dir.filePath(QStringLiteral("none.db")), randomSecret(32), QStringLiteral("d"), false);
        QVERIFY(!db.isOpen());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("d"));
    }

    // Debian's plain SQLite library must never be loaded next to SQLCipher (same symbols, different codec).
    void plainSqliteNotLoaded()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray text = maps.readAll();
        QVERIFY(text.contains("libsqlcipher"));
        QVERIFY(!text.contains("libsqlite3.so"));
        QVERIFY(!text.contains("libqsqlite"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
