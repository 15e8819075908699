// Procedures (SOPs) and the case's evidence checklist in the GUI (issue 15): the incident's detail pane shows the
// procedure for its type; an admin publishes a new version in Program > Procedures and everyone sees it at once,
// while an investigator's dialog is read-only and core refuses their publish; the case window's Checklist tab ticks
// items off from what the case holds (a signed statement added through lpdesk-cli ticks "statement") — each figure
// checked against lpdesk-cli --json.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/CaseWorkspace.h"
#include "common/ResultSheet.h"
#include "common/StateLabels.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "metrics/SopLibrary.h"
#include "program/CaseChecklistPanel.h"
#include "program/ProceduresDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace lpdesk;

class TestGuiProcedures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_incident;
    QString m_type;
    QString m_case;

    QJsonObject cliJson(const QString& user, const QStringList& args)
    {
        const test::ProcessRun r = test::cliAs(m_path, user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                          {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_path.isEmpty());
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(test::makeDrop(m_path, drop, m_dir.filePath(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"),
                                QStringLiteral("1"), QStringLiteral("--clip-seconds"), QStringLiteral("1"),
                                QStringLiteral("--size"), QStringLiteral("160x120")}));
        QVERIFY(test::addStore(m_path, drop, test::storesIn(drop).value(0)));
        QVERIFY(test::pull(m_path, QStringLiteral("ivy")));
        m_incident = test::firstIncident(m_path, QStringLiteral("ivy"));
        QVERIFY(!m_incident.isEmpty());
        m_type = cliJson(QStringLiteral("ivy"), {QStringLiteral("incidents"), QStringLiteral("show"), m_incident})
                     .value(QLatin1String("type"))
                     .toString();
        QVERIFY(!m_type.isEmpty());
        m_case = test::newCase(m_path, QStringLiteral("ivy"), QStringLiteral("Procedures"), m_incident);
        QVERIFY(!m_case.isEmpty());
    }

    void adminPublishesAndTheIncidentShowsIt()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        ProceduresDialog dialog(*admin);
        dialog.type()->setCurrentIndex(dialog.type()->findData(m_type));
        QCOMPARE(dialog.type()->currentData().toString(), m_type);
        // Built in to begin with, and what the CLI says.
        const QJsonObject builtIn
            = cliJson(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), m_type});
        QCOMPARE(builtIn[QLatin1String("version")].toInt(), 0);
        QCOMPARE(dialog.title()->text(), builtIn[QLatin1String("title")].toString());
        QCOMPARE(dialog.immediate()->toPlainText(), builtIn[QLatin1String("immediate")].toString());
        QVERIFY(dialog.publishButton()->isEnabled());
        QVERIFY(!dialog.immediate()->isReadOnly());

        dialog.title()->setText(QStringLiteral("Store procedure"));
        dialog.immediate()->setPlainText(QStringLiteral("Call the duty manager on 4411."));
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        const QJsonObject published
            = cliJson(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), m_type});
        QCOMPARE(published[QLatin1String("version")].toInt(), 1);
        QCOMPARE(published[QLatin1String("immediate")].toString(), QStringLiteral("Call the duty manager on 4411."));
        QCOMPARE(published[QLatin1String("created_by")].toString(), QStringLiteral("admin"));
        QCOMPARE(dialog.versions()->count(), 1);
        QVERIFY2(dialog.state()->text().contains(QStringLiteral("version 1")), qPrintable(dialog.state()->text()));
        // An empty part is refused by core and nothing is published.
        dialog.reporting()->clear();
        QVERIFY(!dialog.publish());
        QCOMPARE(cliJson(QStringLiteral("ivy"),
                         {QStringLiteral("sop"), QStringLiteral("show"), m_type})[QLatin1String("version")]
                     .toInt(),
                 1);

        // The investigator sees it beside the incident.
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        InboxView inbox(*ivy);
        inbox.refresh();
        QCOMPARE(inbox.model()->rowCount(), 1);
        inbox.table()->setCurrentIndex(inbox.model()->index(0, 0));
        auto* detail = inbox.findChild<QTextBrowser*>(QStringLiteral("incidentDetail"));
        QVERIFY(detail);
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Procedure: Store procedure")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Call the duty manager on 4411.")), qPrintable(text));
    }

    // A first general procedure replaces the built-in procedures of the types without their own: the dialog names
    // them and publishes only when the admin confirms (not the type published above, which has its own).
    void generalProcedureAsksFirst()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        ProceduresDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.type()->setCurrentIndex(dialog.type()->findData(QStringLiteral("*")));
        dialog.title()->setText(QStringLiteral("House rules"));
        const auto answer = [&](bool replace) {
            QString asked;
            QObject scope;
            QTimer::singleShot(0, &scope, [&asked, replace] {
                auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!question)
                    return;
                asked = question->objectName() + u'|' + question->text();
                auto* confirm = question->findChild<QPushButton*>(QStringLiteral("replaceBuiltInsConfirm"));
                if (replace && confirm)
                    confirm->click();
                else
                    question->reject();
            });
            QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
            return asked;
        };
        const QString declined = answer(false);
        QVERIFY2(declined.startsWith(QLatin1String("replaceBuiltInsQuestion|")), qPrintable(declined));
        const QString other
            = m_type == QLatin1String("robbery") ? QStringLiteral("assault") : QStringLiteral("robbery");
        QVERIFY2(declined.contains(StateLabels::incidentType(other)), qPrintable(declined));
        QVERIFY2(!declined.contains(StateLabels::incidentType(m_type)), qPrintable(declined));
        QVERIFY2(!declined.contains(StateLabels::incidentType(QStringLiteral("vandalism"))), qPrintable(declined));
        QCOMPARE(cliJson(QStringLiteral("ivy"),
                         {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("*")})[QLatin1String("version")]
                     .toInt(),
                 0);
        QVERIFY(answer(true).startsWith(QLatin1String("replaceBuiltInsQuestion|")));
        QCOMPARE(cliJson(QStringLiteral("ivy"),
                         {QStringLiteral("sop"), QStringLiteral("show"), other})[QLatin1String("title")]
                     .toString(),
                 QStringLiteral("House rules"));
        // A second version replaces nothing built in: no question.
        QCOMPARE(answer(true), QString());
        QCOMPARE(cliJson(QStringLiteral("ivy"),
                         {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("*")})[QLatin1String("version")]
                     .toInt(),
                 2);
    }

    void investigatorsReadOnly()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        ProceduresDialog dialog(*ivy);
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY(dialog.immediate()->isReadOnly());
        QVERIFY(dialog.title()->isReadOnly());
        // Core refuses even when the button is bypassed.
        const Status st = dialog.publish();
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::Permission);
    }

    void caseChecklistTicksOffWhatArrives()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        CaseWorkspace window(*ivy, m_case);
        CaseChecklistPanel* panel = window.checklistPanel();
        QVERIFY(panel);
        auto listed = [&] {
            QMap<QString, bool> out;
            for (int i = 0; i < panel->items()->count(); ++i)
                out.insert(panel->items()->item(i)->data(Qt::UserRole).toString(),
                           panel->items()->item(i)->checkState() == Qt::Checked);
            return out;
        };
        auto cli = [&] {
            QMap<QString, bool> out;
            const QJsonObject o
                = cliJson(QStringLiteral("ivy"), {QStringLiteral("case"), QStringLiteral("checklist"), m_case});
            for (const QJsonValue& v : o[QLatin1String("items")].toArray())
                out.insert(v.toObject()[QLatin1String("item")].toString(),
                           v.toObject()[QLatin1String("done")].toBool());
            return out;
        };
        QCOMPARE(listed(), cli());
        QVERIFY(listed().contains(QStringLiteral("statement")));
        QVERIFY(!listed().value(QStringLiteral("statement")));
        QVERIFY(listed().value(QStringLiteral("clip"))); // the store's clip is centred on the incident
        QVERIFY2(panel->state()->text().contains(QStringLiteral("missing")), qPrintable(panel->state()->text()));
        // The case was opened before "Store procedure" was published: the Checklist tab shows the built-in one it
        // was worked under, and says that a newer one is in force.
        const QString procedure = panel->procedure()->toPlainText();
        const QJsonObject builtIn = cliJson(
            QStringLiteral("ivy"),
            {QStringLiteral("sop"), QStringLiteral("show"), m_type, QStringLiteral("--version"), QStringLiteral("0")});
        QVERIFY2(procedure.contains(QStringLiteral("A newer procedure is in force now: Store procedure")),
                 qPrintable(procedure));
        QVERIFY2(procedure.contains(QStringLiteral("Procedure: ") + builtIn[QLatin1String("title")].toString()),
                 qPrintable(procedure));
        QVERIFY2(procedure.contains(builtIn[QLatin1String("immediate")].toString()), qPrintable(procedure));
        QVERIFY(!procedure.contains(QStringLiteral("Call the duty manager on 4411.")));
        const QJsonObject fromCli
            = cliJson(QStringLiteral("ivy"), {QStringLiteral("case"), QStringLiteral("checklist"), m_case});
        QCOMPARE(fromCli[QLatin1String("procedure")].toObject()[QLatin1String("version")].toInt(), 0);
        QCOMPARE(fromCli[QLatin1String("newer_procedure")].toObject()[QLatin1String("version")].toInt(), 1);
        // Shown, not editable.
        QVERIFY(!(panel->items()->item(0)->flags() & Qt::ItemIsUserCheckable));

        QFile text(m_dir.filePath(QStringLiteral("statement.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("I saw the person leave with the goods.\n");
        text.close();
        QCOMPARE(test::cliAs(m_path, QStringLiteral("ivy"),
                             {QStringLiteral("statement"), QStringLiteral("add"), m_case, QStringLiteral("--author"),
                              QStringLiteral("Pat"), QStringLiteral("--text-file"), text.fileName(),
                              QStringLiteral("--sign")})
                     .exitCode,
                 0);
        window.reload();
        QVERIFY(listed().value(QStringLiteral("statement")));
        QCOMPARE(listed(), cli());
    }

    // The newest version of the incident's procedure changed behind the triggers (as with the sqlcipher CLI): the
    // dialog, the incident's detail and the case's checklist show the newest sound version with the refusal; a type
    // whose procedure has no sound version left has none, marked, and an admin can publish one; the other types are
    // untouched; Tools → Check database names the damaged versions (SopLibrary::addCheckTo in the main window).
    void damagedVersionFlagsOnlyItsProcedure()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(SopLibrary(*admin).publish(m_type, QStringLiteral("Store procedure"), QStringLiteral("Version two"),
                                           QStringLiteral("Tell LP"), QStringLiteral("Clips")));
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS sops_append_only_update")));
        q.prepare(QStringLiteral("UPDATE sops SET immediate = 'Chase them' WHERE type = ? AND version = 2"));
        q.addBindValue(m_type);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE sops SET title = 'x' WHERE type = '*'"))); // both general versions

        ProceduresDialog dialog(*admin);
        dialog.type()->setCurrentIndex(dialog.type()->findData(m_type));
        QCOMPARE(dialog.immediate()->toPlainText(), QStringLiteral("Call the duty manager on 4411.")); // version 1
        QVERIFY2(dialog.state()->text().startsWith(QLatin1String("Version 2 is REFUSED: Version 2 of the procedure"))
                     && dialog.state()->text().contains(QLatin1String("In force: version 1")),
                 qPrintable(dialog.state()->text()));
        const QString other
            = m_type == QLatin1String("robbery") ? QStringLiteral("assault") : QStringLiteral("robbery");
        dialog.type()->setCurrentIndex(dialog.type()->findData(other)); // under the general procedure, now damaged
        QVERIFY2(dialog.state()->text().startsWith(QLatin1String("No procedure is in force: Version 2 of the "
                                                                 "procedure for * was changed")),
                 qPrintable(dialog.state()->text()));
        QVERIFY(dialog.title()->text().isEmpty());
        QVERIFY(dialog.publishButton()->isEnabled()); // the way to put it right
        dialog.type()->setCurrentIndex(dialog.type()->findData(QStringLiteral("vandalism"))); // its own built-in one
        QVERIFY2(!dialog.state()->text().contains(QLatin1String("REFUSED")), qPrintable(dialog.state()->text()));

        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        InboxView inbox(*ivy);
        inbox.refresh();
        inbox.table()->setCurrentIndex(inbox.model()->index(0, 0));
        const QString detail = inbox.findChild<QTextBrowser*>(QStringLiteral("incidentDetail"))->toPlainText();
        QVERIFY2(detail.contains(QLatin1String("Version 2 is REFUSED")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("Call the duty manager on 4411.")), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("Chase them")));
        CaseWorkspace window(*ivy, m_case);
        const QString checklist = window.checklistPanel()->procedure()->toPlainText();
        QVERIFY2(checklist.contains(QLatin1String("Version 2 is REFUSED")), qPrintable(checklist));
        QVERIFY(!checklist.contains(QLatin1String("Chase them")));

        MainWindow main(std::move(admin));
        main.findChild<QAction*>(QStringLiteral("actionCheckDatabase"))->trigger();
        ResultSheet* sheet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((sheet = main.findChild<ResultSheet*>(QStringLiteral("checkDatabaseResult"))), 30000);
        const QString report = sheet->details()->toPlainText();
        for (const QString& named : {QStringLiteral("Version 2 of the procedure for %1 was changed").arg(m_type),
                                     QStringLiteral("Version 1 of the procedure for * was changed"),
                                     QStringLiteral("Version 2 of the procedure for * was changed")})
            QVERIFY2(report.contains(named), qPrintable(report));
    }
};

QTEST_MAIN(TestGuiProcedures)
#include "TestGuiProcedures.moc"
