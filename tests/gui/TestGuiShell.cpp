// Offscreen tests of the GUI shell: first-run wizard, unlock dialog, main window and the admin dialogs, driven
// through their real widgets.
#include "TestSupport.h"

#include "admin/UserManagementDialog.h"
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
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

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
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled());
        saveScreenshot(&window, QStringLiteral("main-window.png"));

        UserManagementDialog users(window.database(), &window);
        users.show();
        auto* table = users.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("ivan"));

        // Removing someone offers the key rotation and says where the new recipient key for the stores is.
        QVERIFY(UserDirectory(window.database()).add(QStringLiteral("mona"), Role::Auditor, test::secret("mona pass")));
        QSqlDatabase conn = window.database().connection();
        const QByteArray oldRecipient = *WorkstationKeys::recipientPublicKey(conn);
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
        conn = window.database().connection();
        const QByteArray newRecipient = *WorkstationKeys::recipientPublicKey(conn);
        QVERIFY(newRecipient != oldRecipient);
        const QString file = window.database().path()
            + QStringLiteral(".recipient-%1.txt").arg(toHex(X25519::keyId(newRecipient)).left(16));
        QVERIFY2(message.contains(file), qPrintable(message));
        QCOMPARE(*WorkstationKeys::parseRecipientFile(test::readFile(file)), newRecipient);
        QCOMPARE(rows->rowCount(), 2);
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
};

QTEST_MAIN(TestGuiShell)
#include "TestGuiShell.moc"
