// Offscreen tests of the GUI shell: first-run wizard, unlock dialog, main window and the admin dialogs, driven
// through their real widgets.
#include "StoreSimCase.h"

#include "admin/AdminHomeView.h"
#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "common/ShortcutSheet.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/UnlockDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void saveScreenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("LPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void firstRunCreatesDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("wizard.lpdb"));
        FirstRunWizard wizard(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next(); // welcome -> where
        auto* org = wizard.findChild<QLineEdit*>(QStringLiteral("organisation"));
        QVERIFY(org);
        QTest::keyClicks(org, QStringLiteral("Acme Stores"));
        wizard.next(); // -> administrator
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("adminName")), QStringLiteral("alice"));
        // Core refuses a common passphrase: the wizard stays on this page, says which rule failed and keeps the input.
        auto* first = wizard.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* second = wizard.findChild<QLineEdit*>(QStringLiteral("passphraseRepeat"));
        QVERIFY(
            wizard.findChild<QLabel*>(QStringLiteral("passphraseRule"))->text().contains(QLatin1String("At least 8")));
        QTest::keyClicks(first, QStringLiteral("sunshine1"));
        // The live hint is core's check while typing, in the words of the refusal that follows on Next.
        const QString hint = wizard.findChild<QLabel*>(QStringLiteral("passphraseHint"))->text();
        QVERIFY2(hint.contains(QLatin1String("common or breached")), qPrintable(hint));
        QTest::keyClicks(second, QStringLiteral("sunshine1"));
        const int passphrasePage = wizard.currentId();
        wizard.next();
        QCOMPARE(wizard.currentId(), passphrasePage);
        const QString refusal = wizard.findChild<QLabel*>(QStringLiteral("passphraseProblem"))->text();
        QVERIFY2(refusal.contains(QLatin1String("common or breached")), qPrintable(refusal));
        QCOMPARE(refusal, hint);
        QCOMPARE(first->text(), QStringLiteral("sunshine1"));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))->text(), QStringLiteral("alice"));
        QVERIFY(!QFile::exists(path));
        first->clear();
        second->clear();
        // A mismatched repeat keeps the wizard on this page.
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passphrase")), QStringLiteral("correct horse"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passphraseRepeat")),
                         QStringLiteral("correct hors"));
        const int adminPage = wizard.currentId();
        wizard.next();
        QCOMPARE(wizard.currentId(), adminPage);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passphraseRepeat")), QStringLiteral("e"));
        wizard.next(); // -> creating (runs off the UI thread)
        QCOMPARE(wizard.currentId(), adminPage + 1);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 30000);
        auto db = wizard.takeDatabase();
        QVERIFY(db);
        QCOMPARE(db->session().userName, QStringLiteral("alice"));
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".keys")));
    }

    void unlockDialogWrongThenRight()
    {
        const QString path = m_dir.filePath(QStringLiteral("wizard.lpdb"));
        UnlockDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
        auto* pass = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("message"));
        auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        user->setText(QStringLiteral("alice"));
        QTest::keyClicks(pass, QStringLiteral("wrong"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("wrong passphrase")), 30000);
        QVERIFY(pass->text().isEmpty()); // never left in the field
        QCOMPARE(dialog.result(), 0);
        QTest::keyClicks(pass, QStringLiteral("correct horse"));
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        auto db = dialog.takeDatabase();
        QVERIFY(db);
        QCOMPARE(db->session().role, Role::Admin);
    }

    void spanishTranslationOfTheShell()
    {
        // The Spanish catalogue is compiled into the program (what LPDESK_LANG=es or a Spanish locale loads).
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QStringLiteral("es")), QStringLiteral("lpdesk"), QStringLiteral("_"),
                             QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&spanish));
        {
            UnlockDialog dialog(m_dir.filePath(QStringLiteral("wizard.lpdb")));
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Desbloquear LP Desk"));
            QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"))->text(),
                     QStringLiteral("&Desbloquear"));
        }
        // Plural forms: one and many.
        QCOMPARE(QCoreApplication::translate("lpdesk::MainWindow", "Title for a case with %n incident(s):", nullptr, 1),
                 QStringLiteral("Título de un caso con 1 incidente:"));
        QCOMPARE(QCoreApplication::translate("lpdesk::MainWindow", "Title for a case with %n incident(s):", nullptr, 3),
                 QStringLiteral("Título de un caso con 3 incidentes:"));
        QCoreApplication::removeTranslator(&spanish);
        UnlockDialog english(m_dir.filePath(QStringLiteral("wizard.lpdb")));
        QCOMPARE(english.windowTitle(), QStringLiteral("Unlock LP Desk"));
    }

    void mainWindowShowsUserEmptyStateAndAdminTools()
    {
        auto opened = CaseDatabase::open(m_dir.filePath(QStringLiteral("wizard.lpdb")), QStringLiteral("alice"),
                                         test::secret("correct horse"));
        QVERIFY(opened);
        QVERIFY(UserDirectory(**opened).add(QStringLiteral("ivan"), Role::Investigator, test::secret("ivan pass")));
        MainWindow window(std::move(*opened));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QLatin1String("alice")));
        // An administrator reads no incidents: the home is the administrator's, not the investigators' "get started".
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(window.adminHome() && window.adminHome()->isVisible());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled());
        saveScreenshot(&window, QStringLiteral("main-window.png"));

        UserManagementDialog users(window.database(), &window);
        users.show();
        auto* table = users.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("ivan"));

        // Removing someone offers the key rotation and says where the new recipient key for the stores is.
        QVERIFY(UserDirectory(window.database()).add(QStringLiteral("mona"), Role::Auditor, test::secret("mona pass")));
        // No connection handle is kept across the rotation: it closes every connection (Qt would say "still in use").
        QByteArray oldRecipient;
        {
            QSqlDatabase conn = window.database().connection();
            oldRecipient = *WorkstationKeys::recipientPublicKey(conn);
        }
        UserManagementDialog again(window.database(), &window);
        again.show();
        auto* rows = again.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QCOMPARE(rows->item(2, 0)->text(), QStringLiteral("mona"));
        rows->selectRow(2);
        bool offered = false;
        QTimer::singleShot(0, &again, [&offered] {
            auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            auto* rekey
                = question ? question->findChild<QPushButton*>(QStringLiteral("removeAndRekeyButton")) : nullptr;
            offered = rekey && question->defaultButton() == rekey;
            if (rekey)
                rekey->click();
            else if (question)
                question->reject();
        });
        again.findChild<QPushButton*>(QStringLiteral("removeUserButton"))->click();
        QVERIFY(offered);
        const QString message = again.findChild<QLabel*>(QStringLiteral("userMessage"))->text();
        QSqlDatabase conn = window.database().connection();
        const QByteArray newRecipient = *WorkstationKeys::recipientPublicKey(conn);
        QVERIFY(newRecipient != oldRecipient);
        const QString file = window.database().path()
            + QStringLiteral(".recipient-%1.txt").arg(toHex(X25519::keyId(newRecipient)).left(16));
        QVERIFY2(message.contains(file), qPrintable(message));
        QCOMPARE(*WorkstationKeys::parseRecipientFile(test::readFile(file)), newRecipient);
        QCOMPARE(rows->rowCount(), 2);
    }

    void addUserDialogRefusesATakenNameOrAWeakPassphraseAndKeepsTheInput()
    {
        const QString path = m_dir.filePath(QStringLiteral("wizard.lpdb"));
        auto opened = CaseDatabase::open(path, QStringLiteral("alice"), test::secret("correct horse"));
        QVERIFY(opened);
        UserManagementDialog users(**opened);
        users.show();
        QString rule, refusal, nameKept, passKept, taken;
        bool stayedOpen = false, closed = false, driven = false, keptForTakenName = false;
        QTimer::singleShot(0, &users, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("addUserDialog")) {
                if (dialog)
                    dialog->reject();
                return;
            }
            driven = true;
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("newUserName"));
            auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseRepeat"));
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            rule = dialog->findChild<QLabel*>(QStringLiteral("passphraseRule"))->text();
            // A name already taken: refused before the dialog closes, everything typed kept.
            QTest::keyClicks(name, QStringLiteral("alice"));
            QTest::keyClicks(pass, QStringLiteral("nora counts the tills"));
            QTest::keyClicks(repeat, QStringLiteral("nora counts the tills"));
            ok->click();
            taken = dialog->findChild<QLabel*>(QStringLiteral("newUserNameProblem"))->text();
            keptForTakenName = dialog->isVisible() && name->text() == QLatin1String("alice")
                && pass->text() == QLatin1String("nora counts the tills");
            name->clear();
            pass->clear();
            repeat->clear();
            QTest::keyClicks(name, QStringLiteral("nora"));
            QTest::keyClicks(pass, QStringLiteral("Nora2026!"));
            QTest::keyClicks(repeat, QStringLiteral("Nora2026!"));
            ok->click();
            stayedOpen = dialog->isVisible();
            refusal = dialog->findChild<QLabel*>(QStringLiteral("passphraseProblem"))->text();
            nameKept = name->text();
            passKept = pass->text();
            pass->clear();
            repeat->clear();
            QTest::keyClicks(pass, QStringLiteral("nora counts the tills"));
            QTest::keyClicks(repeat, QStringLiteral("nora counts the tills"));
            ok->click();
            closed = !dialog->isVisible();
            if (!closed)
                dialog->reject();
        });
        users.findChild<QPushButton*>(QStringLiteral("addUserButton"))->click();
        QVERIFY(driven);
        QVERIFY(keptForTakenName);
        QVERIFY2(taken.contains(QLatin1String("already a user called alice")), qPrintable(taken));
        QVERIFY2(rule.contains(QLatin1String("At least 8 characters")), qPrintable(rule));
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QLatin1String("user name")), qPrintable(refusal));
        QCOMPARE(nameKept, QStringLiteral("nora"));
        QCOMPARE(passKept, QStringLiteral("Nora2026!"));
        QVERIFY(closed);
        auto* table = users.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QTRY_VERIFY_WITH_TIMEOUT(!table->findItems(QStringLiteral("nora"), Qt::MatchExactly).isEmpty(), 30000);
        QVERIFY(CaseDatabase::open(path, QStringLiteral("nora"), test::secret("nora counts the tills")));
    }

    // The administrator's home, with incidents in the database: never "No incidents yet"; the users and their roles,
    // the stores with their last pull and incident counts, the audit chain's state and the failed sign-ins.
    void adminHomeListsUsersStoresAndTheAuditChain()
    {
        const SimulatorOptions o = test::smallDrop(1, 2, 1, 160, 96);
        const test::SimulatedStores sim = test::simulateStores(m_dir.filePath(QStringLiteral("adminhome")),
                                                               {{QStringLiteral("ivy"), Role::Investigator}}, o);
        const QString path = sim.db;
        QVERIFY(!path.isEmpty());
        {
            auto ivy = test::openAs(path, QStringLiteral("ivy"));
            QVERIFY(ivy);
            QVERIFY(test::pullAll(*ivy));
        }
        QVERIFY(!CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("not her passphrase")));
        auto opened = CaseDatabase::open(path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(opened);
        MainWindow window(std::move(*opened));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AdminHomeView* home = window.adminHome();
        QVERIFY(home);
        QCOMPARE(window.pages()->currentWidget(), static_cast<QWidget*>(home));
        for (const QLabel* label : window.findChildren<QLabel*>())
            QVERIFY2(!label->isVisible() || !label->text().contains(QLatin1String("No incidents yet")),
                     qPrintable(label->text()));
        QVERIFY2(home->summary()->text().contains(QLatin1String("Incidents in this database: 2")),
                 qPrintable(home->summary()->text()));
        QStringList users;
        for (int i = 0; i < home->users()->topLevelItemCount(); ++i)
            users << home->users()->topLevelItem(i)->text(0) + QLatin1Char('/')
                    + home->users()->topLevelItem(i)->text(1);
        QVERIFY2(users.contains(QStringLiteral("admin/Administrator"))
                     && users.contains(QStringLiteral("ivy/Investigator")),
                 qPrintable(users.join(QLatin1Char(' '))));
        QCOMPARE(home->stores()->topLevelItemCount(), 1);
        QTreeWidgetItem* store = home->stores()->topLevelItem(0);
        QVERIFY2(store->text(0).contains(sim.stores.first()), qPrintable(store->text(0)));
        QVERIFY2(store->text(1) != QLatin1String("never") && !store->text(1).isEmpty(), qPrintable(store->text(1)));
        QCOMPARE(store->text(3), QStringLiteral("2"));
        QTRY_VERIFY_WITH_TIMEOUT(home->auditStatus()->text().contains(QLatin1String("verifies")), 30000);
        QVERIFY2(home->auditStatus()->text().contains(QLatin1String("1 failed sign-in"))
                     && home->auditStatus()->text().contains(QLatin1String("a failed sign-in as ivy")),
                 qPrintable(home->auditStatus()->text()));
        QTest::qWait(200); // the audit lines arrived last: let the layout take them before the picture
        saveScreenshot(&window, QStringLiteral("admin-home.png"));
    }

    void investigatorDoesNotGetAdminTools()
    {
        auto opened = CaseDatabase::open(m_dir.filePath(QStringLiteral("wizard.lpdb")), QStringLiteral("ivan"),
                                         test::secret("ivan pass"));
        QVERIFY(opened);
        MainWindow window(std::move(*opened));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionAuditLog"))->isEnabled());
        // And core refuses even if the dialog is forced open.
        UserManagementDialog users(window.database(), &window);
        QCOMPARE(users.findChild<QTableWidget*>(QStringLiteral("usersTable"))->rowCount(), 0);
    }

    // Help → Keyboard shortcuts, reached through the menu bar as a person would (and with F1): the sheet lists the
    // main window's own keys, each with what it does.
    void helpMenuOpensTheKeyboardShortcuts()
    {
        auto opened = CaseDatabase::open(m_dir.filePath(QStringLiteral("wizard.lpdb")), QStringLiteral("ivan"),
                                         test::secret("ivan pass"));
        QVERIFY(opened);
        MainWindow window(std::move(*opened));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* helpMenu = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->menu() && a->text().remove(u'&') == QLatin1String("Help"))
                helpMenu = a;
        QVERIFY(helpMenu);
        QAction* keys = window.findChild<QAction*>(QStringLiteral("actionShortcuts"));
        QVERIFY(keys && keys->isEnabled());
        QVERIFY(helpMenu->menu()->actions().contains(keys));
        QCOMPARE(keys->shortcut(), QKeySequence(QKeySequence::HelpContents));

        const auto openSheet = [&window]() -> ShortcutSheet* {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* sheet = qobject_cast<ShortcutSheet*>(w); sheet && sheet->isVisible())
                    return sheet;
            return nullptr;
        };
        keys->trigger();
        ShortcutSheet* sheet = nullptr;
        QTRY_VERIFY((sheet = openSheet()) != nullptr);
        QStringList rows;
        for (int i = 0; i < sheet->table()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = sheet->table()->topLevelItem(i);
            rows << item->text(0) + QLatin1String(" = ") + item->text(1);
        }
        QVERIFY2(rows.size() >= 10, qPrintable(rows.join(u'\n')));
        const QString f1 = QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText);
        QVERIFY2(rows.filter(f1 + QLatin1String(" = ")).size() == 1, qPrintable(rows.join(u'\n')));
        sheet->close();
        QTRY_VERIFY(openSheet() == nullptr);

        // F1 opens it too.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(openSheet() != nullptr);
        openSheet()->close();
    }

    void auditLogPdfOfTheFilteredView()
    {
        auto opened = CaseDatabase::open(m_dir.filePath(QStringLiteral("wizard.lpdb")), QStringLiteral("alice"),
                                         test::secret("correct horse"));
        QVERIFY(opened);
        AuditLogDialog dialog(**opened);
        dialog.show();
        QComboBox* who = dialog.userFilter();
        who->setCurrentIndex(who->findData(QStringLiteral("ivan")));
        QVERIFY(dialog.table()->rowCount() > 0);
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            QCOMPARE(dialog.table()->item(r, 2)->text(), QStringLiteral("ivan"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("auditPdfButton")));
        const QString pdf = m_dir.filePath(QStringLiteral("audit-ivan.pdf"));
        QVERIFY(dialog.exportPdf(pdf));
        auto check = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        const QString text = test::pdfText(pdf, {QStringLiteral("-layout")});
        QVERIFY2(text.contains(QLatin1String("signed in")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("by ivan")));
        QVERIFY(text.contains(QLatin1String("Head hash")));
        QVERIFY(text.contains(QLatin1String("page 1 of")));
        QVERIFY(!text.contains(QLatin1String("added the user"))); // alice's events are not in the filtered view
        QVERIFY(!text.contains(QLatin1String("alice")));
    }
};

QTEST_MAIN(TestGuiShell)
#include "TestGuiShell.moc"
