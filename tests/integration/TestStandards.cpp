// A package with every kind of item (original, trim, redaction, still, POS extract, statements with an
// attachment) checked with tools LP Desk did not write: its provenance.jsonld against the CASE 1.4 SHACL shapes
// (npm shacl-engine with SPARQL constraints on Node.js: 0 violations), incident/nibrs.xml against the FBI's NIBRS
// 4.2 schema (xmllint), incident/nibrs.json against docs/schemas/incident-v1.schema.json (python3-jsonschema) and
// report.pdf as PDF/A-1b with embedded fonts (qpdf, pdffonts).
#include "TestSupport.h"
#include "World.h"

#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "export/PackageBuilder.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

using test::readFile;
using test::writeFile;

QJsonValue json(const test::ProcessRun& r)
{
    const QJsonDocument d = QJsonDocument::fromJson(r.out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QString standards()
{
    return test::sourceDir() + QStringLiteral("/tests/data/standards");
}

} // namespace

class TestStandards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_agencyPackage; // unpacked: released for agency cpd-19 (ORI IL0160000)
    QString m_usbPackage; // unpacked: released to USB (no ORI)

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_db, user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Requests, approves (lena), exports and unpacks a release of everything in the case; returns the folder.
    QString exportAndUnpack(const QString& purpose, const QString& name)
    {
        const auto req
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                  QStringLiteral("--purpose"), purpose, QStringLiteral("--note"), QStringLiteral("for CPD")});
        if (req.exitCode != 0) {
            qWarning("%s", qPrintable(req.describe()));
            return {};
        }
        const QString id = QString::fromUtf8(req.out).trimmed();
        if (as(QStringLiteral("lena"),
               {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                QStringLiteral("ok")})
                .exitCode
            != 0)
            return {};
        const QString zip = path(name + QStringLiteral(".zip"));
        if (purpose.startsWith(QLatin1String("agency:"))) {
            // An agency approval never goes to USB: build the package exactly as a submission does (the same
            // PackageBuilder call SubmissionService makes, without the outbox's transport password).
            auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
            if (!db) {
                qWarning("%s", qPrintable(db.errorMessage()));
                return {};
            }
            ExportOptions options;
            options.outPath = zip;
            options.recordExport = false;
            auto built = PackageBuilder(**db).exportRelease(id, options);
            if (!built) {
                qWarning("%s", qPrintable(built.errorMessage()));
                return {};
            }
        } else {
            const auto exported
                = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), zip});
            if (exported.exitCode != 0) {
                qWarning("%s", qPrintable(exported.describe()));
                return {};
            }
        }
        const QString x = path(name);
        if (test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), x}).exitCode != 0)
            return {};
        return x;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(
            world.build(m_dir.path(),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 8,
                         .clipSeconds = 4,
                         .seed = 11,
                         .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        // An agency with its ORI (the URL is never contacted: the package is exported, not submitted).
        const auto agency
            = as(QStringLiteral("admin"),
                 {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-19"), QStringLiteral("--url"),
                  QStringLiteral("https://127.0.0.1:9/api"), QStringLiteral("--system-trust"), QStringLiteral("--ori"),
                  QStringLiteral("IL0160000")});
        QVERIFY2(agency.exitCode == 0, qPrintable(agency.describe()));
        const auto badOri = as(QStringLiteral("admin"),
                               {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("bad-ori"),
                                QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/api"),
                                QStringLiteral("--system-trust"), QStringLiteral("--ori"), QStringLiteral("IL01")});
        QCOMPARE(badOri.exitCode, 2);
        QVERIFY2(badOri.err.contains("ORI"), qPrintable(badOri.describe()));

        // The case: refund fraud with every kind of item.
        const QString incident = test::firstIncident(
            m_db, QStringLiteral("ivy"),
            {QStringLiteral("--type"), QStringLiteral("return_fraud"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Refund fraud"), incident);
        QVERIFY(!m_case.isEmpty());
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
        const auto still
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("frame"), clip, QStringLiteral("--at"), QStringLiteral("1.0"), QStringLiteral("--out"),
                  path(QStringLiteral("still.png")), QStringLiteral("--case"), m_case});
        QVERIFY2(still.exitCode == 0, qPrintable(still.describe()));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("pos"), QStringLiteral("link"), m_case}).exitCode, 0);
        QVERIFY(writeFile(path(QStringLiteral("s1.txt")), "He asked for cash back on a jacket without a receipt.\n"));
        const auto s1 = as(QStringLiteral("ivy"),
                           {QStringLiteral("statement"), QStringLiteral("add"), m_case, QStringLiteral("--author"),
                            QStringLiteral("Dana Whitfield"), QStringLiteral("--role"), QStringLiteral("staff"),
                            QStringLiteral("--text-file"), path(QStringLiteral("s1.txt")), QStringLiteral("--attach"),
                            path(QStringLiteral("still.png")), QStringLiteral("--sign")});
        QVERIFY2(s1.exitCode == 0, qPrintable(s1.describe()));

        m_agencyPackage = exportAndUnpack(QStringLiteral("agency:cpd-19"), QStringLiteral("agency"));
        QVERIFY(!m_agencyPackage.isEmpty());
        m_usbPackage = exportAndUnpack(QStringLiteral("usb"), QStringLiteral("usb"));
        QVERIFY(!m_usbPackage.isEmpty());
    }

    void provenanceConformsToTheCaseShapes()
    {
        const QString node = test::sourceDir() + QStringLiteral("/tests/node");
        QVERIFY2(QFile::exists(node + QStringLiteral("/node_modules/shacl-engine/package.json")),
                 "tests/node/node_modules is missing: run ./packaging/dev.sh build (npm ci)");
        const QString agency = m_agencyPackage + QStringLiteral("/provenance.jsonld");
        const QString usb = m_usbPackage + QStringLiteral("/provenance.jsonld");
        // One package (the SPARQL constraints cost about a minute of CPU per package; the USB package's graph is
        // made by the same code, and demo.sh checks the demo package the same way).
        const auto r = test::run(QStringLiteral("node"),
                                 {node + QStringLiteral("/check_case.mjs"),
                                  standards() + QStringLiteral("/case-1.4/case-1.4.0.ttl"),
                                  standards() + QStringLiteral("/case-1.4/case-1.4.0-subclasses.ttl"), agency},
                                 {}, {}, 1500000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.count(" 0 violations, 0 warnings, 0 infos"), 1);

        // What the graph says: every kind of action, the tool with its version, hashes as named nodes.
        const QJsonObject doc = QJsonDocument::fromJson(readFile(agency)).object();
        QStringList actions, records;
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue& v : doc.value(QLatin1String("@graph")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QLatin1String("@id")).toString();
            QVERIFY2(
                QRegularExpression(QStringLiteral("^kb:[a-z-]+-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                                  "[0-9a-f]{12}$"))
                    .match(id)
                    .hasMatch(),
                qPrintable(id));
            byId.insert(id, o);
            const QString type = o.value(QLatin1String("@type")).toString();
            if (type == QLatin1String("case-investigation:InvestigativeAction"))
                actions << o.value(QLatin1String("uco-core:name")).toString();
            if (type == QLatin1String("case-investigation:ProvenanceRecord"))
                records << o.value(QLatin1String("case-investigation:exhibitNumber")).toString();
        }
        for (const QString& a :
             {QStringLiteral("received"), QStringLiteral("trim"), QStringLiteral("redact"), QStringLiteral("frame"),
              QStringLiteral("statement signed off"), QStringLiteral("POS extract"), QStringLiteral("release approved"),
              QStringLiteral("export")})
            QVERIFY2(actions.contains(a), qPrintable(actions.join(u',')));
        QVERIFY2(records.filter(QRegularExpression(QStringLiteral("^LPD-\\d{4}-\\d+/E0[1-4]$"))).size() == 4,
                 qPrintable(records.join(u',')));
        QVERIFY(records.filter(QRegularExpression(QStringLiteral("/S01$"))).size() == 1);
        QVERIFY(records.filter(QRegularExpression(QStringLiteral("/P01$"))).size() == 1);
        const QByteArray text = readFile(agency);
        QVERIFY(text.contains("\"uco-types:hashMethod\": \"SHA256\""));
        QVERIFY(text.contains("\"uco-tool:version\": \"" LPDESK_VERSION "\""));
        QVERIFY(!text.contains("\"_:"));

        // Stable IRIs: the same evidence, tool, people and investigation have the same IRIs in both packages.
        const QByteArray other = readFile(usb);
        const QJsonObject manifest
            = QJsonDocument::fromJson(readFile(m_agencyPackage + QStringLiteral("/manifest.json"))).object();
        QSet<QString> evidenceHashes;
        for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray())
            if (f.toObject().value(QLatin1String("path")).toString().startsWith(QLatin1String("evidence/")))
                evidenceHashes.insert(f.toObject().value(QLatin1String("sha256")).toString().toUpper());
        QCOMPARE(evidenceHashes.size(), 4);
        int shared = 0;
        for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
            const QString hash
                = it->value(QLatin1String("uco-types:hashValue")).toObject().value(QLatin1String("@value")).toString();
            if (evidenceHashes.contains(hash)) {
                QVERIFY2(other.contains(it.key().toLatin1()), qPrintable(it.key()));
                ++shared;
            }
            const QString type = it->value(QLatin1String("@type")).toString();
            if (type == QLatin1String("case-investigation:Investigation") || type == QLatin1String("uco-tool:Tool")
                || type == QLatin1String("uco-identity:Person"))
                QVERIFY2(other.contains(it.key().toLatin1()), qPrintable(it.key()));
        }
        QCOMPARE(shared, 4);
    }

    void incidentValidatesAgainstTheNibrsSchema()
    {
        const QString xsd = standards() + QStringLiteral("/nibrs-4.2/base-xsd/nibrs/4.2/nibrs.xsd");
        const QString xml = m_agencyPackage + QStringLiteral("/incident/nibrs.xml");
        const auto r
            = test::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, xml});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray bytes = readFile(xml);
        QVERIFY(bytes.contains("<nibrs:OffenseUCRCode>26A</nibrs:OffenseUCRCode>"));
        QVERIFY(bytes.contains("<nc:IdentificationID>IL0160000</nc:IdentificationID>"));
        QVERIFY(bytes.contains("<cjis:ItemStatusCode>STOLEN</cjis:ItemStatusCode>")); // from the POS lines
        // The same command accepts the FBI's own sample.
        const auto sample
            = test::run(QStringLiteral("xmllint"),
                        {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd,
                         standards() + QStringLiteral("/nibrs-4.2/iep-sample/nibrs_GroupAIncident_Sample.xml")});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.describe()));

        // To USB there is no reporting agency: no XML, and the JSON says why, naming the field.
        QVERIFY(!QFile::exists(m_usbPackage + QStringLiteral("/incident/nibrs.xml")));
        const QJsonObject usb
            = QJsonDocument::fromJson(readFile(m_usbPackage + QStringLiteral("/incident/nibrs.json"))).object();
        const QJsonObject refused = usb.value(QLatin1String("nibrs_xml")).toArray().first().toObject();
        QCOMPARE(refused.value(QLatin1String("written")).toBool(), false);
        QVERIFY2(refused.value(QLatin1String("reason")).toString().contains(QLatin1String("ReportingAgency ORI")),
                 qPrintable(refused.value(QLatin1String("reason")).toString()));
    }

    void incidentJsonFollowsItsPublishedSchema()
    {
        const auto r = test::run(QStringLiteral("/usr/bin/python3"),
                                 {test::sourceDir() + QStringLiteral("/tests/integration/check_json_schema.py"),
                                  test::sourceDir() + QStringLiteral("/docs/schemas/incident-v1.schema.json"),
                                  m_agencyPackage + QStringLiteral("/incident/nibrs.json"),
                                  m_usbPackage + QStringLiteral("/incident/nibrs.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject agency
            = QJsonDocument::fromJson(readFile(m_agencyPackage + QStringLiteral("/incident/nibrs.json"))).object();
        QCOMPARE(agency.value(QLatin1String("reporting_agency_ori")).toString(), QStringLiteral("IL0160000"));
        // A document the schema refuses is caught (the check is not vacuous).
        QJsonObject broken = agency;
        broken.insert(QLatin1String("ethnicity"), QStringLiteral("x"));
        QVERIFY(writeFile(path(QStringLiteral("broken.json")), QJsonDocument(broken).toJson()));
        const auto bad = test::run(QStringLiteral("/usr/bin/python3"),
                                   {test::sourceDir() + QStringLiteral("/tests/integration/check_json_schema.py"),
                                    test::sourceDir() + QStringLiteral("/docs/schemas/incident-v1.schema.json"),
                                    path(QStringLiteral("broken.json"))});
        QCOMPARE(bad.exitCode, 1);
    }
    void reportIsPdfAWithEmbeddedFonts()
    {
        const QString pdf = m_agencyPackage + QStringLiteral("/report.pdf");
        const auto check = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QVERIFY(check.out.contains("No syntax or stream encoding errors found"));
        const auto fonts = test::run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.exitCode == 0, qPrintable(fonts.describe()));
        // name type encoding emb sub uni object ID: two header lines, then one line per font.
        const QList<QByteArray> lines = fonts.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 3, qPrintable(fonts.describe()));
        for (const QByteArray& line : lines.mid(2)) {
            const QList<QByteArray> cells = line.simplified().split(' ');
            QVERIFY2(cells.size() >= 7 && cells.at(cells.size() - 5) == "yes", qPrintable(fonts.describe()));
        }
        // PDF/A-1b identification and document metadata (XMP and the info dictionary).
        const QByteArray bytes = readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        const auto xmp = test::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(xmp.exitCode == 0
                     && QRegularExpression(QStringLiteral("pdfaid:part(>|=\")1"))
                            .match(QString::fromUtf8(xmp.out))
                            .hasMatch()
                     && QRegularExpression(QStringLiteral("pdfaid:conformance(>|=\")B"))
                            .match(QString::fromUtf8(xmp.out))
                            .hasMatch(),
                 qPrintable(xmp.describe()));
        QVERIFY(bytes.contains("/OutputIntents"));
        const auto info = test::run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.out.contains("Title:") && info.out.contains("Case report LPD-")
                     && info.out.contains("Creator:         LP Desk " LPDESK_VERSION),
                 qPrintable(info.describe()));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // the agency package's PDF report is drawn in-process, as lpdesk-cli does
    TestStandards test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestStandards.moc"
