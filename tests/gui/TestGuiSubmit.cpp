// Agencies and the outbox in the GUI, offscreen: an administrator adds an agency (an http:// address is refused
// with the reason), investigators cannot; a release request offers the agency as its purpose; the releases view
// offers "Submit to agency" once legal approved it; the outbox lists a queued submission, and cancelling it there
// is recorded; testing the connection to an address where nothing listens says so.
#include "StoreSimCase.h"

#include "TestServers.h"
#include "agencies/AgencyRegistry.h"
#include "cases/CaseService.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseService.h"
#include "inbox/IncidentInbox.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleasesDialog.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"
#include "submit/SubmissionService.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiSubmit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseDatabase> m_admin;
    std::unique_ptr<CaseDatabase> m_ivy;
    std::unique_ptr<CaseDatabase> m_lena;
    QString m_case;
    QString m_release;

private Q_SLOTS:
    void initTestCase()
    {
        m_ivy = test::simulateAndPull(
            m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
            test::smallDrop(1, 2, 2, 160, 96));
        QVERIFY(m_ivy);
        m_path = m_ivy->path();
        m_admin = test::openAs(m_path, QStringLiteral("admin"));
        m_lena = test::openAs(m_path, QStringLiteral("lena"));
        QVERIFY(m_admin && m_lena);
        auto rows = IncidentInbox(*m_ivy).list({}, IncidentSort::Newest, 0, 1);
        QVERIFY(rows && rows->size() == 1);
        auto id = CaseService(*m_ivy).create(QStringLiteral("Shoplifting"), {rows->first().id});
        QVERIFY(id);
        m_case = *id;
    }

    void adminAddsAnAgency()
    {
        AgenciesDialog investigator(*m_ivy);
        QVERIFY(!investigator.findChild<QGroupBox*>()->isEnabled());

        AgenciesDialog dialog(*m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSqlDatabase c = m_admin->connection();
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(*WorkstationKeys::caCertificatePem(c)) > 0);
        f.close();
        const test::ClosedPort closed; // bound, not listening: connections are refused, nobody else can take it
        const int port = closed.port();
        QVERIFY(port > 0);
        dialog.idField()->setText(QStringLiteral("cpd"));
        dialog.nameField()->setText(QStringLiteral("Test Police"));
        dialog.urlField()->setText(QStringLiteral("http://127.0.0.1:%1/api").arg(port));
        dialog.caFileField()->setText(ca);
        dialog.apiKeyField()->setText(QStringLiteral("key-1"));
        QVERIFY(!dialog.addAgency());
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("https://")), qPrintable(dialog.status()->text()));
        dialog.urlField()->setText(QStringLiteral("https://127.0.0.1:%1/api").arg(port));
        QVERIFY(dialog.addAgency());
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.apiKeyField()->text().isEmpty());
        QCOMPARE(dialog.list()->topLevelItem(0)->text(5), QStringLiteral("pinned"));
        // An OAuth2 profile through the same form: the secret is required, and kept out of the list.
        dialog.idField()->setText(QStringLiteral("cpd-oauth"));
        dialog.authField()->setCurrentIndex(dialog.authField()->findData(QStringLiteral("oauth2")));
        QVERIFY(!dialog.apiKeyField()->isEnabled() && dialog.clientSecretField()->isEnabled());
        dialog.tokenUrlField()->setText(QStringLiteral("https://127.0.0.1:%1/oauth/token").arg(port));
        dialog.clientIdField()->setText(QStringLiteral("client-1"));
        QVERIFY(!dialog.addAgency());
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("secret")), qPrintable(dialog.status()->text()));
        dialog.clientSecretField()->setText(QStringLiteral("s3cret"));
        QVERIFY(dialog.addAgency());
        QVERIFY(dialog.clientSecretField()->text().isEmpty());
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("cpd"));
        QCOMPARE(dialog.list()->topLevelItem(1)->text(3), QStringLiteral("oauth2"));
        QCOMPARE(AgencyRegistry(*m_admin).secrets(QStringLiteral("cpd-oauth"))->clientSecret.view().toByteArray(),
                 QByteArray("s3cret"));
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        // Nothing listens: the test says so, in words.
        QSignalSpy tested(&dialog, &AgenciesDialog::tested);
        dialog.testSelected();
        QTRY_VERIFY_WITH_TIMEOUT(tested.size() == 1, 30000);
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("Connecting to")),
                 qPrintable(dialog.status()->text()));
    }

    void requestApproveAndOfferSubmission()
    {
        ReleaseRequestDialog request(*m_ivy, m_case);
        QCOMPARE(request.purpose()->count(), 3);
        request.purpose()->setCurrentIndex(1);
        QVERIFY(request.purpose()->currentText().contains(QStringLiteral("Test Police")));
        request.note()->setPlainText(QStringLiteral("Report to the police"));
        request.accept();
        m_release = request.requestId();
        QVERIFY(!m_release.isEmpty());
        auto r = ReleaseService(*m_ivy).show(m_release);
        QCOMPARE(r->purpose, QStringLiteral("agency"));
        QCOMPARE(r->agencyId, QStringLiteral("cpd"));
        QVERIFY(ReleaseService(*m_lena).approve(m_release, QStringLiteral("ok"), {}));
        ReleasesDialog review(*m_ivy);
        QVERIFY(review.select(m_release));
        QVERIFY(review.submitButton()->isEnabled());
    }

    void outboxListsAndCancels()
    {
        auto queued = SubmissionService(*m_ivy).queue(m_release, QStringLiteral("cpd"));
        QVERIFY2(queued, qPrintable(queued.errorMessage()));
        OutboxDialog outbox(*m_ivy);
        outbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outbox));
        QCOMPARE(outbox.list()->topLevelItemCount(), 1);
        QTreeWidgetItem* row = outbox.list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("queued"));
        QCOMPARE(row->text(1), QStringLiteral("cpd"));
        outbox.list()->setCurrentItem(row);
        QVERIFY(outbox.cancelButton()->isEnabled());
        QTest::mouseClick(outbox.cancelButton(), Qt::LeftButton);
        QCOMPARE(outbox.list()->topLevelItem(0)->text(0), QStringLiteral("cancelled"));
        QCOMPARE(SubmissionService(*m_ivy).get(*queued)->state, QStringLiteral("cancelled"));
    }

    // Send due now says what it did: how many submissions it sent and police follow-ups it recorded (none here:
    // the only submission was cancelled).
    void sendDueSaysHowManyItSentAndRecorded()
    {
        OutboxDialog outbox(*m_ivy);
        outbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outbox));
        QVERIFY(outbox.resultLabel()->text().isEmpty());
        outbox.sendDue(); // a job of the queue: the label says where its progress is, then what it did
        QTRY_VERIFY(outbox.resultLabel()->text().startsWith(QLatin1String("0 submission")));
        const QString said = outbox.resultLabel()->text();
        QVERIFY2(said.startsWith(QLatin1String("0 submission")) && said.contains(QLatin1String("0 police follow-up")),
                 qPrintable(said));
    }

    void receiptIsShownOnTheRelease()
    {
        // What a delivery records (the integration test drives a real one): the receipt shows in the review.
        QVERIFY(ReleaseService(*m_ivy).markSubmitted(
            m_release,
            QJsonObject {{QLatin1String("agency_id"), QStringLiteral("cpd")},
                         {QLatin1String("receipt"),
                          QJsonObject {{QLatin1String("report_number"), QStringLiteral("CPD-2026-000042")},
                                       {QLatin1String("received_at"), QStringLiteral("2026-11-25T16:00:00Z")}}}}));
        ReleasesDialog review(*m_lena);
        QVERIFY(review.select(m_release));
        QVERIFY2(review.details()->toPlainText().contains(QStringLiteral("report number CPD-2026-000042")),
                 qPrintable(review.details()->toPlainText()));
        QVERIFY(!review.submitButton()->isEnabled()); // submitted: not again
    }
};

QTEST_MAIN(TestGuiSubmit)
#include "TestGuiSubmit.moc"
