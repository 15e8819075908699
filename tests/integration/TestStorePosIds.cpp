// A store's POS store ids (issue 11): real journals name the store by the id the vendor's POS system gives it (NCR
// ACS RetailStoreID 2301), not LP Desk's. Imported into the LP Desk store, the NCR-shaped fixture is refused whole
// (exit 1) with a message that says how to map the id, in the GUI and with lpdesk-cli; an investigator cannot add
// the id (core refuses, exit 3); once an administrator has added it (audited), every valid transaction of the
// journal imports as the store's, and a journal of any other store id is still refused.
#include "TestSupport.h"

#include "db/UserDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestStorePosIds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseDatabase> m_db;

    static constexpr const char* Store = "lakeview-017";

    QMap<QString, QString> as(const char* user) const { return test::envAs(m_path, QString::fromLatin1(user)); }
    qint64 count(const QString& sql) { return test::scalar(*m_db, sql); }

    // The NCR ACS fixture with its store id (2301) replaced, and a comment so each copy is new bytes.
    QString ncrJournal(const QByteArray& storeId, const QString& name)
    {
        QByteArray bytes = test::readFile(test::sourceDir() + QStringLiteral("/tests/data/pos/ncr-acs-poslog.xml"));
        if (bytes.count("<RetailStoreID>2301<") < 1)
            return {};
        bytes.replace("<RetailStoreID>2301<", "<RetailStoreID>" + storeId + "<");
        bytes.append("<!-- " + name.toUtf8() + " -->\n");
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }

    test::ProcessRun importInto(const QString& journal)
    {
        return test::cli({QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("import"), journal,
                          QStringLiteral("--store"), QString::fromLatin1(Store), QStringLiteral("--timezone"),
                          QStringLiteral("America/Chicago")},
                         as("ivy"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        m_path = admin->path();
        admin.reset();
        auto added = test::cli({QStringLiteral("store"), QStringLiteral("add"), QString::fromLatin1(Store),
                                QStringLiteral("--path"), m_dir.filePath(QStringLiteral("drop"))},
                               as("admin"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        auto opened = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
    }

    void journalOfTheVendorsStoreIdIsRefusedWithHowToMapIt()
    {
        const QString journal = ncrJournal("2301", QStringLiteral("ncr-2301-first.xml"));
        QVERIFY(!journal.isEmpty());
        const QList<qint64> before = test::posFootprint(*m_db);
        auto r = importInto(journal);
        QCOMPARE(r.exitCode, 1);
        qInfo("%s", r.err.constData());
        QVERIFY2(r.err.contains("80 of 80") && r.err.contains("belongs to store 2301, not lakeview-017")
                     && r.err.contains("nothing was imported"),
                 r.err.constData());
        // How to map it: the place in the GUI, and the command.
        QVERIFY2(r.err.contains("POS store ids…") && r.err.contains("Stores…")
                     && r.err.contains("lpdesk-cli store pos-id lakeview-017 --add 2301"),
                 r.err.constData());
        QCOMPARE(test::posFootprint(*m_db), before);
    }

    // Imported without --store, a journal whose store id is no store's and no store's POS store id is refused whole
    // (exit 2): the error names the id and says how to file it; the database and the media folder are as before
    // (not even the original is kept).
    void journalOfAnUnknownStoreWithoutStoreIsRefused()
    {
        const QString journal = ncrJournal("2301", QStringLiteral("ncr-2301-no-store.xml"));
        QVERIFY(!journal.isEmpty());
        const QList<qint64> before = test::posFootprint(*m_db);
        const QString events = QStringLiteral("SELECT COUNT(*) FROM custody_events");
        const qint64 eventsBefore = count(events);
        auto r = test::cli({QStringLiteral("pos"), QStringLiteral("import"), journal, QStringLiteral("--timezone"),
                            QStringLiteral("America/Chicago")},
                           as("ivy"));
        qInfo("exit %d: %s", r.exitCode, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Nothing was imported: the journal names its store 2301, which is neither a store of "
                                "LP Desk nor a POS store id of one"),
                 r.err.constData());
        QVERIFY2(r.err.contains("--store 2301") && r.err.contains("lpdesk-cli store pos-id STORE --add 2301"),
                 r.err.constData());
        QCOMPARE(test::posFootprint(*m_db), before);
        QCOMPARE(count(events), eventsBefore);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id = '2301'")), 0);

        // Two unknown ids and transactions that name none: all of them said.
        QByteArray mixed = test::readFile(journal);
        const int first = mixed.indexOf("<RetailStoreID>2301<");
        const int second = mixed.indexOf("<RetailStoreID>2301<", first + 1);
        QVERIFY(first > 0 && second > first);
        mixed.replace(second, 35, "<RetailStoreID>2399</RetailStoreID>");
        mixed.replace(first, 35, QByteArray());
        const QString mixedPath = m_dir.filePath(QStringLiteral("ncr-mixed.xml"));
        QVERIFY(test::writeFile(mixedPath, mixed));
        auto m = test::cli({QStringLiteral("pos"), QStringLiteral("import"), mixedPath, QStringLiteral("--timezone"),
                            QStringLiteral("America/Chicago")},
                           as("ivy"));
        qInfo("exit %d: %s", m.exitCode, m.err.constData());
        QCOMPARE(m.exitCode, 2);
        QVERIFY2(m.err.contains("the stores 2301, 2399, which are neither") && m.err.contains("name no store"),
                 m.err.constData());
        QCOMPARE(test::posFootprint(*m_db), before);

        // The store column of a CSV journal and the store_id of an LP Desk POS JSON journal: the same.
        const QList<std::pair<QString, QByteArray>> others {
            {QStringLiteral("till.csv"),
             "store_id,register,sequence,begin,line_kind,item_id,description,quantity,unit_price,amount\n"
             "ZZ-9,1,100,2026-03-14T10:00:00Z,sale,1,Soap,1,2.50,2.50\n"},
            {QStringLiteral("till.json"),
             R"({"format":"lpdesk-pos-json","store_id":"ZZ-9","transactions":[{"register":"1","sequence":"7",)"
             R"("begin":"2026-03-14T10:00:00Z","lines":[{"kind":"sale","amount":"2.50"}]}]})"}};
        for (const auto& [name, bytes] : others) {
            QVERIFY(test::writeFile(m_dir.filePath(name), bytes));
            auto o = test::cli({QStringLiteral("pos"), QStringLiteral("import"), m_dir.filePath(name)}, as("ivy"));
            QVERIFY2(o.exitCode == 2 && o.err.contains("names its store ZZ-9") && o.err.contains("--store ZZ-9"),
                     qPrintable(name + QLatin1Char(' ') + o.describe()));
            QCOMPARE(test::posFootprint(*m_db), before);
        }
    }

    void onlyAnAdministratorAddsAPosStoreId()
    {
        // The CLI lets every role that sees stores run the command; the refusal is core's (exit 3).
        auto refused = test::cli({QStringLiteral("store"), QStringLiteral("pos-id"), QString::fromLatin1(Store),
                                  QStringLiteral("--add"), QStringLiteral("2301")},
                                 as("ivy"));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("Permission denied"), refused.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM store_pos_ids")), 0);

        auto added = test::cli({QStringLiteral("store"), QStringLiteral("pos-id"), QString::fromLatin1(Store),
                                QStringLiteral("--add"), QStringLiteral("2301")},
                               as("admin"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(added.out.trimmed(), QByteArray("2301"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'store_pos_id_added' AND actor = "
                                      "'admin' AND event LIKE '%\"pos_id\":\"2301\"%'")),
                 1);
        auto listed = test::cli({QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("list")}, as("ivy"));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonObject store = QJsonDocument::fromJson(listed.out).array().first().toObject();
        QCOMPARE(store.value(QLatin1String("pos_ids")).toArray(), QJsonArray {QStringLiteral("2301")});
        // One POS id belongs to one store: another store cannot have it too.
        QCOMPARE(test::cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("lakeview-018"),
                            QStringLiteral("--path"), m_dir.filePath(QStringLiteral("drop2"))},
                           as("admin"))
                     .exitCode,
                 0);
        auto taken = test::cli({QStringLiteral("store"), QStringLiteral("pos-id"), QStringLiteral("lakeview-018"),
                                QStringLiteral("--add"), QStringLiteral("2301")},
                               as("admin"));
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("POS store id of store lakeview-017"), taken.err.constData());
    }

    void journalOfAMappedIdImportsAsTheStores()
    {
        const QString journal = ncrJournal("2301", QStringLiteral("ncr-2301-again.xml"));
        auto r = importInto(journal);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        // Every valid transaction: 79 of the 80 (one lane wrote neither workstation nor number).
        QCOMPARE(s.value(QLatin1String("transactions")).toInt(), 79);
        QCOMPARE(s.value(QLatin1String("rejected")).toInt(), 1);
        QVERIFY2(!r.out.contains("belongs to store"), r.out.constData());
        QVERIFY2(r.out.contains("written for store 2301 were imported as store lakeview-017"), r.out.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id = 'lakeview-017'")), 79);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id != 'lakeview-017'")), 0);

        // Imported into another store, the journal is the store's whose POS store id it names.
        auto elsewhere = test::cli({QStringLiteral("pos"), QStringLiteral("import"),
                                    ncrJournal("2301", QStringLiteral("ncr-2301-elsewhere.xml")),
                                    QStringLiteral("--store"), QStringLiteral("lakeview-018"),
                                    QStringLiteral("--timezone"), QStringLiteral("America/Chicago")},
                                   as("ivy"));
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains("belongs to store lakeview-017 (POS store id 2301), not lakeview-018")
                     && !elsewhere.err.contains("--add"),
                 elsewhere.err.constData());

        // Any other store id is still another store's.
        const QString other = ncrJournal("2399", QStringLiteral("ncr-2399.xml"));
        auto refused = importInto(other);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("belongs to store 2399, not lakeview-017")
                     && refused.err.contains("lpdesk-cli store pos-id lakeview-017 --add 2399"),
                 refused.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions")), 79);

        // Removed again (audited), the id is another store's once more.
        auto removed = test::cli({QStringLiteral("store"), QStringLiteral("pos-id"), QString::fromLatin1(Store),
                                  QStringLiteral("--remove"), QStringLiteral("2301")},
                                 as("admin"));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(removed.out.trimmed(), QByteArray());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'store_pos_id_removed'")), 1);
        QCOMPARE(importInto(ncrJournal("2301", QStringLiteral("ncr-2301-third.xml"))).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestStorePosIds)
#include "TestStorePosIds.moc"
