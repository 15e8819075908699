// Vendor-shaped POSLog journals through the GUI's POS import, offscreen (issue 11): the NCR ACS journal (ARTS
// namespace, acs: extensions, EndDateTime only, one broken transaction) and the Futura/roqqio POSLog 6.0 journal
// (v6.0.0 namespace, BusinessUnit/UnitID, local times, three-decimal amounts, storno) from tests/data/pos import
// through the Import POS journal dialog with the counts and kinds they hold and the reject named — each first refused
// for naming a store LP Desk does not know (nothing kept), then filed under the id it names, chosen in the store box
// the refusal points to; an imported
// voided transaction is linked to a case in the case window's POS tab. A journal cut short and a journal whose every
// transaction lacks its time are refused with a reason a person can act on, and nothing of them is kept.
#include "StoreSimCase.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/Time.h"
#include "pos/PosImportDialog.h"
#include "pos/PosPanel.h"
#include "pos/PosService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiRealWorldPos : public QObject
{
    Q_OBJECT

    QTranslator m_english;
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;

    static QString journal(const char* name)
    {
        return test::sourceDir() + QStringLiteral("/tests/data/pos/") + QString::fromLatin1(name);
    }

    qint64 count(const QString& sql)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    qint64 transactions() { return count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions")); }
    qint64 imports() { return count(QStringLiteral("SELECT COUNT(*) FROM pos_imports")); }

    // The dialog as a person fills it in: the file, the zone of its local times; Import; the dialog's own result
    // line once the job has ended. With `fileUnder`, the first import is expected to be refused for the journal's
    // unknown store (its words and the transactions then kept are in `refusal` and `keptAtRefusal`); the store is
    // then chosen in the store box, as the refusal asks, and the journal imported again.
    struct Outcome
    {
        QString text;
        QString importId;
        QString refusal;
        qint64 keptAtRefusal = -1;
    };
    Outcome importThroughTheDialog(const QString& path, const QString& zone, const QString& fileUnder = QString())
    {
        PosImportDialog dialog(*m_db);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return {};
        dialog.setFile(path);
        const int z = dialog.timezoneBox()->findData(zone);
        if (z < 0)
            return Outcome {QStringLiteral("no zone %1 offered").arg(zone), {}, {}, -1};
        dialog.timezoneBox()->setCurrentIndex(z);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return dialog.resultLabel()->isVisible(); }, 60000))
            return Outcome {QStringLiteral("no result shown"), {}, {}, -1};
        Outcome o;
        if (!fileUnder.isEmpty()) {
            o.refusal = dialog.resultLabel()->text();
            o.keptAtRefusal = transactions();
            const int i = dialog.storeBox()->findData(fileUnder);
            if (i < 0)
                return Outcome {QStringLiteral("store %1 not offered").arg(fileUnder), {}, o.refusal, -1};
            dialog.storeBox()->setCurrentIndex(i);
            QTest::mouseClick(button, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return dialog.resultLabel()->text() != o.refusal; }, 60000))
                return Outcome {QStringLiteral("no second result shown"), {}, o.refusal, -1};
        }
        o.text = dialog.resultLabel()->text();
        o.importId = dialog.lastImportId();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral("lpdesk_en"), QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}},
                                     test::smallDrop(1, 1, 2, 160, 96));
        QVERIFY(m_db);
    }

    // NCR ACS: 80 transactions written, one of them broken (a lane that wrote neither workstation nor number).
    // Futura/roqqio POSLog 6.0: 70 transactions (v6.0.0 namespace, local times, storno, returns), every one taken.
    void vendorJournalImportsThroughTheDialog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("store");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("NCR ACS") << journal("ncr-acs-poslog.xml") << QStringLiteral("America/New_York")
                                 << QStringLiteral("2301") << 79 << 1
                                 << QStringList {QStringLiteral("sign on"), QStringLiteral("no sale"),
                                                 QStringLiteral("voided transaction"), QStringLiteral("WorkstationID")};
        QTest::newRow("Futura POSLog 6.0")
            << journal("futura-poslog6.xml") << QStringLiteral("Europe/Berlin") << QStringLiteral("FIL-0417") << 70 << 0
            << QStringList {QStringLiteral("return"), QStringLiteral("till close"),
                            QStringLiteral("voided transaction")};
    }

    void vendorJournalImportsThroughTheDialog()
    {
        QFETCH(QString, file);
        QFETCH(QString, zone);
        QFETCH(QString, store);
        QFETCH(int, imported);
        QFETCH(int, rejected);
        QFETCH(QStringList, words);
        const qint64 before = transactions();
        // The journal names a store LP Desk does not know: refused in words, nothing kept, and the id it names is
        // offered as the store to file it under.
        const Outcome o = importThroughTheDialog(file, zone, store);
        qInfo("refused: %s", qPrintable(o.refusal));
        QVERIFY2(o.refusal.contains(QStringLiteral("Nothing was imported: the journal names its store %1, which is "
                                                   "neither a store of LP Desk nor a POS store id of one")
                                        .arg(store))
                     && o.refusal.contains(QLatin1String("Choose the store to file it under")),
                 qPrintable(o.refusal));
        QVERIFY2(!o.refusal.contains(QLatin1String("--")), qPrintable(o.refusal)); // the window's words
        QCOMPARE(o.keptAtRefusal, before);
        qInfo("%s", qPrintable(o.text));
        QVERIFY2(o.text.startsWith(QStringLiteral("%1 transactions").arg(imported)), qPrintable(o.text));
        QVERIFY2(o.text.contains(QStringLiteral("%1 records rejected").arg(rejected)), qPrintable(o.text));
        QVERIFY2(o.text.count(QStringLiteral("\n• ")) == rejected, qPrintable(o.text)); // each reject, named
        for (const QString& w : words + QStringList {zone})
            QVERIFY2(o.text.contains(w), qPrintable(w));
        QVERIFY(!o.importId.isEmpty());
        QCOMPARE(transactions() - before, imported);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE store_id = '%1'").arg(store)),
                 imported);
    }

    // A voided transaction of the NCR journal, linked to a case from the case window's POS tab: an incident at its
    // lane 20 s after it.
    void anImportedVoidIsLinkedInTheCaseWindow()
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT id, register_id, begin_utc, sequence FROM pos_transactions WHERE "
                                      "store_id = '2301' AND kind = 'void' ORDER BY begin_utc LIMIT 1")));
        QVERIFY2(q.next(), "no voided transaction imported");
        const QString transaction = q.value(0).toString();
        const QString lane = q.value(1).toString();
        const QDateTime at = parseRfc3339(q.value(2).toString()).addSecs(20);
        QVERIFY(at.isValid());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO stores (id, name, timezone, source_kind, location, created_at) "
                                       "VALUES ('2301', 'Store 2301', 'America/New_York', 'folder', '/nowhere', "
                                       "'2026-03-01T00:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral(
            "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, raw_json, "
            "raw_sha256, priority, received_at, source, register_id) VALUES ('ncr-void-1', '2301', 'fraud', 3, "
            "'pos_exception', ?, ?, '{}', '', 20, '2026-03-15T16:00:00.000Z', 'test', ?)"));
        q.addBindValue(at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        q.addBindValue(at.toTimeZone(QTimeZone("America/New_York")).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        q.addBindValue(lane);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        auto caseId = CaseService(*m_db).create(QStringLiteral("Post-void at lane %1").arg(lane),
                                                {QStringLiteral("ncr-void-1")});
        QVERIFY2(caseId, qPrintable(caseId.errorMessage()));

        CaseWorkspace workspace(*m_db, *caseId);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        PosPanel* pos = workspace.posPanel();
        workspace.sideTabs()->setCurrentWidget(pos);
        QCOMPARE(pos->transactions()->topLevelItemCount(), 0);
        pos->findChild<QSpinBox*>()->setValue(60);
        QTest::mouseClick(pos->findChild<QPushButton*>(QStringLiteral("posLinkButton")), Qt::LeftButton);
        QVERIFY2(pos->outcome()->text().contains(QRegularExpression(QStringLiteral("^\\d+ transactions? linked"))),
                 qPrintable(pos->outcome()->text()));
        auto linked = PosService(*m_db).linked(*caseId);
        QVERIFY(linked);
        bool found = false;
        for (const LinkedTransaction& t : *linked)
            found = found || t.id == transaction;
        QVERIFY(found);
        QTreeWidgetItem* row = nullptr;
        for (int i = 0; i < pos->transactions()->topLevelItemCount(); ++i)
            if (pos->transactions()->topLevelItem(i)->text(6) == QLatin1String("voided transaction"))
                row = pos->transactions()->topLevelItem(i);
        QVERIFY(row);
        pos->transactions()->setCurrentItem(row);
        QTRY_VERIFY(pos->receipt()->topLevelItemCount() >= 1);
    }

    // A journal cut off in the middle (a copy interrupted on the USB stick): refused, the reason shown in the dialog,
    // nothing kept. A journal in which no transaction says when it happened: refused too, the rejects named.
    void aBadJournalSaysWhyAndImportsNothing()
    {
        const QByteArray ncr = test::readFile(journal("ncr-acs-poslog.xml"));
        QVERIFY(ncr.size() > 100000);
        const QString cut = m_dir.filePath(QStringLiteral("cut-short.xml"));
        QVERIFY(test::writeFile(cut, ncr.left(ncr.size() / 2)));
        QString futura = QString::fromUtf8(test::readFile(journal("futura-poslog6.xml")));
        QVERIFY(futura.count(QLatin1String("<POSLogDateTime")) >= 70);
        futura.remove(QRegularExpression(QStringLiteral("<(POSLogDateTime|ReceiptDateTime)[^>]*>[^<]*</\\1>")));
        QCOMPARE(futura.count(QLatin1String("DateTime>")), 0);
        const QString timeless = m_dir.filePath(QStringLiteral("no-times.xml"));
        QVERIFY(test::writeFile(timeless, futura.toUtf8()));

        // Each refusal says where and why in words a person can act on.
        const QList<std::pair<QString, QStringList>> journals {
            {cut, {QStringLiteral("not acceptable at line"), QStringLiteral("Premature end of document")}},
            {timeless,
             {QStringLiteral("nothing was imported"), QStringLiteral("70 of 70"), QStringLiteral("Transaction #1"),
              QStringLiteral("no time is given")}}};
        for (const auto& [path, says] : journals) {
            const qint64 before = transactions(), importsBefore = imports();
            const Outcome o = importThroughTheDialog(path, QStringLiteral("Europe/Berlin"));
            qInfo("%s", qPrintable(o.text));
            for (const QString& words : says)
                QVERIFY2(o.text.contains(words), qPrintable(o.text));
            QVERIFY2(!o.text.contains(QLatin1String("--")), qPrintable(o.text)); // the window's words, not the CLI's
            QVERIFY(o.importId.isEmpty());
            QCOMPARE(transactions(), before);
            QCOMPARE(imports(), importsBefore);
        }
    }
};

QTEST_MAIN(TestGuiRealWorldPos)
#include "TestGuiRealWorldPos.moc"
