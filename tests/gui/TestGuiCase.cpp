// The case workspace, offscreen: open a case, step 10 frames, set in/out with the keys, trim, and see the
// derivative appear with its lineage; playing a clip leaves no plaintext anywhere on disk.
#include "StoreSimCase.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/CustodyView.h"
#include "cases/MediaLibrary.h"
#include "cases/SyncReviewDialog.h"
#include "crypto/Lpenc.h"
#include "custody/CustodyLog.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "sim/StoreSimulator.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QtEndian>

#include <algorithm>

using namespace lpdesk;

class TestGuiCase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;

    // Windows of the decrypted clip: its first 64 bytes and 64-byte windows spread over its mdat payload (the
    // coded pictures), so that any chunk of plaintext written anywhere is found, not only MP4 box names.
    static QList<QByteArray> plaintextWindows(const QByteArray& plain)
    {
        QList<QByteArray> out {plain.left(64)};
        qsizetype pos = 0;
        while (pos + 8 <= plain.size()) {
            quint64 size = qFromBigEndian<quint32>(plain.constData() + pos);
            qsizetype header = 8;
            if (size == 1 && pos + 16 <= plain.size()) {
                size = qFromBigEndian<quint64>(plain.constData() + pos + 8);
                header = 16;
            } else if (size == 0) {
                size = quint64(plain.size() - pos);
            }
            if (size < quint64(header) || size > quint64(plain.size() - pos))
                break;
            if (plain.mid(pos + 4, 4) == "mdat") {
                const qsizetype begin = pos + header;
                const qsizetype length = qsizetype(size) - header;
                for (int i = 0; i < 32 && length >= 64; ++i)
                    out << plain.mid(begin + (length - 64) * i / 31, 64);
            }
            pos += qsizetype(size);
        }
        return out;
    }

    // Every regular file under the folders a player could leave plaintext in (the database folder, TMPDIR, the
    // XDG cache/data/config folders, /dev/shm; all with their subfolders), each read once by another process (the
    // database files are open here). /dev/shm is shared with other programs: only files changed since `since` count.
    static QStringList filesHolding(const QList<QByteArray>& windows, const QStringList& roots, const QDateTime& since)
    {
        return test::filesHolding(windows, roots, since.toMSecsSinceEpoch());
    }

    QStringList scanRoots() const
    {
        QStringList roots {QFileInfo(m_db->path()).absolutePath(),
                           qEnvironmentVariable("TMPDIR"),
                           QDir::tempPath(),
                           qEnvironmentVariable("XDG_CACHE_HOME"),
                           qEnvironmentVariable("XDG_DATA_HOME"),
                           qEnvironmentVariable("XDG_CONFIG_HOME"),
                           QStringLiteral("/dev/shm")};
        roots.removeAll(QString());
        roots.removeDuplicates();
        return roots;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SimulatorOptions o = test::smallDrop(1, 3, 6);
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o);
        QVERIFY(m_db);
        QSqlDatabase conn = m_db->connection();
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT id FROM incidents ORDER BY detected_at LIMIT 1"));
        QVERIFY(q.next());
        auto id = CaseService(*m_db).create(QStringLiteral("GUI case"), {q.value(0).toString()});
        QVERIFY(id);
        m_case = *id;
    }

    void stepSetInOutTrimAndSeeTheDerivative()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTreeWidget* tree = workspace.mediaTree();
        QVERIFY(tree->topLevelItemCount() >= 1);
        const QString original = tree->topLevelItem(0)->data(0, Qt::UserRole).toString();
        tree->setCurrentItem(tree->topLevelItem(0));
        PlayerWidget* player = workspace.player();
        QTRY_COMPARE(player->mediaId(), original);
        QVERIFY(!player->view()->frame().isNull());
        player->setFocus();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QCOMPARE(player->currentFrame(), 10);
        QTest::keyClick(player, Qt::Key_I);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_O);
        QCOMPARE(player->currentFrame(), 30);
        QVERIFY(qAbs(player->inPoint() - 10.0 / 15) < 1e-6);
        QVERIFY(qAbs(player->outPoint() - 31.0 / 15) < 1e-6);
        QTest::keyClick(player, Qt::Key_Left);
        QCOMPARE(player->currentFrame(), 29); // stepping backwards is exact too

        QString created;
        connect(&workspace, &CaseWorkspace::derivativeCreated, this, [&created](const QString& id) { created = id; });
        auto* trim = workspace.findChild<QPushButton*>(QStringLiteral("trimButton"));
        QTest::mouseClick(trim, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 30000);

        // The derivative sits under its original in the tree, is selected and plays; its lineage is recorded.
        QTreeWidgetItem* parentItem = tree->topLevelItem(0);
        QCOMPARE(parentItem->childCount(), 1);
        QCOMPARE(parentItem->child(0)->data(0, Qt::UserRole).toString(), created);
        QTRY_COMPARE(player->mediaId(), created);
        QCOMPARE(player->frameCount(), 21);
        auto derivative = MediaLibrary(*m_db).get(created);
        QCOMPARE(derivative->parentId, original);
        QCOMPARE(derivative->operation, QStringLiteral("trim"));
        QCOMPARE(derivative->operationParams.value(QLatin1String("first_frame")).toInt(), 10);
        QCOMPARE(derivative->operationParams.value(QLatin1String("last_frame")).toInt(), 30);
        workspace.custody()->reload();
        QVERIFY(workspace.custody()->rowCount() >= 4); // created, linked, viewed, trimmed, viewed
        const QString dir = qEnvironmentVariable("LPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            workspace.grab().save(dir + QStringLiteral("/case-workspace.png"));
        }
    }

    // Runs after the trim above: the case holds the original and a trim that starts 10 frames into it.
    void sideBySideFollowsWallClock()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QTreeWidget* tree = workspace.mediaTree();
        QTreeWidgetItem* originalItem = tree->topLevelItem(0);
        QCOMPARE(originalItem->childCount(), 1);
        const QString original = originalItem->data(0, Qt::UserRole).toString();
        const QString trim = originalItem->child(0)->data(0, Qt::UserRole).toString();
        tree->setCurrentItem(originalItem->child(0));
        QTRY_COMPARE(workspace.player()->mediaId(), trim);

        QSqlDatabase conn = m_db->connection();
        auto viewsIn = [&conn, this] {
            auto events = CustodyLog::events(conn, CustodyLog::caseChain(m_case));
            return events ? std::count_if(events->cbegin(), events->cend(),
                                          [](const ChainEvent& e) { return e.action == QLatin1String("viewed"); })
                          : -1;
        };
        const auto viewsBefore = viewsIn();
        QVERIFY(viewsBefore >= 0);
        QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("sideBySideButton")), Qt::LeftButton);
        auto* dialog = workspace.findChild<SyncReviewDialog*>(QStringLiteral("syncReviewDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QList<PlayerWidget*> players = dialog->players();
        QCOMPARE(players.size(), 2); // the clip in the player first, then the case's other original
        QCOMPARE(players[0]->mediaId(), trim);
        QCOMPARE(players[1]->mediaId(), original);
        // Both opens are views in the chain of custody.
        QCOMPARE(viewsIn(), viewsBefore + 2);

        // The trim's first frame is the original's frame 10; stepping the trim moves the original with it.
        QCOMPARE(players[1]->currentFrame(), 10);
        players[0]->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(players[0], Qt::Key_Right);
        QCOMPARE(players[0]->currentFrame(), 5);
        QCOMPARE(players[1]->currentFrame(), 15);
        QVERIFY(dialog->isCovering(1));
        QCOMPARE(dialog->wallClock(), MediaLibrary(*m_db).trueTime(players[1]->media(), 1.0)); // frame 15 at 15 fps
        QVERIFY(dialog->captionOf(0).contains(QLatin1String("leading")));

        // The original leads now; before the trim starts, the trim has no footage and says so.
        players[1]->setFocus();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(players[1], Qt::Key_Left);
        QCOMPARE(players[1]->currentFrame(), 5);
        QVERIFY(!dialog->isCovering(0));
        QVERIFY2(dialog->captionOf(0).contains(QLatin1String("starts 0.33 s later")), qPrintable(dialog->captionOf(0)));
        QCOMPARE(players[0]->currentFrame(), 0);
        // Past the trim's end (frame 30 of the original is its last frame).
        players[1]->seekFrame(40);
        QVERIFY(!dialog->isCovering(0));
        QVERIFY2(dialog->captionOf(0).contains(QLatin1String("ended")), qPrintable(dialog->captionOf(0)));
        QCOMPARE(players[0]->currentFrame(), players[0]->frameCount() - 1);
        players[1]->seekFrame(20);
        QCOMPARE(players[0]->currentFrame(), 10);
        QVERIFY(dialog->isCovering(0));

        // Playing the original carries the trim along, frame for frame.
        players[1]->play();
        QTRY_VERIFY_WITH_TIMEOUT(players[1]->currentFrame() >= 25, 20000);
        players[1]->pause();
        QCOMPARE(players[0]->currentFrame(), players[1]->currentFrame() - 10);

        // Unlocked, each clip moves on its own.
        dialog->lockBox()->setChecked(false);
        const int trimFrame = players[0]->currentFrame();
        players[1]->stepFrames(-3);
        QCOMPARE(players[0]->currentFrame(), trimFrame);
        dialog->lockBox()->setChecked(true); // relocking aligns them again
        QCOMPARE(players[0]->currentFrame(), players[1]->currentFrame() - 10);

        // Go to a time of day typed in the store's time zone: every clip shows that moment.
        MediaLibrary library(*m_db);
        const QDateTime target = library.trueTime(players[1]->media(), 1.0); // the original's frame 15
        QLineEdit* go = dialog->gotoField();
        go->setText(target.toTimeZone(library.zoneOf(players[1]->media())).toString(QStringLiteral("HH:mm:ss.zzz")));
        QTest::keyClick(go, Qt::Key_Return);
        QCOMPARE(players[1]->currentFrame(), 15);
        QCOMPARE(players[0]->currentFrame(), 5);
        // A full RFC 3339 time with its offset works too.
        go->setText(library.trueTime(players[1]->media(), 2.0).toOffsetFromUtc(-4 * 3600).toString(Qt::ISODateWithMs));
        QTest::keyClick(go, Qt::Key_Return);
        QCOMPARE(players[1]->currentFrame(), 30);
        QCOMPARE(players[0]->currentFrame(), 20);
        // A moment no clip shows: a message, nothing moves; nonsense: a message.
        QVERIFY(!dialog->goToWallClock(target.addSecs(3600)));
        QVERIFY(dialog->message().contains(QLatin1String("No clip")));
        QCOMPARE(players[1]->currentFrame(), 30);
        go->setText(QStringLiteral("half past two"));
        QTest::keyClick(go, Qt::Key_Return);
        QVERIFY(dialog->message().contains(QLatin1String("Type a time")));
        QCOMPARE(players[1]->currentFrame(), 30);

        // Stills of this moment: one per clip that shows it, each a derivative of its clip, all of the same instant.
        QTemporaryDir stillsDir;
        QSignalSpy stillsDone(dialog, &SyncReviewDialog::stillsExported);
        QVERIFY(dialog->exportStills(stillsDir.path()));
        QVERIFY(stillsDone.wait(60000));
        QCOMPARE(stillsDone.at(0).at(0).toInt(), 2);
        QCOMPARE(QDir(stillsDir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 2);
        QStringList parents;
        const auto items = library.forCase(m_case);
        QVERIFY(items);
        for (const MediaRow& m : *items) {
            if (m.operation != QLatin1String("frame"))
                continue;
            parents << m.parentId;
            const QDateTime shown = QDateTime::fromString(
                m.operationParams.value(QLatin1String("true_time_utc")).toString(), Qt::ISODateWithMs);
            const qint64 early = shown.msecsTo(dialog->wallClock());
            QVERIFY2(early >= -1 && early < 1000 / 15, qPrintable(QString::number(early)));
        }
        parents.sort();
        QStringList expected {original, trim};
        expected.sort();
        QCOMPARE(parents, expected);
        QVERIFY(dialog->message().contains(QLatin1String("2 still(s)"))
                || dialog->message().contains(QLatin1String("2 stills")));

        // Unticking a clip removes its pane.
        QListWidget* clips = dialog->clipList();
        for (int i = 0; i < clips->count(); ++i)
            if (clips->item(i)->data(Qt::UserRole).toString() == trim)
                clips->item(i)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog->players().size(), 1);
        QCOMPARE(dialog->players().first()->mediaId(), original);
        const QString dir = qEnvironmentVariable("LPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (int i = 0; i < clips->count(); ++i)
                clips->item(i)->setCheckState(Qt::Checked);
            QDir().mkpath(dir);
            QTest::qWait(200); // let the layout settle before the picture
            dialog->grab().save(dir + QStringLiteral("/side-by-side.png"));
        }
        dialog->close();
    }

    void viewingWritesNoPlaintext()
    {
        const QDateTime since = QDateTime::currentDateTime().addSecs(-2);
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        workspace.mediaTree()->setCurrentItem(workspace.mediaTree()->topLevelItem(0));
        const QString mediaId = workspace.mediaTree()->topLevelItem(0)->data(0, Qt::UserRole).toString();

        // The plaintext, decrypted here by the test, and the windows of it to look for.
        MediaLibrary library(*m_db);
        auto media = library.get(mediaId);
        QVERIFY(media);
        auto key = library.key();
        QVERIFY(key);
        auto reader = LpencReader::open(library.pathOf(*media), *key);
        QVERIFY(reader);
        QByteArray plain;
        QVERIFY((*reader)->verifyAll([&plain](const char* d, qsizetype n) { plain.append(d, n); }));
        const QList<QByteArray> windows = plaintextWindows(plain);
        QVERIFY2(windows.size() == 33, "the clip has no mdat box of at least 64 bytes");
        const QStringList roots = scanRoots();

        // The scanner finds a chunk of picture data planted in a subfolder of the cache (it is not hollow).
        const QString plantDir = qEnvironmentVariable("XDG_CACHE_HOME") + QStringLiteral("/plant/deeper");
        QVERIFY(QDir().mkpath(plantDir));
        QVERIFY(test::writeFile(plantDir + QStringLiteral("/x.bin"), "noise" + windows.at(20) + "noise"));
        QCOMPARE(filesHolding(windows, roots, since).size(), 1);
        QVERIFY(QDir(qEnvironmentVariable("XDG_CACHE_HOME") + QStringLiteral("/plant")).removeRecursively());

        PlayerWidget* player = workspace.player();
        QTRY_VERIFY(player->frameCount() > 0);
        player->play();
        int scansDuringPlayback = 0;
        while (player->currentFrame() <= 10 && scansDuringPlayback < 400) {
            const QStringList during = filesHolding(windows, roots, since);
            QVERIFY2(during.isEmpty(), qPrintable(during.join(QLatin1Char('\n'))));
            ++scansDuringPlayback;
            QTest::qWait(25);
        }
        QVERIFY(player->currentFrame() > 10);
        QVERIFY(scansDuringPlayback > 0);
        player->pause();
        const QStringList after = filesHolding(windows, roots, since);
        QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char('\n'))));
        qInfo("scanned %lld folders %d times during playback", static_cast<long long>(roots.size()),
              scansDuringPlayback);
    }

    // A still is decoded and recorded by a job, off the UI thread. This thread holds the database's write lock, so
    // the job can decode the frame but not record it: it cannot finish before the lock is let go. The timer that
    // lets it go can only fire if the window's event loop runs while the still is being made.
    void stillIsMadeWhileTheWindowKeepsWorking()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTreeWidget* tree = workspace.mediaTree();
        const QString original = tree->topLevelItem(0)->data(0, Qt::UserRole).toString();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTRY_COMPARE(workspace.player()->mediaId(), original);
        workspace.player()->seekFrame(12);
        const QImage shown = workspace.player()->view()->frame();
        const QString path = m_dir.filePath(QStringLiteral("still-off-the-ui-thread.png"));

        QSqlDatabase conn = m_db->connection();
        QVERIFY(conn.transaction()); // BEGIN IMMEDIATE: the write lock
        QSignalSpy exported(&workspace, &CaseWorkspace::stillExported);
        QVERIFY(workspace.exportStillTo(path));
        QCOMPARE(exported.count(), 0); // nothing was made on this thread before the call returned
        int runningAtTimer = -1, exportedAtTimer = -1;
        QTimer::singleShot(0, this, [&] {
            runningAtTimer = m_db->runningWork();
            exportedAtTimer = static_cast<int>(exported.count());
            conn.commit();
        });
        QVERIFY(exported.wait(60000));
        QCOMPARE(runningAtTimer, 1); // the still's job was still at work when the timer fired
        QCOMPARE(exportedAtTimer, 0);
        QCOMPARE(exported.at(0).at(0).toBool(), true);
        const QImage png(path);
        QCOMPARE(png.size(), shown.size());
        auto items = MediaLibrary(*m_db).forCase(m_case);
        QVERIFY(items);
        QVERIFY(std::any_of(items->cbegin(), items->cend(), [&](const MediaRow& m) {
            return m.operation == QLatin1String("frame") && m.parentId == original
                && m.operationParams.value(QLatin1String("frame_index")).toInt() == 12;
        }));
    }
};

QTEST_MAIN(TestGuiCase)
#include "TestGuiCase.moc"
