// The program view through the GUI, checked through lpdesk-cli --json: a police request recorded in the Police
// requests window (every field, an encrypted document) lists with the same fields and is flagged overdue, the inbox
// shows it, it links to a case, a release request names it, legal signs an exigent one off and it closes; a
// follow-up recorded in the case window's Police tab shows in the case, in custody in words and moves the KPI
// follow-up rate, which the Dashboard page (Ctrl+5) then shows, by region, with the loss from linked POS, as
// `kpi --json` gives it; a retention rule set and a legal hold placed in the holds window keep the held case's media
// from the purge while the rest goes, and only legal lifts the hold. Buttons follow the permission table.
#include "KpiHistory.h"
#include "TestSupport.h"

#include "cases/CaseWorkspace.h"
#include "cases/CustodyView.h"
#include "common/JobQueue.h"
#include "common/Time.h"
#include "db/UserDirectory.h"
#include "inbox/InboxView.h"
#include "inbox/MyWorkView.h"
#include "program/DashboardPage.h"
#include "program/FollowUpPanel.h"
#include "program/HoldsDialog.h"
#include "program/PoliceRequestForm.h"
#include "program/PoliceRequestsDialog.h"
#include "program/RetentionPurge.h"
#include "releases/ReleaseRequestDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace lpdesk;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

