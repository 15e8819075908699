// The GUI in daily use (issue 13), offscreen on a 1280×720 screen: Esc and Ctrl+W close the case window, the
// redaction editor (asking first when the plan has unsaved changes) and the stand-alone player, with one owner per
// key; failed sign-ins on the admin's home in local time with the offset; "extend to start"; an unredacted original
// ticked in a release request takes a reason that the note keeps; the audit log's CSV has the filtered rows; the
// add-store dialog keeps what was typed when saving fails; a literal "&" in a store or person name stays an "&";
// and the dialogs not walked by TestGuiWindows open fully on the screen, in English and in Spanish.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "admin/AdminHomeView.h"
#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/AddEvidenceDialog.h"
#include "cases/CaseWorkspace.h"
#include "common/ShortcutSheet.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "export/ReleaseService.h"
#include "inbox/SearchDialog.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "pos/PosLinkDialog.h"
#include "program/HoldsDialog.h"
#include "program/PoliceRequestForm.h"
#include "program/PoliceRequestsDialog.h"
#include "program/ProceduresDialog.h"
#include "program/RequestTemplatesDialog.h"
#include "redact/RedactionEditor.h"
#include "redact/RedactionService.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleasesDialog.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"
#include "statements/StatementService.h"
#include "stores/PullDialog.h"
#include "stores/StoresDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace lpdesk;

namespace {

// Qt prints this when a key sequence has two owners in a window, and then runs neither.
QStringList g_ambiguous;
QtMessageHandler g_previousHandler = nullptr;

void recordAmbiguous(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("Ambiguous shortcut overload")))
        g_ambiguous << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const QString StoreName = QStringLiteral("H&M Oxford St");
const QString CaseTitle = QStringLiteral("Razors at H&M Oxford St");
const QString Witness = QStringLiteral("Ana & Luis Ortega");

// Runs `check` on the next modal dialog (of type T) that opens, from inside its event loop; `check` must close it.
// Returns the timer that waits for it (delete it to stop waiting).
template<typename T> QTimer* onNextModal(std::function<void(T*)> check)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        check(dialog);
    });
    timer->start();
    return timer;
}

QPoint at(VideoView* v, double x, double y)
{
    const QRectF r = v->imageRect();
    return QPoint(static_cast<int>(r.left() + x * r.width()), static_cast<int>(r.top() + y * r.height()));
}

void drag(VideoView* v, QPointF from, QPointF to)
{
    QTest::mousePress(v, Qt::LeftButton, {}, at(v, from.x(), from.y()));
    for (int i = 1; i <= 5; ++i) {
        const QPointF p = from + (to - from) * (i / 5.0);
        QMouseEvent move(QEvent::MouseMove, at(v, p.x(), p.y()), v->mapToGlobal(at(v, p.x(), p.y())), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(v, &move);
    }
    QTest::mouseRelease(v, Qt::LeftButton, {}, at(v, to.x(), to.y()));
}

// What a widget shows with '&' read as a mnemonic marker (buttons, menus, tabs, group boxes, labels with a buddy):
// the text as drawn.
QString drawnMnemonicText(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text[i];
    }
    return out;
}

} // namespace

