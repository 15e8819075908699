// The "My work" home in the main window: ivy unlocks and sees her open case and her request waiting for legal
// first; lena rejects it through lpdesk-cli, and F5 brings the notification (a badge in the status bar, the
// decision in words, the row marked new) and the rejected request with legal's note; Enter on it opens the
// releases list on that request, double-click on the case opens the case window. A second decision arrives by the
// periodic check alone. "Mark all seen" clears the badge and the marker lands in the case database. As lena, Enter
// on a request waiting for her decision opens its review window.
#include "TestSupport.h"

#include "cases/CaseListView.h"
#include "cases/CaseWorkspace.h"
#include "common/StateLabels.h"
#include "db/UserDirectory.h"
#include "inbox/MyWorkView.h"
#include "releases/ReleaseDecisionBox.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiMyWork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_case;
    QString m_first;
    QString m_second;

    std::unique_ptr<CaseDatabase> open(const char* user)
    {
        auto db = CaseDatabase::open(m_path, QString::fromLatin1(user),
                                     test::secret(qPrintable(QString::fromLatin1(user) + QStringLiteral("-pass"))));
        return db ? std::move(*db) : nullptr;
    }

    test::ProcessRun run(const char* user, const QStringList& args)
    {
        const test::ProcessRun r = test::cliAs(m_path, QString::fromLatin1(user), args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r;
    }
    int exitOf(const char* user, const QStringList& args) { return run(user, args).exitCode; }
    QString cli(const char* user, const QStringList& args)
    {
        const test::ProcessRun r = run(user, args);
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

    static QTreeWidgetItem* rowOf(QTreeWidget* tree, const QString& kind, const QString& id)
    {
        for (int r = 0; r < tree->topLevelItemCount(); ++r) {
            QTreeWidgetItem* row = tree->topLevelItem(r);
            if (row->data(0, Qt::UserRole).toString() == kind && row->data(0, Qt::UserRole + 1).toString() == id)
                return row;
        }
        return nullptr;
    }

    template<class W> static W* topLevel()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* found = qobject_cast<W*>(w); found && found->isVisible())
                return found;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")));
        m_case = cli("ivy",
                     {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                      QStringLiteral("Fitting-room thefts")});
        QVERIFY(!m_case.isEmpty());
        QImage still(64, 48, QImage::Format_RGB32);
        still.fill(Qt::darkCyan);
        const QString png = m_dir.filePath(QStringLiteral("still.png"));
        QVERIFY(still.save(png));
        QVERIFY(!cli("ivy",
                     {QStringLiteral("media"), QStringLiteral("import"), png, QStringLiteral("--case"), m_case,
                      QStringLiteral("--source"), QStringLiteral("manager's phone")})
                     .isEmpty());
        const QStringList request {QStringLiteral("release"), QStringLiteral("request"),          m_case,
                                   QStringLiteral("--all"),   QStringLiteral("--purpose"),        QStringLiteral("usb"),
                                   QStringLiteral("--note"),  QStringLiteral("for the detective")};
        m_first = cli("ivy", request);
        m_second = cli("ivy", request);
        QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
    }

    void investigatorIsToldWhereSheLooks()
    {
        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MyWorkView* work = window.myWork();
        QVERIFY(work);
        // The first page after unlocking: her case and her two requests waiting for legal; nothing new yet.
        QCOMPARE(window.pages()->currentWidget(), work);
        QVERIFY(rowOf(work->items(), QStringLiteral("case"), m_case));
        QVERIFY(rowOf(work->items(), QStringLiteral("release_waiting"), m_first));
        QVERIFY(!window.notificationBadge()->isVisible());
        QCOMPARE(work->notifications()->topLevelItemCount(), 0);

        // Legal rejects one through the CLI; F5 brings the news.
        QCOMPARE(exitOf("lena",
                        {QStringLiteral("release"), QStringLiteral("reject"), m_first, QStringLiteral("--note"),
                         QStringLiteral("Blur the other shoppers first")}),
                 0);
        QCOMPARE(work->unseen(), 0); // nothing until the window looks again
        QAction* refresh = window.findChild<QAction*>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        QCOMPARE(work->unseen(), 1);
        QCOMPARE(window.pages()->currentWidget(), work); // F5 keeps the page the person is on
        QVERIFY(window.notificationBadge()->isVisible());
        QVERIFY2(window.notificationBadge()->text().startsWith(QLatin1String("1 new notification")),
                 qPrintable(window.notificationBadge()->text()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Blur the other shoppers first")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTreeWidgetItem* news = rowOf(work->notifications(), QStringLiteral("release_rejected"), m_first);
        QVERIFY(news);
        QCOMPARE(news->text(0), QStringLiteral("New"));
        QVERIFY(news->font(2).bold());
        QTreeWidgetItem* rework = rowOf(work->items(), QStringLiteral("release_rejected"), m_first);
        QVERIFY(rework);
        QVERIFY(rework->text(MyWorkView::Note).contains(QLatin1String("lena: Blur the other shoppers first")));
        QVERIFY(!rowOf(work->items(), QStringLiteral("release_waiting"), m_first));

        // Enter on the rejected request: the releases list opens on it, legal's note beside it.
        work->items()->setFocus();
        work->items()->setCurrentItem(rework);
        QTest::keyClick(work->items(), Qt::Key_Return);
        ReleasesDialog* releases = nullptr;
        QTRY_VERIFY((releases = topLevel<ReleasesDialog>()) != nullptr);
        QCOMPARE(releases->currentId(), m_first);
        releases->close();

        // Double-click on the case: the case window.
        QTreeWidgetItem* caseRow = rowOf(work->items(), QStringLiteral("case"), m_case);
        QVERIFY(caseRow);
        const QRect rect = work->items()->visualItemRect(caseRow);
        QVERIFY(rect.isValid());
        // A double-click as Qt delivers it: a click, then the second press reported as a double-click.
        QTest::mouseClick(work->items()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(work->items()->viewport(), Qt::LeftButton, {}, rect.center());
        CaseWorkspace* workspace = nullptr;
        QTRY_VERIFY((workspace = topLevel<CaseWorkspace>()) != nullptr);
        QVERIFY(workspace->windowTitle().contains(QLatin1String("Fitting-room thefts")));
        workspace->close();

        // The second decision arrives by the periodic check alone.
        auto* timer = window.findChild<QTimer*>(QStringLiteral("myWorkTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 60000);
        QCOMPARE(exitOf("lena",
                        {QStringLiteral("release"), QStringLiteral("approve"), m_second, QStringLiteral("--note"),
                         QStringLiteral("Fine to go")}),
                 0);
        timer->setInterval(100);
        QTRY_COMPARE_WITH_TIMEOUT(work->unseen(), 2, 10000);
        QVERIFY(rowOf(work->notifications(), QStringLiteral("release_approved"), m_second));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("approved")));
        timer->setInterval(60000);

        // Mark all seen: the badge goes; the marker is ivy's, in the case database (the CLI agrees).
        auto* markSeen = work->findChild<QPushButton*>(QStringLiteral("myWorkMarkSeen"));
        QVERIFY(markSeen && markSeen->isEnabled());
        markSeen->click();
        QCOMPARE(work->unseen(), 0);
        QVERIFY(!window.notificationBadge()->isVisible());
        QVERIFY(!markSeen->isEnabled());
        QCOMPARE(rowOf(work->notifications(), QStringLiteral("release_rejected"), m_first)->text(0), QString());
        const QJsonObject fromCli
            = QJsonDocument::fromJson(cli("ivy", {QStringLiteral("--json"), QStringLiteral("my-work")}).toUtf8())
                  .object();
        QCOMPARE(fromCli[QLatin1String("unseen")].toInt(-1), 0);
        QCOMPARE(fromCli[QLatin1String("events")].toArray().size(), 2);
    }

    void legalOpensTheReview()
    {
        const QString third = cli("ivy",
                                  {QStringLiteral("release"), QStringLiteral("request"), m_case,
                                   QStringLiteral("--all"), QStringLiteral("--purpose"), QStringLiteral("usb"),
                                   QStringLiteral("--note"), QStringLiteral("faces blurred now")});
        QVERIFY(!third.isEmpty());
        MainWindow window(open("lena"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MyWorkView* work = window.myWork();
        QCOMPARE(window.pages()->currentWidget(), work);
        QTreeWidgetItem* row = rowOf(work->items(), QStringLiteral("release_to_decide"), third);
        QVERIFY(row);
        QVERIFY(!rowOf(work->items(), QStringLiteral("case"), m_case)); // legal has no cases of her own
        QVERIFY(row->text(MyWorkView::Note).contains(QLatin1String("ivy: faces blurred now")));
        QVERIFY(!row->text(MyWorkView::Age).isEmpty());
        work->items()->setFocus();
        work->items()->setCurrentItem(row);
        QTest::keyClick(work->items(), Qt::Key_Enter);
        ReleaseReviewWindow* review = nullptr;
        QTRY_VERIFY((review = topLevel<ReleaseReviewWindow>()) != nullptr);
        QCOMPARE(review->releaseId(), third);
        review->close();
        // Ctrl+0 comes back to My work from another page.
        window.pages()->setCurrentIndex(0);
        QAction* myWork = window.findChild<QAction*>(QStringLiteral("actionMyWork"));
        QVERIFY(myWork);
        QCOMPARE(myWork->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        myWork->trigger();
        QCOMPARE(window.pages()->currentWidget(), work);
    }

    // What is done in the windows shows at once, without F5: legal rejects a request in the releases list and it
    // leaves her "My work"; ivy closes her case in its window and it leaves her open cases, the case list saying
    // "closed".
    void listsFollowWhatIsDoneInTheWindows()
    {
        const QString fourth = cli("ivy",
                                   {QStringLiteral("release"), QStringLiteral("request"), m_case,
                                    QStringLiteral("--all"), QStringLiteral("--purpose"), QStringLiteral("usb"),
                                    QStringLiteral("--note"), QStringLiteral("for the insurer")});
        QVERIFY(!fourth.isEmpty());
        {
            MainWindow legal(open("lena"));
            legal.show();
            QVERIFY(QTest::qWaitForWindowExposed(&legal));
            MyWorkView* work = legal.myWork();
            QVERIFY(rowOf(work->items(), QStringLiteral("release_to_decide"), fourth));
            ReleasesDialog* releases = legal.showReleases();
            QVERIFY(releases->select(fourth));
            releases->decisionNote()->setPlainText(QStringLiteral("Not for the insurer"));
            QVERIFY(releases->decision()->decide(false));
            QTRY_VERIFY(!rowOf(work->items(), QStringLiteral("release_to_decide"), fourth));
            releases->close();
        }

        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MyWorkView* work = window.myWork();
        QTableWidget* cases = window.caseList()->table();
        auto caseStatus = [cases](const QString& caseId) {
            for (int r = 0; r < cases->rowCount(); ++r)
                if (cases->item(r, 0)->data(Qt::UserRole).toString() == caseId)
                    return cases->item(r, 2)->text();
            return QString();
        };
        QCOMPARE(caseStatus(m_case), StateLabels::caseStatus(QStringLiteral("open")));
        QVERIFY(rowOf(work->items(), QStringLiteral("case"), m_case));
        CaseWorkspace* workspace = window.openCase(m_case);
        auto* status = workspace->findChild<QComboBox*>(QStringLiteral("caseStatus"));
        QVERIFY(status);
        const int closed = status->findData(QStringLiteral("closed"));
        QVERIFY(closed >= 0);
        status->setCurrentIndex(closed);
        Q_EMIT status->activated(closed);
        QCOMPARE(caseStatus(m_case), StateLabels::caseStatus(QStringLiteral("closed")));
        QVERIFY2(!rowOf(work->items(), QStringLiteral("case"), m_case), "a closed case still listed as open work");
        workspace->close();
    }
};

QTEST_MAIN(TestGuiMyWork)
#include "TestGuiMyWork.moc"
