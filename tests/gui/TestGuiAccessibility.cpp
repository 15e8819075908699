// Every window and dialog, as each role sees it: every control a person operates (buttons, text fields, combo and
// spin boxes, check boxes, sliders, tables, lists and trees, tool buttons) has an accessible name — what a screen
// reader announces, read through QAccessibleInterface — and a tooltip; no Alt+letter has two owners in one window
// (nor one letter two items in a menu), and no label without a buddy shows a stray "&". Every tab of every window is
// visited, in English, Spanish and French (a translation picks its own letters). The failure lists each offending
// control by its path of object names.
#include "StoreSimCase.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/AddEvidenceDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/SyncReviewDialog.h"
#include "common/AccessibleNames.h"
#include "common/JobDialog.h"
#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "common/ResultSheet.h"
#include "common/ShortcutSheet.h"
#include "inbox/InboxView.h"
#include "inbox/MyWorkView.h"
#include "inbox/SearchDialog.h"
#include "pos/PosImportDialog.h"
#include "pos/PosLinkDialog.h"
#include "pos/PosPanel.h"
#include "program/HoldsDialog.h"
#include "program/PoliceRequestForm.h"
#include "program/PoliceRequestsDialog.h"
#include "program/ProceduresDialog.h"
#include "program/RequestTemplatesDialog.h"
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
#include "stores/PullDialog.h"
#include "stores/StoresDialog.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace lpdesk;

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PendingRelease m_world; // the database, the case, its clip and the pending release
    QStringList m_checked;
    int m_controls = 0;
    QTranslator m_ours, m_qt; // the language of the current row, as Runtime::initialise installs it

    static QString pathOf(const QWidget* w)
    {
        QStringList parts;
        for (const QObject* o = w; o; o = o->parent()) {
            parts.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                    : o->objectName());
            if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
                break;
        }
        return parts.join(u'/');
    }

    // The visible controls of `window` without a name or a tooltip, as "path (class): what is missing".
    QStringList unnamed(QWidget* window)
    {
        QStringList out;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->window() != window || !AccessibleNames::isControl(w))
                continue;
            ++m_controls;
            QStringList missing;
            if (AccessibleNames::announced(w).isEmpty())
                missing << QStringLiteral("no accessible name");
            if (w->toolTip().trimmed().isEmpty())
                missing << QStringLiteral("no tooltip");
            if (!missing.isEmpty())
                out << QStringLiteral("%1 (%2): %3")
                           .arg(pathOf(w), QString::fromLatin1(w->metaObject()->className()), missing.join(u", "));
        }
        return out;
    }

    // The keyboard accelerators (Alt+letter) of the visible controls of `window` that more than one control claims,
    // as "letter: control, control". Qt only moves the focus between two owners of one Alt+letter and never presses
    // the button, so a clash breaks the keyboard flow (Alt+R was "&Recipient:" and "&Request release"). Then the
    // same within each menu of its menu bar.
    static QStringList clashingAccelerators(QWidget* window)
    {
        QMap<QChar, QStringList> owners;
        QStringList strays; // a label with an accelerator and no buddy shows "&Name:" as it is
        auto claim = [&owners](const QString& text, const QString& who) {
            if (const QChar letter = mnemonic(text); !letter.isNull())
                owners[letter] << who + QStringLiteral(" \"") + text + u'"';
        };
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->window() != window)
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                claim(button->text(), pathOf(w));
            else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                claim(label->text(), pathOf(w));
            else if (label && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text())
                     && !mnemonic(label->text()).isNull())
                strays << QStringLiteral("no buddy, so the \"&\" shows: %1 \"%2\"").arg(pathOf(w), label->text());
            else if (auto* group = qobject_cast<QGroupBox*>(w); group && group->isCheckable())
                claim(group->title(), pathOf(w));
            else if (auto* tabs = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    claim(tabs->tabText(i), pathOf(w));
            else if (auto* bar = qobject_cast<QMenuBar*>(w))
                for (QAction* a : bar->actions())
                    claim(a->text(), pathOf(w));
        }
        QStringList out = strays;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        for (QMenuBar* bar : window->findChildren<QMenuBar*>())
            for (QAction* a : bar->actions())
                if (a->isVisible() && a->menu())
                    menuClashes(a->menu(), pathOf(bar) + u'/' + a->text(), &out);
        return out;
    }

    // The letter after the "&" of `text` (lower case), or none; "&&" is a literal ampersand.
    static QChar mnemonic(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&'))
                continue;
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i;
        }
        return {};
    }

    // The items of one menu and of its submenus, each menu on its own: there a letter owned twice only moves the
    // highlight between the items.
    static void menuClashes(QMenu* menu, const QString& path, QStringList* out)
    {
        QMap<QChar, QStringList> items;
        for (QAction* a : menu->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            if (const QChar letter = mnemonic(a->text()); !letter.isNull())
                items[letter] << QStringLiteral("\"%1\"").arg(a->text());
            if (a->menu())
                menuClashes(a->menu(), path + u'/' + a->text(), out);
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            if (it.value().size() > 1)
                *out << QStringLiteral("%1: %2: %3").arg(path, it.key().toUpper(), it.value().join(u", "));
    }

    // Shows `w`, visits each tab of each tab widget in it, and fails listing every control without a name or tooltip.
    void named(QWidget* w, const QString& name)
    {
        QVERIFY2(w, qPrintable(name));
        if (!w->isVisible())
            w->show();
        QVERIFY2(QTest::qWaitForWindowExposed(w), qPrintable(name));
        QTest::qWait(20);
        QStringList problems = unnamed(w);
        for (QTabWidget* tabs : w->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || i == current)
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(10);
                problems << unnamed(w);
            }
            tabs->setCurrentIndex(current);
        }
        problems.removeDuplicates();
        QStringList clashes = clashingAccelerators(w);
        for (QTabWidget* tabs : w->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && i != current) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(10);
                    clashes << clashingAccelerators(w);
                }
            }
            tabs->setCurrentIndex(current);
        }
        clashes.removeDuplicates();
        for (const QString& clash : std::as_const(clashes)) // in full: QVERIFY2 cuts its message at 1,024 characters
            qWarning("%s: %s", qPrintable(name), qPrintable(clash));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 accelerator problem(s) (one letter, two owners; a stray &):\n  %3")
                                .arg(name)
                                .arg(clashes.size())
                                .arg(clashes.join(QStringLiteral("\n  ")))));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 control(s) without a name or tooltip:\n  %3")
                                .arg(name)
                                .arg(problems.size())
                                .arg(problems.join(QStringLiteral("\n  ")))));
        if (!m_checked.contains(name))
            m_checked << name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = test::longTitledCaseWithARelease(m_dir.path());
        QVERIFY(!m_world.db.isEmpty());
    }

    // Every test runs once per language.
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Spanish") << QStringLiteral("es");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        if (language.isEmpty())
            return;
        // Ours, and Qt's own for the standard and wizard buttons (qt6-translations-l10n).
        QVERIFY(m_ours.load(QLocale(language), QStringLiteral("lpdesk"), QStringLiteral("_"),
                            QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(QCoreApplication::installTranslator(&m_ours));
        QVERIFY(QCoreApplication::installTranslator(&m_qt));
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_ours);
    }

    void investigatorWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("ivy")));
        named(&window, QStringLiteral("main window (investigator)"));
        // The first page is My work when something waits (her case, her request); the inbox is the next one.
        QCOMPARE(window.pages()->currentWidget(), window.myWork());
        window.pages()->setCurrentWidget(window.inbox());
        named(&window, QStringLiteral("main window, inbox (investigator)"));
        CaseWorkspace* workspace = window.openCase(m_world.caseId);
        named(workspace, QStringLiteral("case window"));
        QVERIFY(workspace->openMedia(m_world.mediaId));
        named(workspace, QStringLiteral("case window with a clip open"));
        named(workspace->openRedactionEditor(), QStringLiteral("redaction editor"));
        named(workspace->openSideBySide(), QStringLiteral("side by side"));
        named(workspace->requestRelease(), QStringLiteral("release request"));
        named(workspace->posPanel()->linkByHand(), QStringLiteral("link POS by hand"));
        {
            const QString still = m_dir.filePath(QStringLiteral("phone-still.jpg"));
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(Qt::darkGray);
            QVERIFY(image.save(still));
            AddEvidenceDialog dialog(window.database(), m_world.caseId, {still}, &window);
            named(&dialog, QStringLiteral("add evidence"));
        }
        {
            PullDialog dialog(window.database(), {}, &window);
            named(&dialog, QStringLiteral("pull"));
        }
        named(window.showSearch(), QStringLiteral("search"));
        named(window.showReleases(), QStringLiteral("releases"));
        {
            StatementEditor editor(window.database(), m_world.caseId, StatementEditor::Mode::New);
            named(&editor, QStringLiteral("statement editor"));
        }
        {
            PosImportDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("POS import"));
        }
        {
            StoresDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("stores"));
        }
        {
            OutboxDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("outbox"));
        }
        {
            ExportPackageDialog dialog(window.database(), m_world.releaseId, &window);
            named(&dialog, QStringLiteral("export package"));
        }
        {
            VerifyPackageDialog dialog(m_dir.filePath(QStringLiteral("missing.zip")), &window);
            named(&dialog, QStringLiteral("verify package"));
        }
        {
            ShortcutSheet sheet(&window);
            named(&sheet, QStringLiteral("keyboard shortcuts"));
        }
        {
            JobDialog job(QStringLiteral("Working"),
                          [](const JobDialog::ProgressFn&, const std::atomic_bool*) { return Status {}; });
            named(&job, QStringLiteral("job"));
        }
        {
            // The Jobs panel with a job in it (its row: progress bar, words, Cancel).
            window.jobQueue()->add(QStringLiteral("Working"),
                                   [](const QueuedJob::ProgressFn&, const std::atomic_bool*) { return Status {}; });
            named(window.showJobs(), QStringLiteral("jobs"));
        }
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible())
                w->close();
    }

    void legalWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("lena")));
        named(&window, QStringLiteral("main window (legal)"));
        QCOMPARE(window.pages()->currentWidget(), window.myWork()); // a request waits for her decision
        window.pages()->setCurrentWidget(window.inbox());
        named(&window, QStringLiteral("main window, inbox (legal)"));
        ReleasesDialog* releases = window.showReleases();
        QVERIFY(releases->select(m_world.releaseId));
        named(releases, QStringLiteral("releases (legal)"));
        named(releases->openReview(), QStringLiteral("release review"));
        {
            AgenciesDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("agencies"));
        }
        window.findChild<QAction*>(QStringLiteral("actionDashboard"))->trigger();
        QTRY_COMPARE(window.pages()->currentWidget()->objectName(), QStringLiteral("dashboard"));
        named(&window, QStringLiteral("main window, dashboard (legal)"));
        {
            PoliceRequestsDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("police requests"));
            named(dialog.addRequest(), QStringLiteral("police request form"));
        }
        {
            HoldsDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("legal holds"));
        }
        {
            ProceduresDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("procedures"));
        }
        {
            RequestTemplatesDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("request templates"));
        }
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != &window && w->isVisible())
                w->close();
    }

    void adminWindows()
    {
        MainWindow window(test::openAs(m_world.db, QStringLiteral("admin")));
        named(&window, QStringLiteral("main window (admin)"));
        {
            UserManagementDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("users"));
        }
        {
            AuditLogDialog dialog(window.database(), &window);
            named(&dialog, QStringLiteral("audit log"));
        }
        window.findChild<QAction*>(QStringLiteral("actionCheckDatabase"))->trigger();
        ResultSheet* sheet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((sheet = window.findChild<ResultSheet*>(QStringLiteral("checkDatabaseResult"))),
                                 30000);
        named(sheet, QStringLiteral("check database"));
        sheet->close();
    }

    void firstRunAndUnlock()
    {
        {
            FirstRunWizard wizard(m_dir.filePath(QStringLiteral("other.lpdb")));
            named(&wizard, QStringLiteral("first-run wizard"));
            // The next pages, as far as the wizard lets one go without filling them in.
            for (int page = 1; page < 4; ++page) {
                const int before = wizard.currentId();
                wizard.next();
                if (wizard.currentId() == before)
                    break;
                named(&wizard, QStringLiteral("first-run wizard, page %1").arg(page + 1));
            }
        }
        {
            UnlockDialog dialog(m_world.db);
            named(&dialog, QStringLiteral("unlock"));
        }
    }

    // A name the code gives explicitly wins; a derived one follows the text it came from.
    void derivedNamesFollowTheirSource()
    {
        QWidget window;
        auto* field = new QLineEdit(&window);
        field->setPlaceholderText(QStringLiteral("Search incidents"));
        auto* named = new QLineEdit(&window);
        named->setAccessibleName(QStringLiteral("Given by the code"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(AccessibleNames::announced(field), QStringLiteral("Search incidents"));
        QCOMPARE(field->toolTip(), QStringLiteral("Search incidents"));
        QCOMPARE(AccessibleNames::announced(named), QStringLiteral("Given by the code"));
        field->setPlaceholderText(QStringLiteral("Search cases"));
        AccessibleNames::apply(field);
        QCOMPARE(AccessibleNames::announced(field), QStringLiteral("Search cases"));
        QCOMPARE(field->toolTip(), QStringLiteral("Search cases"));
        field->setToolTip(QStringLiteral("Words from the title or the store"));
        AccessibleNames::apply(field);
        QCOMPARE(field->toolTip(), QStringLiteral("Words from the title or the store"));
    }

    void cleanupTestCase()
    {
        qInfo("windows checked: %s", qPrintable(m_checked.join(u", ")));
        qInfo("controls checked: %d", m_controls);
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "TestGuiAccessibility.moc"
