// SqlRow: a row read by column name reads the same fields whatever the order of the SELECT's columns, and a name the
// result does not hold (a renamed or misspelt column, or one there twice) stops a test build with the name, the query
// and the columns there are, and reads as null, logged once, in the programs the package ships. Built twice
// (tests/unit/CMakeLists.txt): TestSqlRow links the test hooks as every test does, TestSqlRowShipped links the
// hook-free db/TestHooks.cpp the package's programs link. Real SQLCipher database.
#include "TestSupport.h"

#include "db/SqlRow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

const char* const kChildColumn = "LPDESK_SQLROW_CHILD_COLUMN";
const char* const kChildSelect = "LPDESK_SQLROW_CHILD_SELECT";

// A database with one table, items(id, name, size, note): ("a1", "first", 10, NULL).
struct Items
{
    QTemporaryDir dir;
    std::unique_ptr<CaseDatabase> db;

    bool make()
    {
        db = test::createDatabase(dir.path());
        if (!db)
            return false;
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        return q.exec(QStringLiteral("CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT, size INTEGER, note TEXT)"))
            && q.exec(QStringLiteral("INSERT INTO items VALUES ('a1', 'first', 10, NULL)"));
    }
};

// The child process of unknownColumn: runs the SELECT and reads the column named in its environment twice, and
// prints what it read ("null" for a null QVariant). A test build stops before printing.
int readInChild(const QByteArray& column, const QString& select)
{
    Items items;
    if (!items.make())
        return 2;
    QSqlDatabase c = items.db->connection();
    QSqlQuery q(c);
    if (!q.exec(select) || !q.next())
        return 3;
    const SqlRow row(q);
    const QVariant first = row.value(column.constData());
    const QVariant second = row.value(column.constData());
    printf("%s %s\n", first.isNull() ? "null" : qPrintable(first.toString()),
           second.isNull() ? "null" : qPrintable(second.toString()));
    return 0;
}

} // namespace

class TestSqlRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsByNameWhateverTheOrder_data()
    {
        QTest::addColumn<QString>("select");
        QTest::newRow("as declared") << "SELECT id, name, size, note FROM items";
        QTest::newRow("reordered") << "SELECT size, note, name, id FROM items";
        QTest::newRow("a column added in front") << "SELECT 'x' AS extra, note, size, id, name FROM items";
        QTest::newRow("table prefix") << "SELECT i.note, i.size, i.name, i.id FROM items i";
        QTest::newRow("other case") << "SELECT NOTE, Size, NAME, Id FROM items";
    }

    void readsByNameWhateverTheOrder()
    {
        QFETCH(QString, select);
        Items items;
        QVERIFY(items.make());
        QSqlDatabase c = items.db->connection();
        QSqlQuery q(c);
        QVERIFY2(q.exec(select), qPrintable(q.lastError().text()));
        const SqlRow row(q); // made before next(): it reads whatever row the query is on
        QVERIFY(q.next());
        QCOMPARE(row.string("id"), QStringLiteral("a1"));
        QCOMPARE(row.string("name"), QStringLiteral("first"));
        QCOMPARE(row.integer("size"), 10);
        QCOMPARE(row.int64("size"), qint64(10));
        QCOMPARE(row.real("size"), 10.0);
        QVERIFY(row.boolean("size"));
        QVERIFY(row.isNull("note"));
        QVERIFY(!row.isNull("name"));
        QCOMPARE(row.columns().size(), select.contains(QLatin1String("extra")) ? 5 : 4);
    }

    void aliasedExpressions()
    {
        Items items;
        QVERIFY(items.make());
        QSqlDatabase c = items.db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) AS n, max(size) * 2 AS doubled, "
                                      "EXISTS (SELECT 1 FROM items WHERE id = 'a1') AS known FROM items")));
        QVERIFY(q.next());
        const SqlRow row(q);
        QCOMPARE(row.columns(), QStringList({"n", "doubled", "known"}));
        QCOMPARE(row.integer("n"), 1);
        QCOMPARE(row.integer("doubled"), 20);
        QVERIFY(row.boolean("known"));
    }

    void unknownColumn_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QString>("problem");
        const QString plain = QStringLiteral("SELECT id, name FROM items");
        QTest::newRow("renamed") << plain << QByteArray("title") << "'title' is not in the result";
        QTest::newRow("misspelt") << plain << QByteArray("nmae") << "'nmae' is not in the result";
        QTest::newRow("there twice") << "SELECT a.id, b.id FROM items a JOIN items b" << QByteArray("id")
                                     << "'id' is in the result 2 times (give each an alias)";
    }

    void unknownColumn()
    {
        QFETCH(QString, select);
        QFETCH(QByteArray, column);
        QFETCH(QString, problem);
        // Which db/TestHooks.cpp the link picked: TestSqlRowShipped is registered with LPDESK_TEST_SHIPPED_HOOKS.
        const bool shipped = qEnvironmentVariableIsSet("LPDESK_TEST_SHIPPED_HOOKS");
        QCOMPARE(SqlRow::missingColumnIsFatal(), !shipped);

        const test::ProcessRun child = test::run(QCoreApplication::applicationFilePath(), {},
                                                 {{QString::fromLatin1(kChildColumn), QString::fromLatin1(column)},
                                                  {QString::fromLatin1(kChildSelect), select}});
        const QString err = QString::fromUtf8(child.err);
        const QString columns
            = select.contains(QLatin1String("JOIN")) ? QStringLiteral("id, id") : QStringLiteral("id, name");
        const QString message
            = QStringLiteral("SqlRow: column %1 of \"%2\" (columns: %3)").arg(problem, select, columns);
        QVERIFY2(err.contains(message), qPrintable(child.describe()));
        QCOMPARE(err.count(QStringLiteral("SqlRow: column")), 1); // read twice, reported once
        if (shipped) {
            QVERIFY2(child.exitCode == 0 && !child.crashed, qPrintable(child.describe()));
            QCOMPARE(child.out, QByteArray("null null\n"));
        } else {
            QVERIFY2(child.crashed, qPrintable(child.describe())); // qFatal aborts
            QCOMPARE(child.out, QByteArray());
        }
    }

    void aliasesTellTwoColumnsApart()
    {
        Items items;
        QVERIFY(items.make());
        QSqlDatabase c = items.db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT a.id, b.id AS other_id, b.name FROM items a JOIN items b")));
        QVERIFY(q.next());
        const SqlRow row(q);
        QCOMPARE(row.columns(), QStringList({"id", "other_id", "name"}));
        QCOMPARE(row.string("id"), QStringLiteral("a1"));
        QCOMPARE(row.string("other_id"), QStringLiteral("a1"));
        QCOMPARE(row.indexOf("other_id"), 1);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildColumn))
        return readInChild(qgetenv(kChildColumn), qEnvironmentVariable(kChildSelect));
    TestSqlRow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSqlRow.moc"
