// Long work as jobs of a queue (issue 18: "a job queue so a pull can run while a trim renders"). The investigator
// pulls from the stores and trims a clip in the case window at the same time: no modal dialog blocks the case
// window while the pull runs, both jobs are inside their work at once (each held at its core hold point until the
// other has arrived), both end with their results in the database, and the Jobs panel (Ctrl+J) lists them with their
// progress and Cancel. A third job, queued behind the two, is cancelled there and never runs. A pull that fails says
// so in words, in the panel and the status bar; closing the window with jobs running cancels them cleanly: the
// queued one never starts, the running trim registers nothing, and the database checks clean.
// Driven through the windows only (actions, keys, buttons by object name).
#include "HoldPoint.h"
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/CaseWorkspace.h"
#include "db/CaseDatabase.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "shell/MainWindow.h"
#include "store/PullService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QtTest/qtestspontaneevent.h>

using namespace lpdesk;

namespace {

const QString pullPoint = QStringLiteral("PullService::pull");
const QString trimPoint = QStringLiteral("DerivativeMaker::trim");

QWidget* jobsPanel()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("jobsPanel") && w->isVisible())
            return w;
    return nullptr;
}

QList<QWidget*> jobRows(QWidget* panel)
{
    return panel ? panel->findChildren<QWidget*>(QStringLiteral("jobRow")) : QList<QWidget*>();
}

QString rowText(QWidget* row)
{
    return row->findChild<QLabel*>(QStringLiteral("jobText"))->text();
}

bool rowActive(QWidget* row)
{
    return row->findChild<QPushButton*>(QStringLiteral("cancelJob"))->isVisible();
}

