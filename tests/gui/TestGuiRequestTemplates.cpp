// Police request templates in the GUI (issue 15): an admin edits the subpoena template's due days and letter
// (a placeholder inserted at the cursor, undo in the editor) and publishes it, and lpdesk-cli shows exactly that as
// version 1 with its hash; a letter with an unknown {placeholder} shows core's refusal and publishes nothing; a new
// template's name is checked by core's rule; an investigator's Publish is disabled and core refuses it anyway;
// closing with unpublished edits asks; the dialog opens from Procedures and from Police requests, and every control
// in it has an accessible name and a tooltip; a version changed behind the triggers is listed as refused; a current
// version changed behind them flags only its template (the built-in one stands in), and the others stay usable in
// the templates dialog and in the police request form.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/AccessibleNames.h"
#include "common/ShortcutSheet.h"
#include "police/RequestTemplates.h"
#include "program/PoliceRequestForm.h"
#include "program/PoliceRequestsDialog.h"
#include "program/ProceduresDialog.h"
#include "program/ProgramWords.h"
#include "program/RequestTemplatesDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiRequestTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_letterV1;

    test::ProcessRun cli(const QStringList& args)
    {
        return test::cliAs(m_path, QStringLiteral("ivy"), args + QStringList {QStringLiteral("--json")});
    }

    QJsonObject shown(const QString& name)
    {
        const test::ProcessRun r
            = cli({QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("show"), name});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    }

    int versions(const QString& name)
    {
        const test::ProcessRun r
            = cli({QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("history"), name});
        return static_cast<int>(QJsonDocument::fromJson(r.out).array().size());
    }

    // Clicks `button` (or runs `act`) and answers each message box that opens, in turn, with the button of
    // `answers` (an object name, or "discard" / "cancel" / "save"; anything else closes the box); returns
    // "objectName|text|informative text" of each box.
    static QStringList answering(const std::function<void()>& act, QStringList answers)
    {
        QStringList seen;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&seen, &answers] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            seen << box->objectName() + u'|' + box->text() + u'|' + box->informativeText();
            const QString answer = answers.isEmpty() ? QString() : answers.takeFirst();
            QAbstractButton* b = box->findChild<QAbstractButton*>(answer);
            if (!b && answer == QLatin1String("discard"))
                b = box->button(QMessageBox::Discard);
            if (!b && answer == QLatin1String("cancel"))
                b = box->button(QMessageBox::Cancel);
            if (!b && answer == QLatin1String("save"))
                b = box->button(QMessageBox::Save);
            if (b)
                b->click();
            else
                box->reject();
        });
        timer.start();
        act();
        return seen;
    }

    // The visible controls of `window` without an accessible name or a tooltip, as TestGuiAccessibility counts them.
    static QStringList unnamed(QWidget* window)
    {
        QStringList out;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->window() != window || !AccessibleNames::isControl(w))
                continue;
            if (AccessibleNames::announced(w).isEmpty() || w->toolTip().trimmed().isEmpty())
                out << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
        }
        return out;
    }

    // The Alt+letter mnemonics of `window`'s visible buttons and labels that more than one of them uses.
    static QStringList sharedMnemonics(QWidget* window)
    {
        QMap<QChar, QStringList> owners;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->window() != window)
                continue;
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
                text = l->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[QChar(key[0].key())] << text;
        }
        QStringList out;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                          {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_path.isEmpty());
    }

    void adminEditsAndPublishesTheSubpoena()
    {
        const QJsonObject builtIn = shown(QStringLiteral("subpoena"));
        QCOMPARE(builtIn[QLatin1String("version")].toInt(), 0);
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        RequestTemplatesDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.select(QStringLiteral("subpoena")));
        QCOMPARE(dialog.templates()->currentItem()->text(1), QStringLiteral("built in"));
        QCOMPARE(dialog.letter()->toPlainText(), builtIn[QLatin1String("letter")].toString());
        QCOMPARE(dialog.dueDays()->value(), 14);
        QVERIFY(dialog.publishButton()->isEnabled());
        QVERIFY(!dialog.hasUnsavedEdits());

        dialog.dueDays()->setValue(21);
        QTest::keyClick(dialog.letter(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(dialog.letter(), QStringLiteral("Officer on file: "));
        dialog.placeholders()->setCurrentItem(
            dialog.placeholders()->findItems(QStringLiteral("{officer}"), Qt::MatchExactly).value(0));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("insertPlaceholder")), Qt::LeftButton);
        const QString letter
            = builtIn[QLatin1String("letter")].toString() + QStringLiteral("Officer on file: {officer}");
        QCOMPARE(dialog.letter()->toPlainText(), letter);
        // The preview fills it with the sample values, and the editor's own undo takes the placeholder back.
        const QString sampleOfficer = RequestTemplatesDialog::sampleValues().value(QStringLiteral("officer"));
        QVERIFY2(dialog.preview()->toPlainText().endsWith(QStringLiteral("Officer on file: ") + sampleOfficer),
                 qPrintable(dialog.preview()->toPlainText().right(80)));
        dialog.letter()->undo();
        QCOMPARE(dialog.letter()->toPlainText(),
                 builtIn[QLatin1String("letter")].toString() + QStringLiteral("Officer on file: "));
        dialog.letter()->redo();
        QCOMPARE(dialog.letter()->toPlainText(), letter);
        QVERIFY(dialog.hasUnsavedEdits());
        QVERIFY(dialog.isWindowModified());

        // Cancelling the confirmation publishes nothing; confirming publishes version 1.
        QStringList asked
            = answering([&] { QTest::mouseClick(dialog.publishButton(), Qt::LeftButton); }, {QStringLiteral("cancel")});
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].startsWith(QLatin1String("publishTemplateQuestion|")), qPrintable(asked[0]));
        QCOMPARE(shown(QStringLiteral("subpoena"))[QLatin1String("version")].toInt(), 0);
        asked = answering([&] { QTest::mouseClick(dialog.publishButton(), Qt::LeftButton); },
                          {QStringLiteral("publishTemplateConfirm")});
        QCOMPARE(asked.size(), 1);

        const QJsonObject v1 = shown(QStringLiteral("subpoena"));
        QCOMPARE(v1[QLatin1String("version")].toInt(), 1);
        QCOMPARE(v1[QLatin1String("due_days")].toInt(), 21);
        QCOMPARE(v1[QLatin1String("letter")].toString(), letter);
        for (const char* same : {"kind", "title", "legal_basis", "asked"})
            QCOMPARE(v1[QLatin1String(same)].toString(), builtIn[QLatin1String(same)].toString());
        QCOMPARE(v1[QLatin1String("created_by")].toString(), QStringLiteral("admin"));
        QCOMPARE(v1[QLatin1String("verified")].toBool(), true);
        RequestTemplate expected;
        expected.name = QStringLiteral("subpoena");
        expected.version = 1;
        expected.kind = QStringLiteral("subpoena");
        expected.title = builtIn[QLatin1String("title")].toString();
        expected.dueDays = 21;
        expected.legalBasis = builtIn[QLatin1String("legal_basis")].toString();
        expected.asked = builtIn[QLatin1String("asked")].toString();
        expected.letter = letter;
        expected.createdAt = v1[QLatin1String("created_at")].toString();
        expected.createdBy = QStringLiteral("admin");
        QCOMPARE(v1[QLatin1String("sha256")].toString(), RequestTemplates::hash(expected));
        // The dialog shows the version it published.
        QVERIFY2(dialog.state()->text().contains(v1[QLatin1String("sha256")].toString()),
                 qPrintable(dialog.state()->text()));
        QCOMPARE(dialog.selectedName(), QStringLiteral("subpoena"));
        QCOMPARE(dialog.templates()->currentItem()->text(1), QStringLiteral("version 1"));
        // Who published it and when, in the workstation's time with its offset.
        const QString published = dialog.templates()->currentItem()->text(2);
        QVERIFY2(published.startsWith(QLatin1String("by admin at ")), qPrintable(published));
        QVERIFY2(published.contains(ProgramWords::time(v1[QLatin1String("created_at")].toString())),
                 qPrintable(published));
        QVERIFY2(published.contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d"))), qPrintable(published));
        QCOMPARE(dialog.history()->count(), 1);
        QVERIFY2(dialog.history()->item(0)->text().startsWith(QLatin1String("version 1, published by admin")),
                 qPrintable(dialog.history()->item(0)->text()));
        QVERIFY(!dialog.hasUnsavedEdits());
        QVERIFY(!dialog.isWindowModified());
        m_letterV1 = letter;
    }

    void unknownPlaceholderIsRefusedAndClosingAsks()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        RequestTemplatesDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.select(QStringLiteral("subpoena")));
        QCOMPARE(dialog.letter()->toPlainText(), m_letterV1);
        QTest::keyClick(dialog.letter(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(dialog.letter(), QStringLiteral(" Badge {badge_number}."));
        auto* unknown = dialog.findChild<QLabel*>(QStringLiteral("templateUnknownPlaceholders"));
        QVERIFY(unknown);
        QVERIFY2(unknown->isVisible() && unknown->text().contains(QStringLiteral("{badge_number}")),
                 qPrintable(unknown->text()));
        // Core's refusal, word for word, in a message box and in the dialog.
        RequestTemplate attempt;
        attempt.name = QStringLiteral("subpoena");
        attempt.kind = QStringLiteral("subpoena");
        attempt.title = dialog.title()->text();
        attempt.dueDays = dialog.dueDays()->value();
        attempt.legalBasis = dialog.legalBasis()->toPlainText();
        attempt.asked = dialog.asked()->toPlainText();
        attempt.letter = dialog.letter()->toPlainText();
        auto direct = RequestTemplates(*admin).publish(attempt);
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind, ErrorKind::Usage);
        const QStringList asked = answering([&] { QTest::mouseClick(dialog.publishButton(), Qt::LeftButton); },
                                            {QStringLiteral("publishTemplateConfirm"), QString()});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[1].section(u'|', 1, 1), direct.errorMessage());
        QVERIFY2(direct.errorMessage().contains(QStringLiteral("{badge_number}")), qPrintable(direct.errorMessage()));
        QCOMPARE(dialog.state()->text(), direct.errorMessage());
        QCOMPARE(shown(QStringLiteral("subpoena"))[QLatin1String("version")].toInt(), 1);
        QCOMPARE(versions(QStringLiteral("subpoena")), 1);

        // Escape with the edit still there asks; Cancel keeps the dialog and the edit.
        QVERIFY(dialog.hasUnsavedEdits());
        QStringList closing
            = answering([&] { QTest::keyClick(dialog.letter(), Qt::Key_Escape); }, {QStringLiteral("cancel")});
        QCOMPARE(closing.size(), 1);
        QVERIFY2(closing[0].startsWith(QLatin1String("unsavedTemplateQuestion|")), qPrintable(closing[0]));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.letter()->toPlainText().endsWith(QStringLiteral("{badge_number}.")));
        // Going to another template asks too, and Cancel stays.
        closing = answering([&] { QVERIFY(!dialog.select(QStringLiteral("warrant"))); }, {QStringLiteral("cancel")});
        QCOMPARE(closing.size(), 1);
        QCOMPARE(dialog.selectedName(), QStringLiteral("subpoena"));
        // The Close button asks; Discard closes and publishes nothing.
        closing = answering(
            [&] {
                QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("closeTemplates")), Qt::LeftButton);
            },
            {QStringLiteral("discard")});
        QCOMPARE(closing.size(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(versions(QStringLiteral("subpoena")), 1);
        // Without edits it closes at once.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.hasUnsavedEdits());
        closing = answering([&] { QTest::keyClick(dialog.letter(), Qt::Key_Escape); }, {});
        QCOMPARE(closing, QStringList());
        QVERIFY(!dialog.isVisible());
    }

    void newTemplateFollowsCoresNameRule()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        RequestTemplatesDialog dialog(*admin);
        QVERIFY(dialog.select(QStringLiteral("warrant")));
        const Status bad = dialog.newTemplate(QStringLiteral("Night Warrant"));
        QVERIFY(!bad);
        QCOMPARE(bad.errorMessage(), RequestTemplates::checkName(QStringLiteral("Night Warrant")).errorMessage());
        QVERIFY(!dialog.newTemplate(QStringLiteral("subpoena")));
        QCOMPARE(dialog.selectedName(), QStringLiteral("subpoena"));
        QVERIFY(dialog.select(QStringLiteral("warrant")));
        QVERIFY(dialog.newTemplate(QStringLiteral("night-warrant")));
        QCOMPARE(dialog.selectedName(), QStringLiteral("night-warrant"));
        QCOMPARE(dialog.templates()->currentItem()->text(1), QStringLiteral("new, not published"));
        QVERIFY(dialog.hasUnsavedEdits());
        QCOMPARE(dialog.kind()->currentData().toString(), QStringLiteral("warrant"));
        dialog.title()->setText(QStringLiteral("Night-time search warrant"));
        dialog.dueDays()->setValue(2);
        QVERIFY(dialog.publish());
        const QJsonObject v1 = shown(QStringLiteral("night-warrant"));
        QCOMPARE(v1[QLatin1String("version")].toInt(), 1);
        QCOMPARE(v1[QLatin1String("kind")].toString(), QStringLiteral("warrant"));
        QCOMPARE(v1[QLatin1String("title")].toString(), QStringLiteral("Night-time search warrant"));
        QCOMPARE(v1[QLatin1String("due_days")].toInt(), 2);
        QCOMPARE(dialog.templates()->currentItem()->text(1), QStringLiteral("version 1"));
        QVERIFY(!dialog.hasUnsavedEdits());
    }

    void investigatorCannotPublish()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        RequestTemplatesDialog dialog(*ivy);
        QVERIFY(dialog.select(QStringLiteral("subpoena")));
        QCOMPARE(dialog.letter()->toPlainText(), m_letterV1); // she reads what is in force
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY(!dialog.newButton()->isEnabled());
        QVERIFY(dialog.letter()->isReadOnly());
        QVERIFY(dialog.title()->isReadOnly());
        // Core refuses her, through the dialog and directly.
        const Status st = dialog.publish();
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::Permission);
        RequestTemplate t = RequestTemplates::builtIn(QStringLiteral("subpoena"));
        t.dueDays = 3;
        auto direct = RequestTemplates(*ivy).publish(t);
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind, ErrorKind::Permission);
        QCOMPARE(dialog.newTemplate(QStringLiteral("ivys")).error().kind, ErrorKind::Permission);
        QCOMPARE(versions(QStringLiteral("subpoena")), 1);
        QCOMPARE(shown(QStringLiteral("subpoena"))[QLatin1String("due_days")].toInt(), 21);
    }

    void opensFromProceduresAndPoliceRequestsNamed()
    {
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("ivy")}) {
            auto db = test::openAs(m_path, user);
            QVERIFY(db);
            ProceduresDialog procedures(*db);
            procedures.show();
            QVERIFY(QTest::qWaitForWindowExposed(&procedures));
            QTest::mouseClick(procedures.requestTemplatesButton(), Qt::LeftButton);
            auto* fromProcedures = procedures.findChild<RequestTemplatesDialog*>();
            QVERIFY(fromProcedures);
            QVERIFY(QTest::qWaitForWindowExposed(fromProcedures));
            QCOMPARE(fromProcedures->windowModality(), Qt::WindowModal);
            QStringList missing = unnamed(fromProcedures);
            QVERIFY2(missing.isEmpty(), qPrintable(user + QStringLiteral(": ") + missing.join(u'\n')));
            fromProcedures->reject();
            QTRY_VERIFY(!procedures.findChild<RequestTemplatesDialog*>()); // deleted on close

            PoliceRequestsDialog requests(*db);
            requests.show();
            QVERIFY(QTest::qWaitForWindowExposed(&requests));
            auto* button = requests.findChild<QPushButton*>(QStringLiteral("policeRequestTemplates"));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            auto* fromRequests = requests.findChild<RequestTemplatesDialog*>();
            QVERIFY(fromRequests);
            QVERIFY(QTest::qWaitForWindowExposed(fromRequests));
            QVERIFY(fromRequests->select(QStringLiteral("night-warrant")));
            missing = unnamed(fromRequests);
            QVERIFY2(missing.isEmpty(), qPrintable(user + QStringLiteral(": ") + missing.join(u'\n')));
            // On a 1280×720 screen (ctest runs it on one) the whole dialog and its buttons are on it, and each key
            // has one owner.
            const QRect screen = fromRequests->screen()->availableGeometry();
            QVERIFY2(screen.contains(fromRequests->frameGeometry()),
                     qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                    .arg(fromRequests->frameGeometry().width())
                                    .arg(fromRequests->frameGeometry().height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
            for (QAbstractButton* b : fromRequests->findChild<QDialogButtonBox*>()->buttons())
                QVERIFY2(b->isVisible() && !b->visibleRegion().isEmpty(), qPrintable(b->text()));
            QCOMPARE(ShortcutSheet::conflicts(fromRequests), QStringList());
            QCOMPARE(sharedMnemonics(fromRequests), QStringList());
            fromRequests->reject();
        }
    }

    // A version changed behind the append-only triggers stays in the history, shown as refused with core's problem.
    void changedVersionIsShownRefused()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        {
            RequestTemplatesDialog dialog(*admin);
            QVERIFY(dialog.select(QStringLiteral("night-warrant")));
            dialog.dueDays()->setValue(3);
            QVERIFY(dialog.publish());
        }
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER le_request_templates_append_only_update")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE le_request_templates SET due_days = 9 WHERE name = 'night-warrant' AND version = 1")));
        const test::ProcessRun history = cli({QStringLiteral("le-request"), QStringLiteral("template"),
                                              QStringLiteral("history"), QStringLiteral("night-warrant")});
        const QJsonArray versions = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(versions.size(), 2);
        const QString problem = versions[1].toObject()[QLatin1String("problem")].toString();
        QVERIFY2(!problem.isEmpty(), history.out.constData());

        RequestTemplatesDialog dialog(*admin);
        QVERIFY(dialog.select(QStringLiteral("night-warrant")));
        QCOMPARE(dialog.dueDays()->value(), 3); // version 2 is sound and in force
        QCOMPARE(dialog.history()->count(), 2);
        QVERIFY2(dialog.history()->item(0)->text().startsWith(QLatin1String("version 2, published by admin")),
                 qPrintable(dialog.history()->item(0)->text()));
        const QString refused = dialog.history()->item(1)->text();
        QVERIFY2(refused.startsWith(QLatin1String("version 1, published by admin")), qPrintable(refused));
        QVERIFY2(refused.endsWith(QStringLiteral(" — REFUSED: ") + problem), qPrintable(refused));
    }

    // The current versions of subpoena (1) and night-warrant (2, whose version 1 is damaged already) changed behind
    // the triggers: the templates dialog still lists every template, subpoena with the built-in one standing in and
    // night-warrant with none; the police request form offers every usable template, flagged where one stands in.
    void damagedCurrentVersionFlagsOnlyItsTemplate()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS le_request_templates_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE le_request_templates SET due_days = 30 WHERE name = 'subpoena' AND "
                                      "version = (SELECT MAX(version) FROM le_request_templates WHERE name = "
                                      "'subpoena')")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE le_request_templates SET title = 'x' WHERE name = 'night-warrant' AND version = 2")));

        RequestTemplatesDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QHash<QString, QString> shownVersion;
        for (int i = 0; i < dialog.templates()->topLevelItemCount(); ++i)
            shownVersion.insert(dialog.templates()->topLevelItem(i)->text(0),
                                dialog.templates()->topLevelItem(i)->text(1));
        QCOMPARE(shownVersion.size(), 6);
        QVERIFY2(shownVersion.value(QStringLiteral("subpoena")).startsWith(QLatin1String("built in (version ")),
                 qPrintable(shownVersion.value(QStringLiteral("subpoena"))));
        QVERIFY(shownVersion.value(QStringLiteral("subpoena")).endsWith(QLatin1String(" REFUSED)")));
        QCOMPARE(shownVersion.value(QStringLiteral("night-warrant")), QStringLiteral("version 2 REFUSED"));
        QCOMPARE(shownVersion.value(QStringLiteral("warrant")), QStringLiteral("built in"));
        QVERIFY(dialog.select(QStringLiteral("subpoena")));
        QCOMPARE(dialog.dueDays()->value(), 14); // the built-in subpoena, not the damaged 30 days
        QVERIFY2(dialog.state()->text().contains(QLatin1String("REFUSED"))
                     && dialog.state()->text().contains(QLatin1String("built-in template stands in")),
                 qPrintable(dialog.state()->text()));
        QVERIFY(dialog.select(QStringLiteral("night-warrant")));
        QVERIFY2(dialog.state()->text().contains(QLatin1String("cannot be used")), qPrintable(dialog.state()->text()));
        QVERIFY(dialog.select(QStringLiteral("warrant")));
        QVERIFY2(!dialog.state()->text().contains(QLatin1String("REFUSED")), qPrintable(dialog.state()->text()));

        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        PoliceRequestForm form(*ivy);
        QStringList offered;
        for (int i = 0; i < form.templateBox()->count(); ++i)
            offered << form.templateBox()->itemData(i).toString();
        QCOMPARE(offered,
                 (QStringList {QString(), QStringLiteral("subpoena"), QStringLiteral("court_order"),
                               QStringLiteral("warrant"), QStringLiteral("exigent"), QStringLiteral("informal")}));
        const QString subpoena = form.templateBox()->itemText(1);
        QVERIFY2(subpoena.contains(QLatin1String("(built in)")) && subpoena.contains(QLatin1String("REFUSED")),
                 qPrintable(subpoena));
        QVERIFY(!form.templateBox()->itemText(3).contains(QLatin1String("REFUSED")));
    }
};

QTEST_MAIN(TestGuiRequestTemplates)
#include "TestGuiRequestTemplates.moc"
