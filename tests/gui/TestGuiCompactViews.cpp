// Space and colour at 1280×720: the case window's release banner is one or two lines (not a block of four or more
// that a wrapped label asks for), in English and in a longer Spanish-length sentence; the timeline's region lanes
// each carry the region's name and a colour of their own, told apart and readable in the light and dark themes.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/Theme.h"
#include "db/UserDirectory.h"
#include "player/TimelineWidget.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lpdesk;

class TestGuiCompactViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;

    static QImage render(TimelineWidget& t)
    {
        QImage image(t.size(), QImage::Format_RGB32);
        t.render(&image);
        return image;
    }

    static QList<TimelineWidget::Span> threeRegions(bool named)
    {
        QList<TimelineWidget::Span> spans;
        const char* names[] = {"r1 face (bystander)", "r2 plate", "r3 screen"};
        for (int i = 0; i < 3; ++i)
            spans << TimelineWidget::Span {named ? QString::fromLatin1(names[i]) : QString(), 0.0, 8.0, true, {}, {}};
        return spans;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        const QString path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(*opened);
        auto id = CaseService(*m_db).create(QStringLiteral("Banner and lanes"), {});
        QVERIFY(id);
        m_case = *id;
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 720));
    }

    void releaseBannerIsOneOrTwoLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("English") << QStringLiteral("Release requested: legal reviews it under Releases (Ctrl+3).");
        QTest::newRow("Spanish length") << QStringLiteral(
            "Publicación solicitada: el departamento legal la revisa en Publicaciones (Ctrl+3) antes de que salga "
            "nada del caso; recibirá un aviso cuando se apruebe o se rechace.");
    }

    void releaseBannerIsOneOrTwoLines()
    {
        QFETCH(QString, text);
        CaseWorkspace workspace(*m_db, m_case);
        workspace.resize(1280, 720);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QLabel* banner = workspace.banner();
        banner->setText(text);
        banner->show();
        QVERIFY(banner->wordWrap()); // a narrower window wraps it instead of growing wider
        const int line = banner->fontMetrics().lineSpacing();
        const int chrome = 2 * (banner->margin() + banner->frameWidth()) + banner->contentsMargins().top()
            + banner->contentsMargins().bottom();
        const int twoLines = 2 * line + chrome + 4;
        QVERIFY2(banner->sizeHint().height() <= twoLines,
                 qPrintable(QStringLiteral("size hint %1 px high, two lines are %2 px")
                                .arg(banner->sizeHint().height())
                                .arg(twoLines)));
        QTRY_VERIFY2(banner->height() <= twoLines,
                     qPrintable(QStringLiteral("%1 px high, two lines are %2 px").arg(banner->height()).arg(twoLines)));
        QVERIFY2(workspace.height() <= 720, qPrintable(QString::number(workspace.height()))); // it did not grow
    }

    void timelineLanesAreNamedAndTellApart_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void timelineLanesAreNamedAndTellApart()
    {
        QFETCH(bool, dark);
        TimelineWidget timeline;
        timeline.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        timeline.setDuration(10);
        timeline.setSpans(threeRegions(false));
        timeline.resize(800, timeline.sizeHint().height());
        const QColor base = timeline.palette().color(QPalette::Base);
        // Each lane its own colour, readable on the timeline (3:1, like the other marks).
        QSet<QRgb> colours;
        for (int i = 0; i < 3; ++i) {
            const QColor c = timeline.laneColor(i);
            colours.insert(c.rgb());
            QVERIFY2(Theme::contrast(c, base) >= 3.0, qPrintable(c.name()));
        }
        QCOMPARE(colours.size(), 3);
        // As painted: the middle of each lane's bar (where no name is drawn) in that colour.
        const QImage plain = render(timeline);
        const int lane0 = 90; // lanes of 16 px under the thumbnails and the axis
        QSet<QRgb> painted;
        for (int i = 0; i < 3; ++i)
            painted.insert(plain.pixel(600, lane0 + i * 16 + 8) & 0xffffff);
        QCOMPARE(painted.size(), 3);
        // Keyframes: a diamond on the lane at each keyframe's time (white inside), nothing between them.
        QList<TimelineWidget::Span> keyed = threeRegions(false);
        keyed[1].keyframes = {2.0, 5.0};
        timeline.setSpans(keyed);
        const QImage withKeys = render(timeline);
        const auto xAt
            = [&timeline](double s) { return 8 + static_cast<int>(std::lround(s / 10 * (timeline.width() - 16))); };
        const int middle = lane0 + 16 + 8;
        for (double k : keyed[1].keyframes) {
            QCOMPARE(withKeys.pixel(xAt(k), middle) & 0xffffff, QRgb(0xffffff));
            QVERIFY(plain.pixel(xAt(k), middle) != withKeys.pixel(xAt(k), middle));
        }
        QCOMPARE(withKeys.pixel(xAt(3.5), middle), plain.pixel(xAt(3.5), middle));
        QCOMPARE(withKeys.pixel(xAt(2.0), lane0 + 8), plain.pixel(xAt(2.0), lane0 + 8)); // only its own lane
        // Named: the names are drawn on the bars.
        timeline.setSpans(threeRegions(true));
        const QImage named = render(timeline);
        for (int i = 0; i < 3; ++i) {
            const QRect lane(8, lane0 + i * 16, 200, 16);
            QVERIFY2(named.copy(lane) != plain.copy(lane), qPrintable(QStringLiteral("lane %1 has no name").arg(i)));
        }
    }
};

QTEST_MAIN(TestGuiCompactViews)
#include "TestGuiCompactViews.moc"