QString describe(QWidget* panel)
{
    QStringList out;
    for (QWidget* row : jobRows(panel))
        out << (rowActive(row) ? QStringLiteral("[active] ") : QStringLiteral("[ended] ")) + rowText(row);
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestGuiJobQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_stores;
    test::CaseOnClip m_case;

    qint64 count(MainWindow& window, const QString& sql) { return test::scalar(window.database(), sql); }

    // The case window with the clip open and its in and out points set (frames 5 to 20).
    CaseWorkspace* openCaseOnClip(MainWindow& window)
    {
        CaseWorkspace* workspace = window.openCase(m_case.caseId);
        if (!QTest::qWaitForWindowExposed(workspace))
            return nullptr;
        QTreeWidget* tree = workspace->mediaTree();
        tree->setCurrentItem(tree->topLevelItem(0));
        PlayerWidget* player = workspace->player();
        if (!QTest::qWaitFor(
                [player, this] { return player->mediaId() == m_case.mediaId && !player->view()->frame().isNull(); }))
            return nullptr;
        player->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_I);
        for (int i = 0; i < 15; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_O);
        return player->inPoint() > 0 && player->outPoint() > player->inPoint() ? workspace : nullptr;
    }

    static qint64 trims(CaseDatabase& db)
    {
        return test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE operation = 'trim'"));
    }

    // A main window as the application makes it (deleted when it has closed), and its case window on the clip.
    CaseWorkspace* openWindowAndCase(QPointer<MainWindow>* window)
    {
        auto* made = new MainWindow(test::openAs(m_path, QStringLiteral("ivy")));
        made->setAttribute(Qt::WA_DeleteOnClose);
        *window = made;
        made->show();
        return QTest::qWaitForWindowExposed(made) ? openCaseOnClip(*made) : nullptr;
    }

    // Ctrl+T in the case window, as the investigator trims; true once the window says a trim was queued. (Not
    // qWaitForWindowActive: a window counts as active while a window of its parent window has the focus.)
    static bool pressTrim(CaseWorkspace* workspace)
    {
        workspace->banner()->clear();
        workspace->activateWindow();
        if (!QTest::qWaitFor([workspace] { return QApplication::activeWindow() == workspace; }))
            return false;
        QTest::keyClick(workspace, Qt::Key_T, Qt::ControlModifier);
        return workspace->banner()->text().startsWith(QLatin1String("Trimming"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Two stores of one incident each: the first is pulled now (its clip makes the case), the second is what
        // the pull in the window brings.
        const test::SimulatedStores world = test::simulateStores(
            m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, test::smallDrop(2, 1, 2.0));
        QVERIFY(!world.db.isEmpty());
        QCOMPARE(world.stores.size(), 2);
        m_path = world.db;
        m_stores = world.stores;
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        auto pulled = PullService(*ivy).pull({m_stores.first()});
        QVERIFY2(pulled && pulled->complete(), qPrintable(pulled.errorMessage()));
        m_case = test::newCaseOnFirstClip(*ivy, QStringLiteral("Queue case"));
        QVERIFY(!m_case.caseId.isEmpty());
    }

    // A pull whose store cannot be read ends failed, and says so in words: in the Jobs panel and the status bar.
    void failedPullIsSaidInWords()
    {
        const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("drop/") + m_stores.last());
        const QString aside = folder + QStringLiteral(".aside");
        QVERIFY(QDir().rename(folder, aside));
        const auto putBack = qScopeGuard([&] { QDir().rename(aside, folder); });
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionPull"))->trigger();
        QVERIFY2(!QApplication::activeModalWidget(), "the pull blocks the other windows");
        QAction* jobs = window.findChild<QAction*>(QStringLiteral("actionJobs"));
        QVERIFY2(jobs, "no View → Jobs");
        jobs->trigger();
        QWidget* panel = jobsPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(jobRows(panel).size() == 1 && !rowActive(jobRows(panel).first()), 60000);
        const QString said = rowText(jobRows(panel).first());
        QVERIFY2(said.startsWith(QLatin1String("Failed:")) && said.contains(m_stores.last()), qPrintable(said));
        auto* button = window.findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().contains(QLatin1String("1 failed")), qPrintable(button->text()));
    }

    // A pull and a trim at once; a third job queued behind them and cancelled never runs.
    void pullRunsWhileATrimRenders()
    {
        test::HoldPoint held(QStringList {pullPoint, trimPoint});
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(count(window, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
        CaseWorkspace* workspace = openCaseOnClip(window);
        QVERIFY(workspace);
        const qint64 trimsBefore = trims(window.database());

        window.findChild<QAction*>(QStringLiteral("actionPull"))->trigger();
        QTRY_COMPARE(held.arrivals(pullPoint), 1);
        // The pull's window comes up in front; the investigator goes back to the case window.
        auto* pullWindow = window.findChild<QWidget*>(QStringLiteral("pullDialog"));
        QVERIFY(pullWindow);
        QVERIFY(QTest::qWaitForWindowActive(pullWindow));
        // The pull runs; the case window still takes the investigator's keys.
        QWidget* modal = QApplication::activeModalWidget();
        QVERIFY2(!modal,
                 qPrintable(QStringLiteral("a modal window blocks the case window while the pull runs: %1")
                                .arg(modal ? modal->windowTitle() : QString())));
        QVERIFY(pressTrim(workspace));
        auto* button = window.findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QVERIFY(button);
        QTRY_VERIFY2_WITH_TIMEOUT(held.allHeld(),
                                  qPrintable(QStringLiteral("the trim did not start while the pull ran (%1; %2)")
                                                 .arg(button->text(), workspace->banner()->text())),
                                  20000);

        // Both in the Jobs panel (Ctrl+J from the case window), both running.
        QTest::keyClick(workspace, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(jobsPanel());
        QWidget* panel = jobsPanel();
        QTRY_COMPARE(jobRows(panel).size(), 2);
        for (QWidget* row : jobRows(panel)) {
            QVERIFY2(rowActive(row), qPrintable(describe(panel)));
            QVERIFY(row->findChild<QProgressBar*>(QStringLiteral("jobProgress"))->isVisible());
        }
        // (The English plural forms come with the next translation batch: "2 job(s) running" until then.)
        QVERIFY2(button->text().startsWith(QLatin1String("2 job")), qPrintable(button->text()));

        // A third job waits behind them; cancelled there, it never runs.
        QVERIFY(pressTrim(workspace));
        QTRY_COMPARE(jobRows(panel).size(), 3);
        QWidget* third = jobRows(panel).last();
        QVERIFY2(rowText(third).contains(QLatin1String("Waiting")), qPrintable(describe(panel)));
        QVERIFY2(button->text().contains(QLatin1String("1 waiting")), qPrintable(button->text()));
        QTest::mouseClick(third->findChild<QPushButton*>(QStringLiteral("cancelJob")), Qt::LeftButton);
        QTRY_VERIFY(!rowActive(third));
        QVERIFY2(rowText(third).contains(QLatin1String("Cancelled before it started")), qPrintable(describe(panel)));

        held.release();
        QTRY_VERIFY2_WITH_TIMEOUT(!rowActive(jobRows(panel).at(0)) && !rowActive(jobRows(panel).at(1)),
                                  qPrintable(describe(panel)), 120000);
        const QString pullSaid = rowText(jobRows(panel).at(0));
        QVERIFY2(pullSaid.contains(QLatin1String("1 new incident")), qPrintable(describe(panel)));
        QVERIFY2(rowText(jobRows(panel).at(1)).startsWith(QLatin1String("Done")), qPrintable(describe(panel)));
        // Both results in the database; the cancelled trim never reached the trimmer.
        QCOMPARE(count(window, QStringLiteral("SELECT COUNT(*) FROM incidents")), 2);
        QCOMPARE(trims(window.database()), trimsBefore + 1);
        QCOMPARE(held.arrivals(trimPoint), 1);
        QTRY_VERIFY(!button->text().contains(QLatin1String("running")));
    }

    // "Export still…" is a job of the queue too: listed in the Jobs panel, done in words, its frame recorded.
    void stillIsAJobOfTheQueue()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString frames = QStringLiteral("SELECT COUNT(*) FROM media WHERE operation = 'frame'");
        const qint64 before = count(window, frames);
        CaseWorkspace* workspace = openCaseOnClip(window);
        QVERIFY(workspace);
        QAction* jobs = window.findChild<QAction*>(QStringLiteral("actionJobs"));
        QVERIFY2(jobs, "no View → Jobs");
        jobs->trigger();
        QWidget* panel = jobsPanel();
        QVERIFY(panel);
        QVERIFY(workspace->exportStillTo(QDir(m_dir.path()).filePath(QStringLiteral("still.png"))));
        QTRY_COMPARE(jobRows(panel).size(), 1);
        QWidget* row = jobRows(panel).first();
        const QString title = row->findChild<QProgressBar*>(QStringLiteral("jobProgress"))->accessibleName();
        QVERIFY2(title.startsWith(QLatin1String("Still at")), qPrintable(title));
        QTRY_VERIFY_WITH_TIMEOUT(!rowActive(row), 60000);
        QVERIFY2(rowText(row).startsWith(QLatin1String("Done")), qPrintable(describe(panel)));
        QCOMPARE(count(window, frames), before + 1);
    }

    // Closed by hand (its title bar) while a trim runs: the window asks first. "Keep working" keeps the job and the
    // window; "Cancel the jobs and close" cancels it (nothing is made) and the window goes once it has stopped.
    void closingByHandAsksFirst()
    {
        test::HoldPoint held(QStringList {trimPoint});
        QPointer<MainWindow> alive;
        CaseWorkspace* workspace = openWindowAndCase(&alive);
        QVERIFY(workspace);
        MainWindow* window = alive;
        const qint64 trimsBefore = trims(window->database());
        QVERIFY(pressTrim(workspace));
        QTRY_COMPARE(held.arrivals(trimPoint), 1);
        auto closeByHand = [window] {
            QCloseEvent close;
            QSpontaneKeyEvent::setSpontaneous(&close); // as the window system sends it
            qApp->notify(window, &close); // not sendEvent, which makes every event non-spontaneous
            return close.isAccepted();
        };
        auto answer = [window](QMessageBox::ButtonRole role) {
            auto* box = window->findChild<QMessageBox*>(QStringLiteral("cancelJobsQuestion"));
            if (!box || !box->isVisible())
                return false;
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == role)
                    QTest::mouseClick(b, Qt::LeftButton);
            return true;
        };

        QVERIFY(!closeByHand());
        QVERIFY2(answer(QMessageBox::RejectRole), "no question before the jobs are cancelled");
        QTRY_VERIFY(!window->findChild<QMessageBox*>(QStringLiteral("cancelJobsQuestion")));
        QVERIFY(alive && window->isVisible() && workspace->isVisible());
        QVERIFY(!window->isClosing());

        QVERIFY(!closeByHand());
        QVERIFY(answer(QMessageBox::AcceptRole));
        QTRY_VERIFY(!alive || window->isClosing());
        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 60000);
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(trims(*admin), trimsBefore); // the cancelled trim made nothing
    }

    // Closing the window with two trims running and one queued: the queued one never starts, the running ones stop
    // without registering anything, and the database checks clean.
    void closingCancelsRunningAndQueuedJobs()
    {
        test::HoldPoint held(QStringList {trimPoint});
        QPointer<MainWindow> alive;
        CaseWorkspace* workspace = openWindowAndCase(&alive);
        QVERIFY(workspace);
        MainWindow* window = alive;
        const qint64 trimsBefore = trims(window->database());
        for (int i = 0; i < 3; ++i)
            QVERIFY(pressTrim(workspace));
        QTRY_COMPARE(held.arrivals(trimPoint), 2);
        auto* button = window->findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QTRY_VERIFY2(button->text().startsWith(QLatin1String("2 job"))
                         && button->text().endsWith(QLatin1String("1 waiting")),
                     qPrintable(button->text()));
        window->close();
        QVERIFY2(alive, "the window closed under running jobs");
        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 60000);
        QCOMPARE(held.arrivals(trimPoint), 2); // the queued trim never ran
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(trims(*admin), trimsBefore); // nothing half-made registered
        auto report = admin->check();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->ok(), qPrintable((report->problems + report->notes).join(u'\n')));
    }
};

QTEST_MAIN(TestGuiJobQueue)
#include "TestGuiJobQueue.moc"