class TestGuiDailyUse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_incident;
    QString m_case;
    QString m_media;

    static void activate(QWidget* w)
    {
        if (!w->isVisible())
            w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
    }

    // The window is inside the screen's available area (frame included), every visible button of it is on the
    // screen, and each key sequence has one owner.
    static void fits(QWidget* w, const QString& name)
    {
        QVERIFY2(w, qPrintable(name));
        if (!w->isVisible())
            w->show();
        QVERIFY2(QTest::qWaitForWindowExposed(w), qPrintable(name));
        for (int i = 0; i < 5; ++i)
            QTest::qWait(20); // lists, thumbnails and frames arrive through the event loop
        const QRect screen = w->screen()->availableGeometry();
        QCOMPARE(screen.size(), QSize(1280, 720));
        const QRect frame = w->frameGeometry();
        QVERIFY2(screen.contains(frame),
                 qPrintable(QStringLiteral("%1: %2×%3 at %4,%5 on a 1280×720 screen")
                                .arg(name)
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(frame.x())
                                .arg(frame.y())));
        const QRect onScreen(w->mapToGlobal(QPoint(0, 0)), w->size());
        int buttons = 0;
        for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
            if (!b->isVisible() || b->window() != w)
                continue;
            ++buttons;
            bool scrolls = false; // inside a scroll area: scrolled to, not clipped by the screen
            for (QWidget* p = b->parentWidget(); p && p != w; p = p->parentWidget())
                scrolls = scrolls || qobject_cast<QAbstractScrollArea*>(p);
            if (scrolls)
                continue;
            const QRect r(b->mapToGlobal(QPoint(0, 0)), b->size());
            QVERIFY2(screen.contains(r) && onScreen.contains(r),
                     qPrintable(QStringLiteral("%1: button \"%2\" is off-screen").arg(name, b->text())));
        }
        QVERIFY2(buttons > 0, qPrintable(name));
        // OK / Cancel / Close: the buttons that end a dialog are there to press.
        for (QDialogButtonBox* box : w->findChildren<QDialogButtonBox*>()) {
            if (!box->isVisibleTo(w) || box->window() != w)
                continue;
            for (QAbstractButton* b : box->buttons())
                QVERIFY2(b->isVisible() && !b->visibleRegion().isEmpty(),
                         qPrintable(QStringLiteral("%1: \"%2\" cannot be seen").arg(name, b->text())));
        }
        const QStringList conflicts = ShortcutSheet::conflicts(w);
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(QStringLiteral("%1 has keys with two owners: %2").arg(name, conflicts.join(u", "))));
    }

    PlayerWidget* standalonePlayer() const
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* p = qobject_cast<PlayerWidget*>(w); p && p->isVisible())
                return p;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(recordAmbiguous);
        m_path = test::createDatabaseWith(
            m_dir.filePath(QStringLiteral("db")),
            {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}});
        QVERIFY(!m_path.isEmpty());
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(test::makeDrop(m_path, drop, m_dir.filePath(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"),
                                QStringLiteral("2"), QStringLiteral("--clip-seconds"), QStringLiteral("2"),
                                QStringLiteral("--size"), QStringLiteral("320x180")}));
        const QString store = test::storesIn(drop).value(0);
        QVERIFY(!store.isEmpty());
        // The store calls itself "H&M Oxford St" (store.json is the store's own description of itself).
        const QString manifestPath = QDir(drop).filePath(store + QStringLiteral("/store.json"));
        QJsonObject manifest = QJsonDocument::fromJson(test::readFile(manifestPath)).object();
        QVERIFY(!manifest.isEmpty());
        manifest.insert(QLatin1String("name"), StoreName);
        QVERIFY(test::writeFile(manifestPath, QJsonDocument(manifest).toJson()));
        QVERIFY(test::addStore(m_path, drop, store));
        QVERIFY(test::pull(m_path, QStringLiteral("ivy")));
        m_incident = test::firstIncident(m_path, QStringLiteral("ivy"));
        QVERIFY(!m_incident.isEmpty());
        m_case = test::newCase(m_path, QStringLiteral("ivy"), CaseTitle, m_incident);
        QVERIFY(!m_case.isEmpty());
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(ivy);
        QSqlQuery q(ivy->connection());
        q.prepare(QStringLiteral("SELECT media_id FROM incident_media WHERE incident_id = ? LIMIT 1"));
        q.addBindValue(m_incident);
        QVERIFY(q.exec() && q.next());
        m_media = q.value(0).toString();
        StatementDraft draft;
        draft.author = Witness;
        draft.text = QStringLiteral("We saw a man put razors in a bag.");
        auto statement = StatementService(*ivy).add(m_case, draft);
        QVERIFY2(statement, qPrintable(statement.errorMessage()));
        QVERIFY(StatementService(*ivy).signOff(*statement));
    }

    // 1. Esc and Ctrl+W close the case window, the redaction editor and the stand-alone player.
    void escapeAndCtrlWCloseWindows()
    {
        g_ambiguous.clear();
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
            const QString keyName = key.toString();
            // The case window.
            QPointer<CaseWorkspace> workspace = window.openCase(m_case);
            activate(workspace);
            QVERIFY(ShortcutSheet::conflicts(workspace).isEmpty());
            QTest::keySequence(workspace, key);
            QTRY_VERIFY2(!workspace, qPrintable(keyName));

            // The redaction editor, with nothing to save.
            workspace = window.openCase(m_case);
            activate(workspace);
            QVERIFY(workspace->openMedia(m_media));
            QPointer<RedactionEditor> editor = workspace->openRedactionEditor();
            activate(editor);
            QVERIFY(ShortcutSheet::conflicts(editor).isEmpty());
            QTest::keySequence(editor, key);
            QTRY_VERIFY2(!editor, qPrintable(keyName));
            QVERIFY(workspace); // the case window stays

            // The stand-alone player.
            window.openClip(m_incident, m_media);
            QPointer<PlayerWidget> player = standalonePlayer();
            QVERIFY(player);
            activate(player);
            QVERIFY(ShortcutSheet::conflicts(player).isEmpty());
            QTest::keySequence(player, key);
            QTRY_VERIFY2(!player, qPrintable(keyName));
            workspace->close();
            QTRY_VERIFY(!workspace);
        }
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
    }

    // 1b. Ctrl+W closes the dialogs that are windows of their own, as Esc does (under a window manager it closed
    // only the windows above).
    void ctrlWClosesDialogs()
    {
        g_ambiguous.clear();
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        const std::vector<std::pair<const char*, std::function<QDialog*()>>> opens {
            {"search", [&] { return static_cast<QDialog*>(window.showSearch()); }},
            {"releases", [&] { return static_cast<QDialog*>(window.showReleases()); }},
            {"police requests", [&] { return static_cast<QDialog*>(window.showPoliceRequests()); }},
            {"legal holds", [&] { return static_cast<QDialog*>(window.showHolds()); }},
        };
        for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
            for (const auto& [name, open] : opens) {
                const QString what = QStringLiteral("%1 with %2").arg(QLatin1String(name), key.toString());
                QPointer<QDialog> dialog = open();
                QVERIFY2(dialog, qPrintable(what));
                activate(dialog);
                QVERIFY2(ShortcutSheet::conflicts(dialog).isEmpty(), qPrintable(what));
                QTest::keySequence(dialog, key);
                QTRY_VERIFY2(!dialog || !dialog->isVisible(), qPrintable(what));
            }
        }
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
    }

    // The stand-alone player is owned by the main window: it goes with it and never outlives the database.
    void playerGoesWithTheMainWindow()
    {
        QPointer<PlayerWidget> player;
        {
            MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
            activate(&window);
            window.openClip(m_incident, m_media);
            player = standalonePlayer();
            QVERIFY(player);
            QVERIFY(player->isWindow());
        }
        QVERIFY(!player);
    }

    // ... and an editor with unsaved changes asks first: Cancel keeps it, Discard closes without saving, Save saves.
    void editorWithUnsavedChangesAsksFirst()
    {
        g_ambiguous.clear();
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        QPointer<CaseWorkspace> workspace = window.openCase(m_case);
        activate(workspace);
        QVERIFY(workspace->openMedia(m_media));
        const qsizetype plansBefore = RedactionService(window.database()).plansFor(m_media)->size();

        QPointer<RedactionEditor> editor = workspace->openRedactionEditor();
        // The question, while the editor is there to ask it.
        auto question = [&editor]() -> QMessageBox* {
            auto* box = editor ? editor->findChild<QMessageBox*>(QStringLiteral("unsavedPlanQuestion")) : nullptr;
            return box && box->isVisible() ? box : nullptr;
        };
        activate(editor);
        PlayerWidget* player = editor->player();
        QTRY_VERIFY(player->frameCount() > 0);
        QTRY_VERIFY(!player->view()->imageRect().isEmpty());
        drag(player->view(), {0.2, 0.2}, {0.4, 0.5});
        QCOMPARE(editor->document()->plan.regions.size(), 1);

        QTest::keyClick(editor, Qt::Key_Escape);
        QMessageBox* ask = nullptr;
        QTRY_VERIFY((ask = question()));
        QVERIFY(ask->button(QMessageBox::Save) && ask->button(QMessageBox::Discard)
                && ask->button(QMessageBox::Cancel));
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(editor && editor->isVisible()); // Cancel keeps it open, with the region
        QCOMPARE(editor->document()->plan.regions.size(), 1);

        // The question is gone (not merely hidden), and the editor takes the keys again.
        QTRY_VERIFY(editor && !editor->findChild<QMessageBox*>(QStringLiteral("unsavedPlanQuestion")));
        activate(editor);
        QTest::keySequence(editor, QKeySequence(Qt::CTRL | Qt::Key_W));
        QTRY_VERIFY((ask = question()));
        QTest::mouseClick(ask->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QCOMPARE(RedactionService(window.database()).plansFor(m_media)->size(), plansBefore); // nothing saved

        editor = workspace->openRedactionEditor();
        activate(editor);
        QTRY_VERIFY(!editor->player()->view()->imageRect().isEmpty());
        drag(editor->player()->view(), {0.5, 0.5}, {0.7, 0.7});
        // Closing the case window (Esc there) would take the editor with it: the editor asks, the case window stays.
        QVERIFY(!workspace->close());
        QTRY_VERIFY((ask = question()));
        QVERIFY(workspace && workspace->isVisible());
        QTest::mouseClick(ask->button(QMessageBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QVERIFY(workspace && workspace->isVisible());
        QCOMPARE(RedactionService(window.database()).plansFor(m_media)->size(), plansBefore + 1);
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
    }

    // Lock and sign-out close the main window: its case windows, editors and player close first, so nothing of a
    // case stays on the screen behind the unlock dialog, and an editor with unsaved changes asks before anything
    // closes (Cancel keeps everything open and signed in).
    void lockClosesCaseWindowsFirstAndAsksAboutUnsavedWork()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        QPointer<CaseWorkspace> workspace = window.openCase(m_case);
        activate(workspace);
        QVERIFY(workspace->openMedia(m_media));
        window.openClip(m_incident, m_media);
        QPointer<PlayerWidget> player = standalonePlayer();
        QVERIFY(player && player->isVisible());
        QPointer<RedactionEditor> editor = workspace->openRedactionEditor();
        activate(editor);
        QTRY_VERIFY(!editor->player()->view()->imageRect().isEmpty());
        const qsizetype regions = editor->document()->plan.regions.size(); // a plan saved earlier may have some
        drag(editor->player()->view(), {0.2, 0.2}, {0.4, 0.5});
        QCOMPARE(editor->document()->plan.regions.size(), regions + 1);
        auto question = [&editor]() -> QMessageBox* {
            auto* box = editor ? editor->findChild<QMessageBox*>(QStringLiteral("unsavedPlanQuestion")) : nullptr;
            return box && box->isVisible() ? box : nullptr;
        };

        // Ctrl+L locks from the editor too (an application-wide shortcut), which closes the windows as below.
        QSignalSpy lockAsked(&window, &MainWindow::lockRequested);
        QTest::keySequence(editor, QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(lockAsked.count(), 1);

        QVERIFY(!window.close()); // the editor asks first
        QMessageBox* ask = nullptr;
        QTRY_VERIFY((ask = question()));
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(editor && !editor->findChild<QMessageBox*>(QStringLiteral("unsavedPlanQuestion"))); // gone
        QVERIFY(window.isVisible() && workspace && workspace->isVisible() && editor && editor->isVisible());
        QCOMPARE(editor->document()->plan.regions.size(), regions + 1);

        QVERIFY(!window.close());
        QTRY_VERIFY((ask = question()));
        QTest::mouseClick(ask->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QVERIFY(window.isVisible()); // the lock waits for the next Ctrl+L: nothing locks behind an answer

        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!workspace || !workspace->isVisible());
        QVERIFY(!player || !player->isVisible());
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY2(!w->isVisible(), qPrintable(w->objectName() + QLatin1Char(' ') + w->windowTitle()));
    }

    // The idle lock with an editor holding unsaved changes: no one is there to answer "save your changes?", so the
    // plan is saved without asking and the windows close (before, the question kept the workstation signed in).
    void idleLockSavesUnsavedWorkWithoutAsking()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        QPointer<CaseWorkspace> workspace = window.openCase(m_case);
        activate(workspace);
        QVERIFY(workspace->openMedia(m_media));
        QPointer<RedactionEditor> editor = workspace->openRedactionEditor();
        activate(editor);
        QTRY_VERIFY(!editor->player()->view()->imageRect().isEmpty());
        drag(editor->player()->view(), {0.3, 0.3}, {0.5, 0.5});
        const RedactionPlan drawn = editor->document()->plan; // with the new region, not saved yet

        QSignalSpy lockAsked(&window, &MainWindow::lockRequested);
        window.idleLock()->setTimeout(1500, 500);
        QTRY_COMPARE_WITH_TIMEOUT(lockAsked.count(), 1, 20000);
        QVERIFY(window.close()); // what the application does on Lock: nothing asks, everything closes
        QTRY_VERIFY(!editor);
        QVERIFY(!workspace || !workspace->isVisible());
        // The plan as it was drawn is in the database (the editor saved it, new or over the plan it had opened).
        const auto plans = RedactionService(window.database()).plansFor(m_media);
        QVERIFY(plans);
        const bool kept = std::any_of(plans->begin(), plans->end(), [&drawn](const StoredPlan& p) {
            return p.plan.regions.size() == drawn.regions.size() && p.plan.toJson() == drawn.toJson();
        });
        QVERIFY2(kept, "the unsaved region was not saved");
    }

    // 2. Failed sign-ins on the admin's home: local time with the offset, as everywhere else, not raw UTC.
    void adminHomeShowsFailedSignInsInLocalTime()
    {
        QVERIFY(!CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("not-the-passphrase")));
        MainWindow window(test::openAs(m_path, QStringLiteral("admin")));
        AdminHomeView* home = window.adminHome();
        QVERIFY(home);
        QSignalSpy checked(home, &AdminHomeView::auditChecked);
        home->reload();
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > 0, 30000);
        auto events = ChainReader(window.database()).auditEvents();
        QVERIFY(events);
        QString attemptedAt;
        for (const ChainEvent& e : *events)
            if (e.action == QLatin1String("login_failed"))
                attemptedAt = e.details.value(QLatin1String("attempted_at")).toString();
        QVERIFY(!attemptedAt.isEmpty());
        const QString text = home->auditStatus()->text();
        // As the page's other times (and the audit log's): the workstation's zone with the offset.
        const QString local = formatInZone(parseRfc3339(attemptedAt), QTimeZone::systemTimeZone());
        QVERIFY(local != attemptedAt);
        QVERIFY2(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) != 0,
                 "the test runs in a zone away from UTC (TZ in tests/gui/CMakeLists.txt)");
        QVERIFY2(text.contains(local), qPrintable(text + QStringLiteral("\nexpected: ") + local));
        QVERIFY2(!text.contains(attemptedAt), qPrintable(text));
    }

    // 3a. "Extend to start" (Ctrl+Shift+Home) starts the selected region at frame 0 with its first box, one undo step.
    void extendToStart()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        RedactionEditor editor(*ivy, m_case, m_media);
        activate(&editor);
        PlanDocument* doc = editor.document();
        doc->plan.regions.clear();
        doc->notify();
        PlayerWidget* player = editor.player();
        QTRY_VERIFY(player->frameCount() > 20);
        QTRY_VERIFY(!player->view()->imageRect().isEmpty());
        player->seekFrame(20);
        drag(player->view(), {0.2, 0.2}, {0.4, 0.5});
        QCOMPARE(doc->plan.regions.size(), 1);
        const RedactionRegion drawn = doc->plan.regions.first();
        QVERIFY(drawn.start() > 0.5);
        editor.selectRegion(drawn.id);
        const int steps = editor.undoStack()->count();
        QTest::keyClick(&editor, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
        const RedactionRegion& extended = doc->plan.regions.first();
        QCOMPARE(extended.start(), 0.0);
        QCOMPARE(extended.keyframes.first().t, 0.0);
        QCOMPARE(extended.boxAt(0), drawn.boxAt(drawn.start())); // the first box, from frame 0 on
        QCOMPARE(extended.holdToEnd, drawn.holdToEnd);
        QCOMPARE(editor.undoStack()->count(), steps + 1);
        editor.undoStack()->undo();
        QCOMPARE(doc->plan.regions.first().start(), drawn.start());
        editor.undoStack()->setClean(); // nothing to ask about on closing
    }

    // 3b. Ticking an unredacted original whose redacted copy exists asks why; no reason, no tick; the reason is
    // kept in the request's note.
    void tickingAnOriginalTakesAReasonKeptInTheNote()
    {
        auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
        RedactionService redaction(*ivy);
        auto plan = redaction.parse(R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "until_end":true,"keyframes":[{"t":0,"x":0.25,"y":0.25,"w":0.3,"h":0.4}]}]})");
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        auto planId = redaction.save(m_media, m_case, *plan);
        QVERIFY(planId);
        auto rendered = redaction.render(*planId);
        QVERIFY2(rendered, qPrintable(rendered.errorMessage()));

        ReleaseRequestDialog dialog(*ivy, m_case);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidgetItem* original = nullptr;
        for (int i = 0; i < dialog.items()->topLevelItemCount(); ++i)
            if (dialog.items()->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == m_media)
                original = dialog.items()->topLevelItem(i);
        QVERIFY(original);
        QCOMPARE(original->checkState(0), Qt::Unchecked);

        // Asked why; an empty answer leaves it unticked.
        QString asked;
        onNextModal<QInputDialog>([&asked](QInputDialog* d) {
            asked = d->labelText();
            d->setTextValue(QStringLiteral("   "));
            d->accept();
        });
        original->setCheckState(0, Qt::Checked);
        QVERIFY2(asked.contains(QLatin1String("redacted copy")), qPrintable(asked));
        QCOMPARE(original->checkState(0), Qt::Unchecked);
        // Cancel: unticked.
        onNextModal<QInputDialog>([](QInputDialog* d) { d->reject(); });
        original->setCheckState(0, Qt::Checked);
        QCOMPARE(original->checkState(0), Qt::Unchecked);
        // A reason: ticked, and the request's note keeps it.
        const QString why = QStringLiteral("The court ordered the unredacted clip");
        onNextModal<QInputDialog>([&why](QInputDialog* d) {
            d->setTextValue(why);
            d->accept();
        });
        original->setCheckState(0, Qt::Checked);
        QCOMPARE(original->checkState(0), Qt::Checked);
        dialog.note()->setPlainText(QStringLiteral("For Officer Ruiz"));
        QString refused; // a message box instead of a request would wait for an answer forever
        QPointer<QTimer> guard = onNextModal<QMessageBox>([&refused](QMessageBox* box) {
            refused = box->text();
            box->reject();
        });
        dialog.accept();
        delete guard;
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QVERIFY(!dialog.requestId().isEmpty());
        auto release = ReleaseService(*ivy).show(dialog.requestId());
        QVERIFY2(release, qPrintable(release.errorMessage()));
        QVERIFY2(release->note.startsWith(QLatin1String("For Officer Ruiz")), qPrintable(release->note));
        QVERIFY2(release->note.contains(why), qPrintable(release->note));
        bool originalReleased = false;
        for (const ReleaseItem& item : release->items)
            originalReleased = originalReleased || item.id == m_media;
        QVERIFY(originalReleased);
    }

    // 3c. The audit log's CSV export writes the rows the filter keeps, and only those.
    void auditCsvHasTheFilteredRows()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        AuditLogDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int all = dialog.table()->rowCount();
        const int ivyIndex = dialog.userFilter()->findData(QStringLiteral("ivy"));
        QVERIFY(ivyIndex > 0);
        dialog.userFilter()->setCurrentIndex(ivyIndex);
        const int shown = dialog.table()->rowCount();
        QVERIFY(shown > 0 && shown < all);
        auto events = ChainReader(*admin).auditEvents();
        QVERIFY(events);
        QStringList ivySeqs;
        for (const ChainEvent& e : *events)
            if (e.actor == QLatin1String("ivy"))
                ivySeqs << QString::number(e.seq);
        QCOMPARE(shown, ivySeqs.size());

        const QString path = m_dir.filePath(QStringLiteral("audit-ivy.csv"));
        QVERIFY(dialog.exportCsv(path));
        const QStringList lines
            = QString::fromUtf8(test::readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("seq,at_utc,user,action,details"));
        QCOMPARE(lines.size() - 1, shown);
        QStringList written;
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(QStringLiteral("\",\""));
            QCOMPARE(f.value(2), QStringLiteral("ivy"));
            written << f.value(0).mid(1);
        }
        written.sort();
        ivySeqs.sort();
        QCOMPARE(written, ivySeqs);
    }

    // 3d. Saving a store that core refuses keeps the dialog open with everything typed, and says why.
    void addStoreKeepsTheInputOnError()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        StoresDialog stores(*admin);
        stores.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stores));
        const QString badId = QStringLiteral("not a valid id!");
        const QString location = m_dir.filePath(QStringLiteral("no-such-folder"));
        QStringList seen;
        onNextModal<QDialog>([&](QDialog* d) {
            fits(d, QStringLiteral("add store"));
            const QList<QLineEdit*> edits = d->findChildren<QLineEdit*>();
            edits.value(0)->setText(badId);
            edits.value(1)->setText(location);
            auto* box = d->findChild<QDialogButtonBox*>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
            seen << (d->isVisible() ? QStringLiteral("open") : QStringLiteral("closed")) << edits.value(0)->text()
                 << edits.value(1)->text() << d->findChild<QLabel*>(QStringLiteral("addStoreError"))->text();
            d->reject();
        });
        stores.addStore();
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen[0], QStringLiteral("open"));
        QCOMPARE(seen[1], badId);
        QCOMPARE(seen[2], location);
        QVERIFY2(!seen[3].isEmpty(), "the error is said");
    }

    // 3e. "H&M Oxford St" (a store) and "Ana & Luis Ortega" (a witness) keep their "&" wherever they are shown.
    void ampersandsInNamesStayAmpersands()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        activate(&window);
        CaseWorkspace* workspace = window.openCase(m_case);
        activate(workspace);
        QCOMPARE(workspace->windowTitle().contains(CaseTitle), true);
        ReleaseRequestDialog request(window.database(), m_case);
        request.show();
        QVERIFY(QTest::qWaitForWindowExposed(&request));
        window.openClip(m_incident, m_media);
        PlayerWidget* player = standalonePlayer();
        QVERIFY(player);

        QStringList shown; // texts that show an '&' as it is
        QStringList eaten; // texts where Qt reads it as a mnemonic marker
        const QStringList names {StoreName, CaseTitle, Witness};
        auto mentions = [&names](const QString& text) {
            for (const QString& n : names)
                if (text.contains(n) || drawnMnemonicText(text).contains(QString(n).remove(QLatin1Char('&'))))
                    return true;
            return false;
        };
        auto literal = [&](const QString& where, const QString& text) {
            if (mentions(text))
                shown << where + QStringLiteral(": ") + text;
        };
        auto mnemonic = [&](const QString& where, const QString& text) {
            if (!mentions(text))
                return;
            bool ok = false;
            for (const QString& n : names)
                ok = ok || drawnMnemonicText(text).contains(n);
            (ok ? shown : eaten) << where + QStringLiteral(": ") + text;
        };
        for (QWidget* top : {static_cast<QWidget*>(&window), static_cast<QWidget*>(workspace),
                             static_cast<QWidget*>(&request), static_cast<QWidget*>(player)}) {
            literal(QStringLiteral("title"), top->windowTitle());
            for (QWidget* w : top->findChildren<QWidget*>()) {
                if (!w->isVisibleTo(top))
                    continue;
                if (auto* label = qobject_cast<QLabel*>(w)) {
                    if (label->buddy())
                        mnemonic(QStringLiteral("label"), label->text());
                    else
                        literal(QStringLiteral("label"), label->text());
                }
                if (auto* button = qobject_cast<QAbstractButton*>(w))
                    mnemonic(QStringLiteral("button"), button->text());
                if (auto* group = qobject_cast<QGroupBox*>(w))
                    mnemonic(QStringLiteral("group"), group->title());
                if (auto* tabs = qobject_cast<QTabBar*>(w))
                    for (int i = 0; i < tabs->count(); ++i)
                        mnemonic(QStringLiteral("tab"), tabs->tabText(i));
                if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                    const QAbstractItemModel* model = view->model();
                    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                        for (int r = 0; r < model->rowCount(parent); ++r)
                            for (int c = 0; c < model->columnCount(parent); ++c) {
                                const QModelIndex i = model->index(r, c, parent);
                                literal(QStringLiteral("list"), i.data().toString());
                                if (c == 0)
                                    walk(i);
                            }
                    };
                    walk({});
                }
            }
            for (QAction* a : top->findChildren<QAction*>())
                mnemonic(QStringLiteral("menu"), a->text());
        }
        QVERIFY2(eaten.isEmpty(), qPrintable(eaten.join(u'\n')));
        const QString all = shown.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("title: ")), qPrintable(all));
        QVERIFY2(all.contains(StoreName), qPrintable(all)); // the inbox and the case's incidents
        QVERIFY2(all.contains(Witness), qPrintable(all)); // the release request's statement
        QVERIFY2(all.contains(CaseTitle), qPrintable(all));
        // Menus built from names: the case window's title in the keyboard shortcut sheet's title.
        ShortcutSheet sheet(workspace);
        QVERIFY2(sheet.windowTitle().contains(CaseTitle), qPrintable(sheet.windowTitle()));
        QPointer<PlayerWidget> closing = player; // a window of its own: gone before the database it reads
        player->close();
        QTRY_VERIFY(!closing);
    }

    // 4. The dialogs TestGuiWindows does not open fit a 1280×720 screen, in English and in Spanish.
    void dialogsFitTheSmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void dialogsFitTheSmallScreen()
    {
        QFETCH(QString, language);
        // As Runtime::initialise and TestGuiLanguages do: ours, and Qt's own for standard buttons.
        QTranslator translator, qt;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("lpdesk"), QStringLiteral("_"),
                                    QStringLiteral(":/lpdesk/i18n")));
            QVERIFY(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            QVERIFY(QCoreApplication::installTranslator(&qt));
        }
        auto removeTranslators = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qt);
            QCoreApplication::removeTranslator(&translator);
        });
        g_ambiguous.clear();
        {
            MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
            activate(&window);
            // The dashboard is a page of the window: the window with it fits, every button on screen.
            window.findChild<QAction*>(QStringLiteral("actionDashboard"))->trigger();
            fits(&window, QStringLiteral("dashboard page"));
            {
                PoliceRequestsDialog d(window.database(), &window);
                fits(&d, QStringLiteral("police requests"));
            }
            {
                PoliceRequestForm d(window.database(), &window);
                fits(&d, QStringLiteral("police request form"));
            }
            {
                PullDialog d(window.database(), {}, &window);
                fits(&d, QStringLiteral("pull"));
            }
            {
                AddEvidenceDialog d(window.database(), m_case, {}, &window);
                fits(&d, QStringLiteral("add evidence"));
            }
            {
                PosLinkDialog d(window.database(), m_case, &window);
                fits(&d, QStringLiteral("link POS records"));
            }
            window.openClip(m_incident, m_media);
            PlayerWidget* player = standalonePlayer();
            QPointer<PlayerWidget> closing = player;
            fits(player, QStringLiteral("player"));
            if (player)
                player->close();
            QTRY_VERIFY(!closing);
        }
        {
            MainWindow window(test::openAs(m_path, QStringLiteral("lena")));
            activate(&window);
            HoldsDialog d(window.database(), &window);
            fits(&d, QStringLiteral("holds"));
        }
        {
            // Procedures and request templates: legal's and the admin's program dialogs.
            MainWindow window(test::openAs(m_path, QStringLiteral("lena")));
            activate(&window);
            {
                ProceduresDialog d(window.database(), &window);
                fits(&d, QStringLiteral("procedures"));
            }
            {
                RequestTemplatesDialog d(window.database(), &window);
                fits(&d, QStringLiteral("request templates"));
            }
        }
        {
            auto admin = test::openAs(m_path, QStringLiteral("admin"));
            StoresDialog stores(*admin);
            stores.show();
            QVERIFY(QTest::qWaitForWindowExposed(&stores));
            bool checked = false;
            onNextModal<QDialog>([&checked](QDialog* d) {
                fits(d, QStringLiteral("add store"));
                checked = true;
                d->reject();
            });
            stores.addStore();
            QVERIFY(checked);
            if (QTest::currentTestFailed())
                return;
            UserManagementDialog users(*admin);
            users.show();
            QVERIFY(QTest::qWaitForWindowExposed(&users));
            checked = false;
            onNextModal<QDialog>([&checked](QDialog* d) {
                fits(d, QStringLiteral("add user"));
                checked = true;
                d->reject();
            });
            QTest::mouseClick(users.findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
            QVERIFY(checked);
        }
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
};

QTEST_MAIN(TestGuiDailyUse)
#include "TestGuiDailyUse.moc"
