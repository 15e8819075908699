// Assisted redaction against ground truth the team did not draw by hand: real CCTV footage (OpenCV's pedestrian
// video vtest.avi, opencv-doc) with a real photograph's face (scikit-image's astronaut.png, python3-skimage) moved
// along known paths by the ffmpeg CLI, once large and once small. Every frame's true face box is known from the
// overlay expressions. The suggestions are rendered with LP Desk's renderer and the output is read back with the
// ffmpeg CLI: no frame may show an uncovered face. Recall per frame, the IoU of a tracked box and the keyframe count
// are printed.
#include "ComposedFaces.h"
#include "TestSupport.h"

#include "crypto/X25519.h"
#include "detect/Detection.h"
#include "media/VideoDecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lpdesk;

namespace {

constexpr int Width = 1280, Height = 720, Fps = 25, Seconds = 6;

// Two copies of the face: a large one moving right and down, a small one moving left and up.
const test::FaceMover Large {120, 127, 100, 150, 200, 20};
const test::FaceMover Small {60, 64, 1100, -120, 500, -30};

test::ComposedClip composed()
{
    test::ComposedClip c;
    c.width = Width;
    c.height = Height;
    c.fps = Fps;
    c.seconds = Seconds;
    c.movers = {Large, Small};
    return c;
}

using test::iou;

QRectF pixels(const QRectF& normalised)
{
    return test::toPixels(normalised, Width, Height);
}

} // namespace

class TestAssistedRedaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key;
    QString m_clip; // .lpenc of the composed clip

    bool encrypt(const QString& mp4, const QString& enc) const { return test::encryptClip(mp4, enc, m_key); }
    static RedactionPlan planOf(const QList<detect::Track>& tracks, const QList<FrameInfo>& frames, double padding)
    {
        return test::planOf(tracks, frames, Width, Height, padding);
    }
    int exposedAfterRendering(const QString& enc, const RedactionPlan& plan, const test::ComposedClip& clip,
                              const QString& name) const
    {
        return test::exposedAfterRendering(enc, m_key, plan, clip, m_dir.filePath(name));
    }

    // Frames from `first` on (up to `end`, or the last) in which the clip's first mover's face is inside one of the
    // plan's boxes (≥ 98 %).
    static int coveredFrom(const RedactionPlan& plan, const QList<FrameInfo>& info, const test::ComposedClip& clip,
                           int first, int end = -1)
    {
        int covered = 0;
        for (int f = first; f < (end < 0 ? info.size() : end); ++f) {
            const QRectF truth = clip.movers[0].faceAt(f, Fps);
            for (const RedactionRegion& r : std::as_const(plan.regions)) {
                const QRectF inter = pixels(r.boxAt(info[f].seconds)).intersected(truth);
                if (inter.width() * inter.height() >= 0.98 * truth.width() * truth.height()) {
                    ++covered;
                    break;
                }
            }
        }
        return covered;
    }

    // A quiet scene (the footage's first frame held still) into which a small face steps at 1.5 s (frame 38, between
    // the gate's rescans of quiet tiles at frames 0, 30, 60 and 90), and stays.
    static test::ComposedClip quiet()
    {
        test::ComposedClip clip = composed();
        clip.seconds = 4;
        clip.stillBackground = true;
        clip.movers = {test::FaceMover {60, 64, 1100, 0, 500, 0}};
        clip.appearAt = {1.5};
        return clip;
    }
    QString quietMp4()
    {
        const QString mp4 = m_dir.filePath(QStringLiteral("quiet.mp4"));
        if (QFile::exists(mp4))
            return mp4;
        const QString error = test::composeFaceClip(mp4, quiet());
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? mp4 : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString mp4 = m_dir.filePath(QStringLiteral("composed.mp4"));
        const QString error = test::composeFaceClip(mp4, composed());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_key = X25519::generate();
        m_clip = m_dir.filePath(QStringLiteral("composed.lpenc"));
        QVERIFY(encrypt(mp4, m_clip));
    }

    // Detection + tracking with the fail-safe: every frame's faces are inside a suggested box, rendered output
    // included.
    void suggestionsCoverEveryFace()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        QCOMPARE((*video)->frameCount(), Fps * Seconds);
        detect::Options options; // faces, detection every 3rd frame, fail-safe on
        detect::Stats stats;
        auto tracks = detect::Detector::findTracks(**video, options, {}, nullptr, &stats);
        QVERIFY2(tracks, qPrintable(tracks.errorMessage()));
        // Only tracks that are kept are followed by the (costly) tracker: never more updates than kept tracks have
        // frames. A follower on every tentative hit on the footage's textures made ~6 updates a frame.
        qInfo("%d model passes, %d tiles skipped, %d tracker updates", stats.patchesRun, stats.tilesSkipped,
              stats.followerUpdates);
        QVERIFY(stats.followerUpdates <= tracks->size() * Fps * Seconds);
        const RedactionPlan plan = planOf(*tracks, (*video)->frames(), options.padding);
        for (qsizetype i = 0; i < tracks->size(); ++i)
            qInfo("track %lld: frames %d–%d, %d detections, confidence %.2f, %lld keyframes",
                  static_cast<long long>(i + 1), tracks->at(i).firstFrame(), tracks->at(i).lastFrame(),
                  tracks->at(i).detections, static_cast<double>(tracks->at(i).confidence),
                  static_cast<long long>(plan.regions[i].keyframes.size()));
        QVERIFY2(plan.regions.size() >= 2, "both faces found");
        QVERIFY2(plan.regions.size() <= 4, "no swarm of false positives on the footage");

        // Per frame: is each true face box inside the union of the plan's boxes (≥ 98 % of its area)?
        const QList<FrameInfo>& frames = (*video)->frames();
        int covered[2] = {0, 0};
        int detectedRecall[2] = {0, 0};
        for (int f = 0; f < frames.size(); ++f) {
            const test::FaceMover* movers[] = {&Large, &Small};
            for (int m = 0; m < 2; ++m) {
                const QRectF truth = movers[m]->faceAt(f, Fps);
                double best = 0;
                for (const RedactionRegion& r : std::as_const(plan.regions)) {
                    const QRectF box = pixels(r.boxAt(frames[f].seconds));
                    const QRectF inter = box.intersected(truth);
                    best = std::max(best, inter.width() * inter.height() / (truth.width() * truth.height()));
                }
                if (best >= 0.98)
                    ++covered[m];
                for (const detect::Track& t : std::as_const(*tracks))
                    if (const detect::TrackBox* b = t.at(f); b && iou(pixels(b->rect), truth) >= 0.4)
                        ++detectedRecall[m];
            }
        }
        const double n = static_cast<double>(frames.size());
        qInfo("large face: covered in %d/%d frames, track recall %.3f", covered[0], static_cast<int>(n),
              detectedRecall[0] / n);
        qInfo("small face: covered in %d/%d frames, track recall %.3f", covered[1], static_cast<int>(n),
              detectedRecall[1] / n);
        QVERIFY(detectedRecall[0] / n >= 0.95);
        QVERIFY(detectedRecall[1] / n >= 0.95);
        QCOMPARE(covered[0], static_cast<int>(n));
        QCOMPARE(covered[1], static_cast<int>(n));

        // Rendered: read back with the ffmpeg CLI, each true face box is flat (filled) in every frame.
        QCOMPARE(exposedAfterRendering(m_clip, plan, composed(), QStringLiteral("redacted.mp4")), 0);
    }

    // "Track this region": a box drawn on the large face at 1 s is followed for the rest of the clip (5 s) with
    // IoU ≥ 0.7 against the truth in every frame, and backwards to the start.
    void followedBoxStaysOnTheFace()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        // Drawn at 5 s and followed both ways: backwards, the 125 frames before it come in two stretches (at
        // 1280×720 about 97 pictures are kept at a time, and the clip is one GOP), so the second stretch starts
        // inside the GOP, decoded again from its keyframe.
        const int start = Fps * 5;
        const QRectF truth = Large.faceAt(start, Fps);
        detect::Options options;
        options.holdFrames = 0;
        auto track = detect::Detector::followBox(
            **video, start,
            QRectF(truth.x() / Width, truth.y() / Height, truth.width() / Width, truth.height() / Height), options);
        QVERIFY2(track, qPrintable(track.errorMessage()));
        QCOMPARE(track->firstFrame(), 0);
        QCOMPARE(track->lastFrame(), Fps * Seconds - 1);
        double worst = 1, sum = 0;
        for (int f = 0; f < Fps * Seconds; ++f) {
            const double v = iou(pixels(track->at(f)->rect), Large.faceAt(f, Fps));
            worst = std::min(worst, v);
            sum += v;
        }
        qInfo("followed box over %d s, 5 s of it backwards: IoU mean %.3f, worst %.3f", Seconds, sum / (Fps * Seconds),
              worst);
        QVERIFY(worst >= 0.7);
    }

    // The motion gate on a quiet scene (the footage's first frame held still): tiles where nothing moves are skipped
    // between rescans, and a small face (found only by the tiles) that steps into one of them between two rescans
    // is still covered from the frame it appears in, rendered output included.
    void motionGateSeesWhatStepsIn()
    {
        const test::ComposedClip clip = quiet();
        const QString mp4 = quietMp4();
        QVERIFY(!mp4.isEmpty());
        const QString enc = m_dir.filePath(QStringLiteral("quiet.lpenc"));
        QVERIFY(encrypt(mp4, enc));
        auto video = VideoDecoder::open(enc, m_key);
        QVERIFY(video);
        const int frames = (*video)->frameCount();
        QCOMPARE(frames, Fps * clip.seconds);
        const int appears = static_cast<int>(std::ceil(clip.appearAt[0] * Fps));

        detect::Options options; // the gate on (rescan every 30 frames)
        detect::Stats gated;
        auto tracks = detect::Detector::findTracks(**video, options, {}, nullptr, &gated);
        QVERIFY2(tracks, qPrintable(tracks.errorMessage()));
        options.rescanEvery = 0;
        options.tileEvery = 1;
        detect::Stats everyTile;
        auto reference = detect::Detector::findTracks(**video, options, {}, nullptr, &everyTile);
        QVERIFY2(reference, qPrintable(reference.errorMessage()));
        qInfo("quiet scene: %d model passes, %d tiles skipped by the gate and %d waiting their turn; %d passes "
              "without either; %lld/%lld tracks",
              gated.patchesRun, gated.tilesSkipped, gated.tilesDeferred, everyTile.patchesRun,
              static_cast<long long>(tracks->size()), static_cast<long long>(reference->size()));
        QCOMPARE(everyTile.tilesSkipped + everyTile.tilesDeferred, 0);
        QCOMPARE(gated.patchesRun + gated.tilesSkipped + gated.tilesDeferred, everyTile.patchesRun);
        QVERIFY2(gated.tilesSkipped > 0, "the gate skips still tiles that are due");
        QVERIFY2((gated.tilesSkipped + gated.tilesDeferred) * 2 > everyTile.patchesRun,
                 "most tiles of a quiet scene are not scanned");
        QCOMPARE(tracks->size(), reference->size());

        const RedactionPlan plan = planOf(*tracks, (*video)->frames(), options.padding);
        QVERIFY2(!plan.regions.isEmpty(), "the face that stepped in was found");
        QCOMPARE(coveredFrom(plan, (*video)->frames(), clip, appears), frames - appears);

        QCOMPARE(exposedAfterRendering(enc, plan, clip, QStringLiteral("quiet-redacted.mp4")), 0);
    }

    // The tiles take turns (each on every 2nd detection frame unless it holds a track): on the moving footage far
    // fewer model passes than every tile every time, with both faces still covered in every frame
    // (suggestionsCoverEveryFace runs with the default turns). Where the hold is too short to cover a face found
    // that late, the turn is lowered: a face stepping into a quiet tile must still be covered from its first frame.
    void tilesTakeTurns()
    {
        detect::Options options;
        QCOMPARE(detect::Detector::tileTurn(options), 2);
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        detect::Stats turns, everyTime;
        QVERIFY(detect::Detector::findTracks(**video, options, {}, nullptr, &turns));
        options.tileEvery = 1;
        QVERIFY(detect::Detector::findTracks(**video, options, {}, nullptr, &everyTime));
        qInfo("moving footage: %d model passes (%d tiles deferred) taking turns, %d with every tile every time",
              turns.patchesRun, turns.tilesDeferred, everyTime.patchesRun);
        QCOMPARE(everyTime.tilesDeferred, 0);
        QVERIFY(turns.tilesDeferred > 0);
        QVERIFY2(turns.patchesRun * 4 < everyTime.patchesRun * 3, "at least a quarter fewer model passes");

        // A short hold: turns of 10 detection frames (a tile up to 29 frames late) would leave a face uncovered.
        detect::Options shortHold;
        shortHold.holdFrames = 4;
        shortHold.tileEvery = 10;
        QCOMPARE(detect::Detector::tileTurn(shortHold), 1);
        shortHold.holdFrames = 0;
        QCOMPARE(detect::Detector::tileTurn(shortHold), 1);
        shortHold.holdFrames = 4;
        const test::ComposedClip clip = quiet();
        const QString enc = m_dir.filePath(QStringLiteral("quiet-turns.lpenc"));
        QVERIFY(encrypt(quietMp4(), enc));
        auto quietVideo = VideoDecoder::open(enc, m_key);
        QVERIFY(quietVideo);
        auto tracks = detect::Detector::findTracks(**quietVideo, shortHold);
        QVERIFY2(tracks, qPrintable(tracks.errorMessage()));
        const int frames = (*quietVideo)->frameCount();
        const int appears = static_cast<int>(std::ceil(clip.appearAt[0] * Fps));
        const RedactionPlan plan = planOf(*tracks, (*quietVideo)->frames(), shortHold.padding);
        QCOMPARE(coveredFrom(plan, (*quietVideo)->frames(), clip, appears), frames - appears);
    }

    // A face that leaves the picture is followed once the detectors lose it, but only while its boxes can still count:
    // past the hold after its last detection they are dropped, so the follower stops there instead of following the
    // background to the end of the clip. The face stays covered in every frame it is wholly inside the picture.
    void followerStopsAfterTheHold()
    {
        test::ComposedClip clip = composed();
        clip.seconds = 4;
        clip.movers = {test::FaceMover {120, 127, 700, 400, 250, 0}}; // out of the right edge at about 1.3 s
        const QString mp4 = m_dir.filePath(QStringLiteral("leaving.mp4"));
        const QString error = test::composeFaceClip(mp4, clip);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString enc = m_dir.filePath(QStringLiteral("leaving.lpenc"));
        QVERIFY(encrypt(mp4, enc));
        auto video = VideoDecoder::open(enc, m_key);
        QVERIFY(video);
        detect::Options options;
        options.followFrames = 15; // the clip is 100 frames: a follower to its end would pass the limit below
        detect::Stats stats;
        auto tracks = detect::Detector::findTracks(**video, options, {}, nullptr, &stats);
        QVERIFY2(tracks, qPrintable(tracks.errorMessage()));
        const int frames = (*video)->frameCount();
        int inside = 0; // the face is wholly inside the picture in frames [0, inside)
        while (inside < frames && QRectF(0, 0, Width, Height).contains(clip.movers[0].faceAt(inside, Fps)))
            ++inside;
        qInfo("face inside until frame %d of %d: %lld tracks, %d tracker updates", inside, frames,
              static_cast<long long>(tracks->size()), stats.followerUpdates);
        QVERIFY(inside > 0 && inside < frames / 2);
        QVERIFY2(stats.followerUpdates > 0, "the face is followed once the detectors lose it");
        QVERIFY2(stats.followerUpdates
                     <= tracks->size() * (options.holdFrames + options.detectEvery + options.followFrames),
                 "no follower runs on past the hold and the follow time");
        const RedactionPlan plan = planOf(*tracks, (*video)->frames(), options.padding);
        QCOMPARE(coveredFrom(plan, (*video)->frames(), clip, 0, inside), inside);
    }

    // Through lpdesk-cli as an investigator would: footage imported into a case, `redact suggest` with the gate
    // and with --rescan 0 (every tile every time) finds the same face, says what the gate saved, and refuses a
    // negative rescan; the suggestion is audited.
    void cliSuggestsWithTheMotionGate()
    {
        const QString mp4 = quietMp4();
        QVERIFY(!mp4.isEmpty());
        const QString db = m_dir.filePath(QStringLiteral("cases.lpdb"));
        auto admin = test::envAs(db, QStringLiteral("admin"));
        QCOMPARE(
            test::cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, admin).exitCode, 0);
        admin.insert(QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("ivy-pass"));
        QCOMPARE(test::cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ivy"),
                            QStringLiteral("--role"), QStringLiteral("investigator")},
                           admin)
                     .exitCode,
                 0);
        const auto ivy = [&](const QStringList& args) { return test::cliAs(db, QStringLiteral("ivy"), args); };
        const auto made = ivy(
            {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Quiet aisle")});
        QCOMPARE(made.exitCode, 0);
        const QString caseId = QString::fromUtf8(made.out.trimmed());
        const auto imported
            = ivy({QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import"), mp4,
                   QStringLiteral("--case"), caseId, QStringLiteral("--source"), QStringLiteral("DVR export")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QString media = QJsonDocument::fromJson(imported.out).array().first()[QLatin1String("id")].toString();
        QVERIFY(!media.isEmpty());

        const auto suggest = [&](const QStringList& extra, const QString& plan) {
            QStringList args {QStringLiteral("--json"),  QStringLiteral("redact"),
                              QStringLiteral("suggest"), media,
                              QStringLiteral("--case"),  caseId,
                              QStringLiteral("--out"),   m_dir.filePath(plan)};
            return ivy(args + extra);
        };
        const auto gated = suggest({}, QStringLiteral("gated.json"));
        QVERIFY2(gated.exitCode == 0, qPrintable(gated.describe()));
        const auto every = suggest(
            {QStringLiteral("--rescan"), QStringLiteral("0"), QStringLiteral("--tile-every"), QStringLiteral("1")},
            QStringLiteral("every.json"));
        QVERIFY2(every.exitCode == 0, qPrintable(every.describe()));
        const QJsonObject g = QJsonDocument::fromJson(gated.out).object();
        const QJsonObject e = QJsonDocument::fromJson(every.out).object();
        qInfo("cli: gated %d passes (%d tiles skipped), every tile %d passes", g[QLatin1String("model_passes")].toInt(),
              g[QLatin1String("tiles_skipped")].toInt(), e[QLatin1String("model_passes")].toInt());
        QCOMPARE(g[QLatin1String("rescan_every")].toInt(), 30);
        QCOMPARE(e[QLatin1String("rescan_every")].toInt(), 0);
        QVERIFY(g[QLatin1String("tiles_skipped")].toInt() > 0);
        QCOMPARE(e[QLatin1String("tiles_skipped")].toInt(), 0);
        QCOMPARE(g[QLatin1String("tile_every")].toInt(), 2);
        QCOMPARE(e[QLatin1String("tile_every")].toInt(), 1);
        QCOMPARE(e[QLatin1String("tiles_deferred")].toInt(), 0);
        QCOMPARE(g[QLatin1String("model_passes")].toInt() + g[QLatin1String("tiles_skipped")].toInt()
                     + g[QLatin1String("tiles_deferred")].toInt(),
                 e[QLatin1String("model_passes")].toInt());
        const auto regions = [&](const QString& plan) {
            return QJsonDocument::fromJson(test::readFile(m_dir.filePath(plan)))
                .object()[QLatin1String("regions")]
                .toArray()
                .size();
        };
        QCOMPARE(regions(QStringLiteral("gated.json")), 1);
        QCOMPARE(regions(QStringLiteral("every.json")), 1);

        // In words (the CLI speaks English, with English singulars and plurals).
        const auto words = ivy({QStringLiteral("redact"), QStringLiteral("suggest"), media, QStringLiteral("--case"),
                                caseId, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("words.json"))});
        QVERIFY2(words.exitCode == 0, qPrintable(words.describe()));
        QVERIFY2(words.err.contains("1 suggested region written to"), qPrintable(words.describe()));

        const auto negative = suggest({QStringLiteral("--rescan"), QStringLiteral("-1")}, QStringLiteral("bad.json"));
        QCOMPARE(negative.exitCode, 2);
        const auto word = suggest({QStringLiteral("--rescan"), QStringLiteral("often")}, QStringLiteral("bad.json"));
        QCOMPARE(word.exitCode, 2);
        const auto noTurn = suggest({QStringLiteral("--tile-every"), QStringLiteral("0")}, QStringLiteral("bad.json"));
        QCOMPARE(noTurn.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.json"))));
    }

    void refusesNonsense()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        detect::Options bad;
        bad.detectEvery = 0;
        QCOMPARE(detect::Detector::findTracks(**video, bad).error().kind, ErrorKind::Usage);
        detect::Options badGate;
        badGate.rescanEvery = -1;
        QCOMPARE(detect::Detector::findTracks(**video, badGate).error().kind, ErrorKind::Usage);
        badGate.rescanEvery = 30;
        badGate.tileEvery = 0;
        QCOMPARE(detect::Detector::findTracks(**video, badGate).error().kind, ErrorKind::Usage);
        detect::Options none;
        none.kinds.clear();
        QCOMPARE(detect::Detector::findTracks(**video, none).error().kind, ErrorKind::Usage);
        QCOMPARE(detect::Detector::followBox(**video, 10, QRectF(2, 2, 0.1, 0.1), {}).error().kind, ErrorKind::Usage);
        QCOMPARE(detect::Detector::followBox(**video, 9999, QRectF(0.1, 0.1, 0.1, 0.1), {}).error().kind,
                 ErrorKind::Usage);
        std::atomic_bool cancel {true};
        QCOMPARE(detect::Detector::findTracks(**video, {}, {}, &cancel).error().kind, ErrorKind::Cancelled);
        QCOMPARE(detect::Detector::faceModelSha256(),
                 QStringLiteral("427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2"));
    }
};

QTEST_GUILESS_MAIN(TestAssistedRedaction)
#include "TestAssistedRedaction.moc"
