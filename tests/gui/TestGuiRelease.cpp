// Release and legal review in the GUI, offscreen: the investigator requests a release from the case workspace;
// the review dialog shows what personal data will be withheld and lets only legal decide; the export dialog
// writes an encrypted package as a job; the verify dialog (also reached by dropping the file on the main window)
// says the package is intact, and says it is not once a byte has changed.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/JobDialog.h"
#include "common/PassphraseFields.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseService.h"
#include "inbox/IncidentInbox.h"
#include "releases/ExportPackageDialog.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleasesDialog.h"
#include "releases/VerifyPackageDialog.h"
#include "shell/MainWindow.h"
#include "statements/StatementService.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"
#include "store/StoreSimulator.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiRelease : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseDatabase> m_ivy;
    std::unique_ptr<CaseDatabase> m_lena;
    QString m_case;
    QString m_release;
    QString m_package;

    std::unique_ptr<CaseDatabase> open(const char* user)
    {
        auto db = CaseDatabase::open(m_path, QString::fromLatin1(user), test::secret(user));
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena")));
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        {
            QSqlDatabase c = admin->connection();
            o.recipientPublicKey = *WorkstationKeys::recipientPublicKey(c);
        }
        o.stores = 1;
        o.incidentsPerStore = 2;
        o.clipSeconds = 2;
        o.width = 160;
        o.height = 96;
        auto sim = StoreSimulator::run(o);
        QVERIFY(sim);
        StoreConnection sc;
        sc.kind = QStringLiteral("folder");
        sc.location = o.outDir + QLatin1Char('/') + sim->storeIds.first();
        QVERIFY(StoreRegistry(*admin).add(sim->storeIds.first(), sc));
        m_path = admin->path();
        admin.reset();
        m_ivy = open("ivy");
        m_lena = open("lena");
        QVERIFY(m_ivy && m_lena);
        auto pulled = PullService(*m_ivy).pull({});
        QVERIFY(pulled && pulled->complete());
        auto rows = IncidentInbox(*m_ivy).list({}, IncidentSort::Newest, 0, 1);
        QVERIFY(rows && rows->size() == 1);
        auto id = CaseService(*m_ivy).create(QStringLiteral("Shoplifting at the entrance"), {rows->first().id});
        QVERIFY(id);
        m_case = *id;
        StatementDraft draft;
        draft.author = QStringLiteral("Dana Whitfield");
        draft.role = QStringLiteral("staff");
        draft.contact = QStringLiteral("+1 312 555 0100");
        draft.text = QStringLiteral("I saw him put two razors in his jacket.");
        auto statement = StatementService(*m_ivy).add(m_case, draft);
        QVERIFY(statement);
        QVERIFY(StatementService(*m_ivy).signOff(*statement));
    }

    void investigatorRequestsFromTheCase()
    {
        CaseWorkspace workspace(*m_ivy, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        auto* button = workspace.findChild<QPushButton*>(QStringLiteral("requestReleaseButton"));
        QVERIFY(button && button->isEnabled());
        ReleaseRequestDialog* dialog = workspace.requestRelease();
        QVERIFY(dialog);
        // The clip and the signed statement are offered, all ticked.
        QCOMPARE(dialog->items()->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(dialog->items()->topLevelItem(i)->checkState(0), Qt::Checked);
        QSignalSpy requested(&workspace, &CaseWorkspace::releaseRequested);
        dialog->note()->setPlainText(QStringLiteral("For Officer Ruiz, report 2026-1234"));
        dialog->accept();
        QCOMPARE(requested.size(), 1);
        m_release = requested.first().first().toString();
        auto shown = ReleaseService(*m_ivy).show(m_release);
        QVERIFY(shown);
        QCOMPARE(shown->state, QStringLiteral("pending"));
        QCOMPARE(shown->items.size(), 2);
        // The investigator sees it but cannot decide or export.
        ReleasesDialog review(*m_ivy);
        QVERIFY(review.select(m_release));
        QVERIFY(!review.approveButton()->isEnabled());
        QVERIFY(!review.exportButton()->isEnabled());
    }

    void legalReviewsAndApproves()
    {
        QVERIFY(!m_release.isEmpty());
        ReleasesDialog review(*m_lena);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QVERIFY(review.select(m_release));
        // Personal data is marked as withheld; the statement text is there to read.
        const QString details = review.details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("555 0100 (withheld unless contacts are allowed)")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("two razors")));
        // The case's custody chain is there too: verified, with the request as its latest event.
        QVERIFY2(details.contains(QStringLiteral("Chain of custody")) && details.contains(QStringLiteral("Intact:")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("asked legal to release evidence")), qPrintable(details)); // in words
        QVERIFY(review.approveButton()->isEnabled());
        QVERIFY(!review.exportButton()->isEnabled());
        review.decisionNote()->setPlainText(QStringLiteral("Bystanders are not identifiable; contacts withheld."));
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        auto shown = ReleaseService(*m_lena).show(m_release);
        QVERIFY(shown);
        QCOMPARE(shown->state, QStringLiteral("approved"));
        QCOMPARE(shown->decidedBy, QStringLiteral("lena"));
        QVERIFY(!shown->pii.contacts);
        QCOMPARE(review.currentId(), m_release);
        QVERIFY(!review.approveButton()->isEnabled());
        QVERIFY(review.exportButton()->isEnabled());
    }

    void exportEncryptedAsAJob()
    {
        QVERIFY(!m_release.isEmpty());
        m_package = m_dir.filePath(QStringLiteral("out/package.zip"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        ExportPackageDialog dialog(*m_ivy, m_release);
        dialog.show();
        dialog.target()->setText(m_package);
        dialog.encrypt()->setChecked(true);
        QVERIFY(dialog.password()->isEnabled());
        dialog.password()->first()->setText(QStringLiteral("hand over by phone"));
        dialog.password()->repeat()->setText(QStringLiteral("hand over by phone"));
        QSignalSpy exported(&dialog, &ExportPackageDialog::exported);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 1, 120000);
        QCOMPARE(dialog.writtenPath(), m_package);
        QVERIFY(QFile::exists(m_package));
        QVERIFY(!QFile::exists(m_package + QStringLiteral(".part")));
        QCOMPARE(ReleaseService(*m_ivy).show(m_release)->state, QStringLiteral("exported"));
        // The case's status follows: its evidence has left.
        QCOMPARE(CaseService(*m_ivy).show(m_case)->status, QStringLiteral("released"));
        // The password fields were cleared when the export took the password.
        QVERIFY(dialog.password()->first()->text().isEmpty());
    }

    void verifyDialogAndDrop()
    {
        QVERIFY(QFile::exists(m_package));
        {
            VerifyPackageDialog dialog(m_package);
            dialog.show();
            dialog.setPassword(QStringLiteral("hand over by phone"));
            QSignalSpy done(&dialog, &VerifyPackageDialog::verified);
            dialog.verify();
            QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
            QCOMPARE(done.first().first().toBool(), true);
            QVERIFY2(dialog.verdict()->text().startsWith(QStringLiteral("Intact")),
                     qPrintable(dialog.verdict()->text()));
            QVERIFY(dialog.report()->toPlainText().contains(QStringLiteral("org-ca.pem inside the package")));
        }
        // One byte changed: the same dialog says so, reached by dropping the file on the main window.
        QFile f(m_package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
        const QString damaged = m_dir.filePath(QStringLiteral("out/damaged.zip"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(damaged)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        // Verification asks for the password of an encrypted package; a preset answer stands in for typing.
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto* dialog = window.findChild<VerifyPackageDialog*>();
        QVERIFY(dialog);
        QSignalSpy done(dialog, &VerifyPackageDialog::verified);
        dialog->setPassword(QStringLiteral("hand over by phone"));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(dialog->verdict()->text().startsWith(QStringLiteral("NOT intact")),
                 qPrintable(dialog->verdict()->text()));
        QVERIFY(!dialog->report()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestGuiRelease)
#include "TestGuiRelease.moc"
