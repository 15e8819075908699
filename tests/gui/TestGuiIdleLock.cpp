// A workstation left alone locks itself. No input in any LP Desk window for the idle limit triggers the main
// window's Lock action, as Ctrl+L does (the application's controller then closes the window and the database);
// a banner counts down before it; input anywhere (the main window, a dialog of it) starts the count again. The
// limit is the organisation's (an administrator's setting, 1–60 minutes, 15 by default), which the person at the
// workstation may shorten, never lengthen. The tests shorten the timeout through IdleLock::setTimeout.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "auth/Permissions.h"
#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"
#include "db/UserDirectory.h"
#include "inbox/SearchDialog.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestGuiIdleLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    MainWindow* openWindow(const QString& user)
    {
        auto* window = new MainWindow(test::openAs(m_path, user));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::passphraseOf("ivy")));
    }

    void cleanup() { QSettings().remove(QStringLiteral("lock/idleMinutes")); }

    // The organisation's limit: 15 minutes unless an administrator sets 1 to 60; the person may only shorten it.
    void limitIsTheOrganisationsAndOnlyShorter()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        QCOMPARE(IdleLockPolicy::organisationMinutes(*ivy), 15);
        const Status refused = IdleLockPolicy::setOrganisationMinutes(*ivy, 5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
        ivy.reset();
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        for (int wrong : {0, 61, -5}) {
            const Status s = IdleLockPolicy::setOrganisationMinutes(*admin, wrong);
            QVERIFY2(!s && s.error().kind == ErrorKind::Usage, qPrintable(QString::number(wrong)));
        }
        QVERIFY(IdleLockPolicy::setOrganisationMinutes(*admin, 5));
        admin.reset();
        QCOMPARE(IdleLockPolicy::effectiveMinutes(5, 0), 5);
        QCOMPARE(IdleLockPolicy::effectiveMinutes(5, 2), 2);
        QCOMPARE(IdleLockPolicy::effectiveMinutes(5, 30), 5);

        // The main window's idle lock follows: the organisation's 5, the person's shorter 2, never their longer 30.
        for (const auto& [personal, expected] : {std::pair {0, 5}, std::pair {2, 2}, std::pair {30, 5}}) {
            if (personal > 0)
                QSettings().setValue(QStringLiteral("lock/idleMinutes"), personal);
            std::unique_ptr<MainWindow> window(new MainWindow(test::openAs(m_path, QStringLiteral("ivy"))));
            QVERIFY(window->idleLock());
            QCOMPARE(window->idleLock()->timeout(), expected * 60000);
        }
        admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(IdleLockPolicy::setOrganisationMinutes(*admin, 15));
    }

    // Left alone: the banner counts down, then the lock comes, once.
    void locksWhenLeftAlone()
    {
        MainWindow* window = openWindow(QStringLiteral("ivy"));
        QPointer<MainWindow> alive(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        connect(window, &MainWindow::lockRequested, window, &QWidget::close); // as AppController does
        QSignalSpy asked(window, &MainWindow::lockRequested);
        window->idleLock()->setTimeout(2500, 2000);
        QLabel* banner = window->idleLock()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY2(banner->text().startsWith(QLatin1String("Locking in ")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("move the mouse to stay signed in")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->isModal());
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
        QTRY_VERIFY(!alive);
    }

    // Input at 80 % of the timeout starts it again: no lock until a full timeout after that input, then the lock.
    // Input in a dialog of the window counts as much as in the window itself.
    void inputStartsTheCountAgain()
    {
        MainWindow* window = openWindow(QStringLiteral("ivy"));
        QPointer<MainWindow> alive(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy asked(window, &MainWindow::lockRequested);
        const int timeout = 4000;
        IdleLock* idle = window->idleLock();
        idle->setTimeout(timeout, 0);
        QTest::qWait(timeout * 8 / 10);
        QCOMPARE(asked.count(), 0);
        QTest::mouseMove(window, QPoint(200, 200));
        QTest::mouseMove(window, QPoint(220, 210));
        QVERIFY2(idle->remainingTime() > timeout * 9 / 10, qPrintable(QString::number(idle->remainingTime())));
        // Past the first deadline (80 % + 40 % of the timeout): nothing, the mouse moved.
        QTest::qWait(timeout * 4 / 10);
        QCOMPARE(asked.count(), 0);
        SearchDialog* dialog = window->showSearch();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(timeout * 4 / 10);
        QTest::keyClick(dialog, Qt::Key_Shift);
        QVERIFY2(idle->remainingTime() > timeout * 9 / 10, qPrintable(QString::number(idle->remainingTime())));
        QTest::qWait(timeout * 4 / 10); // past the deadline the mouse set (1.8 × the timeout)
        QCOMPARE(asked.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
        window->close();
        QTRY_VERIFY(!alive);
    }
};

QTEST_MAIN(TestGuiIdleLock)
#include "TestGuiIdleLock.moc"
