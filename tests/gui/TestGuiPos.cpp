// POS and statements in the case workspace, offscreen: link the journal to a refund-fraud case, see the POS
// marker on the clip's timeline at the corrected moment, double-click a receipt line and land on that frame;
// import a vendor CSV through the mapping dialog (the mapping is saved for the store); record, sign off and
// correct a statement; find it with the search dialog.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "inbox/IncidentInbox.h"
#include "inbox/SearchDialog.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "pos/PosImportDialog.h"
#include "pos/PosPanel.h"
#include "pos/PosService.h"
#include "statements/StatementEditor.h"
#include "statements/StatementPanel.h"
#include "statements/StatementService.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"
#include "store/StoreSimulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiPos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        {
            QSqlDatabase c = admin->connection();
            o.recipientPublicKey = *WorkstationKeys::recipientPublicKey(c);
        }
        o.stores = 1;
        o.incidentsPerStore = 8;
        o.clipSeconds = 8;
        o.width = 320;
        o.height = 180;
        auto sim = StoreSimulator::run(o);
        QVERIFY(sim);
        m_store = sim->storeIds.first();
        StoreConnection sc;
        sc.kind = QStringLiteral("folder");
        sc.location = o.outDir + QLatin1Char('/') + m_store;
        QVERIFY(StoreRegistry(*admin).add(m_store, sc));
        const QString path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto pulled = PullService(*m_db).pull({});
        QVERIFY(pulled && pulled->complete());
        IncidentFilter f;
        f.type = QStringLiteral("return_fraud");
        auto rows = IncidentInbox(*m_db).list(f, IncidentSort::Newest, 0, 1);
        QVERIFY(rows && rows->size() == 1);
        auto id = CaseService(*m_db).create(QStringLiteral("Refund fraud at register 2"), {rows->first().id});
        QVERIFY(id);
        m_case = *id;
    }

    void linkMarkAndSeekFromTheReceipt()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        PosPanel* pos = workspace.posPanel();
        QCOMPARE(pos->transactions()->topLevelItemCount(), 0);
        workspace.mediaTree()->setCurrentItem(workspace.mediaTree()->topLevelItem(0));
        PlayerWidget* player = workspace.player();
        QTRY_VERIFY(!player->mediaId().isEmpty());
        QTest::mouseClick(pos->findChild<QPushButton*>(QStringLiteral("posLinkButton")), Qt::LeftButton);
        QCOMPARE(pos->transactions()->topLevelItemCount(), 1);
        QVERIFY(pos->transactions()->topLevelItem(0)->text(4).contains(QStringLiteral("refund")));
        // The receipt shows the lines and the total.
        QTreeWidget* receipt = pos->receipt();
        QVERIFY(receipt->topLevelItemCount() >= 3);
        QVERIFY(receipt->topLevelItem(receipt->topLevelItemCount() - 1)->text(0).contains(QStringLiteral("Total")));
        // A POS marker on the clip's timeline, at the corrected moment (2 s in; the camera runs 73 s fast).
        bool marked = false;
        for (const TimelineWidget::Mark& m : player->timeline()->marks())
            marked = marked || (m.text.startsWith(QStringLiteral("POS")) && qAbs(m.seconds - 2.0) < 0.001);
        QVERIFY(marked);
        // Activate the first receipt line (Enter, as a keyboard user would): the player lands on that moment.
        player->seekSeconds(6.0);
        QCOMPARE(player->currentFrame(), 90);
        receipt->setFocus();
        receipt->setCurrentItem(receipt->topLevelItem(0));
        QTest::keyClick(receipt, Qt::Key_Return);
        QTRY_COMPARE(player->currentFrame(), 30); // 2.0 s at 15 fps
        // Unlink: the marker goes.
        QTest::mouseClick(pos->findChild<QPushButton*>(QStringLiteral("posUnlinkButton")), Qt::LeftButton);
        QCOMPARE(pos->transactions()->topLevelItemCount(), 0);
        for (const TimelineWidget::Mark& m : player->timeline()->marks())
            QVERIFY(!m.text.startsWith(QStringLiteral("POS")));
    }

    void csvMappingDialogImportsAndRemembers()
    {
        const QString path = m_dir.filePath(QStringLiteral("vendor.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Till,Receipt No,Trading Day,Started,Cashier,Line Type,SKU,Qty,Amount\n"
                "7,90001,2026-03-14,2026-03-14T15:00:00-05:00,E77,sale,SKU-1,1,12.50\n"
                "7,90001,2026-03-14,2026-03-14T15:00:00-05:00,E77,tender,,,12.50\n");
        f.close();
        PosImportDialog dialog(*m_db);
        dialog.show();
        dialog.setFile(path);
        dialog.setStore(m_store);
        QVERIFY(dialog.mappingTable()->isVisible());
        QVERIFY(dialog.mapField(QStringLiteral("register"), QStringLiteral("Till")));
        QVERIFY(dialog.mapField(QStringLiteral("sequence"), QStringLiteral("Receipt No")));
        QVERIFY(dialog.mapField(QStringLiteral("business_day"), QStringLiteral("Trading Day")));
        QVERIFY(dialog.mapField(QStringLiteral("begin"), QStringLiteral("Started")));
        QVERIFY(dialog.mapField(QStringLiteral("operator"), QStringLiteral("Cashier")));
        QVERIFY(dialog.mapField(QStringLiteral("line_kind"), QStringLiteral("Line Type")));
        QVERIFY(dialog.mapField(QStringLiteral("item_id"), QStringLiteral("SKU")));
        QVERIFY(dialog.mapField(QStringLiteral("quantity"), QStringLiteral("Qty")));
        QVERIFY(dialog.mapField(QStringLiteral("amount"), QStringLiteral("Amount")));
        QVERIFY(!dialog.mapField(QStringLiteral("register"), QStringLiteral("No such column")));
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible(), 20000);
        QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("1 transactions")),
                 qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(PosService(*m_db).csvMapping(m_store).columns.value(QStringLiteral("register")),
                 QStringLiteral("Till"));
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT operator_id, total FROM pos_transactions WHERE register_id = '7' AND sequence = '90001'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("E77"));
        // A second dialog for the store offers the saved mapping.
        PosImportDialog again(*m_db);
        again.setFile(path);
        again.setStore(m_store);
        bool offered = false;
        for (int row = 0; row < again.mappingTable()->rowCount(); ++row)
            if (again.mappingTable()->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("register"))
                offered = qobject_cast<QComboBox*>(again.mappingTable()->cellWidget(row, 1))->currentText()
                    == QLatin1String("Till");
        QVERIFY(offered);
    }

    void statementSignOffCorrectAndSearch()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        StatementPanel* panel = workspace.statementPanel();
        QCOMPARE(panel->list()->topLevelItemCount(), 0);
        std::unique_ptr<StatementEditor> editor(panel->editorForNew());
        editor->authorEdit()->setText(QStringLiteral("Priya Natarajan"));
        editor->contactEdit()->setText(QStringLiteral("priya@example.org"));
        editor->textEdit()->setPlainText(
            QStringLiteral("The man asked for cash back on a jacket without a receipt and said it was a gift."));
        editor->setConfirmSignOff(false);
        QVERIFY(editor->save(true));
        const QString v1 = editor->savedId();
        panel->reload();
        panel->select(v1);
        QCOMPARE(panel->list()->topLevelItemCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->text(4), QStringLiteral("signed off"));
        QVERIFY(panel->details()->toPlainText().contains(QStringLiteral("personal data")));
        auto* edit = panel->findChild<QPushButton*>(QStringLiteral("editStatement"));
        auto* sign = panel->findChild<QPushButton*>(QStringLiteral("signStatement"));
        QVERIFY(edit->text().contains(QStringLiteral("Correct")));
        QVERIFY(!sign->isEnabled());
        // A correction is a new version under the old one.
        std::unique_ptr<StatementEditor> correction(panel->editorForSelection());
        QVERIFY(!correction->anonymousBox()->isEnabled());
        QCOMPARE(correction->textEdit()->toPlainText(), StatementService(*m_db).get(v1)->text);
        correction->textEdit()->appendPlainText(QStringLiteral("He left towards the car park."));
        QVERIFY(correction->save(false));
        const QString v2 = correction->savedId();
        QVERIFY(v2 != v1);
        panel->reload();
        panel->select(v2);
        QCOMPARE(panel->list()->topLevelItem(0)->childCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->child(0)->text(2), QStringLiteral("2"));
        QVERIFY(sign->isEnabled());
        QVERIFY(edit->text().contains(QStringLiteral("Edit")));
        QCOMPARE(StatementService(*m_db).get(v1)->supersededBy, v2);

        // The search dialog finds both versions; activating one opens its case at it.
        SearchDialog search(*m_db);
        search.show();
        search.queryEdit()->setText(QStringLiteral("jacket gift"));
        search.search();
        int statements = 0;
        QTreeWidgetItem* hit = nullptr;
        for (int i = 0; i < search.results()->topLevelItemCount(); ++i)
            if (search.results()->topLevelItem(i)->text(0) == QLatin1String("statement")) {
                ++statements;
                hit = search.results()->topLevelItem(i);
            }
        QCOMPARE(statements, 2);
        QString requestedCase;
        connect(&search, &SearchDialog::statementRequested, this,
                [&](const QString& c, const QString&) { requestedCase = c; });
        Q_EMIT search.results()->itemActivated(hit, 0);
        QCOMPARE(requestedCase, m_case);
    }

    // A German till's export (';', decimal commas, local times) through the dialog's options; the result names the
    // kinds, the zone the local times took and the one broken row.
    void vendorCsvWithLocalTimesAndDecimalCommas()
    {
        PosImportDialog dialog(*m_db);
        dialog.show();
        dialog.setFile(test::sourceDir() + QStringLiteral("/tests/data/pos/kasse-export.csv"));
        dialog.setStore(m_store);
        QVERIFY(dialog.mappingTable()->isVisible());
        QVERIFY(dialog.delimiterBox()->isEnabled());
        // The separator is detected: the header's columns are offered for mapping; choosing it by hand keeps them.
        dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QStringLiteral(";")));
        const QList<std::pair<const char*, const char*>> fields {{"register", "Kasse"},
                                                                 {"sequence", "Bon-Nr"},
                                                                 {"business_day", "Geschäftstag"},
                                                                 {"begin", "Zeitpunkt"},
                                                                 {"operator", "Kassierer"},
                                                                 {"transaction_type", "Vorgang"},
                                                                 {"line_kind", "Zeilenart"},
                                                                 {"item_id", "Artikel"},
                                                                 {"description", "Bezeichnung"},
                                                                 {"quantity", "Menge"},
                                                                 {"unit_price", "Einzelpreis"},
                                                                 {"regular_price", "Listenpreis"},
                                                                 {"amount", "Betrag"},
                                                                 {"void", "Storno"},
                                                                 {"tender_type", "Zahlart"},
                                                                 {"card_number", "Kartennummer"},
                                                                 {"link_register", "Bezug Kasse"},
                                                                 {"link_sequence", "Bezug Bon"},
                                                                 {"link_business_day", "Bezug Tag"},
                                                                 {"loyalty_id", "Kundenkarte"},
                                                                 {"total", "Summe"}};
        for (const auto& [field, header] : fields)
            QVERIFY2(dialog.mapField(QString::fromLatin1(field), QString::fromUtf8(header)), field);
        dialog.timezoneBox()->setCurrentIndex(dialog.timezoneBox()->findData(QStringLiteral("Europe/Berlin")));
        dialog.decimalBox()->setCurrentIndex(dialog.decimalBox()->findData(QStringLiteral(",")));
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->isVisible(), 20000);
        const QString text = dialog.resultLabel()->text();
        QVERIFY2(text.startsWith(QStringLiteral("79 transactions")), qPrintable(text));
        for (const char* words : {"sign on", "till close", "no sale", "voided transaction", "price override", "return",
                                  "Europe/Berlin", "1,9,9"})
            QVERIFY2(text.contains(QString::fromUtf8(words)), words);
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(
            q.exec(QStringLiteral("SELECT unit_price FROM pos_lines l JOIN pos_transactions t ON t.id = "
                                  "l.transaction_id WHERE t.store_id = '%1' AND l.item_id = '4047247424301' LIMIT 1")
                       .arg(m_store)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 129900); // "1.299,00"
    }

    void panelShowsTheKindOfEachTransaction()
    {
        QSqlDatabase c = m_db->connection();
        QStringList ids;
        for (const char* kind : {"void", "no_sale", "sign_on"}) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT id FROM pos_transactions WHERE kind = ? AND store_id = ? LIMIT 1"));
            q.addBindValue(QString::fromLatin1(kind));
            q.addBindValue(m_store);
            QVERIFY(q.exec() && q.next());
            ids << q.value(0).toString();
        }
        for (const QString& id : ids)
            QVERIFY(PosService(*m_db).linkManually(m_case, id, true));
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        PosPanel* pos = workspace.posPanel();
        QStringList kinds;
        for (int i = 0; i < pos->transactions()->topLevelItemCount(); ++i)
            kinds << pos->transactions()->topLevelItem(i)->text(6);
        QVERIFY2(kinds.contains(QStringLiteral("voided transaction")) && kinds.contains(QStringLiteral("no sale"))
                     && kinds.contains(QStringLiteral("sign on")),
                 qPrintable(kinds.join(QLatin1Char('|'))));
        QCOMPARE(pos->transactions()->headerItem()->text(6), QStringLiteral("Kind"));
        // The receipt header names the kind too.
        for (int i = 0; i < pos->transactions()->topLevelItemCount(); ++i)
            if (pos->transactions()->topLevelItem(i)->text(6) == QLatin1String("voided transaction"))
                pos->transactions()->setCurrentItem(pos->transactions()->topLevelItem(i));
        bool named = false;
        for (QLabel* label : pos->findChildren<QLabel*>())
            named = named || label->text().contains(QStringLiteral("voided transaction"));
        QVERIFY(named);
        for (const QString& id : ids)
            QVERIFY(PosService(*m_db).linkManually(m_case, id, false));
    }

    // A Kuwaiti journal: the list and the receipt show dinars to the fils (three decimals), not rounded cents.
    void receiptShowsTheCurrencysDigits()
    {
        PosImportOptions options;
        options.format = QStringLiteral("poslog");
        options.timezone = QStringLiteral("Asia/Kuwait");
        auto imported = PosService(*m_db).importFile(
            test::sourceDir() + QStringLiteral("/tests/data/pos/ncr-acs-kwd-poslog.xml"), QString(), options);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->transactions, 24);
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM pos_transactions WHERE store_id = 'KW-0031' AND sequence = '5202'")));
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        QVERIFY(PosService(*m_db).linkManually(m_case, id, true));
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        PosPanel* pos = workspace.posPanel();
        QTreeWidgetItem* row = nullptr;
        for (int i = 0; i < pos->transactions()->topLevelItemCount(); ++i)
            if (pos->transactions()->topLevelItem(i)->text(3).startsWith(QLatin1String("KWD")))
                row = pos->transactions()->topLevelItem(i);
        QVERIFY(row);
        QCOMPARE(row->text(3), QStringLiteral("KWD 1.250"));
        pos->transactions()->setCurrentItem(row);
        QTreeWidget* receipt = pos->receipt();
        QTRY_VERIFY(receipt->topLevelItemCount() >= 3);
        QCOMPARE(receipt->topLevelItem(0)->text(3), QStringLiteral("1.250"));
        QCOMPARE(receipt->topLevelItem(0)->text(4), QStringLiteral("1.250"));
        QCOMPARE(receipt->topLevelItem(receipt->topLevelItemCount() - 1)->text(4), QStringLiteral("KWD 1.250"));
        QVERIFY(PosService(*m_db).linkManually(m_case, id, false));
    }
};

QTEST_MAIN(TestGuiPos)
#include "TestGuiPos.moc"
