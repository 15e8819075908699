// A store's POS store ids in the Stores dialog, offscreen (issue 11): the administrator selects the store, opens
// "POS store ids…", adds the id the store's NCR tills write (2301) and another, removes a third — the table shows
// them, the database and the audit log keep them, a second store cannot have 2301 too and the dialog says why — and
// the NCR-shaped journal then imports into the store through the Import POS journal dialog. An investigator sees the
// ids but cannot edit them. A journal of an id no store has, refused in the dialog, is filed under a store chosen
// there: an administrator is offered to add the id to it; an investigator is told who can.
#include "StoreSimCase.h"

#include "db/CaseDatabase.h"
#include "pos/PosImportDialog.h"
#include "store/StoreRegistry.h"
#include "stores/StoresDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace lpdesk;

class TestGuiStorePosIds : public QObject
{
    Q_OBJECT

    QTranslator m_english;
    QTemporaryDir m_dir;
    QString m_path;

    static constexpr const char* Store = "lakeview-017";

    // The row of a store in the Stores dialog's table, or -1.
    static int rowOf(QTableWidget* table, const QString& store)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == store)
                return r;
        return -1;
    }

    // The text of a column (by its header) in a store's row.
    static QString cell(QTableWidget* table, const QString& store, const QString& header)
    {
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == header && rowOf(table, store) >= 0)
                return table->item(rowOf(table, store), c)->text();
        return QStringLiteral("(no column %1)").arg(header);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral("lpdesk_en"), QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        m_path = test::createDatabaseWith(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_path.isEmpty());
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        for (const char* id : {Store, "lakeview-018"}) {
            StoreConnection c;
            c.kind = QStringLiteral("folder");
            c.location = m_dir.filePath(QString::fromLatin1(id));
            QVERIFY(StoreRegistry(*admin).add(QString::fromLatin1(id), c));
        }
    }

    void administratorAddsAPosStoreId()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        StoresDialog stores(*admin);
        stores.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stores));
        auto* table = stores.findChild<QTableWidget*>(QStringLiteral("storesTable"));
        QVERIFY(table);
        auto* button = stores.findChild<QPushButton*>(QStringLiteral("posIdsButton"));
        QVERIFY2(button, "no \"POS store ids…\" button in the Stores dialog");
        QVERIFY(button->isEnabled());

        // Each step: an id typed and added, or ("-id") selected and removed; then the list and the error shown.
        QStringList seen;
        auto edit = [&](const QString& store, const QStringList& steps) {
            table->selectRow(rowOf(table, store));
            auto* timer = new QTimer(&stores);
            timer->setInterval(20);
            connect(timer, &QTimer::timeout, timer, [&, steps, timer] {
                auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                if (!d || d->objectName() != QLatin1String("posIdsDialog"))
                    return;
                timer->stop();
                auto* line = d->findChild<QLineEdit*>(QStringLiteral("posIdEdit"));
                auto* error = d->findChild<QLabel*>(QStringLiteral("posIdError"));
                auto* list = d->findChild<QListWidget*>(QStringLiteral("posIdList"));
                for (const QString& step : steps) {
                    if (step.startsWith(QLatin1Char('-'))) {
                        const auto found = list->findItems(step.mid(1), Qt::MatchExactly);
                        if (!found.isEmpty())
                            list->setCurrentItem(found.first());
                        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("posIdRemove")), Qt::LeftButton);
                    } else {
                        QTest::keyClicks(line, step);
                        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("posIdAdd")), Qt::LeftButton);
                    }
                    QStringList listed;
                    for (int i = 0; i < list->count(); ++i)
                        listed << list->item(i)->text();
                    seen << QStringLiteral("%1: [%2] %3").arg(step, listed.join(QLatin1Char(',')), error->text());
                }
                d->reject();
            });
            timer->start();
            QTest::mouseClick(button, Qt::LeftButton);
        };
        edit(QString::fromLatin1(Store),
             {QStringLiteral("2301"), QStringLiteral("0417 "), QStringLiteral("9999"), QStringLiteral("-9999")});
        QTRY_COMPARE(seen.size(), 4);
        QCOMPARE(seen.value(0), QStringLiteral("2301: [2301] "));
        QCOMPARE(seen.value(1), QStringLiteral("0417 : [0417,2301] ")); // as the journals write it, spaces trimmed
        QCOMPARE(seen.value(2), QStringLiteral("9999: [0417,2301,9999] "));
        QCOMPARE(seen.value(3), QStringLiteral("-9999: [0417,2301] "));
        // One POS id belongs to one store: the second store cannot have 2301 too, and the dialog says why.
        seen.clear();
        edit(QStringLiteral("lakeview-018"), {QStringLiteral("2301")});
        QTRY_COMPARE(seen.size(), 1);
        QVERIFY2(seen.first().startsWith(QLatin1String("2301: [] "))
                     && seen.first().contains(QLatin1String("POS store id of store lakeview-017")),
                 qPrintable(seen.first()));

        // The table shows them; the database keeps them; the audit log says who.
        QCOMPARE(cell(table, QString::fromLatin1(Store), QStringLiteral("POS store ids")),
                 QStringLiteral("0417, 2301"));
        QCOMPARE(test::scalar(*admin,
                              QStringLiteral("SELECT COUNT(*) FROM store_pos_ids WHERE store_id = "
                                             "'lakeview-017' AND pos_id IN ('2301', '0417')")),
                 2);
        QCOMPARE(test::scalar(*admin,
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'store_pos_id_added' AND actor = 'admin'")),
                 3);
        QCOMPARE(test::scalar(*admin,
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'store_pos_id_removed' AND actor = 'admin'")),
                 1);
    }

    void theJournalThenImportsIntoTheStore()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        {
            // An investigator sees the ids, and cannot change them.
            StoresDialog stores(*ivy);
            auto* button = stores.findChild<QPushButton*>(QStringLiteral("posIdsButton"));
            QVERIFY(button);
            QVERIFY(!button->isEnabled());
            auto* table = stores.findChild<QTableWidget*>(QStringLiteral("storesTable"));
            QCOMPARE(cell(table, QString::fromLatin1(Store), QStringLiteral("POS store ids")),
                     QStringLiteral("0417, 2301"));
        }
        PosImportDialog dialog(*ivy);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(test::sourceDir() + QStringLiteral("/tests/data/pos/ncr-acs-poslog.xml"));
        dialog.setStore(QString::fromLatin1(Store));
        const int zone = dialog.timezoneBox()->findData(QStringLiteral("America/Chicago"));
        QVERIFY(zone >= 0);
        dialog.timezoneBox()->setCurrentIndex(zone);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.resultLabel()->isVisible(); }, 60000));
        const QString text = dialog.resultLabel()->text();
        qInfo("%s", qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("79 transactions")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("imported as store lakeview-017")), qPrintable(text));
        QCOMPARE(
            test::scalar(*ivy, QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id = 'lakeview-017'")),
            79);
    }

    // A journal that names a store id no store has (5150), imported without a store, is refused; an investigator who
    // then chooses a store LP Desk knows is told that an administrator adds the id first, and nothing is imported; an
    // administrator who chooses it is offered to add the id, and the journal imports as that store's.
    void aJournalOfAnUnknownIdIsFiledUnderAChosenStore()
    {
        QByteArray bytes = test::readFile(test::sourceDir() + QStringLiteral("/tests/data/pos/ncr-acs-poslog.xml"));
        QVERIFY(bytes.count("<RetailStoreID>2301<") == 80);
        bytes.replace("<RetailStoreID>2301<", "<RetailStoreID>5150<");
        const QString path = m_dir.filePath(QStringLiteral("ncr-5150.xml"));
        QVERIFY(test::writeFile(path, bytes));
        const QString transactions
            = QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id = 'lakeview-018'");
        for (const char* user : {"ivy", "admin"}) {
            auto db = test::openAs(m_path, QString::fromLatin1(user));
            QVERIFY(db);
            PosImportDialog dialog(*db);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.setFile(path);
            dialog.timezoneBox()->setCurrentIndex(dialog.timezoneBox()->findData(QStringLiteral("America/Chicago")));
            auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return dialog.resultLabel()->isVisible(); }, 60000));
            const QString refusal = dialog.resultLabel()->text();
            QVERIFY2(refusal.contains(QLatin1String("names its store 5150")), qPrintable(refusal));
            dialog.setStore(QStringLiteral("lakeview-018"));
            QTest::mouseClick(button, Qt::LeftButton);
            if (QLatin1String(user) == QLatin1String("ivy")) {
                const QString said = dialog.resultLabel()->text();
                qInfo("%s", qPrintable(said));
                QVERIFY2(said.contains(QLatin1String("an administrator first adds 5150 to the store's POS store ids"))
                             && said.contains(QStringLiteral("\"5150 — as the journal names it\"")),
                         qPrintable(said));
                QCOMPARE(test::scalar(*db, transactions), 0);
                continue;
            }
            QMessageBox* offer = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (offer = dialog.findChild<QMessageBox*>(QStringLiteral("posIdOffer"))); }, 5000));
            qInfo("%s", qPrintable(offer->text()));
            QVERIFY2(offer->text().contains(QLatin1String("Add 5150 to the POS store ids of store lakeview-018")),
                     qPrintable(offer->text()));
            QTest::mouseClick(offer->button(QMessageBox::Yes), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return dialog.resultLabel()->text() != refusal; }, 60000));
            qInfo("%s", qPrintable(dialog.resultLabel()->text()));
            QVERIFY2(dialog.resultLabel()->text().startsWith(QLatin1String("79 transactions")),
                     qPrintable(dialog.resultLabel()->text()));
            QCOMPARE(test::scalar(*db, transactions), 79);
            QCOMPARE(test::scalar(*db,
                                  QStringLiteral("SELECT COUNT(*) FROM store_pos_ids WHERE store_id = "
                                                 "'lakeview-018' AND pos_id = '5150'")),
                     1);
        }
    }
};

QTEST_MAIN(TestGuiStorePosIds)
#include "TestGuiStorePosIds.moc"
