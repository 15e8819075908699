// Every shipped language, offscreen: the main window (menus, inbox, a case), the dialogs and the shell show no
// English source text once the language's catalogue is installed; dates and numbers follow the language; and
// lpdesk-cli stays English whatever the locale (docs/ARCHITECTURE.md, Languages).
#include "StoreSimCase.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/CaseService.h"
#include "common/LocaleText.h"
#include "inbox/SearchDialog.h"
#include "pos/PosImportDialog.h"
#include "releases/ReleasesDialog.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/UnlockDialog.h"
#include "sim/StoreSimulator.h"
#include "stores/PullDialog.h"
#include "stores/StoresDialog.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace lpdesk;

namespace {

// English sources whose translation differs (so "LP Desk" or "SHA-256", the same in every language, do not
// count), without templates: a visible text equal to one of them is an untranslated string.
QSet<QString> englishOnly(const QString& tsPath, QString* error)
{
    QSet<QString> out;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.contains(QLatin1Char('%')) && translation != source && source.size() > 1) {
                out.insert(source);
                out.insert(QString(source).remove(QLatin1Char('&')));
            }
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    auto add = [&out](const QString& text) {
        if (!text.trimmed().isEmpty())
            out << text;
    };
    add(root->windowTitle());
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        add(w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(model->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
                    add(model->data(model->index(r, c)).toString());
            }
        }
    }
    for (QAction* action : root->findChildren<QAction*>())
        if (action->isVisible())
            add(action->text());
    return out;
}

} // namespace

class TestGuiLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_caseId;

    // Shows the widget, then lists every visible text that is still an English source string.
    static QStringList english(QWidget* w, const QSet<QString>& sources)
    {
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            return {QStringLiteral("%1 was not shown").arg(QString::fromLatin1(w->metaObject()->className()))};
        QStringList found;
        for (const QString& text : visibleTexts(w))
            if (sources.contains(text))
                found << QStringLiteral("%1: \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SimulatorOptions o = test::smallDrop(1, 2, 1, 160, 90);
        m_path = test::simulateStores(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o).db;
        QVERIFY(!m_path.isEmpty());

        // Pull once (in English) so that the inbox has incidents and a case can be opened.
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.pullNow();
        auto* pull = window.findChild<PullDialog*>();
        QVERIFY(pull);
        QTRY_VERIFY_WITH_TIMEOUT(!pull->isRunning(), 60000);
        QCOMPARE(pull->summary().newIncidents(), 2);
        pull->accept();
        QSqlQuery q(window.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM incidents")));
        QStringList incidents;
        while (q.next())
            incidents << q.value(0).toString();
        auto created = CaseService(window.database()).create(QStringLiteral("Hooded pair, fragrance aisle"), incidents);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_caseId = *created;
    }

    void noEnglishLeftInTheWindows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish") << QStringLiteral("es");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void noEnglishLeftInTheWindows()
    {
        QFETCH(QString, language);
        QString error;
        const QSet<QString> sources
            = englishOnly(test::sourceDir() + QStringLiteral("/translations/lpdesk_%1.ts").arg(language), &error);
        QVERIFY2(sources.size() > 800, qPrintable(error));
        // As Runtime::initialise does: ours, and Qt's own for standard buttons (qt6-translations-l10n).
        QTranslator translator, qt;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("lpdesk"), QStringLiteral("_"),
                                QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY(QCoreApplication::installTranslator(&qt));
        QStringList found;
        {
            MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
            found << english(&window, sources); // menus and the inbox
            QVERIFY(window.openCase(m_caseId));
            found << english(&window, sources); // the case workspace
            ReleasesDialog releases(window.database());
            found << english(&releases, sources);
            SearchDialog search(window.database());
            found << english(&search, sources);
            PosImportDialog pos(window.database());
            found << english(&pos, sources);
            OutboxDialog outbox(window.database());
            found << english(&outbox, sources);
        }
        {
            MainWindow window(test::openAs(m_path, QStringLiteral("admin")));
            found << english(&window, sources);
            UserManagementDialog users(window.database());
            found << english(&users, sources);
            AuditLogDialog audit(window.database());
            found << english(&audit, sources);
            StoresDialog stores(window.database());
            found << english(&stores, sources);
            AgenciesDialog agencies(window.database());
            found << english(&agencies, sources);
        }
        UnlockDialog unlock(m_path);
        found << english(&unlock, sources);
        FirstRunWizard wizard(m_dir.filePath(QStringLiteral("new.lpdb")));
        found << english(&wizard, sources);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void pluralForms()
    {
        QTranslator french;
        QVERIFY(french.load(QLocale(QStringLiteral("fr")), QStringLiteral("lpdesk"), QStringLiteral("_"),
                            QStringLiteral(":/lpdesk/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&french));
        // French counts 0 and 1 as singular.
        for (int n : {0, 1})
            QCOMPARE(QCoreApplication::translate("lpdesk::InboxView", "%n incident(s)", nullptr, n),
                     QStringLiteral("%1 incident").arg(n));
        QCOMPARE(QCoreApplication::translate("lpdesk::InboxView", "%n incident(s)", nullptr, 2),
                 QStringLiteral("2 incidents"));
        QCoreApplication::removeTranslator(&french);
    }

    void datesAndNumbersFollowTheLanguage()
    {
        const QDateTime utc(QDate(2026, 3, 14), QTime(19, 2, 11), QTimeZone::utc());
        const QTimeZone chicago("America/Chicago");
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        QCOMPARE(shown::dateTime(utc, chicago), QStringLiteral("14/3/2026 14:02:11 -05:00 (America/Chicago)"));
        QCOMPARE(shown::money(1234567, 2), QStringLiteral("12.345,67"));
        QCOMPARE(shown::money(-5, 2), QStringLiteral("-0,05"));
        // The currency's own minor unit: dinars have three decimals, yen none.
        QCOMPARE(shown::money(12345250, 3), QStringLiteral("12.345,250"));
        QCOMPARE(shown::money(24175, 0), QStringLiteral("24.175"));
        QCOMPARE(shown::decimal(12.5, 1), QStringLiteral("12,5"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        QVERIFY(shown::dateTime(utc, chicago).startsWith(QLatin1String("14/03/2026 14:02:11 -05:00")));
        QCOMPARE(shown::decimal(12.5, 1), QStringLiteral("12,5"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(shown::money(123456, 2), QStringLiteral("1,234.56"));
        QVERIFY(shown::dateTime(utc, chicago).startsWith(QLatin1String("3/14/2026 14:02:11")));
        // The C locale (and stored values everywhere) keeps the ISO order.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(shown::dateTime(utc, chicago, false), QStringLiteral("2026-03-14 14:02:11 -05:00"));
        QCOMPARE(shown::workstationTime(QStringLiteral("not a time")), QStringLiteral("not a time"));
    }

    void cliStaysEnglish()
    {
        const QMap<QString, QString> spanish {{QStringLiteral("LPDESK_LANG"), QStringLiteral("es")},
                                              {QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")},
                                              {QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")}};
        const test::ProcessRun help = test::cli({QStringLiteral("--help")}, spanish);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("\nCommands:\n"), help.out.constData());
        const test::ProcessRun wrong = test::cli({QStringLiteral("no-such-command")}, spanish);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("unknown command"), wrong.err.constData());
    }
};

QTEST_MAIN(TestGuiLanguages)
#include "TestGuiLanguages.moc"