QDateTime parsed(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestGuiProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_outside; // where the police's documents come from, away from the database's folder
    QString m_path;
    QString m_exigent;

    std::unique_ptr<CaseDatabase> open(const char* user)
    {
        auto db = CaseDatabase::open(m_path, QString::fromLatin1(user), test::passphraseOf(user));
        return db ? std::move(*db) : nullptr;
    }

    QJsonDocument json(const char* user, QStringList args)
    {
        args.prepend(QStringLiteral("--json"));
        const test::ProcessRun run = test::cliAs(m_path, QString::fromLatin1(user), args);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out);
    }

    static QJsonObject byId(const QJsonArray& rows, const QString& id)
    {
        for (const QJsonValue& v : rows)
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        return {};
    }

    static QString custodyText(CustodyView* view)
    {
        QStringList out;
        for (QTableWidget* t : view->findChildren<QTableWidget*>())
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    if (t->item(r, c))
                        out << t->item(r, c)->text();
        return out.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")));
        QVERIFY(test::buildKpiHistory(*admin));
    }

    void policeRequestRecordedInTheGui()
    {
        const QByteArray document = "SUBPOENA DUCES TECUM: all footage of 5 January 2026, store A.";
        const QString docPath = m_outside.filePath(QStringLiteral("subpoena.txt"));
        {
            QFile f(docPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(document);
        }
        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionPoliceRequests"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
        action->trigger();
        PoliceRequestsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PoliceRequestsDialog*>(QStringLiteral("policeRequests"))));
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        // Legal signs exigent disclosures, not an investigator: the table says so, the button follows.
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("addPoliceRequest"))->isEnabled());

        PoliceRequestForm* form = dialog->addRequest();
        QVERIFY(form);
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("requestKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("subpoena")));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestAgency")), QStringLiteral("Lakeview PD"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestOfficer")), QStringLiteral("Det. Ruiz"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestReference")),
                         QStringLiteral("SUB-2026-17"));
        form->findChild<QDateTimeEdit*>(QStringLiteral("requestReceived"))->setDateTime(utc(2026, 1, 3, 10));
        form->findChild<QCheckBox*>(QStringLiteral("requestHasDue"))->setChecked(true);
        form->findChild<QDateTimeEdit*>(QStringLiteral("requestDue"))->setDateTime(utc(2026, 1, 10, 10));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestIncidents")), QStringLiteral("a1, a2"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestStores")), QStringLiteral("store-a"));
        form->findChild<QCheckBox*>(QStringLiteral("requestHasRange"))->setChecked(true);
        form->findChild<QDateTimeEdit*>(QStringLiteral("requestFrom"))->setDateTime(utc(2026, 1, 5, 15));
        form->findChild<QDateTimeEdit*>(QStringLiteral("requestTo"))->setDateTime(utc(2026, 1, 5, 17));
        form->findChild<QPlainTextEdit*>(QStringLiteral("requestAsks"))->setPlainText(QStringLiteral("All video"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestBasis")), QStringLiteral("State subpoena"));
        form->findChild<QPlainTextEdit*>(QStringLiteral("requestNotes"))->setPlainText(QStringLiteral("Call first"));
        form->addDocuments({docPath});
        QSignalSpy accepted(form, &QDialog::accepted);
        form->accept();
        QCOMPARE(accepted.count(), 1);
        const QString id = form->requestId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(dialog->selectedId(), id);
        QVERIFY(dialog->list()->currentItem()->text(5).contains(QLatin1String("OVERDUE")));
        QVERIFY(dialog->details()->toPlainText().contains(QLatin1String("subpoena.txt")));

        // The CLI lists it with the same fields, flagged overdue.
        const QJsonObject r = byId(json("ivy", {QStringLiteral("le-request"), QStringLiteral("list")}).array(), id);
        QCOMPARE(r[QLatin1String("kind")].toString(), QStringLiteral("subpoena"));
        QCOMPARE(r[QLatin1String("agency")].toString(), QStringLiteral("Lakeview PD"));
        QCOMPARE(r[QLatin1String("officer")].toString(), QStringLiteral("Det. Ruiz"));
        QCOMPARE(r[QLatin1String("reference")].toString(), QStringLiteral("SUB-2026-17"));
        QCOMPARE(parsed(r[QLatin1String("received_at")]), utc(2026, 1, 3, 10));
        QCOMPARE(parsed(r[QLatin1String("due_at")]), utc(2026, 1, 10, 10));
        const QJsonObject asked = r[QLatin1String("asked")].toObject();
        QCOMPARE(asked[QLatin1String("incidents")].toVariant().toStringList(),
                 QStringList({QStringLiteral("a1"), QStringLiteral("a2")}));
        QCOMPARE(asked[QLatin1String("stores")].toVariant().toStringList(), QStringList {QStringLiteral("store-a")});
        QCOMPARE(parsed(asked[QLatin1String("from")]), utc(2026, 1, 5, 15));
        QCOMPARE(parsed(asked[QLatin1String("to")]), utc(2026, 1, 5, 17));
        QCOMPARE(asked[QLatin1String("text")].toString(), QStringLiteral("All video"));
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), QStringLiteral("State subpoena"));
        QCOMPARE(r[QLatin1String("notes")].toString(), QStringLiteral("Call first"));
        QCOMPARE(r[QLatin1String("state")].toString(), QStringLiteral("open"));
        QCOMPARE(r[QLatin1String("overdue")].toBool(), true);
        const QJsonArray docs = r[QLatin1String("documents")].toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs[0].toObject()[QLatin1String("name")].toString(), QStringLiteral("subpoena.txt"));
        QCOMPARE(docs[0].toObject()[QLatin1String("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!byId(json("ivy", {QStringLiteral("le-request"), QStringLiteral("list"), QStringLiteral("--overdue")})
                          .array(),
                      id)
                     .isEmpty());
        // Encrypted like evidence: no file under the database's folder holds the document's text.
        // (Read by another process: this one has the database open, see test::filesHolding.)
        const QStringList holding = test::filesHolding({document}, {QFileInfo(m_path).absolutePath()});
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));

        // Filters: "Overdue" keeps it, "Closed" hides it, the text filter finds it by reference.
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("overdue")));
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("closed")));
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("open")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("policeRequestSearch")),
                         QStringLiteral("sub-2026"));
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(dialog->select(id));

        // Linked to case c2 (recorded in its custody); the CLI shows the link.
        const Status linked = dialog->linkSelected(QStringLiteral("c2"));
        QVERIFY2(linked.ok(), qPrintable(linked.errorMessage()));
        QCOMPARE(json("ivy", {QStringLiteral("le-request"), QStringLiteral("show"), id})
                     .object()[QLatin1String("case_ids")]
                     .toVariant()
                     .toStringList(),
                 QStringList {QStringLiteral("c2")});

        // The inbox banner shows the overdue request.
        dialog->close();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("policeRequestBanner"));
        QTRY_VERIFY(banner->text().contains(QLatin1String("Lakeview PD")));
        // ivy's first page is My work (her open cases), which lists the overdue request too; the inbox has the banner.
        window.refresh();
        QVERIFY(window.myWork()->select(QStringLiteral("police_overdue"), id));
        window.pages()->setCurrentWidget(window.inbox());
        QVERIFY(banner->isVisible());

        // A release request from case c2's window names the request it fulfils.
        auto* release = new ReleaseRequestDialog(window.database(), QStringLiteral("c2"), &window);
        release->setAttribute(Qt::WA_DeleteOnClose);
        release->open();
        QVERIFY(release);
        QComboBox* names = release->policeRequest();
        const int index = names->findData(id);
        QVERIFY(index > 0);
        names->setCurrentIndex(index);
        release->note()->setPlainText(QStringLiteral("For Lakeview PD's subpoena"));
        release->accept();
        QVERIFY(!release->requestId().isEmpty());
        const QString releaseId = release->requestId();
        QVERIFY(PoliceRequests(window.database()).show(id)->releaseIds.contains(releaseId));
        QVERIFY(json("ivy", {QStringLiteral("le-request"), QStringLiteral("show"), id})
                    .object()[QLatin1String("release_ids")]
                    .toVariant()
                    .toStringList()
                    .contains(releaseId));

        dialog->close();
    }

    void legalSignsOffAndCloses()
    {
        MainWindow window(open("lena"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // An exigent request (recorded by legal here): flagged until legal signs it off.
        PoliceRequestSpec exigent;
        exigent.kind = QStringLiteral("exigent");
        exigent.agency = QStringLiteral("County Sheriff");
        auto exigentId = PoliceRequests(window.database()).add(exigent);
        QVERIFY(exigentId);
        m_exigent = *exigentId;
        PoliceRequestsDialog* dialog = window.showPoliceRequests();
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("signoff")));
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(dialog->list()->currentItem()->text(5).contains(QLatin1String("legal sign-off pending")));
        QVERIFY(dialog->select(m_exigent));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("signOffPoliceRequest"))->isEnabled());
        const Status signedOff = dialog->signOffSelected(QStringLiteral("Imminent danger; disclosure justified"));
        QVERIFY2(signedOff.ok(), qPrintable(signedOff.errorMessage()));
        QCOMPARE(dialog->list()->topLevelItemCount(), 0); // no longer awaiting sign-off
        QJsonObject r = byId(json("lena", {QStringLiteral("le-request"), QStringLiteral("list")}).array(), m_exigent);
        QCOMPARE(r[QLatin1String("needs_signoff")].toBool(), false);
        QCOMPARE(r[QLatin1String("signed_off_by")].toString(), QStringLiteral("lena"));

        // One received three days ago is past the 48-hour sign-off: flagged overdue in the list and in the inbox's
        // banner, and once signed it says it was signed late.
        PoliceRequestSpec old;
        old.kind = QStringLiteral("exigent");
        old.agency = QStringLiteral("State Patrol");
        old.receivedAt = utcNow().addDays(-3);
        auto oldId = PoliceRequests(window.database()).add(old);
        QVERIFY(oldId);
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("all")));
        dialog->reload();
        QVERIFY(dialog->select(*oldId));
        QVERIFY2(dialog->list()->currentItem()->text(5).contains(QLatin1String("legal sign-off overdue (due ")),
                 qPrintable(dialog->list()->currentItem()->text(5)));
        window.inbox()->refresh();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("policeRequestBanner"));
        QVERIFY(banner);
        QVERIFY2(
            banner->text().contains(QLatin1String("Exigent disclosure to State Patrol: legal's sign-off is overdue")),
            qPrintable(banner->text()));
        QVERIFY(dialog->signOffSelected(QStringLiteral("Late, but justified")).ok());
        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("all")));
        QVERIFY(dialog->select(*oldId));
        QVERIFY2(dialog->list()->currentItem()->text(5).contains(QLatin1String("signed off late")),
                 qPrintable(dialog->list()->currentItem()->text(5)));

        dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("all")));
        QVERIFY(dialog->select(m_exigent));
        const Status closed = dialog->closeSelected(QStringLiteral("Answered"));
        QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
        r = byId(json("lena", {QStringLiteral("le-request"), QStringLiteral("list")}).array(), m_exigent);
        QCOMPARE(r[QLatin1String("state")].toString(), QStringLiteral("closed"));
        QCOMPARE(r[QLatin1String("close_reason")].toString(), QStringLiteral("Answered"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("closePoliceRequest"))->isEnabled());
        dialog->close();
    }

    void followUpInTheCaseWindow()
    {
        const QStringList kpi {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-01-31")};
        const QJsonObject before = json("ivy", kpi).object();
        QCOMPARE(before[QLatin1String("followup_rate")].toDouble(), 0.0);

        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseWorkspace* workspace = window.openCase(QStringLiteral("c1"));
        FollowUpPanel* panel = workspace->followUpPanel();
        workspace->sideTabs()->setCurrentWidget(panel);
        QCOMPARE(panel->followUps()->topLevelItemCount(), 0);
        panel->kind()->setCurrentIndex(panel->kind()->findData(QStringLiteral("arrest")));
        panel->at()->setDateTime(utc(2026, 1, 8, 12));
        QTest::keyClicks(panel->agencyCase(), QStringLiteral("LPD-77"));
        QTest::keyClicks(panel->note(), QStringLiteral("Suspect arrested at home"));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("recordFollowUp")), Qt::LeftButton);
        QCOMPARE(panel->followUps()->topLevelItemCount(), 1);
        QCOMPARE(panel->followUps()->topLevelItem(0)->text(1), QStringLiteral("Arrest made"));
        QVERIFY(panel->note()->text().isEmpty());
        // Custody shows it in words.
        const QString custody = custodyText(workspace->custody());
        QVERIFY2(custody.contains(QLatin1String("recorded police follow-up: arrest made on")), qPrintable(custody));
        QVERIFY(custody.contains(QLatin1String("agency case LPD-77")));

        const QJsonArray list
            = json("ivy", {QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("c1")}).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list[0].toObject();
        QCOMPARE(f[QLatin1String("kind")].toString(), QStringLiteral("arrest"));
        QCOMPARE(parsed(f[QLatin1String("at")]), utc(2026, 1, 8, 12));
        QCOMPARE(f[QLatin1String("agency_case")].toString(), QStringLiteral("LPD-77"));
        QCOMPARE(f[QLatin1String("note")].toString(), QStringLiteral("Suspect arrested at home"));
        // Two cases were submitted in January (c1, c2); one now has follow-up within 30 days.
        const QJsonObject after = json("ivy", kpi).object();
        QCOMPARE(after[QLatin1String("followup_rate")].toDouble(), 0.5);

        // A bad amount is refused with a clear message and loses nothing typed.
        QTest::keyClicks(panel->amount(), QStringLiteral("lots"));
        QTest::keyClicks(panel->note(), QStringLiteral("kept"));
        const Status bad = panel->record();
        QVERIFY(!bad.ok());
        QCOMPARE(panel->note()->text(), QStringLiteral("kept"));
        QCOMPARE(panel->followUps()->topLevelItemCount(), 1);
        workspace->close();
    }

    // After the follow-up above, the Dashboard page of the window shows what `kpi --json --by region` says for
    // January: the follow-up rate, each region's row with its loss in its own currency, and the top repeat store.
    void dashboardPageShowsTheCliFigures()
    {
        for (const auto& [store, region] : {std::pair {"store-a", "north"}, std::pair {"store-b", "south"}}) {
            const test::ProcessRun run = test::cliAs(
                m_path, QStringLiteral("admin"),
                {QStringLiteral("store"), QStringLiteral("region"), QLatin1String(store), QLatin1String(region)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        const QJsonObject cli = json("ivy",
                                     {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--by"),
                                      QStringLiteral("region")})
                                    .object();
        QCOMPARE(cli[QLatin1String("followup_rate")].toDouble(), 0.5);
        const QJsonArray regions = cli[QLatin1String("rows")].toArray();
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions[0].toObject()[QLatin1String("key")].toString(), QStringLiteral("north"));
        QCOMPARE(regions[0]
                     .toObject()[QLatin1String("loss")]
                     .toArray()[0]
                     .toObject()[QLatin1String("total_minor")]
                     .toInteger(),
                 qint64(7499));

        MainWindow window(open("ivy"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        auto* page = qobject_cast<DashboardPage*>(window.pages()->currentWidget());
        QVERIFY(page);
        page->setGrouping(QStringLiteral("region"));
        page->setRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 30000);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("kpiFollowup"))->text(), QStringLiteral("50.0 %"));
        auto* rows = page->findChild<QTableWidget*>(QStringLiteral("dashboardRows"));
        QCOMPARE(rows->rowCount(), 2);
        QStringList shownRows;
        for (int r = 0; r < rows->rowCount(); ++r)
            shownRows << QStringList {rows->item(r, 0)->text(), rows->item(r, 1)->text(), rows->item(r, 2)->text(),
                                      rows->item(r, 3)->text(), rows->item(r, 9)->text()}
                             .join(u'|');
        // north (store-a): a1, a2, a4 in c1 and c2, reported after 24 h and 36 h; south (store-b): b2 in c3.
        QCOMPARE(shownRows,
                 (QStringList {QStringLiteral("north|3|2|30 h 0 min|USD 74.99 (median 50.00)"),
                               QStringLiteral("south|1|1|–|EUR 30.50 (median 30.50)")}));
        QCOMPARE(page->report().toJson()[QLatin1String("rows")], cli[QLatin1String("rows")]);
        auto* repeats = page->findChild<QTableWidget*>(QStringLiteral("dashboardRepeatStores"));
        QCOMPARE(repeats->rowCount(), 1);
        QCOMPARE(repeats->item(0, 0)->text(), QStringLiteral("store-a"));
        QCOMPARE(repeats->item(0, 1)->text(), QStringLiteral("2"));

        // A region as the scope: the figures of its stores only, as `kpi --region` gives them.
        auto* scope = page->findChild<QComboBox*>(QStringLiteral("dashboardScope"));
        const int north = scope->findData(QStringLiteral("region:north"));
        QVERIFY2(north > 0, "no region in the dashboard's scope");
        QVERIFY(scope->findData(QStringLiteral("region:south")) > north);
        scope->setCurrentIndex(north);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 30000);
        const QJsonObject northCli
            = json("ivy",
                   {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--by"),
                    QStringLiteral("region"), QStringLiteral("--region"), QStringLiteral("north")})
                  .object();
        QCOMPARE(northCli[QLatin1String("incidents")].toInt(), 3);
        QCOMPARE(page->report().overall.incidents, 3);
        QCOMPARE(page->report().toJson()[QLatin1String("rows")], northCli[QLatin1String("rows")]);
        scope->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 30000);
        QCOMPARE(page->report().overall.incidents, 4);

        // The CSV carries the loss per currency, exactly, never added across currencies.
        const QString csv = QDir(m_dir.path()).filePath(QStringLiteral("regions.csv"));
        QString error;
        QVERIFY2(page->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header, the whole period, north, south
        QVERIFY2(lines[0].endsWith(QLatin1String(",loss_total_EUR,loss_median_EUR,loss_total_USD,loss_median_USD")),
                 qPrintable(lines[0]));
        for (const QString& line : lines)
            QVERIFY2(line.count(u',') == lines[0].count(u','), qPrintable(line));
        QVERIFY2(lines[1].startsWith(QLatin1String("all,"))
                     && lines[1].endsWith(QLatin1String(",30.50,30.50,74.99,50.00")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QLatin1String("north,")) && lines[2].endsWith(QLatin1String(",,,74.99,50.00")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QLatin1String("south,")) && lines[3].endsWith(QLatin1String(",30.50,30.50,,")),
                 qPrintable(lines[3]));
    }

    void holdKeepsMediaFromThePurge()
    {
        {
            // An investigator may place a hold but neither lift one nor set retention.
            MainWindow window(open("ivy"));
            HoldsDialog* holds = window.showHolds();
            QVERIFY(holds->placeButton()->isEnabled());
            QVERIFY(!holds->setRuleButton()->isEnabled());
            QVERIFY(!holds->findChild<QPushButton*>(QStringLiteral("purgeButton"))->isEnabled());
            holds->close();
        }
        MainWindow window(open("admin"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionHolds"));
        QVERIFY(action->isEnabled());
        action->trigger();
        HoldsDialog* holds = nullptr;
        QTRY_VERIFY((holds = window.findChild<HoldsDialog*>(QStringLiteral("holdsDialog"))));

        // Retention: shoplifting kept 30 days from the incident.
        holds->tabs()->setCurrentIndex(1);
        holds->ruleScope()->setCurrentIndex(holds->ruleScope()->findData(QStringLiteral("type")));
        holds->ruleName()->setCurrentIndex(holds->ruleName()->findData(QStringLiteral("shoplifting")));
        holds->ruleDays()->setValue(30);
        holds->ruleFrom()->setCurrentIndex(holds->ruleFrom()->findData(QStringLiteral("incident")));
        QTest::mouseClick(holds->setRuleButton(), Qt::LeftButton);
        QCOMPARE(holds->rules()->topLevelItemCount(), 1);
        const QJsonArray rules = json("admin", {QStringLiteral("retention"), QStringLiteral("show")}).array();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].toObject()[QLatin1String("name")].toString(), QStringLiteral("shoplifting"));
        QCOMPARE(rules[0].toObject()[QLatin1String("days")].toInt(), 30);
        QCOMPARE(rules[0].toObject()[QLatin1String("counted_from")].toString(), QStringLiteral("incident"));

        // Hold case c1: its clips expired but stay; b3's clip (no case, no hold) goes.
        holds->tabs()->setCurrentIndex(0);
        holds->holdKind()->setCurrentIndex(holds->holdKind()->findData(QStringLiteral("case")));
        QTest::keyClicks(holds->holdTarget(), QStringLiteral("c1"));
        QTest::keyClicks(holds->holdReason(), QStringLiteral("Civil suit pending"));
        QTest::mouseClick(holds->placeButton(), Qt::LeftButton);
        QCOMPARE(holds->holds()->topLevelItemCount(), 1);
        const QJsonArray held = json("admin", {QStringLiteral("hold"), QStringLiteral("list")}).array();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].toObject()[QLatin1String("target_id")].toString(), QStringLiteral("c1"));
        QCOMPARE(held[0].toObject()[QLatin1String("reason")].toString(), QStringLiteral("Civil suit pending"));

        QueuedJob* job = RetentionPurge::start(window.database(), holds, false);
        QVERIFY(job);
        QSignalSpy finished(job, &QueuedJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        const QString media = window.database().mediaDirectory();
        QVERIFY(QFile::exists(media + QStringLiteral("/m1.lpenc")));
        QVERIFY(QFile::exists(media + QStringLiteral("/m3.lpenc")));
        QVERIFY(!QFile::exists(media + QStringLiteral("/m4.lpenc")));
        holds->close();
    }

    void onlyLegalLiftsTheHold()
    {
        MainWindow window(open("lena"));
        HoldsDialog* holds = window.showHolds();
        QCOMPARE(holds->holds()->topLevelItemCount(), 1);
        QVERIFY(!holds->liftButton()->isEnabled()); // nothing selected yet
        holds->holds()->setCurrentItem(holds->holds()->topLevelItem(0));
        QVERIFY(holds->liftButton()->isEnabled());
        QVERIFY(!holds->setRuleButton()->isEnabled());
        const Status lifted = holds->liftSelected(QStringLiteral("Suit settled"));
        QVERIFY2(lifted.ok(), qPrintable(lifted.errorMessage()));
        QCOMPARE(holds->holds()->topLevelItemCount(), 0);
        QVERIFY(json("lena", {QStringLiteral("hold"), QStringLiteral("list")}).array().isEmpty());
        const QJsonArray all
            = json("lena", {QStringLiteral("hold"), QStringLiteral("list"), QStringLiteral("--all")}).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].toObject()[QLatin1String("lift_reason")].toString(), QStringLiteral("Suit settled"));
        holds->close();
    }

    // A request template fills the form (kind, due date from the date received, legal basis, what is asked) without
    // overwriting what was typed; the request remembers it; the response letter is written from the dialog.
    void requestFromTemplateAndLetter()
    {
        auto db = open("lena");
        QVERIFY(db);
        PoliceRequestsDialog dialog(*db);
        PoliceRequestForm* form = dialog.addRequest();
        QVERIFY(form);
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("requestKind"));
        auto* basis = form->findChild<QLineEdit*>(QStringLiteral("requestBasis"));
        auto* asks = form->findChild<QPlainTextEdit*>(QStringLiteral("requestAsks"));
        auto* hasDue = form->findChild<QCheckBox*>(QStringLiteral("requestHasDue"));
        QComboBox* templates = form->templateBox();
        QCOMPARE(templates->count(), 6); // none + one per kind
        form->findChild<QDateTimeEdit*>(QStringLiteral("requestReceived"))->setDateTime(utc(2026, 2, 2, 9));
        QTest::keyClicks(basis, QStringLiteral("Warrant 26-SW-0042, Judge Ortiz"));
        templates->setCurrentIndex(templates->findData(QStringLiteral("warrant")));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("warrant"));
        QCOMPARE(basis->text(), QStringLiteral("Warrant 26-SW-0042, Judge Ortiz")); // typed by hand: kept
        const QJsonObject warrant = json("lena",
                                         {QStringLiteral("le-request"), QStringLiteral("template"),
                                          QStringLiteral("show"), QStringLiteral("warrant")})
                                        .object();
        QCOMPARE(asks->toPlainText(), warrant[QLatin1String("asked")].toString());
        QVERIFY(hasDue->isChecked());
        QCOMPARE(form->findChild<QDateTimeEdit*>(QStringLiteral("requestDue"))->dateTime().toUTC(),
                 utc(2026, 2, 2 + warrant[QLatin1String("due_days")].toInt(), 9));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestAgency")), QStringLiteral("Harbor PD"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("requestReference")), QStringLiteral("HPD-991"));
        form->accept();
        const QString id = form->requestId();
        QVERIFY(!id.isEmpty());
        const QJsonObject r = json("lena", {QStringLiteral("le-request"), QStringLiteral("show"), id}).object();
        QCOMPARE(r[QLatin1String("kind")].toString(), QStringLiteral("warrant"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("name")].toString(), QStringLiteral("warrant"));
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), QStringLiteral("Warrant 26-SW-0042, Judge Ortiz"));

        // Another kind drops the template; what it filled in stays.
        PoliceRequestForm* second = dialog.addRequest();
        second->templateBox()->setCurrentIndex(second->templateBox()->findData(QStringLiteral("subpoena")));
        auto* secondKind = second->findChild<QComboBox*>(QStringLiteral("requestKind"));
        secondKind->setCurrentIndex(secondKind->findData(QStringLiteral("informal")));
        QVERIFY(second->templateBox()->currentData().toString().isEmpty());
        QVERIFY(second->spec().templateName.isEmpty());
        second->reject();

        // The letter, from the dialog: the request's own fields, in words.
        QVERIFY(dialog.select(id));
        auto* letterButton = dialog.findChild<QPushButton*>(QStringLiteral("letterPoliceRequest"));
        QVERIFY(letterButton && letterButton->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("letter-HPD-991.txt"));
        const Status written = dialog.writeLetterSelected(path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QLatin1String("Harbor PD")) && text.contains(QLatin1String("Your reference: HPD-991"))
                     && text.contains(QLatin1String("search warrant (Warrant 26-SW-0042, Judge Ortiz)"))
                     && text.contains(QLatin1String("nothing has been produced for this request yet")),
                 qPrintable(text));
        // An administrator writes no letters.
        auto admin = open("admin");
        QVERIFY(admin);
        PoliceRequestsDialog adminView(*admin);
        QVERIFY(!adminView.findChild<QPushButton*>(QStringLiteral("letterPoliceRequest"))->isEnabled());
    }
};

QTEST_MAIN(TestGuiProgram)
#include "TestGuiProgram.moc"
