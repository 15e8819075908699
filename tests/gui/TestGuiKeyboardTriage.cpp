// The whole triage flow without a mouse: in the inbox an incident is chosen with the arrow keys, Ctrl+N makes a
// case of it (its title typed into the dialog), the clip is reached with Tab and the arrow keys, I and O mark the
// trim, Ctrl+T makes the derivative, Ctrl+Shift+R asks for a release whose note and items are filled in from the
// keyboard (Alt+N, Space) and Tab and Space send it. Each step is checked in core: the case, the derivative's frames,
// the release request and its items. No mouse event is sent.
#include "StoreSimCase.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "export/ReleaseService.h"
#include "inbox/InboxView.h"
#include "player/PlayerWidget.h"
#include "releases/ReleaseRequestDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiKeyboardTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Presses Tab in `window` until `target` (or a widget inside it) has the focus: reachable from the keyboard.
    static bool tabTo(QWidget* window, QWidget* target)
    {
        for (int i = 0; i < 80; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (focus && (focus == target || target->isAncestorOf(focus)))
                return true;
            QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ivy = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}},
                                         test::smallDrop(1, 2, 3));
        QVERIFY(ivy);
        m_path = ivy->path();
    }

    void triageWithTheKeyboardOnly()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDatabase& core = window.database();

        // Inbox: the first incident, chosen with the keyboard.
        QTableView* table = window.inbox()->table();
        QVERIFY(tabTo(&window, table));
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Up);
        const QString incident = window.inbox()->currentIncidentId();
        QVERIFY(!incident.isEmpty());

        // Ctrl+N: a case of it, its title typed into the dialog.
        QTimer typist;
        connect(&typist, &QTimer::timeout, this, [&typist] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            typist.stop();
            QWidget* field = dialog->findChild<QLineEdit*>();
            QTest::keyClicks(field, QStringLiteral("Keyboard case"));
            QTest::keyClick(field, Qt::Key_Return);
        });
        typist.start(20);
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        auto cases = CaseService(core).list();
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QCOMPARE(cases->first().title, QStringLiteral("Keyboard case"));
        QCOMPARE(cases->first().incidentIds, QStringList {incident});
        CaseWorkspace* workspace = nullptr;
        QTRY_VERIFY((workspace = window.findChild<CaseWorkspace*>()));
        workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(workspace));

        // The clip: Tab to the evidence list, arrows to the original, Tab to the player.
        QTreeWidget* tree = workspace->mediaTree();
        QVERIFY(tabTo(workspace, tree));
        QTest::keyClick(tree, Qt::Key_Home);
        const QString original = tree->currentItem()->data(0, Qt::UserRole).toString();
        PlayerWidget* player = workspace->player();
        QTRY_COMPARE(player->mediaId(), original);
        QVERIFY(tabTo(workspace, player));
        QWidget* keys = QApplication::focusWidget();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(keys, Qt::Key_Right);
        QTest::keyClick(keys, Qt::Key_I);
        for (int i = 0; i < 15; ++i)
            QTest::keyClick(keys, Qt::Key_Right);
        QTest::keyClick(keys, Qt::Key_O);
        QCOMPARE(player->currentFrame(), 20);

        // Ctrl+T: the derivative from frame 5 to frame 20, under its original.
        QString created;
        connect(workspace, &CaseWorkspace::derivativeCreated, this, [&created](const QString& id) { created = id; });
        QTest::keyClick(keys, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 60000);
        auto derivative = MediaLibrary(core).get(created);
        QVERIFY(derivative);
        QCOMPARE(derivative->parentId, original);
        QCOMPARE(derivative->operation, QStringLiteral("trim"));
        QCOMPARE(derivative->operationParams.value(QLatin1String("first_frame")).toInt(), 5);
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(workspace));

        // Ctrl+Shift+R: the request; Space ticks the derivative, Alt+N goes to the note, Alt+R sends it.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : workspace, Qt::Key_R,
                        Qt::ControlModifier | Qt::ShiftModifier);
        ReleaseRequestDialog* request = nullptr;
        QTRY_VERIFY((request = workspace->findChild<ReleaseRequestDialog*>()));
        QVERIFY(QTest::qWaitForWindowExposed(request));
        auto* items = request->findChild<QTreeWidget*>(QStringLiteral("releaseItems"));
        QVERIFY(tabTo(request, items));
        QTest::keyClick(items, Qt::Key_Home);
        for (int i = 0; i < items->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = items->currentItem();
            if (item->data(0, Qt::UserRole + 1).toString() == created
                || item->text(0).contains(QLatin1String("trim"))) {
                if (item->checkState(0) != Qt::Checked)
                    QTest::keyClick(items, Qt::Key_Space);
                QCOMPARE(item->checkState(0), Qt::Checked);
                break;
            }
            QTest::keyClick(items, Qt::Key_Down);
        }
        QTest::keyClick(items, Qt::Key_N, Qt::AltModifier);
        auto* note = request->findChild<QPlainTextEdit*>(QStringLiteral("releaseNote"));
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("For the police, trimmed"));
        // Alt+R presses "&Request release", its only owner (a mnemonic clicks after Qt's short press animation).
        QTest::keyClick(note, Qt::Key_R, Qt::AltModifier);
        QPointer<ReleaseRequestDialog> sent(request);
        QTRY_VERIFY(!sent || !sent->isVisible());
        auto releases = ReleaseService(core).list(false, cases->first().id);
        QVERIFY(releases);
        QCOMPARE(releases->size(), 1);
        const Release& r = releases->first();
        QCOMPARE(r.note, QStringLiteral("For the police, trimmed"));
        QStringList mediaIds;
        for (const ReleaseItem& i : r.items)
            if (i.kind == QLatin1String("media"))
                mediaIds << i.id;
        QVERIFY2(mediaIds.contains(created), qPrintable(mediaIds.join(u", ")));
    }
};

QTEST_MAIN(TestGuiKeyboardTriage)
#include "TestGuiKeyboardTriage.moc"
