// What the desktop keeps between sessions and what screenshots show. Window sizes and splitter positions come back
// as they were left (QSettings); the last database and user are remembered and the passphrase never reaches the
// settings file; in screenshot mode (lpdesk --screenshots) the status bar, titles and labels show no machine path,
// and the screenshot tour writes its pictures.
#include "TestSupport.h"

#include "common/AppIcon.h"
#include "common/ScreenshotMode.h"
#include "common/WindowWatcher.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"
#include "shell/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <optional>

using namespace lpdesk;

class TestGuiDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<CaseDatabase> admin()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        return db ? std::move(*db) : nullptr;
    }

    static QByteArray settingsFile()
    {
        QSettings settings;
        settings.sync();
        QFile f(settings.fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Every text a person sees in `w`, plain: its title, labels, line edits, status bar message.
    static QStringList visibleTexts(QWidget* w)
    {
        QStringList out {w->windowTitle()};
        for (const QLabel* l : w->findChildren<QLabel*>())
            if (l->isVisible())
                out << QTextDocumentFragment::fromHtml(l->text()).toPlainText();
        for (const QLineEdit* e : w->findChildren<QLineEdit*>())
            if (e->isVisible())
                out << e->text();
        if (auto* main = qobject_cast<QMainWindow*>(w))
            out << main->statusBar()->currentMessage();
        return out;
    }

    // Texts that hold the database's folder or any absolute path.
    static QStringList withPaths(const QStringList& texts, const QString& dir)
    {
        static const QRegularExpression absolute(QStringLiteral("(^|[\\s:(\"'])/[\\w.-]+/"));
        QStringList out;
        for (const QString& t : texts)
            if (t.contains(dir) || t.contains(absolute))
                out << t;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_path = test::createDatabase(m_dir.path())->path();
        WindowWatcher::install();
    }

    // A window and its splitters come back at the size and positions they were left in.
    void layoutsAreRemembered()
    {
        WindowWatcher::setRememberLayouts(true);
        auto make = [] {
            auto* window = new QWidget;
            window->setObjectName(QStringLiteral("layoutProbe"));
            auto* split = new QSplitter(window);
            split->addWidget(new QWidget);
            split->addWidget(new QWidget);
            window->resize(500, 300);
            split->resize(500, 300);
            return window;
        };
        {
            std::unique_ptr<QWidget> window(make());
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(640, 420);
            auto* split = window->findChild<QSplitter*>();
            split->resize(600, 400);
            split->setSizes({150, 450});
            QTRY_COMPARE(window->size(), QSize(640, 420));
            window->close();
        }
        const QVariant saved = QSettings().value(QStringLiteral("windows/layoutProbe/splitter/splitter0"));
        QVERIFY(saved.isValid());
        std::unique_ptr<QWidget> window(make());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(640, 420));
        QCOMPARE(window->findChild<QSplitter*>()->saveState(), saved.toByteArray());
        WindowWatcher::setRememberLayouts(false);
    }

    // Unlocking through the application remembers the database and the user, never the passphrase: not after
    // unlocking, not after the window's layout was saved on closing.
    void lastDatabaseAndUserButNeverThePassphrase()
    {
        WindowWatcher::setRememberLayouts(true);
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&driver] {
            auto* dialog = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            driver.stop();
            auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("user"));
            auto* passphrase = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
            user->clear();
            QTest::keyClicks(user, QStringLiteral("admin"));
            QTest::keyClicks(passphrase, QStringLiteral("admin-pass"));
            QTest::keyClick(passphrase, Qt::Key_Return);
        });
        driver.start(20);
        AppController controller(m_path);
        QVERIFY(controller.start());
        QVERIFY(controller.mainWindow());
        QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
        QCOMPARE(QSettings().value(QStringLiteral("database/path")).toString(), m_path);
        QCOMPARE(QSettings().value(QStringLiteral("unlock/lastUser")).toString(), QStringLiteral("admin"));
        controller.mainWindow()->close();
        QTRY_VERIFY(!controller.mainWindow());
        const QByteArray file = settingsFile();
        QVERIFY2(file.contains("lastUser"), file.constData());
        QVERIFY(QSettings().contains(QStringLiteral("windows/mainWindow/geometry")));
        QVERIFY(!file.contains("admin-pass"));
        QVERIFY(!file.contains(QString(QStringLiteral("admin-pass")).toUtf8().toBase64()));
        QVERIFY(!file.contains(QByteArray::fromRawData(reinterpret_cast<const char*>(u"admin-pass"), 20)));
        // The next unlock offers the user, not the passphrase.
        UnlockDialog next(m_path);
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("user"))->text(), QStringLiteral("admin"));
        QVERIFY(next.findChild<QLineEdit*>(QStringLiteral("passphrase"))->text().isEmpty());
        WindowWatcher::setRememberLayouts(false);
    }

    // Without screenshot mode the status bar names the database by its path; with it, nothing on screen has one.
    void screenshotModeShowsNoPaths()
    {
        const QString dir = QFileInfo(m_path).absolutePath();
        {
            ScreenshotMode::setOn(false);
            MainWindow window(admin());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!withPaths(visibleTexts(&window), dir).isEmpty()); // the check below would see a path
        }
        ScreenshotMode::setOn(true);
        {
            MainWindow window(admin());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QStringList paths = withPaths(visibleTexts(&window), dir);
            QVERIFY2(paths.isEmpty(), qPrintable(paths.join(u" | ")));
            QCOMPARE(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text(), QFileInfo(m_path).fileName());
        }
        {
            UnlockDialog dialog(m_path);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QStringList paths = withPaths(visibleTexts(&dialog), dir);
            QVERIFY2(paths.isEmpty(), qPrintable(paths.join(u" | ")));
        }
        ScreenshotMode::setOn(false);
    }

    // The tour behind lpdesk --screenshots writes its pictures, taken with no path on screen.
    void screenshotTourWritesPictures()
    {
        ScreenshotMode::setOn(true);
        MainWindow window(admin());
        const QString out = m_dir.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(window, out);
        std::optional<Status> status;
        connect(&tour, &ScreenshotTour::finished, this, [&status](const Status& s) { status = s; });
        tour.start();
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000);
        QVERIFY2(status->ok(), qPrintable(status->errorMessage()));
        QVERIFY(!tour.written().isEmpty());
        for (const QString& f : tour.written()) {
            QImage image(f);
            QVERIFY2(!image.isNull() && image.width() > 400, qPrintable(f));
        }
        const QStringList paths = withPaths(visibleTexts(&window), QFileInfo(m_path).absolutePath());
        QVERIFY2(paths.isEmpty(), qPrintable(paths.join(u" | ")));
        ScreenshotMode::setOn(false);
    }

    // The window icon without an installed icon theme (the build tree, dev.sh demo): the picture compiled into the
    // program, at every size from 16 px, so a 200 % screen gets a 64-px title-bar icon drawn from a real 64-px image.
    void windowIconWithoutAnInstalledTheme()
    {
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("org.lpdesk.LPDesk")));
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 64, 128, 256})
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
        const QImage sharp = icon.pixmap(QSize(32, 32), 2.0).toImage();
        QCOMPARE(sharp.size(), QSize(64, 64));
        // The picture, not an empty square: the SVG's colours are there.
        QSet<QRgb> colours;
        for (int y = 0; y < sharp.height(); y += 4)
            for (int x = 0; x < sharp.width(); x += 4)
                colours.insert(sharp.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestGuiDesktop)
#include "TestGuiDesktop.moc"
