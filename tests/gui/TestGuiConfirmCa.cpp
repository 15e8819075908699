// The unlock dialog when a key slot is from before CA pinning and no administrator's slot vouches for the
// certificate (issue 12): login used to stop at "exit 4 until an admin runs lpdesk-cli key confirm-ca". The dialog
// now explains it in words; a non-administrator is told to ask an administrator (and gets no confirm controls); an
// administrator picks the org-ca.pem the organisation keeps (its SHA-256 is computed and shown), a wrong certificate
// is refused, and the right one unlocks through CaseDatabase::open — pinned, audited ca_certificate_confirmed.
#include "TestSupport.h"

#include "db/KeySlotFile.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "shell/UnlockDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestGuiConfirmCa : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_caFile;
    QString m_realSha;
    QString m_rogueFile;

    QString pinOf(const QString& user) const
    {
        auto file = KeySlotFile::load(KeySlotFile::pathFor(m_path));
        return file && file->find(user) ? file->find(user)->caSha256 : QStringLiteral("?");
    }
    static void typeIn(UnlockDialog& d, const QString& user)
    {
        d.findChild<QLineEdit*>(QStringLiteral("user"))->setText(user);
        d.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(user + QStringLiteral("-pass"));
    }
    static QString message(UnlockDialog& d) { return d.findChild<QLabel*>(QStringLiteral("message"))->text(); }
    static bool busy(UnlockDialog& d)
    {
        return !d.findChild<QPushButton*>(QStringLiteral("unlockButton"))->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            auto db = test::createDatabase(m_dir.path());
            QVERIFY(db);
            m_path = db->path();
            QVERIFY(UserDirectory(*db).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
            QSqlDatabase c = db->connection();
            auto pem = WorkstationKeys::caCertificatePem(c);
            QVERIFY(pem);
            m_caFile = m_dir.filePath(QStringLiteral("org-ca.pem"));
            QVERIFY(test::writeFile(m_caFile, *pem));
            m_realSha = WorkstationKeys::certificateFingerprint(*pem);
        }
        m_rogueFile = m_dir.filePath(QStringLiteral("rogue-ca.pem"));
        QVERIFY(!test::makeRogueCa(m_dir.filePath(QStringLiteral("rogue-ca.key")), m_rogueFile).isEmpty());
        // Every slot as an LP Desk from before pinning left it: nothing vouches for the certificate row.
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("ivy")}) {
            QVERIFY2(test::makeSlotFromBeforePinning(m_path, user), qPrintable(user));
            QCOMPARE(pinOf(user), QString());
        }
        const auto refused = test::cliAs(m_path, QStringLiteral("admin"), {QStringLiteral("whoami")});
        QCOMPARE(refused.exitCode, 4);
    }

    void aNonAdministratorIsToldToAskOne()
    {
        UnlockDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.caPanel()->isVisible());
        typeIn(dialog, QStringLiteral("ivy"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!busy(dialog) && dialog.caPanel()->isVisible(), 30000);
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString said = dialog.caExplanation()->text();
        QVERIFY2(said.contains(QLatin1String("before LP Desk pinned")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("Ask an administrator")), qPrintable(said));
        QVERIFY(!dialog.caConfirmButton()->isVisible());
        QVERIFY(!dialog.caFingerprint()->isVisible());
        QCOMPARE(pinOf(QStringLiteral("ivy")), QString());
    }

    void anAdministratorConfirmsTheCaAndUnlocks()
    {
        UnlockDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeIn(dialog, QStringLiteral("admin"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!busy(dialog) && dialog.caPanel()->isVisible(), 30000);
        QVERIFY2(dialog.caExplanation()->text().contains(QLatin1String("As an administrator")),
                 qPrintable(dialog.caExplanation()->text()));
        QVERIFY(dialog.caConfirmButton()->isVisible() && dialog.caChooseButton()->isVisible());

        // A certificate that is not the one in the database: refused, nothing pinned, the dialog stays.
        dialog.useCaFile(m_rogueFile);
        QVERIFY(dialog.caFingerprint()->text() != m_realSha);
        dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("admin-pass"));
        QTest::mouseClick(dialog.caConfirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!busy(dialog) && message(dialog).contains(QLatin1String("not the one you confirmed")),
                                 30000);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(pinOf(QStringLiteral("admin")), QString());

        // The org-ca.pem the organisation keeps: its SHA-256 shown, confirmed, unlocked.
        dialog.useCaFile(m_caFile);
        QCOMPARE(dialog.caFingerprint()->text(), m_realSha);
        bool shown = false;
        for (const QLabel* l : dialog.caPanel()->findChildren<QLabel*>())
            shown = shown || (l->isVisible() && l->text().contains(m_realSha));
        QVERIFY(shown);
        dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("admin-pass"));
        QTest::mouseClick(dialog.caConfirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 30000);
        auto db = dialog.takeDatabase();
        QVERIFY(db);
        QCOMPARE(db->session().userName, QStringLiteral("admin"));
        QCOMPARE(pinOf(QStringLiteral("admin")), m_realSha);
        QCOMPARE(test::scalar(*db,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'ca_certificate_confirmed'")),
                 1);
        db.reset();
        // The administrator's pin now vouches for ivy's slot: she unlocks without anyone's word.
        const auto ivy = test::cliAs(m_path, QStringLiteral("ivy"), {QStringLiteral("whoami")});
        QVERIFY2(ivy.exitCode == 0, qPrintable(ivy.describe()));
        QCOMPARE(pinOf(QStringLiteral("ivy")), m_realSha);
    }
};

QTEST_MAIN(TestGuiConfirmCa)
#include "TestGuiConfirmCa.moc"
