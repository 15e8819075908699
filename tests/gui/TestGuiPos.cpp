// POS and statements in the case workspace, offscreen: link the journal to a refund-fraud case, see the POS
// marker on the clip's timeline at the corrected moment, double-click a receipt line and land on that frame;
// import a vendor CSV through the mapping dialog (the mapping is saved for the store); record, sign off and
// correct a statement; find it with the search dialog. When linking finds nothing the POS tab says why (no journal of
// the store, nothing within the window and where the nearest is, no exception at the register, linked already) in
// the same words as `lpdesk-cli pos link`, and a transaction is linked by hand from the ones around the incident.
#include "StoreSimCase.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/Time.h"
#include "inbox/IncidentInbox.h"
#include "inbox/SearchDialog.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "pos/PosImportDialog.h"
#include "pos/PosLinkDialog.h"
#include "pos/PosNearby.h"
#include "pos/PosPanel.h"
#include "pos/PosService.h"
#include "sim/StoreSimulator.h"
#include "statements/StatementEditor.h"
#include "statements/StatementPanel.h"
#include "statements/StatementService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiPos : public QObject
{
    Q_OBJECT

    QTranslator m_english;

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_store;

    // A case of one incident; the incident inserted first when `store` is given (a store with no journal).
    QString caseOf(const QString& incidentId, const QString& title)
    {
        auto id = CaseService(*m_db).create(title, {incidentId});
        return id ? *id : QString();
    }

    // Links with the window through the POS tab; returns what the tab says.
    static QString linkInTheTab(CaseWorkspace& workspace, int window)
    {
        PosPanel* pos = workspace.posPanel();
        workspace.sideTabs()->setCurrentWidget(pos);
        pos->findChild<QSpinBox*>()->setValue(window);
        QTest::mouseClick(pos->findChild<QPushButton*>(QStringLiteral("posLinkButton")), Qt::LeftButton);
        return pos->outcome()->isVisible() ? pos->outcome()->text() : QString();
    }

    QString cliLink(const QString& caseId, int window)
    {
        const auto run = test::cliAs(m_db->path(), QStringLiteral("ivy"),
                                     {QStringLiteral("pos"), QStringLiteral("link"), caseId, QStringLiteral("--window"),
                                      QString::number(window)});
        return run.exitCode == 0 ? QString::fromUtf8(run.out) : run.describe();
    }

    // The explanation core gives, in the tab and from the CLI, word for word.
    void expectSameExplanation(const QString& caseId, int window, const QString& tab, const QString& mustSay)
    {
        auto why = PosNearby(*m_db).explainNoneLinked(caseId, window);
        QVERIFY(why && !why->isEmpty());
        QVERIFY2(tab.startsWith(QLatin1String("No transaction linked.")), qPrintable(tab));
        QCOMPARE(tab.section(QLatin1Char('\n'), 1), why->join(QLatin1Char('\n')));
        QVERIFY2(tab.contains(mustSay), qPrintable(tab));
        qInfo("%s", qPrintable(tab));
        const QString cli = cliLink(caseId, window);
        QVERIFY2(cli.startsWith(QLatin1String("0 transaction")), qPrintable(cli));
        for (const QString& line : *why)
            QVERIFY2(cli.contains(line), qPrintable(cli + QStringLiteral("\n---\n") + line));
    }

    // Begin times (UTC) of the store's transactions, and of its exceptions at one register.
    QList<QDateTime> transactionTimes(const QString& registerId = QString(), bool exceptionsOnly = false)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT begin_utc FROM pos_transactions WHERE store_id = ? AND (? = '' OR "
                                 "register_id = ?) AND (? = 0 OR exceptions != '')"));
        q.addBindValue(m_store);
        q.addBindValue(registerId);
        q.addBindValue(registerId);
        q.addBindValue(exceptionsOnly ? 1 : 0);
        q.exec();
        QList<QDateTime> out;
        while (q.next())
            out << parseRfc3339(q.value(0).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As lpdesk and lpdesk-cli do in English: the English translation gives "1 transaction", "2 transactions".
        QVERIFY(m_english.load(QStringLiteral("lpdesk_en"), QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        const SimulatorOptions o = test::smallDrop(1, 8, 8);
        QStringList stores;
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o,
                                     QStringLiteral("ivy"), &stores);
        QVERIFY(m_db);
        m_store = stores.first();
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
        QVERIFY(edit->text().remove(u'&').contains(QStringLiteral("Edit"))); // "E&dit…"
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
        auto imported
            = PosService(*m_db).importFile(test::sourceDir() + QStringLiteral("/tests/data/pos/ncr-acs-kwd-poslog.xml"),
                                           QStringLiteral("KW-0031"), options);
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

    void linkingSaysWhyWhenItFindsNothing()
    {
        // 1. An incident of a store whose journal was never imported.
        {
            QSqlDatabase c = m_db->connection();
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                         "('elsewhere-001', 'Elsewhere', 'America/Chicago', 'folder', '/nowhere', "
                         "'2026-03-01T00:00:00.000Z')")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, "
                "raw_json, raw_sha256, priority, received_at, source, register_id) VALUES ('no-journal-1', "
                "'elsewhere-001', 'shoplifting', 2, 'staff_report', '2026-03-14T15:00:00.000Z', "
                "'2026-03-14T10:00:00', '{}', '', 20, '2026-03-14T16:00:00.000Z', 'test', '1')")));
        }
        const QString noJournal = caseOf(QStringLiteral("no-journal-1"), QStringLiteral("No journal"));
        QVERIFY(!noJournal.isEmpty());
        {
            CaseWorkspace workspace(*m_db, noJournal);
            workspace.show();
            const QString said = linkInTheTab(workspace, 120);
            expectSameExplanation(noJournal, 120, said, QStringLiteral("no POS journal of store Elsewhere"));
        }

        // The store's incidents, each with its register and what its journal holds around it.
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT id, detected_at, COALESCE(register_id, ''), pos_refs_json FROM "
                                      "incidents WHERE store_id = '%1' ORDER BY detected_at")
                           .arg(m_store)));
        struct Inc
        {
            QString id;
            QDateTime at;
            QString reg;
            bool refs;
        };
        QList<Inc> incidents;
        while (q.next())
            incidents << Inc {q.value(0).toString(), parseRfc3339(q.value(1).toString()), q.value(2).toString(),
                              q.value(3).toString().contains(QLatin1String("sequence"))};
        QVERIFY(!incidents.isEmpty());
        const QList<QDateTime> all = transactionTimes();
        QVERIFY(!all.isEmpty());
        auto within = [](const QList<QDateTime>& times, const QDateTime& at, int window) {
            return std::count_if(times.cbegin(), times.cend(),
                                 [&](const QDateTime& t) { return qAbs(at.secsTo(t)) <= window; });
        };

        // 2. Nothing within a 5-second window: the tab says where the nearest transaction is.
        const Inc* quiet = nullptr;
        for (const Inc& inc : incidents)
            if (!inc.refs && within(all, inc.at, 5) == 0 && !quiet)
                quiet = &inc;
        QVERIFY2(quiet, "an incident with no transaction within 5 s");
        const QString quietCase = caseOf(quiet->id, QStringLiteral("Quiet till"));
        {
            CaseWorkspace workspace(*m_db, quietCase);
            workspace.show();
            const QString said = linkInTheTab(workspace, 5);
            expectSameExplanation(quietCase, 5, said, QStringLiteral("has no transaction within ±5 s"));
            QVERIFY(said.contains(QLatin1String("The nearest one is at")));
            QCOMPARE(workspace.posPanel()->transactions()->topLevelItemCount(), 0);
        }

        // 3. Transactions within the window, but no exception at the incident's register.
        const Inc* plain = nullptr;
        int plainWindow = 0;
        for (int window : {30, 60, 120, 300, 600, 1200, 1800, 3600})
            for (const Inc& inc : incidents)
                if (!plain && !inc.refs && !inc.reg.isEmpty() && within(all, inc.at, window) > 0
                    && within(transactionTimes(inc.reg, true), inc.at, window) == 0) {
                    plain = &inc;
                    plainWindow = window;
                }
        QVERIFY2(plain, "an incident with transactions around it and no exception at its register");
        const QString plainCase = caseOf(plain->id, QStringLiteral("Plain sales"));
        {
            CaseWorkspace workspace(*m_db, plainCase);
            workspace.show();
            const QString said = linkInTheTab(workspace, plainWindow);
            expectSameExplanation(plainCase, plainWindow, said,
                                  QStringLiteral("none is an exception at register %1").arg(plain->reg));
        }

        // 4. Something found: the count; the same again: linked already.
        IncidentFilter f;
        f.type = QStringLiteral("return_fraud");
        auto fraud = IncidentInbox(*m_db).list(f, IncidentSort::Newest, 0, 1);
        QVERIFY(fraud && fraud->size() == 1);
        const QString fraudCase = caseOf(fraud->first().id, QStringLiteral("Refund again"));
        {
            CaseWorkspace workspace(*m_db, fraudCase);
            workspace.show();
            const QString said = linkInTheTab(workspace, 120);
            QVERIFY2(said.contains(QRegularExpression(QStringLiteral("^1 transaction(\\(s\\))? linked"))),
                     qPrintable(said));
            QCOMPARE(workspace.posPanel()->transactions()->topLevelItemCount(), 1);
            const QString again = linkInTheTab(workspace, 120);
            expectSameExplanation(fraudCase, 120, again, QStringLiteral("linked to this case already"));
        }
    }

    void linkATransactionByHand()
    {
        // The case of the plain-sales incident above: nothing linked, transactions around it.
        auto cases = CaseService(*m_db).list();
        QVERIFY(cases);
        QString caseId;
        for (const CaseInfo& c : *cases)
            if (c.title == QLatin1String("Plain sales"))
                caseId = c.id;
        QVERIFY(!caseId.isEmpty());
        auto around = PosNearby(*m_db).around(caseId, 1800);
        QVERIFY(around && !around->isEmpty());
        CaseWorkspace workspace(*m_db, caseId);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        PosPanel* pos = workspace.posPanel();
        QCOMPARE(pos->transactions()->topLevelItemCount(), 0);
        auto* button = pos->findChild<QPushButton*>(QStringLiteral("posLinkByHandButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        PosLinkDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = pos->findChild<PosLinkDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowBox()->value(), 1800);
        QCOMPARE(dialog->list()->topLevelItemCount(), static_cast<int>(around->size()));
        auto* link = dialog->findChild<QPushButton*>(QStringLiteral("posLinkTicked"));
        QVERIFY(!link->isEnabled());
        const LinkedTransaction chosen = around->first().transaction;
        QVERIFY(dialog->tick(chosen.id));
        QVERIFY(link->isEnabled());
        QTest::mouseClick(link, Qt::LeftButton);
        QTRY_VERIFY(pos->findChild<PosLinkDialog*>() == nullptr || !dialog->isVisible());
        // Linked by hand, in core and in the tab, and said.
        auto linked = PosService(*m_db).linked(caseId);
        QVERIFY(linked && linked->size() == 1);
        QCOMPARE(linked->first().id, chosen.id);
        QCOMPARE(linked->first().how, QStringLiteral("manual"));
        QCOMPARE(pos->transactions()->topLevelItemCount(), 1);
        QCOMPARE(pos->transactions()->topLevelItem(0)->text(5), QStringLiteral("by hand"));
        QVERIFY2(pos->outcome()->text().contains(
                     QRegularExpression(QStringLiteral("^1 transaction(\\(s\\))? linked by hand"))),
                 qPrintable(pos->outcome()->text()));
        // Offered again, it is marked linked and cannot be ticked twice.
        PosLinkDialog again(*m_db, caseId);
        QVERIFY(!again.tick(chosen.id));
        bool marked = false;
        for (int i = 0; i < again.list()->topLevelItemCount(); ++i)
            marked = marked || again.list()->topLevelItem(i)->text(5).startsWith(QLatin1String("linked"));
        QVERIFY(marked);
    }

    // A journal whose slash dates could all be either order: the dialog shows why it was refused; with "Month
    // first" chosen under Date order it imports, the times exact.
    void slashDatesNeedTheDateOrderChoice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("us-lane.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Station,Ticket #,Ticket Date/Time,Line Type,Description,Ext Price,Ticket Total\r\n"
                    "7,9001,3/4/2026 12:00:05 AM,Item,COFFEE,\"$2.50\",\"$2.50\"\r\n"
                    "7,9002,3/4/2026 12:30:00 PM,Item,COFFEE,\"$1,234.50\",\"$1,234.50\"\r\n");
        }
        auto import = [&](const QString& order) {
            auto dialog = std::make_unique<PosImportDialog>(*m_db);
            dialog->show();
            dialog->setFile(path);
            dialog->setStore(m_store);
            for (const auto& [field, header] : {std::pair<const char*, const char*> {"register", "Station"},
                                                {"sequence", "Ticket #"},
                                                {"begin", "Ticket Date/Time"},
                                                {"line_kind", "Line Type"},
                                                {"description", "Description"},
                                                {"amount", "Ext Price"},
                                                {"total", "Ticket Total"}})
                if (!dialog->mapField(QString::fromLatin1(field), QString::fromLatin1(header)))
                    qWarning("cannot map %s", field);
            dialog->timezoneBox()->setCurrentIndex(dialog->timezoneBox()->findData(QStringLiteral("America/New_York")));
            dialog->dateOrderBox()->setCurrentIndex(dialog->dateOrderBox()->findData(order));
            dialog->startImport();
            return dialog;
        };
        auto refused = import(QString());
        QTRY_VERIFY_WITH_TIMEOUT(refused->resultLabel()->isVisible(), 20000);
        QVERIFY2(refused->resultLabel()->text().contains(QStringLiteral("Choose the date order: month first")),
                 qPrintable(refused->resultLabel()->text()));
        QVERIFY(refused->lastImportId().isEmpty());
        refused.reset();
        auto given = import(QStringLiteral("mdy"));
        QTRY_VERIFY_WITH_TIMEOUT(given->resultLabel()->isVisible(), 20000);
        QVERIFY2(given->resultLabel()->text().startsWith(QStringLiteral("2 transactions"))
                     && given->resultLabel()->text().contains(QStringLiteral("month first")),
                 qPrintable(given->resultLabel()->text()));
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT begin_raw, total FROM pos_transactions WHERE register_id = '7' AND "
                                      "sequence IN ('9001', '9002') ORDER BY sequence")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-04T00:00:05-05:00"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-04T12:30:00-05:00"));
        QCOMPARE(q.value(1).toLongLong(), 123450);
    }
    // A US register's export with the date and the time in two columns (Date 12/07/2026, Time 2:03:27 PM), every
    // date of it ambiguous: the mapping table offers "date" and "time" for the two columns; the import is refused
    // until "Month first" is chosen, then every time is exact in the chosen zone.
    void dateAndTimeColumnsNeedTheDateOrderChoice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("register-4.csv"));
        QByteArray csv
            = test::readFile(test::sourceDir() + QStringLiteral("/tests/data/pos/us-register-date-time.csv"));
        QVERIFY(csv.contains("12/13/2026"));
        csv.replace("12/13/2026", "12/12/2026"); // now no date says which order
        QVERIFY(test::writeFile(path, csv));
        auto import = [&](const QString& order) {
            auto dialog = std::make_unique<PosImportDialog>(*m_db);
            dialog->show();
            dialog->setFile(path);
            dialog->setStore(m_store);
            for (const auto& [field, header] : {std::pair<const char*, const char*> {"register", "Register"},
                                                {"sequence", "Trans #"},
                                                {"date", "Date"},
                                                {"time", "Time"},
                                                {"transaction_type", "Trans Type"},
                                                {"line_kind", "Line Type"},
                                                {"description", "Description"},
                                                {"amount", "Ext Amount"},
                                                {"void", "Void"},
                                                {"total", "Trans Total"}})
                if (!dialog->mapField(QString::fromLatin1(field), QString::fromLatin1(header)))
                    qWarning("cannot map %s", field);
            dialog->timezoneBox()->setCurrentIndex(dialog->timezoneBox()->findData(QStringLiteral("America/Chicago")));
            dialog->dateOrderBox()->setCurrentIndex(dialog->dateOrderBox()->findData(order));
            dialog->startImport();
            return dialog;
        };
        auto refused = import(QString());
        // The table says that date and time may stand in for begin.
        bool offered = false;
        for (int row = 0; row < refused->mappingTable()->rowCount(); ++row)
            offered = offered || refused->mappingTable()->item(row, 0)->text().contains(QLatin1String("date and time"));
        QVERIFY(offered);
        QTRY_VERIFY_WITH_TIMEOUT(refused->resultLabel()->isVisible(), 20000);
        QVERIFY2(refused->resultLabel()->text().contains(QStringLiteral("Choose the date order: month first"))
                     && refused->resultLabel()->text().contains(QStringLiteral("12/07/2026")),
                 qPrintable(refused->resultLabel()->text()));
        QVERIFY(refused->lastImportId().isEmpty());
        refused.reset();
        auto given = import(QStringLiteral("mdy"));
        QTRY_VERIFY_WITH_TIMEOUT(given->resultLabel()->isVisible(), 20000);
        QVERIFY2(given->resultLabel()->text().startsWith(QStringLiteral("9 transactions"))
                     && given->resultLabel()->text().contains(QStringLiteral("month first")),
                 qPrintable(given->resultLabel()->text()));
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(
            q.exec(QStringLiteral("SELECT sequence, begin_raw, business_day, time_source, total FROM pos_transactions "
                                  "WHERE register_id = '4' AND sequence IN ('20101', '20104', '20109') "
                                  "ORDER BY sequence")));
        const QStringList expected[] = {
            {QStringLiteral("20101"), QStringLiteral("2026-12-07T00:00:41-06:00"), QStringLiteral("2026-12-07")},
            {QStringLiteral("20104"), QStringLiteral("2026-12-07T14:03:27-06:00"), QStringLiteral("2026-12-07")},
            {QStringLiteral("20109"), QStringLiteral("2026-12-12T23:59:59-06:00"), QStringLiteral("2026-12-12")},
        };
        for (const QStringList& e : expected) {
            QVERIFY2(q.next(), qPrintable(e.first()));
            QCOMPARE(q.value(0).toString(), e[0]);
            QCOMPARE(q.value(1).toString(), e[1]);
            QCOMPARE(q.value(2).toString(), e[2]);
            QCOMPARE(q.value(3).toString(), QStringLiteral("date+time"));
        }
    }
};

QTEST_MAIN(TestGuiPos)
#include "TestGuiPos.moc"
