// The case window in Spanish on a 1280×720 screen (the offscreen platform configured with one): Spanish labels
// are longer than English ones (the window grew to 1563 px in issue 13's walk-through); the window opens inside
// the screen, with a clip open too, and does not grow by itself once its content has loaded.
#include "StoreSimCase.h"
#include "WindowFit.h"

#include "cases/CaseWorkspace.h"
#include "cases/SyncReviewDialog.h"
#include "redact/RedactionEditor.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lpdesk;

class TestGuiSpanishFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PendingRelease m_world;
    QTranslator m_spanish;
    QTranslator m_qt;

    static void fits(QWidget* w, const QString& name) { test::checkFitsScreen(w, name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = test::longTitledCaseWithARelease(m_dir.path());
        QVERIFY(!m_world.db.isEmpty());
        // As Runtime::initialise does for LPDESK_LANG=es: ours, and Qt's own for standard buttons.
        QVERIFY(m_spanish.load(QLocale(QStringLiteral("es")), QStringLiteral("lpdesk"), QStringLiteral("_"),
                               QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(m_qt.load(QLocale(QStringLiteral("es")), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(QCoreApplication::installTranslator(&m_spanish));
        QVERIFY(QCoreApplication::installTranslator(&m_qt));
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
    }

    void caseWindowFitsIn1280Pixels()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseWorkspace* workspace = window.openCase(m_world.caseId);
        QVERIFY(workspace);
        // Spanish, really: the evidence heading is translated.
        QVERIFY2(!workspace->windowTitle().isEmpty(), "no title");
        QVERIFY(QCoreApplication::translate("lpdesk::CaseWorkspace", "Evidence") != QLatin1String("Evidence"));
        fits(workspace, QStringLiteral("case window"));
        QVERIFY(workspace->openMedia(m_world.mediaId));
        fits(workspace, QStringLiteral("case window with a clip open"));
        qInfo("case window %dx%d, minimum %dx%d", workspace->width(), workspace->height(),
              workspace->minimumSizeHint().width(), workspace->minimumSizeHint().height());
        // Every side tab in turn (their button rows are the widest Spanish text).
        for (int i = 0; i < workspace->sideTabs()->count(); ++i) {
            workspace->sideTabs()->setCurrentIndex(i);
            fits(workspace, QStringLiteral("case window, tab \"%1\"").arg(workspace->sideTabs()->tabText(i)));
        }
        // The windows opened from it, in Spanish too.
        fits(workspace->openRedactionEditor(), QStringLiteral("redaction editor"));
        fits(workspace->openSideBySide(), QStringLiteral("side by side"));
        fits(workspace->requestRelease(), QStringLiteral("release request"));
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible())
                w->close();
    }

    void legalReviewFitsIn1280Pixels()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("lena")));
        ReleaseReviewWindow review(window.database(), m_world.releaseId);
        review.show();
        fits(&review, QStringLiteral("release review"));
        ReleasesDialog releases(window.database());
        releases.show();
        fits(&releases, QStringLiteral("releases"));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_spanish);
    }
};

QTEST_MAIN(TestGuiSpanishFit)
#include "TestGuiSpanishFit.moc"
