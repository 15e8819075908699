// PackageVerifier, offline, on a real package made in-process (a simulated store pulled, a case, a release ivy asked
// for and lena approved, PackageBuilder's export): the package verifies against the organisation's CA with no
// problem; each kind of tampering — evidence changed, removed or added, the manifest or its signature, legal's
// approval, the revocation list, the custody chain, SHA256SUMS, a stranger's CA, a flipped byte of the archive — is
// reported by the problem that names it; an encrypted package needs its password. Without a case report renderer
// the export is refused. A revocation list newer than the package that revokes legal's reviewer or a checkpoint's
// signer before they signed refuses it with the reason; one that revokes them afterwards leaves it valid, and the
// verifier says so.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/Time.h"
#include "crypto/RevocationList.h"
#include "crypto/SigningIdentity.h"
#include "db/WorkstationKeys.h"
#include "export/CaseReportRenderer.h"
#include "export/PackageBuilder.h"
#include "export/PackageDocuments.h"
#include "export/PackageVerifier.h"
#include "export/ReleaseService.h"
#include "report/CaseReport.h"
#include "zip/ZipArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace lpdesk;

namespace {

using Edit = std::function<void(QString& name, QByteArray& bytes)>;

} // namespace

class TestPackageVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_package;
    QString m_encrypted;
    QByteArray m_ca;
    QString m_evidence; // an evidence entry of the package
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    PackageVerification verify(const QString& file, const QByteArray& ca, const SecureBytes* password = nullptr)
    {
        auto v = PackageVerifier::verify(file, ca, password);
        if (!v) {
            PackageVerification failed;
            failed.problems << QStringLiteral("error: ") + v.errorMessage();
            return failed;
        }
        return *v;
    }

    // The package rewritten entry by entry through edit (and extra entries added), then verified.
    QStringList problemsAfter(const Edit& edit, const QList<QPair<QString, QByteArray>>& extra = {})
    {
        const QString tampered = path(QStringLiteral("tampered.zip"));
        QFile::remove(tampered);
        if (!test::rewriteZip(m_package, tampered, edit, extra))
            return {QStringLiteral("cannot rewrite the package")};
        const PackageVerification v = verify(tampered, m_ca);
        return v.problems.isEmpty() ? QStringList {QStringLiteral("(no problem found)")} : v.problems;
    }

    // The package verified with a revocation list newer than it: the package's own crl.pem, plus each of who
    // (a user name) revoked at the time given, signed by the organisation CA (the administrator's slot holds its key).
    PackageVerification verifyWithNewerList(const QList<QPair<QString, QDateTime>>& who)
    {
        PackageVerification failed;
        failed.problems << QStringLiteral("cannot issue the newer list");
        QByteArray packageCrl;
        for (const auto& [name, bytes] : test::zipEntries(m_package))
            if (name == QLatin1String("crl.pem"))
                packageCrl = bytes;
        QList<RevokedCertificate> added;
        for (const auto& [user, at] : who) {
            auto db = test::openAs(m_db, user);
            if (!db)
                return failed;
            auto identity = db->personalIdentity();
            if (!identity)
                return failed;
            added << RevokedCertificate {RevocationList::serialOf(identity->certificatePem()), at};
        }
        auto admin = test::openAs(m_db, QStringLiteral("admin"));
        if (!admin || packageCrl.isEmpty())
            return failed;
        auto ca = admin->caIdentity();
        if (!ca)
            return failed;
        auto newer = RevocationList::issue(*ca, packageCrl, added, 0);
        if (!newer)
            return failed;
        auto v = PackageVerifier::verify(m_package, m_ca, nullptr, {}, nullptr, {}, *newer);
        if (!v) {
            failed.problems = QStringList {QStringLiteral("error: ") + v.errorMessage()};
            return failed;
        }
        return *v;
    }

    struct Signed
    {
        QString who;
        QDateTime at;
    };
    // Who signed legal's approval and when (decided_at), and the last custody checkpoint's signer and time.
    QPair<Signed, Signed> signers()
    {
        Signed approval, checkpoint;
        for (const auto& [name, bytes] : test::zipEntries(m_package)) {
            if (name == QLatin1String("approval.json")) {
                const QJsonObject a = QJsonDocument::fromJson(bytes).object();
                approval = {a.value(QLatin1String("decided_by")).toString(),
                            parseRfc3339(a.value(QLatin1String("decided_at")).toString())};
            } else if (name == QLatin1String("custody.json")) {
                auto parsed = PackageDocuments::parseCustody(bytes);
                if (parsed)
                    for (const ChainEvent& e : parsed->second)
                        if (e.action == QLatin1String("checkpoint"))
                            checkpoint = {e.actor, parseRfc3339(e.at)};
            }
        }
        return {approval, checkpoint};
    }

    static bool anyContains(const QStringList& problems, const QString& what)
    {
        for (const QString& p : problems)
            if (p.contains(what))
                return true;
        return false;
    }

    bool export_(CaseDatabase& db, const QString& release, const QString& out, const SecureBytes* password)
    {
        ExportOptions options;
        options.outPath = out;
        options.password = password;
        auto made = PackageBuilder(db).exportRelease(release, options);
        if (!made)
            qWarning("%s", qPrintable(made.errorMessage()));
        return bool(made);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const test::PendingRelease pending = test::longTitledCaseWithARelease(m_dir.path());
        QVERIFY(!pending.db.isEmpty());
        m_db = pending.db;
        auto ivy = test::openAs(pending.db, QStringLiteral("ivy"));
        auto lena = test::openAs(pending.db, QStringLiteral("lena"));
        QVERIFY(ivy && lena);
        // A release goes out once: a second one for the encrypted copy.
        ReleaseRequestSpec spec;
        spec.caseId = pending.caseId;
        spec.mediaIds = {pending.mediaId};
        spec.note = QStringLiteral("Encrypted copy");
        auto second = ReleaseService(*ivy).request(spec);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        for (const QString& release : {pending.releaseId, *second}) {
            const Status approved = ReleaseService(*lena).approve(release, QStringLiteral("Approved."), {});
            QVERIFY2(approved, qPrintable(approved.errorMessage()));
        }
        QSqlDatabase c = ivy->connection();
        auto ca = WorkstationKeys::caCertificatePem(c);
        QVERIFY2(ca, qPrintable(ca.errorMessage()));
        m_ca = *ca;
        m_package = path(QStringLiteral("package.zip"));
        // Test programs get lpdesk_report's renderer as the programs do (tests/helpers/InstallCaseReport.cpp). A
        // program without one is refused the export, which writes nothing and leaves the release exportable.
        QVERIFY2(CaseReportRenderer::installed(), "the test support did not install the case report");
        CaseReportRenderer::install(nullptr);
        const bool refused = !export_(*ivy, pending.releaseId, m_package, nullptr);
        CaseReport::install();
        QVERIFY(refused);
        QVERIFY(!QFile::exists(m_package) && !QFile::exists(m_package + QStringLiteral(".part")));
        QVERIFY(export_(*ivy, pending.releaseId, m_package, nullptr));
        const SecureBytes password = test::secret("a password for the police");
        m_encrypted = path(QStringLiteral("encrypted.zip"));
        QVERIFY(export_(*ivy, *second, m_encrypted, &password));
        for (const auto& [name, bytes] : test::zipEntries(m_package))
            if (name.endsWith(QLatin1String(".mp4")) && m_evidence.isEmpty())
                m_evidence = name;
        QVERIFY2(!m_evidence.isEmpty(), "no evidence clip in the package");
    }

    void theGenuinePackageVerifies()
    {
        const PackageVerification v = verify(m_package, m_ca);
        QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
        QVERIFY(!v.packageId.isEmpty());
        QVERIFY(v.files > 0);
        QVERIFY(v.custodyEvents > 0);
        QVERIFY(!v.encrypted);
        QVERIFY(!v.signerFingerprint.isEmpty());
        QVERIFY(anyContains(v.notes, QStringLiteral("Approved by")));
        // Rewritten with nothing changed (a new archive, the same entries): still genuine.
        QCOMPARE(problemsAfter([](QString&, QByteArray&) {}), QStringList {QStringLiteral("(no problem found)")});
        // Without a trusted CA it verifies against the package's own and says what that does not prove.
        const PackageVerification own = verify(m_package, {});
        QVERIFY2(own.ok(), qPrintable(own.problems.join(QLatin1Char('\n'))));
        QVERIFY(own.wanted.contains(QStringLiteral("ca")));
    }

    void eachTamperIsNamed_data()
    {
        QTest::addColumn<QString>("entry"); // the entry to change ("*evidence*": the first clip)
        QTest::addColumn<int>("edit"); // 0 change a byte, 1 remove, 2 append a line, 3 drop the last custody event
        QTest::addColumn<QString>("problem");
        const QString evidence = QStringLiteral("*evidence*");
        QTest::newRow("evidence changed")
            << evidence << 0 << QStringLiteral("does not match its SHA-256 in manifest.json (changed)");
        QTest::newRow("evidence vs approval") << evidence << 0 << QStringLiteral("is not the file legal approved");
        QTest::newRow("evidence vs SHA256SUMS")
            << evidence << 0 << QStringLiteral("does not match its SHA-256 in SHA256SUMS");
        QTest::newRow("evidence removed")
            << evidence << 1 << QStringLiteral("is listed in manifest.json but missing from the package");
        QTest::newRow("manifest changed")
            << QStringLiteral("manifest.json") << 0 << QStringLiteral("manifest.json.p7s:");
        QTest::newRow("signature removed")
            << QStringLiteral("manifest.json.p7s") << 1 << QStringLiteral("no manifest.json or no manifest.json.p7s");
        QTest::newRow("approval changed")
            << QStringLiteral("approval.json") << 0 << QStringLiteral("approval.json.p7s:");
        QTest::newRow("approval removed")
            << QStringLiteral("approval.json") << 1 << QStringLiteral("carries no signed legal approval");
        QTest::newRow("revocation list removed")
            << QStringLiteral("crl.pem") << 1 << QStringLiteral("no certificate revocation list (crl.pem)");
        QTest::newRow("SHA256SUMS line added") << QStringLiteral("SHA256SUMS") << 2 << QStringLiteral("is malformed");
        QTest::newRow("SHA256SUMS removed")
            << QStringLiteral("SHA256SUMS") << 1 << QStringLiteral("the package has no SHA256SUMS");
        QTest::newRow("custody event removed")
            << QStringLiteral("custody.json") << 3
            << QStringLiteral("custody.json does not end at the head manifest.json names (events removed or added)");
    }
    void eachTamperIsNamed()
    {
        QFETCH(QString, entry);
        QFETCH(int, edit);
        QFETCH(QString, problem);
        if (entry == QLatin1String("*evidence*"))
            entry = m_evidence;
        bool seen = false;
        const QStringList problems = problemsAfter([&](QString& name, QByteArray& bytes) {
            if (name != entry)
                return;
            seen = true;
            switch (edit) {
            case 0:
                bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
                break;
            case 1:
                name.clear();
                break;
            case 2:
                bytes.append("not a line of sums\n");
                break;
            case 3: {
                QJsonObject o = QJsonDocument::fromJson(bytes).object();
                QJsonArray events = o.value(QLatin1String("events")).toArray();
                events.removeLast();
                o.insert(QLatin1String("events"), events);
                bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
                break;
            }
            }
        });
        QVERIFY2(seen, qPrintable(QStringLiteral("the package has no %1").arg(entry)));
        QVERIFY2(anyContains(problems, problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void anAddedFileIsNamed()
    {
        const QStringList problems
            = problemsAfter([](QString&, QByteArray&) {}, {{QStringLiteral("evidence/extra.mp4"), "not evidence"}});
        QVERIFY2(anyContains(problems,
                             QStringLiteral("evidence/extra.mp4 is in the package but not in manifest.json (added)")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(anyContains(problems, QStringLiteral("not among the files legal approved")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void aStrangersCaIsRefused()
    {
        const QByteArray rogue
            = test::makeRogueCa(path(QStringLiteral("rogue.key")), path(QStringLiteral("rogue.pem")));
        QVERIFY(!rogue.isEmpty());
        const PackageVerification v = verify(m_package, rogue);
        QVERIFY(!v.ok());
        QVERIFY2(anyContains(v.problems, QStringLiteral("manifest.json.p7s:")),
                 qPrintable(v.problems.join(QLatin1Char('\n'))));
    }

    void aFlippedByteOfTheArchiveIsAProblem()
    {
        QByteArray bytes = test::readFile(m_package);
        for (const qsizetype at : {qsizetype(10), bytes.size() / 2, bytes.size() - 30}) {
            QByteArray bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x20);
            const QString file = path(QStringLiteral("flipped.zip"));
            QVERIFY(test::writeFile(file, bad));
            const PackageVerification v = verify(file, m_ca);
            QVERIFY2(!v.ok(), qPrintable(QStringLiteral("byte %1 flipped went unnoticed").arg(at)));
        }
    }

    void aSignerRevokedBeforeSigningIsRefused()
    {
        const auto [approval, checkpoint] = signers();
        QCOMPARE(approval.who, QStringLiteral("lena"));
        QVERIFY(approval.at.isValid() && checkpoint.at.isValid() && !checkpoint.who.isEmpty());
        // lena's certificate revoked a minute before she approved: she cannot have approved it.
        PackageVerification v = verifyWithNewerList({{approval.who, approval.at.addSecs(-60)}});
        QVERIFY(!v.ok());
        QVERIFY2(
            anyContains(v.problems, QStringLiteral("approval.json.p7s: the reviewer's certificate (serial "))
                && anyContains(v.problems, QStringLiteral("before the approval (%1)").arg(toUtcString(approval.at))),
            qPrintable(v.problems.join(QLatin1Char('\n'))));
        // The last checkpoint's signer revoked a minute before they sealed it: forged with a revoked key.
        v = verifyWithNewerList({{checkpoint.who, checkpoint.at.addSecs(-60)}});
        QVERIFY(!v.ok());
        QVERIFY2(anyContains(v.problems,
                             QStringLiteral("was signed by %1 on %2, after their certificate (serial ")
                                 .arg(checkpoint.who, toUtcString(checkpoint.at)))
                     && anyContains(v.problems, QStringLiteral("forged with a revoked key")),
                 qPrintable(v.problems.join(QLatin1Char('\n'))));
    }

    void aSignerRevokedLaterStillHolds()
    {
        const auto [approval, checkpoint] = signers();
        QVERIFY(approval.at.isValid() && checkpoint.at.isValid());
        // Both revoked a day after the package was made (a reviewer who left, an investigator removed): the package
        // stays valid, and the report says whose revocation came after what they signed.
        QDateTime later = std::max(approval.at, checkpoint.at).addDays(1);
        later = later.addMSecs(-later.time().msec()); // a revocation list keeps whole seconds
        const PackageVerification v = verifyWithNewerList({{approval.who, later}, {checkpoint.who, later.addSecs(1)}});
        QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
        QVERIFY2(anyContains(v.notes,
                             QStringLiteral("The reviewer's certificate was revoked on %1, after the "
                                            "approval's time as the reviewer's own clock gives it (%2): "
                                            "the approval still holds")
                                 .arg(toUtcString(later), toUtcString(approval.at))),
                 qPrintable(v.notes.join(QLatin1Char('\n'))));
        QVERIFY2(
            anyContains(v.notes,
                        QStringLiteral("was signed by %1 on %2, before their certificate (serial ")
                            .arg(checkpoint.who, toUtcString(checkpoint.at)))
                && anyContains(v.notes,
                               QStringLiteral("was revoked on %1: it still holds").arg(toUtcString(later.addSecs(1)))),
            qPrintable(v.notes.join(QLatin1Char('\n'))));
    }

    void anEncryptedPackageNeedsItsPassword()
    {
        auto none = PackageVerifier::verify(m_encrypted, m_ca);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::Auth);
        const SecureBytes wrong = test::secret("a password for the polite");
        auto refused = PackageVerifier::verify(m_encrypted, m_ca, &wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Auth);
        const SecureBytes right = test::secret("a password for the police");
        const PackageVerification v = verify(m_encrypted, m_ca, &right);
        QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
        QVERIFY(v.encrypted);
    }
};

QTEST_MAIN(TestPackageVerifier) // the package's PDF report needs a QGuiApplication
#include "TestPackageVerifier.moc"
