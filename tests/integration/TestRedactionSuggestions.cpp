// Assisted redaction through lpdesk-cli on material the team did not write, as an investigator runs it:
//  * plates: OpenCV's car photograph licenseplate_motion.jpg (opencv-doc), its blurred plate replaced by a plate-shaped
//    card of real print (a line of scikit-image's bw_text.png, python3-skimage) that the packaged Haar plate cascade
//    fires on; the card's box is the ground truth. `redact suggest --detect plates` at the default settings must
//    suggest it (the cascade's hits all score 0.3, under the default minimum of 0.7 that faces and people keep);
//  * a box a person draws, followed by `redact track` (the astronaut's face moving along a known path over vtest.avi);
//  * the reason the investigator picks, and the redaction log of the rendered derivative and of the package's report:
//    which region came from a detector and which from a person, and who accepted them.
#include "ComposedFaces.h"
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "crypto/X25519.h"
#include "detect/Detection.h"
#include "media/VideoDecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace lpdesk;

namespace {

// The plate clip: the photograph (600×482) with the card at PlateBox, still for two seconds.
constexpr int PlateWidth = 600, PlateHeight = 482, PlateFps = 25, PlateSeconds = 2;
const QRectF PlateBox(220, 228, 150, 40);

QString carPhotoPath()
{
    return QStringLiteral("/usr/share/doc/opencv-doc/examples/data/licenseplate_motion.jpg");
}

QString printPath()
{
    return QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/bw_text.png");
}

// The face clip for tracking: the astronaut's face (about 65×69) walking right and a little down for five seconds.
const test::FaceMover Walker {120, 127, 60, 70, 90, 12};

test::ComposedClip walkerClip()
{
    test::ComposedClip c;
    c.width = 640;
    c.height = 360;
    c.seconds = 5;
    c.movers = {Walker};
    return c;
}

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

// A face lost for a while: the walker's face, a grey card over its eyes and nose (moving with it, as a hand or a shelf
// edge would) in frames 30–70, where the detectors do not find it.
constexpr int CardFrom = 30, CardTo = 70;

test::ComposedClip cardClip()
{
    test::ComposedClip c = walkerClip();
    c.seconds = 4;
    c.movers = {test::FaceMover {120, 127, 20, 120, 100, 0}};
    c.occlusions = {test::Occlusion {0, CardFrom, CardTo, 0.7}};
    return c;
}

// The share of `truth` inside `box`.
double covered(const QRectF& box, const QRectF& truth)
{
    const QRectF i = box.intersected(truth);
    return i.isEmpty() ? 0 : i.width() * i.height() / (truth.width() * truth.height());
}

} // namespace

class TestRedactionSuggestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_case, m_plateMedia, m_walkerMedia;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun ivy(const QStringList& args) const { return test::cliAs(m_db, QStringLiteral("ivy"), args); }
    QString import(const QString& file) const
    {
        const auto imported
            = ivy({QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import"), file,
                   QStringLiteral("--case"), m_case, QStringLiteral("--source"), QStringLiteral("DVR export")});
        if (imported.exitCode != 0)
            qWarning("%s", qPrintable(imported.describe()));
        return QJsonDocument::fromJson(imported.out).array().first()[QLatin1String("id")].toString();
    }
    // `redact suggest` on media into plan (a file in the test's folder) with extra options.
    test::ProcessRun suggest(const QString& media, const QString& plan, const QStringList& extra) const
    {
        return ivy(QStringList {QStringLiteral("--json"), QStringLiteral("redact"), QStringLiteral("suggest"), media,
                                QStringLiteral("--case"), m_case, QStringLiteral("--out"), path(plan)}
                   + extra);
    }
    // The box of region (its plan's JSON) at frame, in pixels.
    static QRectF boxAt(const QJsonObject& region, double seconds, int width, int height)
    {
        auto plan = RedactionPlan::parse(
            QJsonDocument(QJsonObject {{QLatin1String("version"), 1}, {QLatin1String("regions"), QJsonArray {region}}})
                .toJson());
        if (!plan || plan->regions.isEmpty())
            return {};
        return test::toPixels(plan->regions.first().boxAt(seconds), width, height);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(carPhotoPath()), "opencv-doc is not installed (packaging/deps.txt)");
        QVERIFY2(QFile::exists(printPath()), "python3-skimage is not installed (packaging/deps.txt)");
        // The card: a line of print (280×30 at 130,200: "…d glowing creature, that over an…"), on light grey with a
        // dark 2-pixel border, 150×40 like a plate seen from a few metres, over the photograph's blurred plate.
        const QString plate = path(QStringLiteral("plate.mp4"));
        // Each picture looped for the clip's length at its frame rate.
        QStringList args {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y")};
        for (const QString& picture : {carPhotoPath(), printPath()})
            args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
                 << QString::number(PlateFps) << QStringLiteral("-t") << QString::number(PlateSeconds)
                 << QStringLiteral("-i") << picture;
        args << QStringLiteral("-filter_complex")
             << QStringLiteral("[1:v]crop=280:30:130:200,scale=%1:%2,pad=%3:%4:4:4:color=0xebebeb,"
                               "drawbox=x=0:y=0:w=%3:h=%4:color=0x141414:t=2[card];[0:v][card]overlay=%5:%6,"
                               "format=yuv420p")
                    .arg(PlateBox.width() - 8)
                    .arg(PlateBox.height() - 8)
                    .arg(PlateBox.width())
                    .arg(PlateBox.height())
                    .arg(PlateBox.x())
                    .arg(PlateBox.y())
             << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
             << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("18") << plate;
        const auto made = test::run(QStringLiteral("ffmpeg"), args);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString walker = path(QStringLiteral("walker.mp4"));
        const QString error = test::composeFaceClip(walker, walkerClip());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_db = test::createDatabaseWith(
            path(QStringLiteral("db")),
            {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}});
        QVERIFY(!m_db.isEmpty());
        const auto opened = ivy(
            {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Car park")});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.describe()));
        m_case = QString::fromUtf8(opened.out.trimmed());
        m_plateMedia = import(plate);
        m_walkerMedia = import(walker);
        QVERIFY(!m_plateMedia.isEmpty() && !m_walkerMedia.isEmpty());
    }

    // At the default settings `--detect plates` suggests the plate, labelled low confidence with its score, and the
    // suggestion covers the plate in every frame; asking for faces and people as well lets no weak face or person
    // hit on the photograph through.
    void plateIsSuggestedAtDefaults()
    {
        const auto run = suggest(m_plateMedia, QStringLiteral("plates.json"),
                                 {QStringLiteral("--detect"), QStringLiteral("faces,people,plates")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary[QLatin1String("min_confidence")].toDouble(), 0.7);
        const QJsonArray regions = jsonFile(path(QStringLiteral("plates.json")))[QLatin1String("regions")].toArray();
        qInfo("plates at defaults: %lld regions", static_cast<long long>(regions.size()));
        QVERIFY2(!regions.isEmpty(), "no plate suggested at the default settings");
        double worstIou = 1, worstCover = 1;
        int onPlate = 0;
        for (const QJsonValue& v : regions) {
            const QJsonObject r = v.toObject();
            const QJsonObject origin = r[QLatin1String("origin")].toObject();
            QCOMPARE(origin[QLatin1String("kind")].toString(), QStringLiteral("plate"));
            QCOMPARE(origin[QLatin1String("source")].toString(), QStringLiteral("detection"));
            QVERIFY(origin[QLatin1String("confidence")].toDouble() < 0.7);
            QVERIFY2(r[QLatin1String("label")].toString().contains(QStringLiteral("low confidence 0.30")),
                     qPrintable(r[QLatin1String("label")].toString()));
            if (test::iou(boxAt(r, 1.0, PlateWidth, PlateHeight), PlateBox) < 0.2)
                continue;
            ++onPlate;
            for (int f = 0; f < PlateFps * PlateSeconds; ++f) {
                const QRectF box = boxAt(r, static_cast<double>(f) / PlateFps, PlateWidth, PlateHeight);
                worstIou = std::min(worstIou, test::iou(box, PlateBox));
                worstCover = std::min(worstCover, covered(box, PlateBox));
            }
        }
        qInfo("plate region: worst IoU %.2f with the card, worst share of the card covered %.3f", worstIou, worstCover);
        QCOMPARE(onPlate, 1);
        QVERIFY(worstCover >= 0.98);
        QVERIFY(worstIou >= 0.25); // padded by 15 % and the tolerance: the cascade's box is taller than the card

        // The plate floor is a setting of its own: above the cascade's score, no plate.
        const auto strict = suggest(m_plateMedia, QStringLiteral("strict.json"),
                                    {QStringLiteral("--detect"), QStringLiteral("plates"),
                                     QStringLiteral("--min-plate-confidence"), QStringLiteral("0.5")});
        QVERIFY2(strict.exitCode == 0, qPrintable(strict.describe()));
        QCOMPARE(jsonFile(path(QStringLiteral("strict.json")))[QLatin1String("regions")].toArray().size(), 0);
    }

    // The walker's face lost behind the card for 41 frames is followed forwards from its last sighting and backwards
    // from where it is found again; merged, the boxes are nearer the face over the gap than the forward follower's
    // alone (which lags the face and wobbles in size), still one track, the face inside a region in every frame.
    void gapIsBridgedBackwards()
    {
        const QString mp4 = path(QStringLiteral("card.mp4"));
        const test::ComposedClip clip = cardClip();
        const QString error = test::composeFaceClip(mp4, clip);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const X25519KeyPair key = X25519::generate();
        const QString enc = path(QStringLiteral("card.lpenc"));
        QVERIFY(test::encryptClip(mp4, enc, key));
        auto video = VideoDecoder::open(enc, key);
        QVERIFY(video);
        const int frames = (*video)->frameCount();
        struct Run
        {
            qsizetype tracks = 0;
            int exposed = 0; // frames where the face is not inside a region (98 %)
            int undetected = 0; // frames under the card without a detection
            double meanIou = 0; // of the track's box with the face over the frames under the card
            int backwardUpdates = 0;
        };
        const auto measure = [&](bool backwards, Run* run) {
            detect::Options options;
            options.bridgeBackwards = backwards;
            detect::Stats stats;
            auto tracks = detect::Detector::findTracks(**video, options, {}, nullptr, &stats);
            if (!tracks)
                return false;
            const RedactionPlan plan
                = test::planOf(*tracks, (*video)->frames(), clip.width, clip.height, options.padding);
            run->tracks = tracks->size();
            run->backwardUpdates = stats.backwardUpdates;
            double sum = 0;
            for (int f = 0; f < frames; ++f) {
                const QRectF face = clip.subjectAt(0, f);
                double inside = 0, overlap = 0;
                bool detected = false;
                for (const RedactionRegion& r : plan.regions)
                    inside = std::max(
                        inside,
                        covered(test::toPixels(r.boxAt((*video)->frames()[f].seconds), clip.width, clip.height), face));
                for (const detect::Track& t : std::as_const(*tracks))
                    if (const detect::TrackBox* b = t.at(f)) {
                        detected = detected || b->detected;
                        overlap = std::max(overlap, test::iou(test::toPixels(b->rect, clip.width, clip.height), face));
                    }
                run->exposed += inside < 0.98 ? 1 : 0;
                if (f >= CardFrom && f <= CardTo) {
                    sum += overlap;
                    run->undetected += detected ? 0 : 1;
                }
            }
            run->meanIou = sum / (CardTo - CardFrom + 1);
            qInfo("%s: %lld tracks, face outside every region in %d frames, under the card %d of %d frames without a "
                  "detection, IoU of the track's box with the face there %.3f (mean), %d backward tracker updates",
                  backwards ? "forwards and backwards" : "forwards only", static_cast<long long>(run->tracks),
                  run->exposed, run->undetected, CardTo - CardFrom + 1, run->meanIou, run->backwardUpdates);
            return true;
        };
        Run forward, both;
        QVERIFY(measure(false, &forward));
        QVERIFY(measure(true, &both));
        QVERIFY2(both.undetected >= 30, "the detectors lose the face under the card");
        QCOMPARE(both.tracks, 1);
        QCOMPARE(both.exposed, 0);
        QVERIFY(both.backwardUpdates > 0);
        QVERIFY2(both.meanIou > forward.meanIou + 0.02, "the merged boxes are nearer the face than the forward ones");
    }

    // A box a person draws on the walker's face at 1 s, followed through the clip: one region from the person, its
    // keyframes inside the clip and few (the face moves in a straight line), on the face (IoU >= 0.7) in every frame.
    void trackedBoxFollowsTheFace()
    {
        const test::ComposedClip clip = walkerClip();
        const QRectF start = clip.subjectAt(0, 25);
        const QString box = QStringLiteral("1.0,%1,%2,%3,%4")
                                .arg(start.x(), 0, 'f', 1)
                                .arg(start.y(), 0, 'f', 1)
                                .arg(start.width(), 0, 'f', 1)
                                .arg(start.height(), 0, 'f', 1);
        const auto run = ivy({QStringLiteral("--json"), QStringLiteral("redact"), QStringLiteral("track"),
                              m_walkerMedia, QStringLiteral("--case"), m_case, QStringLiteral("--box"), box,
                              QStringLiteral("--out"), path(QStringLiteral("track.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject plan = jsonFile(path(QStringLiteral("track.json")));
        QCOMPARE(plan[QLatin1String("version")].toInt(), 1);
        const QJsonArray regions = plan[QLatin1String("regions")].toArray();
        QCOMPARE(regions.size(), 1);
        const QJsonObject region = regions.first().toObject();
        QCOMPARE(region[QLatin1String("id")].toString(), QStringLiteral("region-1"));
        QCOMPARE(region[QLatin1String("reason")].toString(), QStringLiteral("bystander"));
        const QJsonObject origin = region[QLatin1String("origin")].toObject();
        QCOMPARE(origin[QLatin1String("source")].toString(), QStringLiteral("person"));
        QCOMPARE(origin[QLatin1String("kind")].toString(), QStringLiteral("region"));
        const QJsonArray keyframes = region[QLatin1String("keyframes")].toArray();
        const int frames = clip.fps * clip.seconds;
        double last = -1;
        for (const QJsonValue& k : keyframes) {
            const double t = k[QLatin1String("t")].toDouble();
            QVERIFY(t > last && t <= (frames - 1.0) / clip.fps + 1e-6);
            last = t;
        }
        QCOMPARE(keyframes.first()[QLatin1String("t")].toDouble(), 0.0);
        QVERIFY(std::abs(last - (frames - 1.0) / clip.fps) < 1e-6);
        double worst = 1, sum = 0;
        for (int f = 0; f < frames; ++f) {
            const double overlap = test::iou(boxAt(region, static_cast<double>(f) / clip.fps, clip.width, clip.height),
                                             clip.subjectAt(0, f));
            worst = std::min(worst, overlap);
            sum += overlap;
        }
        qInfo("tracked box: %lld keyframes for %d frames, IoU with the face mean %.3f, worst %.3f",
              static_cast<long long>(keyframes.size()), frames, sum / frames, worst);
        QVERIFY2(keyframes.size() * 3 <= frames, "keyframes only where interpolation would be off");
        QVERIFY(worst >= 0.7);
    }

    // The reason the investigator picks is the reason of every suggested region; "other" needs its text, which the
    // plan then carries (without it the plan could not be rendered).
    void suggestionsCarryTheReasonPicked()
    {
        const auto minor = suggest(
            m_walkerMedia, QStringLiteral("minor.json"),
            {QStringLiteral("--detect"), QStringLiteral("faces"), QStringLiteral("--reason"), QStringLiteral("minor")});
        QVERIFY2(minor.exitCode == 0, qPrintable(minor.describe()));
        const QJsonArray faces = jsonFile(path(QStringLiteral("minor.json")))[QLatin1String("regions")].toArray();
        QVERIFY(!faces.isEmpty());
        for (const QJsonValue& r : faces) {
            QCOMPARE(r[QLatin1String("reason")].toString(), QStringLiteral("minor"));
            QCOMPARE(r[QLatin1String("origin")][QLatin1String("kind")].toString(), QStringLiteral("face"));
        }
        const auto plates = suggest(m_plateMedia, QStringLiteral("plates-reason.json"),
                                    {QStringLiteral("--detect"), QStringLiteral("plates"), QStringLiteral("--reason"),
                                     QStringLiteral("other"), QStringLiteral("--reason-text"),
                                     QStringLiteral("vehicle registration")});
        QVERIFY2(plates.exitCode == 0, qPrintable(plates.describe()));
        const QJsonArray plateRegions
            = jsonFile(path(QStringLiteral("plates-reason.json")))[QLatin1String("regions")].toArray();
        QVERIFY(!plateRegions.isEmpty());
        for (const QJsonValue& r : plateRegions) {
            QCOMPARE(r[QLatin1String("reason")].toString(), QStringLiteral("other"));
            QCOMPARE(r[QLatin1String("reason_text")].toString(), QStringLiteral("vehicle registration"));
        }
        const auto rendered = ivy({QStringLiteral("redact"), m_plateMedia, QStringLiteral("--plan"),
                                   path(QStringLiteral("plates-reason.json")), QStringLiteral("--case"), m_case});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.describe()));

        const auto bare = suggest(m_plateMedia, QStringLiteral("bare-other.json"),
                                  {QStringLiteral("--detect"), QStringLiteral("plates"), QStringLiteral("--reason"),
                                   QStringLiteral("other")});
        QVERIFY2(bare.exitCode == 2, qPrintable(bare.describe()));
        QVERIFY(!QFile::exists(path(QStringLiteral("bare-other.json"))));
        const auto bareTrack
            = ivy({QStringLiteral("redact"), QStringLiteral("track"), m_walkerMedia, QStringLiteral("--case"), m_case,
                   QStringLiteral("--box"), QStringLiteral("1,100,100,60,60"), QStringLiteral("--reason"),
                   QStringLiteral("other"), QStringLiteral("--out"), path(QStringLiteral("x.json"))});
        QCOMPARE(bareTrack.exitCode, 2);
    }

    // A plan of a detected face and the box a person drew and the tracker followed, rendered and released: the
    // redaction log of the derivative and the package's report say which came from detection and which from a person,
    // and that ivy (who rendered the plan) accepted both. Runs after the tests above (their plans).
    void redactionLogSaysWhereRegionsCameFrom()
    {
        QJsonArray regions = jsonFile(path(QStringLiteral("minor.json")))[QLatin1String("regions")].toArray();
        QVERIFY(!regions.isEmpty());
        regions.append(jsonFile(path(QStringLiteral("track.json")))[QLatin1String("regions")].toArray().first());
        const QString plan = path(QStringLiteral("both.json"));
        QVERIFY(test::writeFile(
            plan,
            QJsonDocument(QJsonObject {{QLatin1String("version"), 1}, {QLatin1String("regions"), regions}}).toJson()));
        const auto rendered = ivy({QStringLiteral("--json"), QStringLiteral("redact"), m_walkerMedia,
                                   QStringLiteral("--plan"), plan, QStringLiteral("--case"), m_case});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.describe()));
        const QJsonArray log = QJsonDocument::fromJson(rendered.out).object()[QLatin1String("redaction_log")].toArray();
        QCOMPARE(log.size(), regions.size());
        QMap<QString, QJsonObject> origins;
        for (const QJsonValue& e : log)
            origins.insert(e[QLatin1String("region")].toString(), e[QLatin1String("origin")].toObject());
        const QJsonObject face = origins.value(QStringLiteral("face-1"));
        const QJsonObject drawn = origins.value(QStringLiteral("region-1"));
        QCOMPARE(face[QLatin1String("source")].toString(), QStringLiteral("detection"));
        QCOMPARE(drawn[QLatin1String("source")].toString(), QStringLiteral("person"));
        QCOMPARE(face[QLatin1String("accepted_by")].toString(), QStringLiteral("ivy"));
        QCOMPARE(drawn[QLatin1String("accepted_by")].toString(), QStringLiteral("ivy"));
        const QString faceWords = face[QLatin1String("description")].toString();
        const QString drawnWords = drawn[QLatin1String("description")].toString();
        QVERIFY2(faceWords.startsWith(QStringLiteral("detection (face,"))
                     && faceWords.contains(QStringLiteral("accepted by ivy")),
                 qPrintable(faceWords));
        QVERIFY2(drawnWords.startsWith(QStringLiteral("drawn by a person, followed by the tracker, accepted by ivy")),
                 qPrintable(drawnWords));

        // Released and exported: the package's report says the same.
        const auto request = ivy({QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                                  QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                                  QStringLiteral("redacted walker")});
        QVERIFY2(request.exitCode == 0, qPrintable(request.describe()));
        const QString id = QString::fromUtf8(request.out).trimmed();
        const auto approved = test::cliAs(m_db, QStringLiteral("lena"),
                                          {QStringLiteral("release"), QStringLiteral("approve"), id,
                                           QStringLiteral("--note"), QStringLiteral("fine")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
        const QString zip = path(QStringLiteral("package.zip"));
        const auto exported = ivy({QStringLiteral("export"), id, QStringLiteral("--out"), zip});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString unpacked = path(QStringLiteral("package"));
        QCOMPARE(
            test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), unpacked}).exitCode,
            0);
        // pdftotext breaks the table's cells into lines: the words are compared with the white space taken out.
        QString report = test::pdfText(unpacked + QStringLiteral("/report.pdf"));
        report.remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString& words :
             {QStringLiteral("detection(face,"), QStringLiteral("drawnbyaperson,followedbythetracker,acceptedbyivy")})
            QVERIFY2(report.contains(words), qPrintable(words));
        QVERIFY2(report.count(QStringLiteral("acceptedbyivy")) >= 2, "both regions accepted by ivy in the report");
    }

    // On widths where swscale's converters write past a row's end (600) or leave its tail unconverted (1366): the
    // still `frame` exports has the ffmpeg CLI's pixels (its bilinear BGR24 of the same frame), and `redact suggest`
    // runs (it aborted in malloc on 600-wide clips).
    void stillsAndSuggestionsOnAwkwardWidths()
    {
        for (const QSize size : {QSize(600, 480), QSize(1366, 768)}) {
            const QString name = QStringLiteral("bars-%1.mp4").arg(size.width());
            const auto made = test::run(
                QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                 QStringLiteral("-i"),
                 QStringLiteral("testsrc2=size=%1x%2:rate=25").arg(size.width()).arg(size.height()),
                 QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                 QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path(name)});
            QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
            const auto oracle = test::run(
                QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path(name), QStringLiteral("-vf"),
                 QStringLiteral("select=eq(n\\,5),scale=flags=bilinear,format=bgr24"), QStringLiteral("-frames:v"),
                 QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-")});
            QCOMPARE(oracle.out.size(), size.width() * size.height() * 3);
            const QString media = import(path(name));
            QVERIFY(!media.isEmpty());
            const QString png = path(name + QStringLiteral(".png"));
            const auto still = ivy({QStringLiteral("frame"), media, QStringLiteral("--at"), QStringLiteral("0.2"),
                                    QStringLiteral("--case"), m_case, QStringLiteral("--out"), png});
            QVERIFY2(still.exitCode == 0, qPrintable(still.describe()));
            const QImage image(png);
            QCOMPARE(image.size(), size);
            int worst = 0, worstX = -1;
            for (int y = 0; y < size.height(); ++y)
                for (int x = 0; x < size.width(); ++x) {
                    const QRgb p = image.pixel(x, y);
                    const auto* o = reinterpret_cast<const uchar*>(oracle.out.constData()) + (y * size.width() + x) * 3;
                    const int d
                        = std::max({std::abs(qBlue(p) - o[0]), std::abs(qGreen(p) - o[1]), std::abs(qRed(p) - o[2])});
                    if (d > worst)
                        worst = d, worstX = x;
                }
            qInfo("%dx%d still: worst %d (at x %d) from the ffmpeg CLI", size.width(), size.height(), worst, worstX);
            QVERIFY2(worst <= 3,
                     qPrintable(QStringLiteral("%1 wide: worst %2 at x %3").arg(size.width()).arg(worst).arg(worstX)));
            const auto run = suggest(media, name + QStringLiteral(".json"),
                                     {QStringLiteral("--detect"), QStringLiteral("faces,people,plates")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactionSuggestions)
#include "TestRedactionSuggestions.moc"
