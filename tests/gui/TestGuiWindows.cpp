// Every window and dialog on a 1280×720 screen (the offscreen platform configured with one): it opens inside the
// screen with every button on it, and does not grow by itself once its content has loaded. In the same walk,
// every window answers each key sequence with exactly one owner (no "Ambiguous shortcut overload"), F5 and
// Ctrl+F do what their menu says, and F1 lists the window's shortcuts.
#include "StoreSimCase.h"
#include "WindowFit.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/SyncReviewDialog.h"
#include "common/JobDialog.h"
#include "common/ResultSheet.h"
#include "common/ShortcutSheet.h"
#include "inbox/InboxView.h"
#include "inbox/SearchDialog.h"
#include "pos/PosImportDialog.h"
#include "redact/RedactionEditor.h"
#include "releases/ExportPackageDialog.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "releases/VerifyPackageDialog.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/UnlockDialog.h"
#include "statements/StatementEditor.h"
#include "stores/StoresDialog.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PendingRelease m_world; // the database, the case, its clip and the pending release
    QStringList m_checked;

    // test::checkFitsScreen, and one owner per key sequence.
    void fits(QWidget* w, const QString& name)
    {
        test::checkFitsScreen(w, name);
        if (QTest::currentTestFailed())
            return;
        const QStringList conflicts = ShortcutSheet::conflicts(w);
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(QStringLiteral("%1 has keys with two owners: %2").arg(name, conflicts.join(u", "))));
        m_checked << name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = test::longTitledCaseWithARelease(m_dir.path());
        QVERIFY(!m_world.db.isEmpty());
    }

    void investigatorWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("ivy")));
        fits(&window, QStringLiteral("main window (investigator)"));
        // F5 and Ctrl+F each have one owner and do what the menu says.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionRefresh"))->shortcut() == QKeySequence(Qt::Key_F5));
        window.activateWindow();
        window.inbox()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.inbox()->findChild<QLineEdit*>(QStringLiteral("inboxSearch"))->hasFocus());

        CaseWorkspace* workspace = window.openCase(m_world.caseId);
        fits(workspace, QStringLiteral("case window"));
        QVERIFY(workspace->openMedia(m_world.mediaId));
        fits(workspace, QStringLiteral("case window with a clip open"));
        fits(workspace->openRedactionEditor(), QStringLiteral("redaction editor"));
        fits(workspace->openSideBySide(), QStringLiteral("side by side"));
        fits(workspace->requestRelease(), QStringLiteral("release request"));
        fits(window.showSearch(), QStringLiteral("search"));
        fits(window.showReleases(), QStringLiteral("releases"));
        {
            StatementEditor editor(window.database(), m_world.caseId, StatementEditor::Mode::New);
            fits(&editor, QStringLiteral("statement editor"));
        }
        {
            PosImportDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("POS import"));
        }
        {
            StoresDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("stores"));
        }
        {
            OutboxDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("outbox"));
        }
        {
            ExportPackageDialog dialog(window.database(), m_world.releaseId, &window);
            fits(&dialog, QStringLiteral("export package"));
        }
        {
            VerifyPackageDialog dialog(m_dir.filePath(QStringLiteral("missing.zip")), &window);
            fits(&dialog, QStringLiteral("verify package"));
        }
        {
            ShortcutSheet sheet(&window);
            fits(&sheet, QStringLiteral("keyboard shortcuts"));
            QVERIFY(sheet.table()->topLevelItemCount() > 5);
            QVERIFY(!sheet.table()->findItems(QStringLiteral("Refresh inbox"), Qt::MatchExactly, 1).isEmpty());
        }
        {
            JobDialog job(QStringLiteral("Working"),
                          [](const JobDialog::ProgressFn&, const std::atomic_bool*) { return Status {}; });
            fits(&job, QStringLiteral("job"));
        }
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible())
                w->close();
    }

    void legalWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("lena")));
        fits(&window, QStringLiteral("main window (legal)"));
        ReleasesDialog* releases = window.showReleases();
        QVERIFY(releases->select(m_world.releaseId));
        fits(releases->openReview(), QStringLiteral("release review"));
        {
            AgenciesDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("agencies"));
        }
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible())
                w->close();
    }

    void adminWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("admin")));
        fits(&window, QStringLiteral("main window (admin)"));
        {
            UserManagementDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("users"));
        }
        {
            AuditLogDialog dialog(window.database(), &window);
            fits(&dialog, QStringLiteral("audit log"));
        }
        // Check database: a long report in a scrollable sheet that fits, not a message box taller than the screen.
        window.findChild<QAction*>(QStringLiteral("actionCheckDatabase"))->trigger();
        ResultSheet* sheet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((sheet = window.findChild<ResultSheet*>(QStringLiteral("checkDatabaseResult"))),
                                 30000);
        fits(sheet, QStringLiteral("check database"));
        QVERIFY(sheet->details()->toPlainText().count(QLatin1Char('\n')) > 3);
        sheet->close();
        // Anchor the chains now (as `db anchor`): a new line in <db>.anchors, and the sheet says which.
        const int before = static_cast<int>(test::readFile(m_world.db + QStringLiteral(".anchors")).count('\n'));
        window.findChild<QAction*>(QStringLiteral("actionAnchorChains"))->trigger();
        ResultSheet* anchored = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((anchored = window.findChild<ResultSheet*>(QStringLiteral("anchorResult"))), 30000);
        QCOMPARE(static_cast<int>(test::readFile(m_world.db + QStringLiteral(".anchors")).count('\n')), before + 1);
        QVERIFY2(anchored->details()->toPlainText().contains(QStringLiteral("signed by")),
                 qPrintable(anchored->details()->toPlainText()));
        anchored->close();
    }

    void firstRunAndUnlock()
    {
        {
            FirstRunWizard wizard(m_dir.filePath(QStringLiteral("other.lpdb")));
            fits(&wizard, QStringLiteral("first-run wizard"));
        }
        {
            UnlockDialog dialog(m_world.db);
            fits(&dialog, QStringLiteral("unlock"));
        }
    }

    void cleanupTestCase() { qInfo("windows checked: %s", qPrintable(m_checked.join(u", "))); }
};

QTEST_MAIN(TestGuiWindows)
#include "TestGuiWindows.moc"
