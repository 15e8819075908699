// Footage as it arrives from outside, in the case window, offscreen (issue 11): an H.265/HEVC DVR clip with B-frames,
// a phone's variable-frame-rate MOV with rotation metadata, an MPEG-4 Part 2 clip from an old DVR and an H.264 clip
// with B-frames and open GOPs, each made with the ffmpeg CLI and taken into the case as a native master exhibit. A
// person trims the HEVC clip with I/O and the Trim button (the derivative stays HEVC, has exactly the frames asked
// for, and its copied middle is the source's frames by the ffmpeg CLI's framemd5); trims the MPEG-4 and open-GOP
// clips, which cannot be cut losslessly there, and answers the "re-encode instead?" offer both ways; exports stills
// of the rotated phone clip and of the HEVC clip, and releases the HEVC and phone masters and the HEVC trim in a
// package whose files are the received (and made) bytes.
#include "StoreSimCase.h"

#include "cases/CaseWorkspace.h"
#include "cases/ExhibitImporter.h"
#include "cases/MediaLibrary.h"
#include "common/JobQueue.h"
#include "custody/CustodyLog.h"
#include "export/ReleaseService.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "releases/ExportPackageDialog.h"
#include "releases/ReleaseRequestDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiRealWorldMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_hevc; // media ids of the native masters
    QString m_phone;
    QString m_mpeg4;
    QString m_openGop;

    QString src(const QString& name) const { return m_dir.filePath(QStringLiteral("clips/") + name); }

    static bool ffmpeg(const QStringList& args)
    {
        const test::ProcessRun r = test::run(QStringLiteral("ffmpeg"),
                                             QStringList {QStringLiteral("-v"), QStringLiteral("error"),
                                                          QStringLiteral("-y"), QStringLiteral("-nostdin")}
                                                 + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    // Four seconds of testsrc2 at 320x180 and 15 fps, encoded as `encode` says, written to `out`.
    static bool fourSeconds(const QStringList& encode, const QString& out)
    {
        return ffmpeg(QStringList {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                   QStringLiteral("testsrc2=size=320x180:rate=15"), QStringLiteral("-t"),
                                   QStringLiteral("4")}
                      + encode + QStringList {out});
    }

    QString importClip(const QString& file, const QString& source, const QString& camera)
    {
        ExhibitRequest request;
        request.caseId = m_case;
        request.source = source;
        request.camera = camera;
        request.start = QDateTime(QDate(2026, 3, 14), QTime(15, 0), Qt::UTC);
        auto imported = ExhibitImporter(*m_db).importFile(file, request);
        if (!imported || imported->isEmpty()) {
            qWarning("%s", qPrintable(imported.errorMessage()));
            return {};
        }
        return imported->first().mediaId;
    }

    // The decrypted bytes of a media item, written next to the test's clips (synthetic test footage only).
    QString plainCopy(const QString& mediaId, const QString& name)
    {
        return test::writePlainMedia(*m_db, mediaId, src(name));
    }

    // The case's custody events other than views (opening a clip records a view).
    int custodyChanges()
    {
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, CustodyLog::caseChain(m_case));
        if (!events)
            return -1;
        return static_cast<int>(std::count_if(events->cbegin(), events->cend(),
                                              [](const ChainEvent& e) { return e.action != QLatin1String("viewed"); }));
    }

    int mediaInCase()
    {
        auto media = MediaLibrary(*m_db).forCase(m_case);
        return media ? static_cast<int>(media->size()) : -1;
    }

    // Selects a media item in the case's evidence tree, as a click would, and waits for the player to show it.
    static bool openInWorkspace(CaseWorkspace& workspace, const QString& mediaId)
    {
        QTreeWidgetItem* item = workspace.itemFor(mediaId);
        if (!item)
            return false;
        workspace.mediaTree()->setCurrentItem(item);
        return QTest::qWaitFor([&] { return workspace.player()->mediaId() == mediaId; }, 20000);
    }

    // Steps to frame `in`, presses I, steps to frame `out`, presses O: the keys a person uses.
    static void markInOut(PlayerWidget* player, int in, int out)
    {
        player->setFocus();
        player->seekFrame(0);
        for (int i = 0; i < in; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_I);
        for (int i = in; i < out; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_O);
    }

    // The re-encode offer of the case window, once it is shown.
    static QMessageBox* reencodeOffer(CaseWorkspace& workspace)
    {
        QMessageBox* box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                box = workspace.findChild<QMessageBox*>(QStringLiteral("reencodeOffer"));
                return box && box->isVisible();
            },
            60000);
        return box && box->isVisible() ? box : nullptr;
    }

    // "Export still…" in the case window, the file dialog answered with dir/name: the PNG written, as RGB32.
    QImage exportStill(CaseWorkspace& workspace, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        answerFileDialog(path);
        QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("exportStillButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 30000))
            return {};
        return QImage(path).convertToFormat(QImage::Format_RGB32);
    }

    // Answers the next file dialog with `path`, as a person typing the name and pressing Save.
    void answerFileDialog(const QString& path)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, path] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            // Typed into the name field (selectFile() keeps the offered "still.png" when the folder is the one shown).
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(path);
            if (dialog->selectedFiles().value(0) != path)
                return;
            timer->stop();
            timer->deleteLater();
            static_cast<QDialog*>(dialog)->accept(); // Save
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::simulateAndPull(
            m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
            test::smallDrop(1, 1, 2, 160, 96));
        QVERIFY(m_db);
        const test::CaseOnClip made = test::newCaseOnFirstClip(*m_db, QStringLiteral("Footage from outside"));
        QVERIFY(!made.caseId.isEmpty());
        m_case = made.caseId;
        QVERIFY(QDir().mkpath(src(QString())));

        // A CCTV recorder's H.265 (8-bit 4:2:0, B-frames, a GOP a second), 4 s at 15 fps.
        QVERIFY(fourSeconds({QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                             QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                             QStringLiteral("-tag:v"), QStringLiteral("hvc1"), QStringLiteral("-x265-params"),
                             QStringLiteral("log-level=error:keyint=15:min-keyint=15:bframes=2:scenecut=0")},
                            src(QStringLiteral("ch03-hevc.mp4"))));
        // A phone's video: frames at irregular times (about 30 fps), AAC sound, held upright. FFmpeg 5.1 writes the
        // display matrix (rotate=90) only when the stream is copied, as a phone's file is remuxed.
        QVERIFY(ffmpeg({QStringLiteral("-f"),
                        QStringLiteral("lavfi"),
                        QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x180:rate=30,settb=1/1000,setpts='floor((N+0.4*sin(N))*33)'"),
                        QStringLiteral("-f"),
                        QStringLiteral("lavfi"),
                        QStringLiteral("-i"),
                        QStringLiteral("sine=frequency=440:sample_rate=48000"),
                        QStringLiteral("-t"),
                        QStringLiteral("3"),
                        QStringLiteral("-c:v"),
                        QStringLiteral("libx264"),
                        QStringLiteral("-preset"),
                        QStringLiteral("veryfast"),
                        QStringLiteral("-pix_fmt"),
                        QStringLiteral("yuv420p"),
                        QStringLiteral("-fps_mode"),
                        QStringLiteral("passthrough"),
                        QStringLiteral("-enc_time_base"),
                        QStringLiteral("-1"),
                        QStringLiteral("-video_track_timescale"),
                        QStringLiteral("1000"),
                        QStringLiteral("-c:a"),
                        QStringLiteral("aac"),
                        src(QStringLiteral("phone-encoded.mov"))}));
        QVERIFY(ffmpeg({QStringLiteral("-i"), src(QStringLiteral("phone-encoded.mov")), QStringLiteral("-c"),
                        QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"),
                        src(QStringLiteral("IMG_0412.MOV"))}));
        const test::ProcessRun probe
            = test::run(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                         QStringLiteral("-select_streams"), QStringLiteral("v"), src(QStringLiteral("IMG_0412.MOV"))});
        QVERIFY2(probe.out.contains("rotation=90") || probe.out.contains("rotation=-90"), probe.out.constData());
        // An old DVR's MPEG-4 Part 2: no lossless smart cut is possible, only copy (keyframes) or re-encoding.
        QVERIFY(
            fourSeconds({QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-g"), QStringLiteral("15"),
                         QStringLiteral("-bf"), QStringLiteral("0"), QStringLiteral("-q:v"), QStringLiteral("5")},
                        src(QStringLiteral("dvr-mpeg4.mp4"))));

        // A DVR's H.264 with B-frames and open GOPs: only the first keyframe is an IDR frame.
        QVERIFY(fourSeconds({QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                             QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                             QStringLiteral("-bf"), QStringLiteral("3"), QStringLiteral("-x264-params"),
                             QStringLiteral("keyint=15:min-keyint=15:scenecut=0:open-gop=1")},
                            src(QStringLiteral("dvr-opengop.mp4"))));
        m_hevc = importClip(src(QStringLiteral("ch03-hevc.mp4")), QStringLiteral("DVR export on a USB stick"),
                            QStringLiteral("ch03"));
        m_phone = importClip(src(QStringLiteral("IMG_0412.MOV")), QStringLiteral("Store manager's phone"),
                             QStringLiteral("phone"));
        m_mpeg4 = importClip(src(QStringLiteral("dvr-mpeg4.mp4")), QStringLiteral("Old DVR in the back office"),
                             QStringLiteral("ch01"));
        m_openGop = importClip(src(QStringLiteral("dvr-opengop.mp4")), QStringLiteral("DVR export on a USB stick"),
                               QStringLiteral("ch05"));
        QVERIFY(!m_hevc.isEmpty() && !m_phone.isEmpty() && !m_mpeg4.isEmpty() && !m_openGop.isEmpty());
    }

    // I and O on frames 10 and 40 of the HEVC clip, Trim (smart): an HEVC derivative of exactly frames 10..40 whose
    // stream-copied middle is the source's own frames, by the ffmpeg CLI.
    void hevcTrimInTheCaseWindowIsFrameExact()
    {
        const QList<QByteArray> source = test::ffmpegFrameMd5(src(QStringLiteral("ch03-hevc.mp4")));
        QCOMPARE(source.size(), 60);
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(openInWorkspace(workspace, m_hevc));
        PlayerWidget* player = workspace.player();
        QCOMPARE(player->frameCount(), source.size());
        markInOut(player, 10, 40);
        QCOMPARE(player->currentFrame(), 40);
        auto* mode = workspace.findChild<QComboBox*>(QStringLiteral("trimMode"));
        QVERIFY(mode);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("smart"));

        QSignalSpy created(&workspace, &CaseWorkspace::derivativeCreated);
        QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("trimButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(created.size() == 1, 120000);
        const QString trim = created.first().first().toString();
        auto derivative = MediaLibrary(*m_db).get(trim);
        QVERIFY(derivative);
        QCOMPARE(derivative->parentId, m_hevc);
        QCOMPARE(derivative->operation, QStringLiteral("trim"));
        const QJsonObject params = derivative->operationParams;
        QCOMPARE(params.value(QLatin1String("mode")).toString(), QStringLiteral("smart"));
        QCOMPARE(params.value(QLatin1String("first_frame")).toInt(), 10);
        QCOMPARE(params.value(QLatin1String("last_frame")).toInt(), 40);
        QVERIFY2(derivative->codec == QLatin1String("hevc"), qPrintable(derivative->codec));
        QVERIFY2(qAbs(derivative->duration - 31.0 / 15) < 0.002, qPrintable(QString::number(derivative->duration)));
        // The player shows it, 31 frames; the ffmpeg CLI counts the same and finds the copied middle unchanged.
        QTRY_COMPARE(player->mediaId(), trim);
        QCOMPARE(player->frameCount(), 31);
        const QList<QByteArray> frames = test::ffmpegFrameMd5(plainCopy(trim, QStringLiteral("trim.mp4")));
        QCOMPARE(frames.size(), 31);
        const int copiedFirst = params.value(QLatin1String("copied_first_frame")).toInt(-1);
        const int copiedLast = params.value(QLatin1String("copied_last_frame")).toInt(-1);
        QVERIFY2(copiedFirst > 10 && copiedLast >= copiedFirst && copiedLast <= 40,
                 qPrintable(QJsonDocument(params).toJson(QJsonDocument::Compact)));
        for (int i = copiedFirst; i <= copiedLast; ++i)
            QVERIFY2(frames[i - 10] == source[i], qPrintable(QStringLiteral("source frame %1").arg(i)));
    }

    // A smart trim of MPEG-4 Part 2 cannot be lossless: the window asks, in its own words, whether to re-encode.
    // "No" makes nothing and records nothing; "Re-encode" makes an H.264 derivative of the range, once — the
    // chosen trim mode stays what the person chose.
    void notLosslessOffersReencodeAndBothAnswersDoWhatTheySay_data()
    {
        QTest::addColumn<int>("clip");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<bool>("copyCuts"); // a keyframe-aligned copy is offered as the lossless way
        QTest::newRow("MPEG-4 Part 2") << 0 << 5 << 35 << true;
        QTest::newRow("H.264 open GOP, no IDR frame in the range") << 1 << 20 << 40 << false;
    }

    void notLosslessOffersReencodeAndBothAnswersDoWhatTheySay()
    {
        QFETCH(int, clip);
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(bool, copyCuts);
        const QString source = clip == 0 ? m_mpeg4 : m_openGop;
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(openInWorkspace(workspace, source));
        PlayerWidget* player = workspace.player();
        QCOMPARE(player->frameCount(), 60);
        markInOut(player, in, out);
        auto* mode = workspace.findChild<QComboBox*>(QStringLiteral("trimMode"));
        QVERIFY(mode);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("smart"));
        auto* trimButton = workspace.findChild<QPushButton*>(QStringLiteral("trimButton"));
        QSignalSpy created(&workspace, &CaseWorkspace::derivativeCreated);

        // Declined: nothing is made, nothing is recorded.
        const int mediaBefore = mediaInCase();
        const int custodyBefore = custodyChanges();
        QVERIFY(mediaBefore > 0 && custodyBefore > 0);
        QTest::mouseClick(trimButton, Qt::LeftButton);
        QMessageBox* offer = reencodeOffer(workspace);
        QVERIFY2(offer, "no re-encode offer");
        const QString question = offer->text() + QLatin1Char('\n') + offer->informativeText();
        qInfo("%s", qPrintable(question));
        for (const char* words : {"cannot be cut", "without re-encoding", "H.264", "original"})
            QVERIFY2(question.contains(QLatin1String(words)), qPrintable(question));
        QVERIFY2(!question.contains(QLatin1String("--")), qPrintable(question)); // a window's words, not the CLI's
        QCOMPARE(question.contains(QLatin1String("Copy (keyframes)")), copyCuts);
        QAbstractButton* yes = nullptr;
        QAbstractButton* no = nullptr;
        for (QAbstractButton* b : offer->buttons()) {
            if (offer->buttonRole(b) == QMessageBox::AcceptRole)
                yes = b;
            else if (offer->buttonRole(b) == QMessageBox::RejectRole)
                no = b;
        }
        QVERIFY(yes && no);
        QVERIFY2(yes->text().contains(QLatin1String("Re-encode")), qPrintable(yes->text()));
        QTest::mouseClick(no, Qt::LeftButton);
        QTRY_VERIFY(workspace.findChild<QMessageBox*>(QStringLiteral("reencodeOffer")) == nullptr);
        JobQueue* jobs = JobQueue::of(&workspace, *m_db);
        QVERIFY2(jobs->running() == 0 && jobs->waiting() == 0, "a trim runs after \"Don't trim\"");
        QCOMPARE(created.size(), 0);
        QCOMPARE(mediaInCase(), mediaBefore);
        QCOMPARE(custodyChanges(), custodyBefore);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("smart"));

        // Accepted: an H.264 derivative of exactly the frames from in to out, recorded in custody.
        QTest::mouseClick(trimButton, Qt::LeftButton);
        offer = reencodeOffer(workspace);
        QVERIFY2(offer, "no re-encode offer the second time");
        for (QAbstractButton* b : offer->buttons())
            if (offer->buttonRole(b) == QMessageBox::AcceptRole)
                yes = b;
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(created.size() == 1, 120000);
        auto derivative = MediaLibrary(*m_db).get(created.first().first().toString());
        QVERIFY(derivative);
        QCOMPARE(derivative->parentId, source);
        QCOMPARE(derivative->operationParams.value(QLatin1String("mode")).toString(), QStringLiteral("reencode"));
        QCOMPARE(derivative->operationParams.value(QLatin1String("first_frame")).toInt(), in);
        QCOMPARE(derivative->operationParams.value(QLatin1String("last_frame")).toInt(), out);
        QCOMPARE(derivative->codec, QStringLiteral("h264"));
        QCOMPARE(test::ffmpegFrameMd5(plainCopy(derivative->id, derivative->id + QStringLiteral(".mp4"))).size(),
                 out - in + 1);
        QCOMPARE(mediaInCase(), mediaBefore + 1);
        QCOMPARE(custodyChanges(), custodyBefore + 1);
        // The re-encode was for this trim only: the next trim is smart again, as chosen.
        QCOMPARE(mode->currentData().toString(), QStringLiteral("smart"));
    }

    // The phone clip plays upright at its own frame times; "Export still…" writes the upright picture shown; the
    // HEVC and phone masters leave in a package as the bytes received (sha256sum -c passes on the unpacked package).
    void hevcAndPhoneClipsExportFromTheCaseWindow()
    {
        const QList<QByteArray> phoneFrames = test::ffmpegFrameMd5(src(QStringLiteral("IMG_0412.MOV")));
        QVERIFY(phoneFrames.size() > 60);
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(openInWorkspace(workspace, m_phone));
        PlayerWidget* player = workspace.player();
        QCOMPARE(player->frameCount(), phoneFrames.size());
        const QList<double> times = player->frameSeconds();
        bool variable = false;
        for (int i = 2; i < times.size(); ++i)
            variable = variable || qAbs((times[i] - times[i - 1]) - (times[1] - times[0])) > 0.002;
        QVERIFY(variable);
        player->setFocus();
        // Frame 20 starts 12 ms after 20 frames at the clip's average rate: a still taken at a fixed-rate time
        // would be frame 19.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QCOMPARE(player->currentFrame(), 20);
        const QImage shown = player->view()->frame();
        QCOMPARE(shown.size(), QSize(180, 320)); // upright, as the phone was held

        const QImage png = exportStill(workspace, QStringLiteral("phone-still.png"));
        QCOMPARE(png.size(), QSize(180, 320));
        QVERIFY(png == shown.convertToFormat(QImage::Format_RGB32));
        // The PNG is written before the still is recorded and the tree reads the case again: wait for that.
        QTRY_VERIFY(workspace.itemFor(m_phone) && workspace.itemFor(m_phone)->childCount() == 1);
        // The HEVC clip's still: a frame between B-frames, the pixels shown. Back in the case window after the file
        // dialog, the arrow keys step the player again.
        QVERIFY(openInWorkspace(workspace, m_hevc));
        workspace.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&workspace));
        player->setFocus();
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(player, Qt::Key_Right);
        QCOMPARE(player->currentFrame(), 7);
        QVERIFY(exportStill(workspace, QStringLiteral("hevc-still.png"))
                == player->view()->frame().convertToFormat(QImage::Format_RGB32));

        // Request the release of the two masters from the case window.
        QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("requestReleaseButton")), Qt::LeftButton);
        ReleaseRequestDialog* request = nullptr;
        QTRY_VERIFY((request = workspace.findChild<ReleaseRequestDialog*>()) != nullptr);
        for (int i = 0; i < request->items()->topLevelItemCount(); ++i)
            request->items()->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        int ticked = 0;
        for (int i = 0; i < request->items()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = request->items()->topLevelItem(i);
            // What the person reads: the release dialog names an original by its camera.
            if (item->text(0) == QLatin1String("Original clip, camera ch03")
                || item->text(0) == QLatin1String("Original clip, camera phone")) {
                item->setCheckState(0, Qt::Checked);
                ++ticked;
            }
        }
        // And the HEVC trim made above, a derivative that must leave playable.
        QString hevcTrim; // made by hevcTrimInTheCaseWindowIsFrameExact
        for (int i = 0; i < workspace.itemFor(m_hevc)->childCount(); ++i) {
            const QString id = workspace.itemFor(m_hevc)->child(i)->data(0, Qt::UserRole).toString();
            if (MediaLibrary(*m_db).get(id)->operation == QLatin1String("trim"))
                hevcTrim = id;
        }
        QVERIFY2(!hevcTrim.isEmpty(), "no HEVC trim: run the whole test");
        for (int i = 0; i < request->items()->topLevelItemCount(); ++i)
            if (request->items()->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == hevcTrim) {
                request->items()->topLevelItem(i)->setCheckState(0, Qt::Checked);
                ++ticked;
            }
        QVERIFY2(ticked == 3, qPrintable(QString::number(ticked)));
        request->note()->setPlainText(QStringLiteral("DVR and phone footage for Officer Ruiz"));
        QSignalSpy requested(&workspace, &CaseWorkspace::releaseRequested);
        request->accept();
        QCOMPARE(requested.size(), 1);
        const QString release = requested.first().first().toString();
        auto lena = test::openAs(m_db->path(), QStringLiteral("lena"));
        QVERIFY(lena);
        QVERIFY(ReleaseService(*lena).approve(release, QStringLiteral("Approved."), {}));

        const QString package = m_dir.filePath(QStringLiteral("out/package.zip"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        ExportPackageDialog dialog(*m_db, release);
        dialog.show();
        dialog.target()->setText(package);
        dialog.encrypt()->setChecked(false);
        QSignalSpy exported(&dialog, &ExportPackageDialog::exported);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 1, 120000);

        const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
        const test::ProcessRun unzip
            = test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), package, QStringLiteral("-d"), unpacked});
        QVERIFY2(unzip.exitCode == 0, qPrintable(unzip.describe()));
        QProcess sums;
        sums.setWorkingDirectory(unpacked);
        sums.start(QStringLiteral("sha256sum"),
                   {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")});
        QVERIFY(sums.waitForFinished(60000));
        QVERIFY2(sums.exitCode() == 0, sums.readAllStandardOutput().constData());
        const QJsonObject manifest
            = QJsonDocument::fromJson(test::readFile(unpacked + QStringLiteral("/manifest.json"))).object();
        QHash<QString, QString> bySha;
        for (const QJsonValue& v : manifest.value(QLatin1String("files")).toArray())
            bySha.insert(v.toObject().value(QLatin1String("sha256")).toString(),
                         v.toObject().value(QLatin1String("path")).toString());
        for (const QString& clip : {QStringLiteral("ch03-hevc.mp4"), QStringLiteral("IMG_0412.MOV")}) {
            const QString sha = test::sha256OfFile(src(clip));
            QVERIFY2(bySha.contains(sha),
                     qPrintable(clip + QStringLiteral(" not in the package: ")
                                + QString::fromUtf8(QJsonDocument(manifest).toJson())));
            const QString inPackage = unpacked + QLatin1Char('/') + bySha.value(sha);
            QCOMPARE(test::sha256OfFile(inPackage), sha);
            QCOMPARE(test::ffmpegFrameMd5(inPackage), test::ffmpegFrameMd5(src(clip)));
        }
        const QString trimSha = MediaLibrary(*m_db).get(hevcTrim)->sha256;
        QVERIFY2(bySha.contains(trimSha), "the HEVC trim is not in the package");
        const QList<QByteArray> trimFrames = test::ffmpegFrameMd5(unpacked + QLatin1Char('/') + bySha.value(trimSha));
        QCOMPARE(trimFrames.size(), 31);
        QCOMPARE(trimFrames, test::ffmpegFrameMd5(plainCopy(hevcTrim, QStringLiteral("trim-again.mp4"))));
    }
};

QTEST_MAIN(TestGuiRealWorldMedia)
#include "TestGuiRealWorldMedia.moc"
