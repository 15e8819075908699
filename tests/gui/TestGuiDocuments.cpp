// Documents are not footage. A DVR export taken into a case as received (the ZIP itself, its README.txt and the
// vendor's SmartPlayer.exe, all kept as documents by the importer) shows in the case window's player as
// "Document: <name>, <size>, <type> — not a picture or video", with no black video, no timeline and no frame, zoom,
// trim or redaction control; legal's release summary and review window describe it as a document with its size and
// SHA-256 prefix, never as "00:00:00.000, 0×0"; the release request lists them as documents.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/ExhibitImporter.h"
#include "db/UserDirectory.h"
#include "export/ReleaseService.h"
#include "player/DocumentPanel.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"
#include "releases/ClipReviewPane.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleaseSummary.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_case;
    QString m_release;
    QHash<QString, ImportedExhibit> m_items; // by name as received

    std::unique_ptr<CaseDatabase> open(const char* user, const char* pass)
    {
        auto db = CaseDatabase::open(m_path, QString::fromLatin1(user), test::secret(pass));
        return db ? std::move(*db) : nullptr;
    }

    // The case window as the investigator sees it, at 1280×720.
    static bool showCaseWindow(CaseWorkspace& workspace)
    {
        workspace.resize(1280, 720);
        workspace.show();
        return QTest::qWaitForWindowExposed(&workspace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")));
        admin.reset();
        auto ivy = open("ivy", "ivy-pass");
        QVERIFY(ivy);
        auto id = CaseService(*ivy).create(QStringLiteral("DVR export from the store"), {});
        QVERIFY(id);
        m_case = *id;

        // The export as the store handed it over: a ZIP with the vendor's README and player program.
        const QString dir = m_dir.filePath(QStringLiteral("export"));
        QDir().mkpath(dir);
        QVERIFY(test::writeFile(dir + QStringLiteral("/README.txt"),
                                QByteArray("Play the footage with SmartPlayer.exe.\r\n").repeated(40)));
        QVERIFY(test::writeFile(dir + QStringLiteral("/SmartPlayer.exe"),
                                QByteArray("MZ\x90\x00\x03", 5) + QByteArray(5000, '\x01')));
        const QString zip = m_dir.filePath(QStringLiteral("dvr-export.zip"));
        const auto zipped = test::run(QStringLiteral("zip"),
                                      {QStringLiteral("-j"), QStringLiteral("-q"), zip,
                                       dir + QStringLiteral("/README.txt"), dir + QStringLiteral("/SmartPlayer.exe")});
        QVERIFY2(zipped.exitCode == 0, qPrintable(zipped.describe()));
        ExhibitRequest request;
        request.caseId = m_case;
        request.source = QStringLiteral("USB stick from the store manager");
        request.camera = QStringLiteral("dvr");
        auto imported = ExhibitImporter(*ivy).importFile(zip, request);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        for (const ImportedExhibit& e : *imported) {
            QCOMPARE(e.mediaType, QStringLiteral("document"));
            m_items.insert(e.name, e);
        }
        QVERIFY(m_items.contains(QStringLiteral("dvr-export.zip")));
        QVERIFY(m_items.contains(QStringLiteral("dvr-export.zip!README.txt")));
        QVERIFY(m_items.contains(QStringLiteral("dvr-export.zip!SmartPlayer.exe")));

        ReleaseRequestSpec spec;
        spec.caseId = m_case;
        spec.all = true;
        spec.note = QStringLiteral("The export as received, for the detective");
        auto release = ReleaseService(*ivy).request(spec);
        QVERIFY2(release, qPrintable(release.errorMessage()));
        m_release = *release;
    }

    void caseWindowShowsADocumentNotABlackVideo()
    {
        auto ivy = open("ivy", "ivy-pass");
        QVERIFY(ivy);
        CaseWorkspace workspace(*ivy, m_case);
        QVERIFY(showCaseWindow(workspace));
        PlayerWidget* player = workspace.player();
        const ImportedExhibit readme = m_items.value(QStringLiteral("dvr-export.zip!README.txt"));
        QTreeWidgetItem* item = workspace.itemFor(readme.mediaId);
        QVERIFY(item);
        QVERIFY2(item->text(1) != QLatin1String("00:00:00.000"), qPrintable(item->text(1)));
        workspace.mediaTree()->setCurrentItem(item);
        QTRY_COMPARE(player->mediaId(), readme.mediaId);

        QVERIFY(player->isDocument());
        QVERIFY(!player->isClip());
        QVERIFY2(!player->view()->isVisible(), "a document must not show as an empty black video");
        QVERIFY(!player->timeline()->isVisible());
        QVERIFY(player->documentPanel()->isVisible());
        // The details pane names it as a document too, not as a camera's clip.
        auto* details = workspace.findChild<QTextBrowser*>(QStringLiteral("mediaDetails"));
        QVERIFY(details);
        const QString described = details->toPlainText();
        QVERIFY2(described.contains(QLatin1String("Document dvr-export.zip!README.txt")), qPrintable(described));
        QVERIFY2(!described.contains(QLatin1String("camera")), qPrintable(described));
        const QString said = player->documentPanel()->text();
        QVERIFY2(said.startsWith(QLatin1String("Document: dvr-export.zip!README.txt, ")), qPrintable(said));
        QVERIFY2(said.contains(QLocale().formattedDataSize(readme.size)), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("text")), qPrintable(said)); // "plain text document" or "TXT file"
        QVERIFY2(said.endsWith(QStringLiteral("— not a picture or video")), qPrintable(said));
        QVERIFY(!said.contains(QLatin1String("0×0")));
        // No frame, speed, zoom or in/out control to press, and nothing to trim, still or redact.
        // (The document's own View and Export buttons are the panel's.)
        for (QAbstractButton* b : player->findChildren<QAbstractButton*>())
            QVERIFY2(!b->isVisible() || !b->isEnabled() || player->documentPanel()->isAncestorOf(b),
                     qPrintable(b->toolTip() + b->text()));
        for (QComboBox* speed : player->findChildren<QComboBox*>())
            QVERIFY(!speed->isVisible());
        for (const char* name : {"trimButton", "stillButton", "redactButton"})
            if (auto* b = workspace.findChild<QPushButton*>(QString::fromLatin1(name)))
                QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(player->frameCount(), 0);

        // The vendor's program: its own name and type.
        const ImportedExhibit exe = m_items.value(QStringLiteral("dvr-export.zip!SmartPlayer.exe"));
        workspace.mediaTree()->setCurrentItem(workspace.itemFor(exe.mediaId));
        QTRY_COMPARE(player->mediaId(), exe.mediaId);
        QVERIFY(
            player->documentPanel()->text().startsWith(QLatin1String("Document: dvr-export.zip!SmartPlayer.exe, ")));
        QVERIFY(!player->view()->isVisible());
    }

    // "Export a copy…" in the panel: the chosen file gets the plaintext, its SHA-256 is the master's, custody
    // records the export with the path and the hash; an existing file is refused and left as it was. A text opens
    // in LP Desk's own view; a program does not.
    void exportACopyFromThePanel()
    {
        auto ivy = open("ivy", "ivy-pass");
        QVERIFY(ivy);
        CaseWorkspace workspace(*ivy, m_case);
        QVERIFY(showCaseWindow(workspace));
        PlayerWidget* player = workspace.player();
        const ImportedExhibit readme = m_items.value(QStringLiteral("dvr-export.zip!README.txt"));
        workspace.mediaTree()->setCurrentItem(workspace.itemFor(readme.mediaId));
        QTRY_COMPARE(player->mediaId(), readme.mediaId);
        DocumentPanel* panel = player->documentPanel();
        QVERIFY(panel->exportButton()->isVisible());
        QVERIFY(panel->exportButton()->isEnabled());

        const QString to = m_dir.filePath(QStringLiteral("README-copy.txt"));
        QSignalSpy finished(panel, &DocumentPanel::exportFinished);
        QVERIFY(panel->exportCopyTo(to));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel->statusText()));
        QCOMPARE(test::sha256OfFile(to), readme.sha256);
        QVERIFY(test::readFile(to).startsWith("Play the footage with SmartPlayer.exe."));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Exported a copy to %1").arg(to)),
                 qPrintable(panel->statusText()));
        QCOMPARE(test::scalar(*ivy,
                              QStringLiteral("SELECT count(*) FROM custody_events WHERE action = 'copy_exported' "
                                             "AND actor = 'ivy' AND event LIKE '%%1%' AND event LIKE '%%2%'")
                                  .arg(QStringLiteral("README-copy.txt"), readme.sha256)),
                 1);

        // The same file again: refused, untouched.
        QVERIFY(test::writeFile(to, "mine"));
        QVERIFY(panel->exportCopyTo(to));
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(panel->statusText().contains(QLatin1String("already exists")), qPrintable(panel->statusText()));
        QCOMPARE(test::readFile(to), QByteArray("mine"));

        // The README opens in the document view.
        QVERIFY(panel->viewButton()->isVisible());
        QTest::mouseClick(panel->viewButton(), Qt::LeftButton);
        auto* view = panel->findChild<QWidget*>(QStringLiteral("documentView"));
        QVERIFY(view);
        auto* text = view->findChild<QPlainTextEdit*>(QStringLiteral("documentPlainText"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().startsWith(QLatin1String("Play the footage with SmartPlayer.exe.")));
        view->close();

        // A program is exported, not shown.
        const ImportedExhibit exe = m_items.value(QStringLiteral("dvr-export.zip!SmartPlayer.exe"));
        workspace.mediaTree()->setCurrentItem(workspace.itemFor(exe.mediaId));
        QTRY_COMPARE(player->mediaId(), exe.mediaId);
        QVERIFY(!panel->viewButton()->isVisible());
        QVERIFY(panel->exportButton()->isVisible());
    }

    // The investigator's release request names them as documents too, not as "Original clip, camera dvr".
    void releaseRequestListsDocuments()
    {
        auto ivy = open("ivy", "ivy-pass");
        QVERIFY(ivy);
        ReleaseRequestDialog dialog(*ivy, m_case);
        auto* items = dialog.findChild<QTreeWidget*>(QStringLiteral("releaseItems"));
        QVERIFY(items);
        QStringList titles;
        for (int i = 0; i < items->topLevelItemCount(); ++i) {
            titles << items->topLevelItem(i)->text(0);
            QVERIFY2(items->topLevelItem(i)->text(1).contains(QLatin1String("not a picture or video")),
                     qPrintable(items->topLevelItem(i)->text(1)));
        }
        titles.sort();
        QCOMPARE(titles,
                 QStringList({QStringLiteral("Document: dvr-export.zip"),
                              QStringLiteral("Document: dvr-export.zip!README.txt"),
                              QStringLiteral("Document: dvr-export.zip!SmartPlayer.exe")}));
    }

    void legalReadsDocumentsAsDocuments()
    {
        auto lena = open("lena", "lena-pass");
        QVERIFY(lena);
        auto release = ReleaseService(*lena).show(m_release);
        QVERIFY2(release, qPrintable(release.errorMessage()));
        const QString html = ReleaseSummary::html(*lena, *release, QPalette());
        QVERIFY2(!html.contains(QLatin1String("0×0")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("00:00:00.000")), qPrintable(html));
        for (const ImportedExhibit& e : std::as_const(m_items)) {
            QVERIFY2(html.contains(QStringLiteral("Document: %1").arg(e.name.toHtmlEscaped())), qPrintable(e.name));
            QVERIFY2(html.contains(QStringLiteral("SHA-256 %1…").arg(e.sha256.left(16))), qPrintable(html));
            QVERIFY2(html.contains(QLocale().formattedDataSize(e.size)), qPrintable(html));
        }

        ReleaseReviewWindow window(*lena, m_release);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.findChildren<ClipReviewPane*>().isEmpty(), "a document opened as a clip to review");
        auto* items = window.findChild<QListWidget*>(QStringLiteral("reviewItems"));
        QVERIFY(items);
        QStringList rows;
        for (int i = 0; i < items->count(); ++i)
            rows << items->item(i)->text();
        QVERIFY2(rows.contains(QStringLiteral("Document: dvr-export.zip!README.txt")), qPrintable(rows.join(u'|')));
        const int readme = static_cast<int>(rows.indexOf(QStringLiteral("Document: dvr-export.zip!README.txt")));
        items->setCurrentRow(readme);
        QList<DocumentPanel*> panels = window.findChildren<DocumentPanel*>();
        QCOMPARE(panels.size(), 3);
        bool shown = false;
        for (DocumentPanel* p : panels)
            if (p->isVisible()) {
                QVERIFY2(p->text().startsWith(QLatin1String("Document: dvr-export.zip!README.txt")),
                         qPrintable(p->text()));
                shown = true;
            }
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestGuiDocuments)
#include "TestGuiDocuments.moc"
