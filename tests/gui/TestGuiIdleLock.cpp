// A workstation left alone locks itself. No input in any LP Desk window for the idle limit triggers the main
// window's Lock action, as Ctrl+L does (the application's controller then closes the window and the database);
// a banner counts down before it; input anywhere (the main window, a dialog of it) starts the count again. The
// limit is the organisation's (an administrator's setting, 1–60 minutes, 15 by default), which the person at the
// workstation may shorten, never lengthen. The tests shorten the timeout through IdleLock::setTimeout.
// Every lock leaves one session_locked event in the audit log saying why; `lpdesk-cli settings idle-lock` shows and
// sets the organisation's limit as the GUI does.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "auth/Permissions.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"
#include "db/UserDirectory.h"
#include "inbox/SearchDialog.h"
#include "report/AuditLogReport.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    // The audit log's session_locked events, oldest first (read as the administrator).
    QList<ChainEvent> lockEvents()
    {
        QList<ChainEvent> out;
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        if (!admin)
            return out;
        auto events = ChainReader(*admin).auditEvents();
        if (!events)
            return out;
        for (const ChainEvent& e : *events)
            if (e.action == QLatin1String("session_locked"))
                out << e;
        return out;
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

    // Ctrl+L and the idle lock each leave exactly one session_locked event, written before the database closes:
    // who, and why (manual, or idle with the limit in minutes). Closing the window otherwise (sign-out, quit) is no
    // lock, and a Ctrl+L nothing acts on locks nothing.
    void everyLockIsAudited()
    {
        const qsizetype before = lockEvents().size();
        MainWindow* window = openWindow(QStringLiteral("ivy"));
        QPointer<MainWindow> alive(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_L)); // no controller: still open, not locked
        QVERIFY(alive && alive->isVisible());
        connect(window, &MainWindow::lockRequested, window, &QWidget::close); // as AppController does
        QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(!alive);
        QList<ChainEvent> events = lockEvents();
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().actor, QStringLiteral("ivy"));
        QCOMPARE(events.last().details, (QJsonObject {{QLatin1String("reason"), QStringLiteral("manual")}}));
        QCOMPARE(AuditLogReport::what(events.last()), QStringLiteral("locked the workstation"));

        window = openWindow(QStringLiteral("ivy"));
        alive = window;
        QVERIFY(QTest::qWaitForWindowExposed(window));
        connect(window, &MainWindow::lockRequested, window, &QWidget::close);
        window->idleLock()->setTimeout(1500, 500);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 20000);
        events = lockEvents();
        QCOMPARE(events.size(), before + 2);
        QCOMPARE(events.last().actor, QStringLiteral("ivy"));
        QCOMPARE(
            events.last().details,
            (QJsonObject {{QLatin1String("reason"), QStringLiteral("idle")}, {QLatin1String("idle_minutes"), 15}}));
        // "minute(s)" until translations/lpdesk_en.ts gives the plural forms of the new strings
        QVERIFY2(AuditLogReport::what(events.last())
                     .startsWith(QLatin1String("left the workstation idle: it locked itself after 15 minute")),
                 qPrintable(AuditLogReport::what(events.last())));

        window = openWindow(QStringLiteral("ivy"));
        alive = window;
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->close();
        QTRY_VERIFY(!alive);
        QCOMPARE(lockEvents().size(), before + 2);
    }

    // `lpdesk-cli settings idle-lock`: anyone sees the limit; only an administrator sets it, 1 to 60, audited as the
    // GUI's change is; the GUI then locks after what the CLI set.
    void cliShowsAndSetsTheLimit()
    {
        const QStringList cmd {QStringLiteral("settings"), QStringLiteral("idle-lock")};
        test::ProcessRun r = test::cliAs(m_path, QStringLiteral("ivy"), cmd);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Workstations lock after 15 minute"), r.out.constData());
        r = test::cliAs(m_path, QStringLiteral("ivy"), QStringList {QStringLiteral("--json")} + cmd);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("minutes")).toInt(), 15);

        r = test::cliAs(m_path, QStringLiteral("ivy"), cmd + QStringList {QStringLiteral("5")});
        QCOMPARE(r.exitCode, 3);
        for (const char* wrong : {"0", "61", "-5", "ten"}) {
            r = test::cliAs(m_path, QStringLiteral("admin"), cmd + QStringList {QString::fromLatin1(wrong)});
            QVERIFY2(r.exitCode == 2, wrong);
            QVERIFY2(!r.err.trimmed().isEmpty(), wrong);
        }
        r = test::cliAs(m_path, QStringLiteral("admin"), cmd);
        QVERIFY2(r.out.startsWith("Workstations lock after 15 minute"), r.out.constData()); // unchanged

        r = test::cliAs(m_path, QStringLiteral("admin"), cmd + QStringList {QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Workstations lock after 5 minute"), r.out.constData());
        {
            auto admin = test::openAs(m_path, QStringLiteral("admin"));
            QVERIFY(admin);
            auto events = ChainReader(*admin).auditEvents();
            QVERIFY(events);
            QList<ChainEvent> changes;
            for (const ChainEvent& e : *events)
                if (e.action == QLatin1String("settings_changed")
                    && e.details.value(QLatin1String("key")).toString() == QLatin1String("idle_lock_minutes"))
                    changes << e;
            QVERIFY(!changes.isEmpty());
            QCOMPARE(changes.last().actor, QStringLiteral("admin"));
            QCOMPARE(changes.last().details.value(QLatin1String("value")).toString(), QStringLiteral("5"));
        }
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        QCOMPARE(IdleLockPolicy::organisationMinutes(*ivy), 5);
        std::unique_ptr<MainWindow> window(new MainWindow(std::move(ivy)));
        QCOMPARE(window->idleLock()->timeout(), 5 * 60000);
        window.reset();
        QCOMPARE(test::cliAs(m_path, QStringLiteral("admin"), cmd + QStringList {QStringLiteral("15")}).exitCode, 0);
    }
};

QTEST_MAIN(TestGuiIdleLock)
#include "TestGuiIdleLock.moc"
