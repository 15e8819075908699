// Release, legal review and sealed export end to end on a store-sim drop: an investigator asks, legal (never the
// requester, whatever their role becomes) decides what personal data goes out, any change after approval voids
// the release, and the package verifies with standard tools (unzip, sha256sum, openssl cms, 7z for the encrypted
// variant, QuaZip) and with `lpdesk-cli verify`, which catches every flipped byte, added or removed file and
// reordered custody event, and refuses hostile archives (bombs, traversal, symlinks, duplicates, absurd sizes)
// without writing anything.
#include "TestServers.h"
#include "TestSupport.h"
#include "World.h"

#include "cases/CaseService.h"
#include "cases/MarkerService.h"
#include "crypto/CmsSignature.h"
#include "crypto/SigningIdentity.h"
#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "export/PackageVerifier.h"
#include "zip/ZipArchive.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace lpdesk;

namespace {

QJsonValue json(const test::ProcessRun& r)
{
    const QJsonDocument d = QJsonDocument::fromJson(r.out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRelease : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case; // the refund-fraud case: original clip, trim, redaction, POS, two statements
    QString m_caPem;
    QString m_store;
    QString m_plainPackage;
    QString m_statement;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_db, user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A new request for everything in the case, approved by lena; returns its id.
    QString approvedRelease(const QString& note)
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"), note});
        if (req.exitCode != 0)
            return {};
        const QString id = QString::fromUtf8(req.out).trimmed();
        const auto ok = as(QStringLiteral("lena"),
                           {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                            QStringLiteral("fine")});
        return ok.exitCode == 0 ? id : QString();
    }

    PackageVerification verifyFile(const QString& file, const SecureBytes* password = nullptr)
    {
        auto v = PackageVerifier::verify(file, readFile(m_caPem), password);
        if (!v) {
            PackageVerification failed;
            failed.problems << v.errorMessage();
            return failed;
        }
        return *v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(world.build(m_dir.path(),
                            {.people = {{QStringLiteral("ivy"), Role::Investigator},
                                        {QStringLiteral("lena"), Role::Legal},
                                        {QStringLiteral("liam"), Role::Investigator}},
                             .incidents = 8,
                             .clipSeconds = 4,
                             .seed = 11,
                             .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        m_store = world.store();
        m_caPem = path(QStringLiteral("org-ca.pem"));
        QVERIFY(world.exportCa(m_caPem));

        const auto fraud = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list"),
                               QStringLiteral("--type"), QStringLiteral("return_fraud"), QStringLiteral("--limit"),
                               QStringLiteral("1")});
        const QString incident = json(fraud).toArray().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!incident.isEmpty());
        const auto made = as(QStringLiteral("ivy"),
                             {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                              QStringLiteral("Refund fraud"), QStringLiteral("--incident"), incident});
        QCOMPARE(made.exitCode, 0);
        m_case = QString::fromUtf8(made.out).trimmed();
        const auto media = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
        const QString clip = json(media).toArray().first().toObject().value(QLatin1String("id")).toString();
        const auto trim = as(QStringLiteral("ivy"),
                             {QStringLiteral("trim"), clip, QStringLiteral("--from"), QStringLiteral("0.5"),
                              QStringLiteral("--to"), QStringLiteral("3"), QStringLiteral("--mode"),
                              QStringLiteral("copy"), QStringLiteral("--case"), m_case});
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        QVERIFY(writeFile(path(QStringLiteral("plan.json")),
                          R"({"version":1,"regions":[{"id":"face","style":"fill","reason":"bystander",)"
                          R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.3,"h":0.3}]}],"audio_mutes":[]})"));
        const auto redact = as(QStringLiteral("ivy"),
                               {QStringLiteral("redact"), clip, QStringLiteral("--plan"),
                                path(QStringLiteral("plan.json")), QStringLiteral("--case"), m_case});
        QVERIFY2(redact.exitCode == 0, qPrintable(redact.describe()));
        // One keyframe and no "until_end": the region covers frame 0 only; the CLI says so (the same core check
        // as the editor's render dialog) and the redaction log keeps the warning.
        QVERIFY2(redact.err.contains("warning: Region face ends at frame 0 while the clip goes on: frames 1–"),
                 qPrintable(redact.describe()));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("pos"), QStringLiteral("link"), m_case}).exitCode, 0);
        QVERIFY(writeFile(path(QStringLiteral("s1.txt")), "He asked for cash back on a jacket without a receipt.\n"));
        const auto s1 = as(QStringLiteral("ivy"),
                           {QStringLiteral("statement"), QStringLiteral("add"), m_case, QStringLiteral("--author"),
                            QStringLiteral("Dana Whitfield"), QStringLiteral("--role"), QStringLiteral("staff"),
                            QStringLiteral("--contact"), QStringLiteral("+1 312 555 0100"),
                            QStringLiteral("--text-file"), path(QStringLiteral("s1.txt")), QStringLiteral("--sign")});
        QVERIFY2(s1.exitCode == 0, qPrintable(s1.describe()));
        m_statement = QString::fromUtf8(s1.out).trimmed();
        QVERIFY(writeFile(path(QStringLiteral("s2.txt")), "I saw him leave by the north door.\n"));
        const auto s2 = as(QStringLiteral("ivy"),
                           {QStringLiteral("statement"), QStringLiteral("add"), m_case, QStringLiteral("--author"),
                            QStringLiteral("Pat Quinlan"), QStringLiteral("--role"), QStringLiteral("witness"),
                            QStringLiteral("--anonymous"), QStringLiteral("--text-file"),
                            path(QStringLiteral("s2.txt")), QStringLiteral("--sign")});
        QVERIFY2(s2.exitCode == 0, qPrintable(s2.describe()));
    }

    void onlyLegalOtherThanTheRequesterDecides()
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                             QStringLiteral("for the police")});
        QCOMPARE(req.exitCode, 0);
        const QString id = QString::fromUtf8(req.out).trimmed();
        const QStringList approve = {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                                     QStringLiteral("ok")};
        // An investigator may not decide; legal may not ask.
        QCOMPARE(as(QStringLiteral("ivy"), approve).exitCode, 3);
        QCOMPARE(as(QStringLiteral("liam"), approve).exitCode, 3);
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                     QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"), QStringLiteral("x")})
                     .exitCode,
                 3);
        // The requester promoted to legal still may not approve their own request.
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        QCOMPARE(test::cli({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("ivy"),
                            QStringLiteral("--role"), QStringLiteral("legal")},
                           adminEnv)
                     .exitCode,
                 0);
        const auto self = as(QStringLiteral("ivy"), approve);
        QCOMPARE(self.exitCode, 3);
        QVERIFY2(self.err.contains("requested"), self.err.constData());
        QCOMPARE(test::cli({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("ivy"),
                            QStringLiteral("--role"), QStringLiteral("investigator")},
                           adminEnv)
                     .exitCode,
                 0);
        // Pending and rejected releases do not export.
        const QString out = path(QStringLiteral("pending.zip"));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out}).exitCode, 3);
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("reject"), id, QStringLiteral("--note"),
                     QStringLiteral("bystander faces visible")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out}).exitCode, 3);
        QVERIFY(!QFile::exists(out) && !QFile::exists(out + QStringLiteral(".part")));
        const auto shown = as(QStringLiteral("lena"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id});
        QCOMPARE(json(shown).toObject().value(QLatin1String("state")).toString(), QStringLiteral("rejected"));
        // A decision is final.
        QCOMPARE(as(QStringLiteral("lena"), approve).exitCode == 0, false);
    }

    void plainPackageVerifiesWithStandardTools()
    {
        const QString id = approvedRelease(QStringLiteral("case file for CPD"));
        QVERIFY(!id.isEmpty());
        m_plainPackage = path(QStringLiteral("package.zip"));
        const auto exported
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), m_plainPackage});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QCOMPARE(QFile::permissions(m_plainPackage) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Exporting again to the same file is refused; the first package is untouched.
        const QString before = test::sha256OfFile(m_plainPackage);
        QVERIFY(
            as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), m_plainPackage}).exitCode
            != 0);
        QCOMPARE(test::sha256OfFile(m_plainPackage), before);
        // A release goes out once: a second copy, even to a new file, needs a new approval.
        const auto again
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), id, QStringLiteral("--out"), path(QStringLiteral("again.zip"))});
        QVERIFY2(again.exitCode == 3 && again.err.contains("exported already"), qPrintable(again.describe()));
        QVERIFY(!QFile::exists(path(QStringLiteral("again.zip"))));

        const QString x = path(QStringLiteral("unpacked"));
        QDir().mkpath(x);
        QCOMPARE(test::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_plainPackage}).exitCode, 0);
        QCOMPARE(test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), m_plainPackage, QStringLiteral("-d"), x})
                     .exitCode,
                 0);
        QDir::setCurrent(x);
        const auto sums = test::run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.describe()));
        QVERIFY(!sums.out.contains("FAILED"));
        const auto cms = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("manifest.json.p7s"),
             QStringLiteral("-content"), QStringLiteral("manifest.json"), QStringLiteral("-CAfile"), m_caPem,
             QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(cms.exitCode == 0, qPrintable(cms.describe()));
        // Legal's approval: approval.json signed by the reviewer's own certificate (issued by the same CA).
        const auto approval = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("approval.json.p7s"),
             QStringLiteral("-content"), QStringLiteral("approval.json"), QStringLiteral("-CAfile"), m_caPem,
             QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-signer"),
             QStringLiteral("approver.pem"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(approval.exitCode == 0, qPrintable(approval.describe()));
        const auto approver = test::run(QStringLiteral("openssl"),
                                        {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("approver.pem"),
                                         QStringLiteral("-noout"), QStringLiteral("-subject")});
        QVERIFY2(approver.out.contains("CN = lena"), approver.out.constData());
        const QJsonObject approved = QJsonDocument::fromJson(readFile(x + QStringLiteral("/approval.json"))).object();
        QCOMPARE(approved.value(QLatin1String("release_id")).toString(), id);
        QCOMPARE(approved.value(QLatin1String("decided_by")).toString(), QStringLiteral("lena"));
        QCOMPARE(approved.value(QLatin1String("purpose")).toString(), QStringLiteral("usb"));
        QVERIFY(!approved.value(QLatin1String("items")).toArray().isEmpty());
        QVERIFY(!approved.value(QLatin1String("incidents")).toArray().isEmpty());
        QFile::remove(QStringLiteral("approver.pem"));
        QDir::setCurrent(m_dir.path());

        // What is inside: originals first, derivatives named after them; every file in the manifest with its hash.
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(x + QStringLiteral("/manifest.json"))).object();
        QStringList evidence;
        for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray()) {
            const QString p = f.toObject().value(QLatin1String("path")).toString();
            QCOMPARE(f.toObject().value(QLatin1String("sha256")).toString(),
                     test::sha256OfFile(x + QLatin1Char('/') + p));
            if (p.startsWith(QLatin1String("evidence/")))
                evidence << p;
        }
        QCOMPARE(evidence.size(), 3);
        QVERIFY2(evidence[0].startsWith(QLatin1String("evidence/E01-original-")), qPrintable(evidence[0]));
        QVERIFY2(evidence.filter(QRegularExpression(QStringLiteral("^evidence/E0[23]-trim-of-E01"))).size() == 1,
                 qPrintable(evidence.join(u' ')));
        QVERIFY2(evidence.filter(QRegularExpression(QStringLiteral("^evidence/E0[23]-redact-of-E01"))).size() == 1,
                 qPrintable(evidence.join(u' ')));
        for (const QString& f : {QStringLiteral("custody.json"), QStringLiteral("report.pdf"),
                                 QStringLiteral("index.html"), QStringLiteral("provenance.jsonld"),
                                 QStringLiteral("pos/transactions.json"), QStringLiteral("pos/transactions.csv"),
                                 QStringLiteral("statements/statements.json"), QStringLiteral("org-ca.pem")})
            QVERIFY2(QFile::exists(x + QLatin1Char('/') + f), qPrintable(f));
        // The decrypted original is byte for byte the clip the store sent (its hash was checked at the pull).
        const auto media = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
        QString originalHash;
        for (const QJsonValue& m : json(media).toArray())
            if (m.toObject().value(QLatin1String("kind")).toString() == QLatin1String("original"))
                originalHash = m.toObject().value(QLatin1String("sha256")).toString();
        QCOMPARE(test::sha256OfFile(x + QLatin1Char('/') + evidence[0]), originalHash);

        // Personal data withheld by default: the staff contact and the anonymous customer's name.
        QByteArray statements;
        for (const QString& f : QDir(x + QStringLiteral("/statements")).entryList(QDir::Files))
            statements += readFile(x + QStringLiteral("/statements/") + f);
        QVERIFY(statements.contains("Dana Whitfield"));
        QVERIFY(!statements.contains("555 0100"));
        QVERIFY(!statements.contains("Pat Quinlan"));
        QVERIFY(statements.contains("north door"));
        QVERIFY(!readFile(x + QStringLiteral("/report.pdf")).isEmpty());
        QVERIFY(!readFile(x + QStringLiteral("/custody.json")).contains("555 0100"));

        // The report: every page names the package.
        const QString pdf = test::pdfText(x + QStringLiteral("/report.pdf"));
        QVERIFY(!QTest::currentTestFailed()); // pdftotext read it
        const QString packageId = manifest.value(QLatin1String("package_id")).toString();
        const qsizetype pages = pdf.count(QLatin1Char('\f'));
        QVERIFY(pages >= 2);
        // The footer of every page, whitespace-insensitive: pdftotext may split a line of small type differently.
        QString squeezed = pdf;
        squeezed.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QVERIFY2(
            squeezed.count(QStringLiteral("Package") + packageId + QStringLiteral("·page")) == pages,
            qPrintable(
                QStringLiteral("%1 pages; pdftotext gave:\n%2\n…\n%3").arg(pages).arg(pdf.left(600), pdf.right(400))));
        QVERIFY(pdf.contains(QLatin1String("Redaction log")));
        QVERIFY(pdf.contains(QLatin1String("Chain of custody")));
        // The incident for police records systems: the NIBRS-shaped JSON.
        const QJsonObject nibrs
            = QJsonDocument::fromJson(readFile(x + QStringLiteral("/incident/nibrs.json"))).object();
        QCOMPARE(nibrs.value(QLatin1String("offenses"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("offense_code"))
                     .toString(),
                 QStringLiteral("26A")); // return fraud
        QVERIFY(!nibrs.value(QLatin1String("property")).toArray().isEmpty());
        // A USB release names no reporting agency (ORI): no NIBRS XML, and the JSON says which field is missing
        // (TestStandards checks the XML of an agency release against the FBI schema).
        QVERIFY(!QFile::exists(x + QStringLiteral("/incident/nibrs.xml")));
        QVERIFY(nibrs.value(QLatin1String("nibrs_xml"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("ReportingAgency ORI")));
        // Provenance is JSON-LD with one investigative action per derivative (and the export).
        const QJsonObject prov = QJsonDocument::fromJson(readFile(x + QStringLiteral("/provenance.jsonld"))).object();
        QVERIFY(prov.contains(QLatin1String("@context")));
        QVERIFY(readFile(x + QStringLiteral("/provenance.jsonld")).count("InvestigativeAction") >= 3);
        QVERIFY(readFile(x + QStringLiteral("/index.html")).contains("Content-Security-Policy"));

        // QuaZip (minizip) reads the plain package too.
        QuaZip qz(m_plainPackage);
        QVERIFY(qz.open(QuaZip::mdUnzip));
        QCOMPARE(qz.getEntriesCount(), manifest.value(QLatin1String("files")).toArray().size() + 3);
        QVERIFY(qz.setCurrentFile(evidence[0]));
        QuaZipFile entry(&qz);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray clip = entry.readAll();
        entry.close();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(clip, QCryptographicHash::Sha256).toHex()),
                 test::sha256OfFile(x + QLatin1Char('/') + evidence[0]));

        // lpdesk-cli verify, with the CA the police were given, and as JSON.
        const auto ok = test::cli(
            {QStringLiteral("--json"), QStringLiteral("verify"), m_plainPackage, QStringLiteral("--ca"), m_caPem});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QCOMPARE(json(ok).toObject().value(QLatin1String("package_id")).toString(), packageId);
        QVERIFY(json(ok).toObject().value(QLatin1String("problems")).toArray().isEmpty());
        // A different CA: the signature is not the organisation's.
        const auto other
            = test::run(QStringLiteral("openssl"),
                        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("other.key")),
                         QStringLiteral("-out"), path(QStringLiteral("other.pem")), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Someone else"), QStringLiteral("-days"), QStringLiteral("2")});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(test::cli({QStringLiteral("verify"), m_plainPackage, QStringLiteral("--ca"),
                            path(QStringLiteral("other.pem"))})
                     .exitCode,
                 4);

        // The release is now exported, with a custody event.
        const auto shown = as(QStringLiteral("lena"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id});
        QCOMPARE(json(shown).toObject().value(QLatin1String("state")).toString(), QStringLiteral("exported"));
        QCOMPARE(json(shown).toObject().value(QLatin1String("package_id")).toString(), packageId);
        const auto custody = as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY(custody.out.contains("exported"));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), m_case}).exitCode, 0);
    }

    void legalMayReleasePersonalData()
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                             QStringLiteral("with contacts")});
        const QString id = QString::fromUtf8(req.out).trimmed();
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                     QStringLiteral("the detective needs to call"), QStringLiteral("--include-contacts")})
                     .exitCode,
                 0);
        const QString out = path(QStringLiteral("contacts.zip"));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out}).exitCode, 0);
        auto r = ZipReader::open(out);
        QVERIFY(r);
        auto json = (*r)->readAll(QStringLiteral("statements/statements.json"), 1 << 20);
        QVERIFY(json);
        QVERIFY(json->contains("555 0100"));
        QVERIFY(!json->contains("Pat Quinlan")); // anonymity is a separate decision
    }

    void changesAfterApprovalVoidTheRelease()
    {
        // A corrected statement voids an approved release that holds the old version.
        const QString id = approvedRelease(QStringLiteral("before the correction"));
        QVERIFY(!id.isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("s1b.txt")), "He asked for cash back on a jacket; no receipt.\n"));
        const auto corrected
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("statement"), QStringLiteral("correct"), m_statement, QStringLiteral("--text-file"),
                  path(QStringLiteral("s1b.txt")), QStringLiteral("--sign")});
        QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.describe()));
        m_statement = QString::fromUtf8(corrected.out).trimmed();
        const QString out = path(QStringLiteral("void.zip"));
        const auto refused = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("void") || refused.err.contains("changed"), refused.err.constData());
        QVERIFY(!QFile::exists(out) && !QFile::exists(out + QStringLiteral(".part")));
        const auto shown = as(QStringLiteral("lena"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id});
        QCOMPARE(json(shown).toObject().value(QLatin1String("state")).toString(), QStringLiteral("void"));
        QVERIFY(!json(shown).toObject().value(QLatin1String("void_reason")).toString().isEmpty());
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), m_case})
                    .out.contains("release_voided"));

        // Unlinking a POS transaction voids one too.
        const QString second = approvedRelease(QStringLiteral("before the unlink"));
        QVERIFY(!second.isEmpty());
        const auto pos = as(QStringLiteral("ivy"),
                            {QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("list"), m_case});
        const QString tx = json(pos).toArray().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!tx.isEmpty());
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("pos"), QStringLiteral("link"), m_case, QStringLiteral("--remove"), tx})
                     .exitCode,
                 0);
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("export"), second, QStringLiteral("--out"), out}).exitCode
                != 0);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("pos"), QStringLiteral("link"), m_case, QStringLiteral("--add"), tx})
                     .exitCode,
                 0);
    }

    void everyFlippedByteIsCaught()
    {
        QVERIFY(!m_plainPackage.isEmpty());
        const QByteArray original = readFile(m_plainPackage);
        QVERIFY(verifyFile(m_plainPackage).ok());
        auto r = ZipReader::open(m_plainPackage);
        QVERIFY(r);
        // Every byte of every local header and of everything from the central directory to the end of the file
        // (central directory, ZIP64 end records, end of central directory), found by walking the file here (not
        // with the reader under test): local headers back to back, each followed by its data.
        const auto le = [&original](qint64 at, int n) {
            quint64 v = 0;
            for (int i = n - 1; i >= 0; --i)
                v = (v << 8) | static_cast<unsigned char>(original[at + i]);
            return v;
        };
        QList<qint64> positions;
        qint64 at = 0;
        int headers = 0;
        while (at + 30 <= original.size() && le(at, 4) == 0x04034b50) {
            const qint64 nameLen = static_cast<qint64>(le(at + 26, 2)), extraLen = static_cast<qint64>(le(at + 28, 2));
            QVERIFY(le(at + 30 + nameLen, 2) == 0x0001); // LP Desk always writes the ZIP64 sizes first
            const qint64 stored = static_cast<qint64>(le(at + 30 + nameLen + 4 + 8, 8));
            for (qint64 i = at; i < at + 30 + nameLen + extraLen; ++i)
                positions << i;
            at += 30 + nameLen + extraLen + stored;
            ++headers;
        }
        QCOMPARE(headers, (*r)->entries().size());
        QCOMPARE(le(at, 4), quint64(0x02014b50)); // the central directory follows the last entry's data
        const qint64 headerBytes = positions.size();
        for (qint64 i = at; i < original.size(); ++i)
            positions << i;
        // And inside every entry's data: first, middle and last byte.
        for (const ZipEntryInfo& e : (*r)->entries()) {
            const qint64 start = static_cast<qint64>(e.dataOffset);
            const qint64 n = static_cast<qint64>(e.storedSize);
            if (n > 0)
                positions << start << start + n / 2 << start + n - 1;
        }
        qInfo("flipping %lld bytes: %lld in %d local headers, %lld from the central directory to the end, %lld in "
              "entry data",
              static_cast<long long>(positions.size()), static_cast<long long>(headerBytes), headers,
              static_cast<long long>(original.size() - at),
              static_cast<long long>(positions.size() - headerBytes - (original.size() - at)));
        const QString damaged = path(QStringLiteral("damaged.zip"));
        QList<qint64> unnoticed;
        int caught = 0;
        for (const qint64 flip : positions) {
            QByteArray bytes = original;
            bytes[flip] = static_cast<char>(bytes[flip] ^ 0x01);
            QVERIFY(writeFile(damaged, bytes));
            if (verifyFile(damaged).ok())
                unnoticed << flip;
            else
                ++caught;
        }
        QStringList first;
        for (const qint64 u : unnoticed.mid(0, 20))
            first << QString::number(u);
        QVERIFY2(unnoticed.isEmpty(),
                 qPrintable(QStringLiteral("%1 flips went unnoticed, at bytes %2")
                                .arg(unnoticed.size())
                                .arg(first.join(QLatin1Char(' ')))));
        QCOMPARE(caught, positions.size());
        QVERIFY(headerBytes > 30 * headers);
        // Through the CLI: exit 4 and the damaged file named.
        QByteArray bytes = original;
        const ZipEntryInfo* report = (*r)->find(QStringLiteral("report.pdf"));
        QVERIFY(report);
        const qint64 inReport = static_cast<qint64>(report->dataOffset) + 100;
        bytes[inReport] = static_cast<char>(bytes[inReport] ^ 1);
        QVERIFY(writeFile(damaged, bytes));
        const auto cli = test::cli({QStringLiteral("verify"), damaged, QStringLiteral("--ca"), m_caPem});
        QCOMPARE(cli.exitCode, 4);
        QVERIFY2(cli.out.contains("report.pdf"), cli.out.constData());
    }

    void addedRemovedAndReorderedContentIsCaught()
    {
        const QString out = path(QStringLiteral("edited.zip"));
        // An extra file, even with SHA256SUMS brought up to date.
        QVERIFY(test::rewriteZip(m_plainPackage, out,
                                 [](QString& name, QByteArray& bytes) {
                                     if (name == QLatin1String("SHA256SUMS"))
                                         bytes
                                             += QCryptographicHash::hash("planted", QCryptographicHash::Sha256).toHex()
                                             + "  evidence/E09-planted.mp4\n";
                                 },
                                 {{QStringLiteral("evidence/E09-planted.mp4"), QByteArray("planted")}}));
        PackageVerification v = verifyFile(out);
        QVERIFY(!v.ok());
        QVERIFY2(
            v.problems.join(u'\n').contains(QLatin1String("E09-planted.mp4 is in the package but not in manifest")),
            qPrintable(v.problems.join(u'\n')));
        // A removed file.
        QVERIFY(test::rewriteZip(m_plainPackage, out, [](QString& name, QByteArray&) {
            if (name.startsWith(QLatin1String("statements/S01")))
                name.clear();
        }));
        v = verifyFile(out);
        QVERIFY(!v.ok());
        QVERIFY2(v.problems.join(u'\n').contains(QLatin1String("missing")), qPrintable(v.problems.join(u'\n')));
        // Custody events swapped (and SHA256SUMS recomputed): the chain and the signed manifest both object.
        QVERIFY(test::rewriteZip(m_plainPackage, out, [](QString& name, QByteArray& bytes) {
            if (name == QLatin1String("custody.json")) {
                QJsonObject c = QJsonDocument::fromJson(bytes).object();
                QJsonArray events = c.value(QLatin1String("events")).toArray();
                const QJsonValue a = events[1];
                events[1] = events[2];
                events[2] = a;
                c.insert(QLatin1String("events"), events);
                bytes = QJsonDocument(c).toJson();
            }
        }));
        v = verifyFile(out);
        QVERIFY(!v.ok());
        const QString all = v.problems.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("custody event")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("custody.json does not match its SHA-256 in manifest.json")),
                 qPrintable(all));
        // The last event dropped, manifest re-signed is impossible without the key; with the manifest unchanged the
        // head no longer matches.
        QVERIFY(test::rewriteZip(m_plainPackage, out, [](QString& name, QByteArray& bytes) {
            if (name == QLatin1String("custody.json")) {
                QJsonObject c = QJsonDocument::fromJson(bytes).object();
                QJsonArray events = c.value(QLatin1String("events")).toArray();
                events.removeLast();
                c.insert(QLatin1String("events"), events);
                bytes = QJsonDocument(c).toJson();
            }
        }));
        v = verifyFile(out);
        QVERIFY(v.problems.join(u'\n').contains(QLatin1String("head")));
        // An unmodified rewrite still verifies: the checks above fail for the edits, not for the rewriting.
        QVERIFY(test::rewriteZip(m_plainPackage, out, [](QString&, QByteArray&) {}));
        QVERIFY2(verifyFile(out).ok(), qPrintable(verifyFile(out).problems.join(u'\n')));
    }

    // Any certificate of the organisation CA verifies a CMS signature; only one the CA issued for the legal role
    // approves. An insider with the database key holds the workstation's signing key and their own personal key:
    // an approval.json re-signed with either is named by verify.
    void approvalSignedWithoutTheLegalRoleIsRefused()
    {
        QByteArray approval;
        {
            auto r = ZipReader::open(m_plainPackage);
            QVERIFY(r);
            auto bytes = (*r)->readAll(QStringLiteral("approval.json"), 1 << 20);
            QVERIFY(bytes);
            approval = *bytes;
        }
        auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        QSqlDatabase conn = (*db)->connection();
        auto workstation = WorkstationKeys::signingIdentity(conn);
        QVERIFY(workstation);
        auto personal = (*db)->personalIdentity();
        QVERIFY(personal);
        QCOMPARE(SigningIdentity::roleOf(personal->certificatePem()), QStringLiteral("investigator"));
        QVERIFY(SigningIdentity::roleOf(workstation->certificatePem()).isEmpty());
        for (const SigningIdentity* signer : {&*workstation, &*personal}) {
            auto signature = CmsSignature::signDetached(*signer, approval);
            QVERIFY(signature);
            const QString out = path(QStringLiteral("resigned.zip"));
            QVERIFY(test::rewriteZip(m_plainPackage, out, [&](QString& name, QByteArray& bytes) {
                if (name == QLatin1String("approval.json.p7s"))
                    bytes = *signature;
            }));
            const PackageVerification v = verifyFile(out);
            QVERIFY(!v.ok());
            QVERIFY2(v.problems.join(u'\n').contains(QLatin1String("does not name the legal role")),
                     qPrintable(v.problems.join(u'\n')));
        }
        // The genuine package names lena's role and verifies.
        QVERIFY2(verifyFile(m_plainPackage).ok(), qPrintable(verifyFile(m_plainPackage).problems.join(u'\n')));
    }

    void hostileArchivesAreRefusedWithoutWriting()
    {
        const QString hostile = path(QStringLiteral("hostile"));
        QDir().mkpath(hostile);
        // Made by Python's zipfile (an independent writer), then patched where zipfile refuses to lie.
        const QByteArray script = R"PY(
import sys, zipfile, zlib, struct, os
d = sys.argv[1]
def plain(name, entries, **kw):
    with zipfile.ZipFile(os.path.join(d, name), 'w', zipfile.ZIP_STORED) as z:
        for n, b in entries:
            z.writestr(n, b)
plain('traversal.zip', [('manifest.json', b'{}'), ('../../escaped.txt', b'x')])
plain('absolute.zip', [('/tmp/lpdesk-absolute.txt', b'x')])
with zipfile.ZipFile(os.path.join(d, 'symlink.zip'), 'w') as z:
    i = zipfile.ZipInfo('evidence/link')
    i.create_system = 3
    i.external_attr = (0o120777 << 16)
    z.writestr(i, '/etc/passwd')
with zipfile.ZipFile(os.path.join(d, 'duplicate.zip'), 'w') as z:
    import warnings; warnings.simplefilter('ignore')
    z.writestr('manifest.json', b'{}')
    z.writestr('manifest.json', b'{"other":1}')
# A deflate bomb: 256 MiB of zeros in a few hundred KiB.
with zipfile.ZipFile(os.path.join(d, 'bomb.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('evidence/E01.mp4', 'w', force_zip64=True) as f:
        block = bytes(1 << 20)
        for _ in range(256):
            f.write(block)
# Declared 10 GB in a small file.
plain('huge.zip', [('evidence/E01.mp4', b'0123456789')])
p = os.path.join(d, 'huge.zip')
b = bytearray(open(p, 'rb').read())
cd = b.rfind(b'PK\x01\x02')
struct.pack_into('<I', b, cd + 24, 0xFFFFFFFF)
b[cd + 30:cd + 32] = struct.pack('<H', 12)
b = b[:cd + 46 + 16] + struct.pack('<HHQ', 1, 8, 10 * 10**9) + b[cd + 46 + 16:]
eocd = b.rfind(b'PK\x05\x06')
struct.pack_into('<I', b, eocd + 12, struct.unpack_from('<I', b, eocd + 12)[0] + 12)
open(p, 'wb').write(bytes(b))
open(os.path.join(d, 'notzip.zip'), 'wb').write(os.urandom(4096))
open(os.path.join(d, 'empty.zip'), 'wb').write(b'')
)PY";
        QVERIFY(writeFile(path(QStringLiteral("hostile.py")), script));
        const auto made = test::run(QStringLiteral("/usr/bin/python3"), {path(QStringLiteral("hostile.py")), hostile});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const auto before = test::snapshot(m_dir.path());
        const QStringList files = QDir(hostile).entryList(QDir::Files);
        QCOMPARE(files.size(), 8);
        for (const QString& f : files) {
            const auto r = test::cli(
                {QStringLiteral("verify"), hostile + QLatin1Char('/') + f, QStringLiteral("--ca"), m_caPem});
            QVERIFY2(r.exitCode == 4 || r.exitCode == 1, qPrintable(f + QStringLiteral(": ") + r.describe()));
            QVERIFY2(!r.out.startsWith("OK"), qPrintable(f));
            QVERIFY2(!r.crashed, qPrintable(f));
        }
        // Specific reasons, not just "failed".
        auto reason = [&](const QString& f) {
            auto v = PackageVerifier::verify(hostile + QLatin1Char('/') + f, readFile(m_caPem));
            return v ? v->problems.join(u'\n') : v.errorMessage();
        };
        QVERIFY2(reason(QStringLiteral("traversal.zip")).contains(QLatin1String("unsafe entry name")),
                 qPrintable(reason(QStringLiteral("traversal.zip"))));
        QVERIFY(reason(QStringLiteral("absolute.zip")).contains(QLatin1String("unsafe entry name")));
        QVERIFY2(reason(QStringLiteral("symlink.zip")).contains(QLatin1String("symbolic link")),
                 qPrintable(reason(QStringLiteral("symlink.zip"))));
        QVERIFY2(reason(QStringLiteral("duplicate.zip")).contains(QLatin1String("twice")),
                 qPrintable(reason(QStringLiteral("duplicate.zip"))));
        QVERIFY2(reason(QStringLiteral("bomb.zip")).contains(QLatin1String("compress")),
                 qPrintable(reason(QStringLiteral("bomb.zip"))));
        QVERIFY2(reason(QStringLiteral("huge.zip")).contains(QLatin1String("10000000000")),
                 qPrintable(reason(QStringLiteral("huge.zip"))));
        // Nothing was written anywhere near, nothing escaped.
        QCOMPARE(test::snapshot(m_dir.path()), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/lpdesk-absolute.txt")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("../escaped.txt"))));
    }

    void encryptedPackageOpensIn7zWithThePasswordOnly()
    {
        const QString id = approvedRelease(QStringLiteral("encrypted"));
        QVERIFY(!id.isEmpty());
        const QString out = path(QStringLiteral("sealed.zip"));
        QVERIFY(writeFile(path(QStringLiteral("short.txt")), "short\n"));
        // Even the reviewer who may choose it needs 20 characters (usage, exit 2).
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("export"), id, QStringLiteral("--out"), out, QStringLiteral("--encrypt"),
                     QStringLiteral("--password-file"), path(QStringLiteral("short.txt"))})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out));
        QVERIFY(writeFile(path(QStringLiteral("pw.txt")), "correct horse battery staple\n"));
        // A password may be chosen only by the legal reviewer who approved the release (role table + approval):
        // the investigator exporting it gets a generated one or nothing, refused in core (exit 3).
        const QStringList chosen {QStringLiteral("export"),      id,
                                  QStringLiteral("--out"),       out,
                                  QStringLiteral("--encrypt"),   QStringLiteral("--password-file"),
                                  path(QStringLiteral("pw.txt"))};
        const auto byInvestigator = as(QStringLiteral("ivy"), chosen);
        QCOMPARE(byInvestigator.exitCode, 3);
        QVERIFY2(byInvestigator.err.contains("Only the legal reviewer who approved"),
                 qPrintable(byInvestigator.describe()));
        // Nor may another legal reviewer, who did not approve it.
        const auto added
            = test::cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lou"), QStringLiteral("--role"),
                         QStringLiteral("legal")},
                        test::envAs(m_db, QStringLiteral("admin"),
                                    {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("lou-pass")}}));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const auto byOtherReviewer = as(QStringLiteral("lou"), chosen);
        QCOMPARE(byOtherReviewer.exitCode, 3);
        QVERIFY2(byOtherReviewer.err.contains("Only the legal reviewer who approved"),
                 qPrintable(byOtherReviewer.describe()));
        QVERIFY(!QFile::exists(out));
        const auto exported = as(QStringLiteral("lena"), chosen);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        // No plaintext of the statements in the file.
        QVERIFY(!readFile(out).contains("north door"));
        const QString x = path(QStringLiteral("sealed"));
        const auto wrong = test::run(QStringLiteral("7z"),
                                     {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-pnot the password"),
                                      QStringLiteral("-o") + path(QStringLiteral("wrong")), out});
        QVERIFY(wrong.exitCode != 0);
        const auto right = test::run(QStringLiteral("7z"),
                                     {QStringLiteral("x"), QStringLiteral("-y"),
                                      QStringLiteral("-pcorrect horse battery staple"), QStringLiteral("-o") + x, out});
        QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
        QDir::setCurrent(x);
        const auto sums = test::run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
        QDir::setCurrent(m_dir.path());
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.describe()));
        QVERIFY(readFile(x + QStringLiteral("/statements/statements.json")).contains("north door"));
        // lpdesk-cli verify: asks for the password, refuses a wrong one, verifies with the right one.
        QCOMPARE(test::cli({QStringLiteral("verify"), out, QStringLiteral("--ca"), m_caPem}).exitCode, 2);
        QVERIFY(writeFile(path(QStringLiteral("bad.txt")), "not the password at all\n"));
        QCOMPARE(test::cli({QStringLiteral("verify"), out, QStringLiteral("--ca"), m_caPem,
                            QStringLiteral("--password-file"), path(QStringLiteral("bad.txt"))})
                     .exitCode,
                 3);
        const auto ok = test::cli({QStringLiteral("verify"), out, QStringLiteral("--ca"), m_caPem,
                                   QStringLiteral("--password-file"), path(QStringLiteral("pw.txt"))});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        // A flipped byte inside an encrypted entry fails its authentication code.
        QByteArray bytes = readFile(out);
        auto r = ZipReader::open(out, nullptr);
        QVERIFY(r);
        const ZipEntryInfo* e = (*r)->find(QStringLiteral("custody.json"));
        QVERIFY(e && e->encrypted);
        const qint64 at = static_cast<qint64>(e->dataOffset) + 18 + 50; // after salt and password check
        bytes[at] = static_cast<char>(bytes[at] ^ 4);
        QVERIFY(writeFile(path(QStringLiteral("sealed-damaged.zip")), bytes));
        QCOMPARE(
            test::cli({QStringLiteral("verify"), path(QStringLiteral("sealed-damaged.zip")), QStringLiteral("--ca"),
                       m_caPem, QStringLiteral("--password-file"), path(QStringLiteral("pw.txt"))})
                .exitCode,
            4);
    }

    // No password given: one is generated and shown once, in the text line and in --json (written to stdout from
    // its wiped buffer, Cli::outSecret); what is shown opens the package.
    void generatedPasswordIsShownOnceAndOpensThePackage()
    {
        for (const bool asJson : {false, true}) {
            const QString id = approvedRelease(asJson ? QStringLiteral("generated-json") : QStringLiteral("generated"));
            QVERIFY(!id.isEmpty());
            const QString out = path(asJson ? QStringLiteral("gen-json.zip") : QStringLiteral("gen.zip"));
            QStringList args {QStringLiteral("export"), id, QStringLiteral("--out"), out, QStringLiteral("--encrypt")};
            if (asJson)
                args.prepend(QStringLiteral("--json"));
            const auto exported = as(QStringLiteral("ivy"), args);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
            QString password;
            if (asJson) {
                const QJsonObject o = json(exported).toObject();
                password = o.value(QLatin1String("password")).toString();
                QCOMPARE(o.value(QLatin1String("path")).toString(), out);
                QVERIFY(o.value(QLatin1String("verified")).toBool());
            } else {
                const auto m = QRegularExpression(QStringLiteral("shown once.*: (\\S+)\n"))
                                   .match(QString::fromUtf8(exported.out));
                QVERIFY2(m.hasMatch(), exported.out.constData());
                password = m.captured(1);
            }
            QVERIFY2(password.size() >= 20, qPrintable(password));
            const auto right
                = test::run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p") + password, out});
            QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
            const auto wrong = test::run(
                QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p") + password + QLatin1Char('x'), out});
            QVERIFY(wrong.exitCode != 0);
        }
    }

    // Last: it configures a time-stamp authority for the database, which every later export would use.
    void timestampedPackageVerifiesWithOpensslTs()
    {
        const QString tsa = path(QStringLiteral("tsa"));
        QVERIFY(test::makeTsa(tsa));
        auto startTsa = [&](QProcess& p, const QString& mode) { return test::startTsa(p, tsa, mode); };
        QProcess server;
        const QString url = startTsa(server, QStringLiteral("good"));
        QVERIFY(!url.isEmpty());
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        // Only an administrator configures it, and only with the CA that pins the TSA.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("tsa"), url, QStringLiteral("--ca"), tsa + QStringLiteral("/ca.pem")})
                     .exitCode,
                 3);
        QCOMPARE(test::cli({QStringLiteral("tsa"), url}, adminEnv).exitCode, 2);
        QCOMPARE(
            test::cli({QStringLiteral("tsa"), url, QStringLiteral("--ca"), tsa + QStringLiteral("/ca.pem")}, adminEnv)
                .exitCode,
            0);
        QVERIFY(test::cli({QStringLiteral("tsa")}, adminEnv).out.contains(url.toUtf8()));

        const QString id = approvedRelease(QStringLiteral("time-stamped"));
        QVERIFY(!id.isEmpty());
        const QString out = path(QStringLiteral("stamped.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString x = path(QStringLiteral("stamped"));
        QCOMPARE(test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), out, QStringLiteral("-d"), x}).exitCode, 0);
        QVERIFY(QFile::exists(x + QStringLiteral("/manifest.json.tsr")));
        QCOMPARE(test::sha256OfFile(x + QStringLiteral("/tsa-ca.pem")),
                 test::sha256OfFile(tsa + QStringLiteral("/ca.pem")));
        // openssl ts checks it as police would.
        const QString ts
            = test::opensslTsVerify(x + QStringLiteral("/manifest.json"), x + QStringLiteral("/manifest.json.tsr"),
                                    x + QStringLiteral("/tsa-ca.pem"));
        QVERIFY2(ts.isEmpty(), qPrintable(ts));
        QDir::setCurrent(x);
        QCOMPARE(test::run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}).exitCode,
                 0);
        QDir::setCurrent(m_dir.path());
        // And lpdesk-cli verify reports it.
        const auto ok = test::cli({QStringLiteral("--json"), QStringLiteral("verify"), out, QStringLiteral("--ca"),
                                   m_caPem, QStringLiteral("--tsa-ca"), tsa + QStringLiteral("/ca.pem")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        const QJsonObject stamp = json(ok).toObject().value(QLatin1String("timestamp")).toObject();
        QVERIFY(stamp.value(QLatin1String("time")).toString().endsWith(u'Z'));
        QVERIFY(stamp.value(QLatin1String("tsa")).toString().contains(QStringLiteral("Test TSA")));
        // A token against another TSA CA fails; a removed token is noticed.
        QCOMPARE(test::cli({QStringLiteral("verify"), out, QStringLiteral("--ca"), m_caPem, QStringLiteral("--tsa-ca"),
                            m_caPem})
                     .exitCode,
                 4);
        const QString edited = path(QStringLiteral("stamped-edited.zip"));
        QVERIFY(test::rewriteZip(out, edited, [](QString& name, QByteArray&) {
            if (name == QLatin1String("manifest.json.tsr"))
                name.clear();
        }));
        PackageVerification v = verifyFile(edited);
        QVERIFY2(v.problems.join(u'\n').contains(QLatin1String("manifest.json.tsr is missing")),
                 qPrintable(v.problems.join(u'\n')));

        // A TSA that answers for something else, and a TSA that is gone: the export fails and leaves nothing.
        // (Approved while the TSA answered: an approval is time-stamped too, and is not recorded without a token.)
        const QString second = approvedRelease(QStringLiteral("lying TSA"));
        QVERIFY(!second.isEmpty());
        server.kill();
        server.waitForFinished();
        QProcess liar;
        const QString liarUrl = startTsa(liar, QStringLiteral("other"));
        QVERIFY(!liarUrl.isEmpty());
        QCOMPARE(test::cli({QStringLiteral("tsa"), liarUrl, QStringLiteral("--ca"), tsa + QStringLiteral("/ca.pem")},
                           adminEnv)
                     .exitCode,
                 0);
        const QString refusedOut = path(QStringLiteral("unstamped.zip"));
        const auto lied
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), second, QStringLiteral("--out"), refusedOut});
        QVERIFY(lied.exitCode != 0);
        QVERIFY2(lied.err.contains("time-stamp does not verify"), lied.err.constData());
        QVERIFY(!QFile::exists(refusedOut) && !QFile::exists(refusedOut + QStringLiteral(".part")));
        liar.kill();
        liar.waitForFinished();
        const auto gone
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), second, QStringLiteral("--out"), refusedOut});
        QVERIFY(gone.exitCode != 0);
        QVERIFY2(gone.err.contains("did not answer"), gone.err.constData());
        QVERIFY(!QFile::exists(refusedOut) && !QFile::exists(refusedOut + QStringLiteral(".part")));
        // With the TSA gone, legal's approval is not recorded either: the release stays pending.
        const auto third = as(QStringLiteral("ivy"),
                              {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                               QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                               QStringLiteral("TSA down")});
        QCOMPARE(third.exitCode, 0);
        const QString thirdId = QString::fromUtf8(third.out).trimmed();
        const auto unstamped = as(QStringLiteral("lena"),
                                  {QStringLiteral("release"), QStringLiteral("approve"), thirdId,
                                   QStringLiteral("--note"), QStringLiteral("fine")});
        QCOMPARE(unstamped.exitCode, 1);
        QVERIFY2(unstamped.err.contains("not recorded"), qPrintable(unstamped.describe()));
        const auto pending = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), thirdId});
        QCOMPARE(json(pending).toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(test::cli({QStringLiteral("tsa"), QStringLiteral("--clear")}, adminEnv).exitCode, 0);
    }

    // Last: it changes the camera's clock offset.
    void mediaAtFindsOneMomentInEveryClip()
    {
        const auto listed = as(QStringLiteral("ivy"),
                               {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
        QJsonObject original, trim, redacted;
        for (const QJsonValue& v : json(listed).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("kind")).toString() == QLatin1String("original"))
                original = m;
            else if (m.value(QLatin1String("operation")).toString() == QLatin1String("trim"))
                trim = m;
            else if (m.value(QLatin1String("operation")).toString() == QLatin1String("redact"))
                redacted = m;
        }
        QVERIFY(!original.isEmpty() && !trim.isEmpty() && !redacted.isEmpty());
        const QDateTime recorded
            = QDateTime::fromString(original.value(QLatin1String("recorded_start")).toString(), Qt::ISODateWithMs);
        QVERIFY(recorded.isValid());
        const QString camera = original.value(QLatin1String("camera")).toString();
        const double trimFrom
            = trim.value(QLatin1String("parameters")).toObject().value(QLatin1String("actual_from")).toDouble();
        auto at = [&](const QDateTime& t) {
            QHash<QString, QJsonObject> byId;
            const auto r = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("at"), m_case,
                               t.toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs)});
            for (const QJsonValue& v : json(r).toArray())
                byId.insert(v.toObject().value(QLatin1String("media_id")).toString(), v.toObject());
            return byId;
        };
        auto setOffset = [&](const QString& seconds) {
            const auto r = as(QStringLiteral("ivy"),
                              {QStringLiteral("camera"), QStringLiteral("offset"), m_store, camera, seconds,
                               QStringLiteral("--reason"), QStringLiteral("NTP check")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        };
        const QString o = original.value(QLatin1String("id")).toString();
        const QString t = trim.value(QLatin1String("id")).toString();
        const QString d = redacted.value(QLatin1String("id")).toString();
        setOffset(QStringLiteral("0"));
        auto m = at(recorded.addMSecs(2000));
        QCOMPARE(m.size(), 3); // the three clips; stills would not be listed
        QCOMPARE(m[o].value(QLatin1String("seconds")).toDouble(), 2.0);
        QCOMPARE(m[d].value(QLatin1String("seconds")).toDouble(), 2.0); // a full-length derivative
        QVERIFY(qAbs(m[t].value(QLatin1String("seconds")).toDouble() - (2.0 - trimFrom)) < 0.0015);
        QVERIFY(m[o].value(QLatin1String("covered")).toBool() && m[t].value(QLatin1String("covered")).toBool());

        // The recorder's clock runs 1.5 s fast: the true moment was recorded 1.5 s further into the clip.
        setOffset(QStringLiteral("1.5"));
        m = at(recorded.addMSecs(2000));
        QCOMPARE(m[o].value(QLatin1String("seconds")).toDouble(), 3.5);
        QVERIFY(qAbs(m[t].value(QLatin1String("seconds")).toDouble() - (3.5 - trimFrom)) < 0.0015);
        m = at(recorded.addMSecs(-3000));
        QCOMPARE(m[o].value(QLatin1String("seconds")).toDouble(), -1.5);
        QVERIFY(!m[o].value(QLatin1String("covered")).toBool());
        const auto text = as(QStringLiteral("ivy"),
                             {QStringLiteral("media"), QStringLiteral("at"), m_case,
                              recorded.addMSecs(-3000).toString(Qt::ISODateWithMs)});
        QVERIFY2(text.out.contains("no footage: the clip starts 1.500 s later"), text.out.constData());
        QVERIFY2(text.out.contains(camera.toUtf8()), text.out.constData());
        m = at(recorded.addSecs(60));
        QVERIFY(!m[o].value(QLatin1String("covered")).toBool() && m[o].value(QLatin1String("seconds")).toDouble() > 4);

        // Bad input: a time without an offset, an unknown case.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("media"), QStringLiteral("at"), m_case, QStringLiteral("2026-03-14 14:02:11")})
                     .exitCode,
                 2);
        QVERIFY(as(QStringLiteral("ivy"),
                   {QStringLiteral("media"), QStringLiteral("at"), QStringLiteral("LPD-1999-0001"),
                    recorded.toString(Qt::ISODateWithMs)})
                    .exitCode
                != 0);
        setOffset(QStringLiteral("0"));
    }

    // Issue 12: legal's approval lists the package's files (path, size, SHA-256 of every file whose bytes are
    // known before the package is written). Export refuses when the package would differ (here a clip's camera
    // renamed with the database key after approval: its file name in the package changes), and verify refuses a
    // package whose files differ even when the manifest is re-signed with the workstation key an insider holds.
    void packageFilesAreBoundToTheApproval()
    {
        auto read = [](const QString& zip, const QString& name) {
            auto r = ZipReader::open(zip);
            auto bytes = r ? (*r)->readAll(name, 32 << 20) : Result<QByteArray>(failure(QString()));
            return bytes ? *bytes : QByteArray();
        };
        const QJsonObject approval
            = QJsonDocument::fromJson(read(m_plainPackage, QStringLiteral("approval.json"))).object();
        const QJsonObject manifest
            = QJsonDocument::fromJson(read(m_plainPackage, QStringLiteral("manifest.json"))).object();
        QHash<QString, QString> listed;
        for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray())
            listed.insert(f.toObject().value(QLatin1String("path")).toString(),
                          f.toObject().value(QLatin1String("sha256")).toString());
        QStringList approvedPaths;
        for (const QJsonValue& f : approval.value(QLatin1String("package_files")).toArray()) {
            const QString p = f.toObject().value(QLatin1String("path")).toString();
            QCOMPARE(listed.value(p), f.toObject().value(QLatin1String("sha256")).toString());
            approvedPaths << p;
        }
        QVERIFY2(approvedPaths.contains(QStringLiteral("pos/transactions.json"))
                     && approvedPaths.filter(QStringLiteral("evidence/")).size() >= 3
                     && approvedPaths.filter(QStringLiteral("statements/S0")).size() >= 2,
                 qPrintable(approvedPaths.join(u' ')));

        // Export: the camera of the case's first clip renamed after approval.
        const QString id = approvedRelease(QStringLiteral("for the detective"));
        QVERIFY(!id.isEmpty());
        auto setCamera = [&](const QString& suffix) {
            auto admin = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
            QSqlDatabase c = (*admin)->connection();
            QSqlQuery q(c);
            return q.exec(QStringLiteral("UPDATE media SET camera_id = camera_id || '%1' WHERE case_id = '%2' OR id IN "
                                         "(SELECT im.media_id FROM incident_media im JOIN case_incidents ci ON "
                                         "ci.incident_id = im.incident_id WHERE ci.case_id = '%2')")
                              .arg(suffix, m_case));
        };
        QVERIFY(setCamera(QStringLiteral("-X")));
        const QString out = path(QStringLiteral("renamed.zip"));
        const auto refused = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(refused.exitCode == 4 && refused.err.contains("package_files"), qPrintable(refused.describe()));
        QVERIFY(!QFile::exists(out));
        {
            auto admin = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
            QSqlDatabase c = (*admin)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("UPDATE media SET camera_id = substr(camera_id, 1, length(camera_id) - 2) "
                                          "WHERE camera_id LIKE '%-X'")));
        }
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));

        // Verify: the first clip swapped for other bytes, manifest.json and SHA256SUMS brought up to date and the
        // manifest re-signed with the workstation's key.
        const QString evidence = approvedPaths.filter(QStringLiteral("evidence/")).first();
        const QByteArray planted("not the clip legal saw");
        const QString plantedHash
            = QString::fromLatin1(QCryptographicHash::hash(planted, QCryptographicHash::Sha256).toHex());
        QJsonObject edited = manifest;
        QJsonArray files = edited.value(QLatin1String("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject f = files[i].toObject();
            if (f.value(QLatin1String("path")).toString() == evidence) {
                f.insert(QLatin1String("sha256"), plantedHash);
                f.insert(QLatin1String("size"), planted.size());
                files[i] = f;
            }
        }
        edited.insert(QLatin1String("files"), files);
        const QByteArray newManifest = QJsonDocument(edited).toJson(QJsonDocument::Indented);
        QByteArray signature;
        {
            auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
            QVERIFY(db);
            QSqlDatabase conn = (*db)->connection();
            auto workstation = WorkstationKeys::signingIdentity(conn);
            QVERIFY(workstation);
            auto signed_ = CmsSignature::signDetached(*workstation, newManifest);
            QVERIFY(signed_);
            signature = *signed_;
        }
        const QString swapped = path(QStringLiteral("swapped.zip"));
        QVERIFY(test::rewriteZip(m_plainPackage, swapped, [&](QString& name, QByteArray& bytes) {
            if (name == evidence)
                bytes = planted;
            else if (name == QLatin1String("manifest.json"))
                bytes = newManifest;
            else if (name == QLatin1String("manifest.json.p7s"))
                bytes = signature;
            else if (name == QLatin1String("SHA256SUMS")) {
                QByteArray sums;
                for (const QByteArray& line : bytes.split('\n')) {
                    if (line.isEmpty())
                        continue;
                    const QString file = QString::fromUtf8(line.mid(66));
                    const QByteArray content = file == evidence      ? planted
                        : file == QLatin1String("manifest.json")     ? newManifest
                        : file == QLatin1String("manifest.json.p7s") ? signature
                                                                     : QByteArray();
                    sums += (content.isNull() ? line.left(64)
                                              : QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
                        + line.mid(64) + '\n';
                }
                bytes = sums;
            }
        }));
        const PackageVerification v = verifyFile(swapped);
        QVERIFY2(v.problems.join(u'\n').contains(evidence + QStringLiteral(" is not the file legal approved")),
                 qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.problems.size(), 1); // the manifest, SHA256SUMS and custody agree: only the approval objects
    }

    // Issue 12: free-text notes leave only as hashes. A bookmark's note and legal's reason for rejecting another
    // release stay in the encrypted tables; custody and the audit log — and so every package's custody.json —
    // carry their SHA-256 and length, and the package still verifies.
    void notesLeaveOnlyAsHashes()
    {
        const QByteArray markerNote = "MARKER-NOTE subject pockets the earbuds by the till";
        const QByteArray rejectNote = "REJECT-NOTE the other release names a bystander";
        const QByteArray caseNote = "CASE-NOTE the manager thinks she is the cousin of a cashier";
        {
            auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
            QVERIFY(db);
            const auto media = as(QStringLiteral("ivy"),
                                  {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
            const QString clip = json(media).toArray().first().toObject().value(QLatin1String("id")).toString();
            QVERIFY(MarkerService(**db).add(m_case, clip, 1.0, QString::fromUtf8(markerNote)));
            QVERIFY(CaseService(**db).addNote(m_case, QString::fromUtf8(caseNote)));
        }
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                             QStringLiteral("for the insurer")});
        QCOMPARE(req.exitCode, 0);
        const QString rejected = QString::fromUtf8(req.out).trimmed();
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("reject"), rejected, QStringLiteral("--note"),
                     QString::fromUtf8(rejectNote)})
                     .exitCode,
                 0);
        const QString id = approvedRelease(QStringLiteral("case file for the prosecutor"));
        QVERIFY(!id.isEmpty());
        const QString out = path(QStringLiteral("notes.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        auto zip = ZipReader::open(out);
        QVERIFY(zip);
        auto custody = (*zip)->readAll(QStringLiteral("custody.json"), 32 << 20);
        QVERIFY(custody);
        const auto shown = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        const auto audit = test::cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")},
                                     test::envAs(m_db, QStringLiteral("admin")));
        QCOMPARE(audit.exitCode, 0);
        for (const QByteArray& note : {markerNote, rejectNote, caseNote}) {
            const QByteArray hash = QCryptographicHash::hash(note, QCryptographicHash::Sha256).toHex();
            QVERIFY2(!custody->contains(note.left(11)) && custody->contains(hash), note.constData());
            QVERIFY2(!shown.out.contains(note.left(11)) && shown.out.contains(hash), note.constData());
            QVERIFY2(!audit.out.contains(note.left(11)), note.constData());
        }
        // The reason is still there for the people who may read it.
        const auto release
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), rejected});
        QVERIFY2(release.out.contains(rejectNote), qPrintable(release.describe()));
        QVERIFY2(verifyFile(out).ok(), qPrintable(verifyFile(out).problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRelease)
#include "TestRelease.moc"
