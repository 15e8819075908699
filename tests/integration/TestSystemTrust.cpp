// A pinned CA is required for HTTPS stores and agencies (issue 12): without --ca, `store add` and `agency add` are
// refused (exit 2, naming --ca and --system-trust); with --system-trust they are added with a warning, the profile
// records it, the audit event says so and both listings show it. A profile with neither (a row edited with the
// database key) is refused by core before any connection: store test and pull, agency test and the submission
// client. A database from before (schema 22) keeps its https profiles without a CA working: migration 23 marks them
// system trust, and the first login writes one audit event per profile, once.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "agencies/AgencyRegistry.h"
#include "common/CanonicalJson.h"
#include "crypto/CmsSignature.h"
#include "db/Migrations.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseApproval.h"
#include "export/ReleaseService.h"
#include "store/StoreRegistry.h"
#include "submit/AgencyClient.h"
#include "submit/SubmissionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestSystemTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;
    QString m_ca;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_admin->path(), user); }
    QJsonArray listed(const QString& what)
    {
        const auto run
            = test::cli({QStringLiteral("--json"), what, QStringLiteral("list")}, env(QStringLiteral("ivy")));
        if (run.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(run.out).array();
    }
    static QJsonObject byId(const QJsonArray& rows, const QString& id)
    {
        for (const QJsonValue& v : rows)
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        return {};
    }
    static QJsonObject lastAudit(CaseDatabase& db, const QString& action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT event FROM audit_log WHERE chain = '' AND action = ? ORDER BY seq DESC"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8())
            .object()
            .value(QLatin1String("details"))
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        m_admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_admin);
        QVERIFY(UserDirectory(*m_admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QSqlDatabase c = m_admin->connection();
        m_ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(test::writeFile(m_ca, *WorkstationKeys::caCertificatePem(c)));
    }

    void httpsWithoutCaIsRefused()
    {
        const auto store = test::cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("edge-1"),
                                      QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/drop/")},
                                     env(QStringLiteral("admin")));
        QCOMPARE(store.exitCode, 2);
        QVERIFY2(store.err.contains("--ca") && store.err.contains("--system-trust"), qPrintable(store.describe()));
        const auto agency = test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("pd-1"),
                                       QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/api")},
                                      env(QStringLiteral("admin")));
        QCOMPARE(agency.exitCode, 2);
        QVERIFY2(agency.err.contains("--ca") && agency.err.contains("--system-trust"), qPrintable(agency.describe()));
        QCOMPARE(listed(QStringLiteral("store")).size(), 0);
        QCOMPARE(listed(QStringLiteral("agency")).size(), 0);
        // Core says the same to any caller (the GUI, a script using the library).
        StoreConnection c;
        c.kind = QStringLiteral("https");
        c.location = QStringLiteral("https://127.0.0.1:9/drop/");
        const Status added = StoreRegistry(*m_admin).add(QStringLiteral("edge-1"), c);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Usage);
        AgencyProfile p;
        p.id = QStringLiteral("pd-1");
        p.name = QStringLiteral("PD");
        p.baseUrl = QStringLiteral("https://127.0.0.1:9/api");
        const Status agencyAdded = AgencyRegistry(*m_admin).add(p, {});
        QVERIFY(!agencyAdded);
        QCOMPARE(agencyAdded.error().kind, ErrorKind::Usage);
        // Both at once is no clearer choice.
        const auto both = test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("pd-1"),
                                     QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/api"),
                                     QStringLiteral("--ca"), m_ca, QStringLiteral("--system-trust")},
                                    env(QStringLiteral("admin")));
        QCOMPARE(both.exitCode, 2);
        // A folder store needs no CA.
        const auto folder = test::cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("usb-1"),
                                       QStringLiteral("--path"), m_dir.path()},
                                      env(QStringLiteral("admin")));
        QVERIFY2(folder.exitCode == 0, qPrintable(folder.describe()));
    }

    void systemTrustIsExplicitWarnedAuditedAndShown()
    {
        const auto store = test::cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("edge-1"),
                                      QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/drop/"),
                                      QStringLiteral("--system-trust")},
                                     env(QStringLiteral("admin")));
        QVERIFY2(store.exitCode == 0, qPrintable(store.describe()));
        QVERIFY2(store.err.contains("Warning") && store.err.contains("certificate authorit"),
                 qPrintable(store.describe()));
        const auto agency = test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("pd-1"),
                                       QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/api"),
                                       QStringLiteral("--system-trust")},
                                      env(QStringLiteral("admin")));
        QVERIFY2(agency.exitCode == 0, qPrintable(agency.describe()));
        QVERIFY2(agency.err.contains("Warning"), qPrintable(agency.describe()));
        const auto pinned = test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("pd-2"),
                                       QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9/api"),
                                       QStringLiteral("--ca"), m_ca},
                                      env(QStringLiteral("admin")));
        QVERIFY2(pinned.exitCode == 0 && !pinned.err.contains("Warning"), qPrintable(pinned.describe()));

        const QJsonObject s = byId(listed(QStringLiteral("store")), QStringLiteral("edge-1"));
        QCOMPARE(s.value(QLatin1String("system_trust")).toBool(), true);
        QCOMPARE(s.value(QLatin1String("pinned_ca")).toBool(), false);
        QCOMPARE(byId(listed(QStringLiteral("store")), QStringLiteral("usb-1")).value(QLatin1String("system_trust")),
                 QJsonValue(false));
        const QJsonArray agencies = listed(QStringLiteral("agency"));
        QCOMPARE(byId(agencies, QStringLiteral("pd-1")).value(QLatin1String("system_trust")), QJsonValue(true));
        QCOMPARE(byId(agencies, QStringLiteral("pd-2")).value(QLatin1String("system_trust")), QJsonValue(false));
        const auto storeText = test::cli({QStringLiteral("store"), QStringLiteral("list")}, env(QStringLiteral("ivy")));
        QVERIFY2(storeText.out.contains("system CAs"), qPrintable(storeText.describe()));
        const auto agencyText
            = test::cli({QStringLiteral("agency"), QStringLiteral("list")}, env(QStringLiteral("ivy")));
        QVERIFY2(agencyText.out.contains("pd-1") && agencyText.out.contains("system CAs"),
                 qPrintable(agencyText.describe()));

        QCOMPARE(lastAudit(*m_admin, QStringLiteral("store_added")).value(QLatin1String("system_trust")),
                 QJsonValue(true));
        QCOMPARE(lastAudit(*m_admin, QStringLiteral("agency_added")).value(QLatin1String("system_trust")),
                 QJsonValue(false)); // pd-2, the last one added
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'agency_added' AND event LIKE "
                                      "'%\"system_trust\":true%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A row edited with the database key to have neither: nothing connects to it.
    void aProfileWithNeitherIsRefusedBeforeConnecting()
    {
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE stores SET system_trust = 0 WHERE id = 'edge-1'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE agencies SET system_trust = 0 WHERE id = 'pd-1'")));
        auto tested = StoreRegistry(*m_admin).testConnection(QStringLiteral("edge-1"));
        QVERIFY(!tested);
        QVERIFY2(tested.errorMessage().contains(QLatin1String("neither a pinned CA")),
                 qPrintable(tested.errorMessage()));
        const auto pull = test::cli({QStringLiteral("pull"), QStringLiteral("edge-1")}, env(QStringLiteral("ivy")));
        QVERIFY2(pull.exitCode != 0 && (pull.out + pull.err).contains("neither a pinned CA"),
                 qPrintable(pull.describe()));
        const auto agencyTest = test::cli({QStringLiteral("agency"), QStringLiteral("test"), QStringLiteral("pd-1")},
                                          env(QStringLiteral("ivy")));
        QCOMPARE(agencyTest.exitCode, 1);
        QVERIFY2(agencyTest.err.contains("neither a pinned CA"), qPrintable(agencyTest.describe()));
        // The submission client (submit and outbox run) refuses it as a failure, not something to retry.
        auto ivy = CaseDatabase::open(m_admin->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY2(ivy, qPrintable(ivy.errorMessage()));
        AgencyClient client(nullptr);
        auto endpoint
            = [&](const QString& id) { return AgencyRegistry::endpointFingerprint(*AgencyRegistry(**ivy).get(id)); };
        const Status opened = client.open(**ivy, QStringLiteral("pd-1"), {}, endpoint(QStringLiteral("pd-1")));
        QVERIFY(!opened);
        QVERIFY(opened.error().kind != ErrorKind::Failed);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("neither a pinned CA")),
                 qPrintable(opened.errorMessage()));
        QVERIFY(client.open(**ivy, QStringLiteral("pd-2"), {}, endpoint(QStringLiteral("pd-2"))));
        // Only with the endpoint legal approved (issue 12): another fingerprint is refused before any connection.
        const Status other = client.open(**ivy, QStringLiteral("pd-2"), {}, endpoint(QStringLiteral("pd-1")));
        QVERIFY(!other && other.error().kind == ErrorKind::Verification);
    }

    void anOldDatabaseKeepsItsProfilesWorkingAndSaysSo()
    {
        QTemporaryDir dir;
        QString path;
        QList<Migration> before;
        for (const Migration& m : Migrations::builtIn())
            if (m.version < 23)
                before << m;
        {
            auto db = test::createDatabase(dir.path());
            QVERIFY(db);
            path = db->path();
            QSqlQuery q(db->connection());
            // SQLite here has no DROP COLUMN: take migration 23's columns out of the (empty) tables' definitions.
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version")) && q.next());
            const int schema = q.value(0).toInt();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE sqlite_master SET sql = replace(sql, ', system_trust INTEGER NOT NULL DEFAULT 0 CHECK "
                         "(system_trust IN (0, 1, 2))', '') WHERE name IN ('stores', 'agencies')")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 2);
            // And what the migrations after 23 added (their columns out of the definitions too), so that opening it
            // runs 23 and every later one as on a real database of version 22.
            for (const char* column :
                 {", status_checked_at TEXT", ", purged_at TEXT", ", purged_by TEXT", ", purge_reason TEXT"})
                QVERIFY2(q.exec(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '%1', '') WHERE name IN "
                                               "('submissions', 'evidence_files')")
                                    .arg(QLatin1String(column))),
                         qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schema + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE store_pos_ids")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX incidents_detected_scan")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX incidents_detected ON incidents (detected_at)")));
            // Migration 28's KPI rollups: their triggers on the records, their tables and index.
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                          "'kpi\\_%' ESCAPE '\\'")));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            q.finish();
            QVERIFY(triggers.size() > 30);
            for (const QString& t : std::as_const(triggers))
                QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER %1").arg(t)), qPrintable(q.lastError().text()));
            for (const char* table : {"kpi_dirty", "kpi_incidents", "kpi_days", "kpi_cases", "kpi_case_losses"})
                QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))),
                         qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX incident_media_media")), qPrintable(q.lastError().text()));
            QCOMPARE(Migrations::latestVersion(), 28); // a new migration: undo what it adds above as well
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 22")));
        }
        {
            // What an LP Desk from before added: https profiles without a CA, one with, and a folder store.
            auto old
                = CaseDatabase::openWithMigrations(path, QStringLiteral("admin"), test::secret("admin-pass"), before);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            QSqlQuery q((*old)->connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT system_trust FROM stores")));
            const QString now = QStringLiteral("2026-01-01T00:00:00Z");
            for (const QString& row : {QStringLiteral("('old-https', 'https', 'https://a.example/drop/', NULL)"),
                                       QStringLiteral("('old-pinned', 'https', 'https://b.example/drop/', 'PEM')"),
                                       QStringLiteral("('old-usb', 'folder', '/media/usb', NULL)")})
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO stores (id, source_kind, location, ca_pem, created_at, "
                                               "created_by) VALUES %1")
                                    .arg(row.chopped(1) + QStringLiteral(", '%1', 'admin')").arg(now))),
                         qPrintable(q.lastError().text()));
            for (const QString& id : {QStringLiteral("old-pd"), QStringLiteral("old-pinned-pd")})
                QVERIFY2(
                    q.exec(QStringLiteral("INSERT INTO agencies (id, name, base_url, ca_pem, auth, payload_profile, "
                                          "max_bytes, created_at, created_by, updated_at) VALUES ('%1', 'PD', "
                                          "'https://pd.example/api', '%2', 'none', 'lpdesk-v1', 1073741824, '%3', "
                                          "'admin', '%3')")
                               .arg(id, id == QLatin1String("old-pd") ? QString() : QStringLiteral("PEM"), now)),
                    qPrintable(q.lastError().text()));
        }
        auto count = [](CaseDatabase& db) {
            return test::scalar(db,
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'system_trust_kept'"));
        };
        {
            auto db = CaseDatabase::open(path, QStringLiteral("admin"), test::secret("admin-pass"));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")), qint64(Migrations::latestVersion()));
            auto stores = StoreRegistry(**db).list();
            QVERIFY(stores);
            QMap<QString, bool> trust;
            for (const StoreInfo& s : *stores)
                trust.insert(s.id, s.connection.systemTrust);
            QCOMPARE(trust.value(QStringLiteral("old-https")), true);
            QCOMPARE(trust.value(QStringLiteral("old-pinned")), false);
            QCOMPARE(trust.value(QStringLiteral("old-usb")), false);
            QCOMPARE(AgencyRegistry(**db).get(QStringLiteral("old-pd"))->systemTrust, true);
            QCOMPARE(AgencyRegistry(**db).get(QStringLiteral("old-pinned-pd"))->systemTrust, false);
            QCOMPARE(count(**db), 2);
            QCOMPARE(test::scalar(**db,
                                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'system_trust_kept' AND (event LIKE '%\"id\":\"old-https\"%' "
                                                 "OR event LIKE '%\"id\":\"old-pd\"%')")),
                     2);
            QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM stores WHERE system_trust = 2")), 0);
        }
        // Once: the next login writes no more.
        auto again = CaseDatabase::open(path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(count(**again), 2);
        QVERIFY(AgencyRegistry::checkTrust(*AgencyRegistry(**again).get(QStringLiteral("old-pd"))));
    }

    // An agency approval made before an agency's system trust was part of the endpoint legal approves (lena's
    // approval re-signed here with the endpoint fingerprinted as the older version did): submission refuses it, and
    // db check names the release, its case, the agency and the reviewer so that legal knows what to approve again.
    void approvalsFromBeforeSystemTrustAreNamed()
    {
        QTemporaryDir dir;
        test::CaseOnClip made;
        auto ivy = test::caseOnAPulledClip(dir.path(), QStringLiteral("Approved before system trust"), &made);
        QVERIFY(ivy);
        const QString path = ivy->path();
        AgencyProfile agency;
        agency.id = QStringLiteral("old-sys");
        agency.name = QStringLiteral("PD");
        agency.baseUrl = QStringLiteral("https://pd.example/api");
        agency.systemTrust = true;
        {
            auto admin = test::openAs(path, QStringLiteral("admin"));
            QVERIFY(admin);
            const Status added = AgencyRegistry(*admin).add(agency, {});
            QVERIFY2(added, qPrintable(added.errorMessage()));
        }
        ReleaseRequestSpec spec;
        spec.caseId = made.caseId;
        spec.mediaIds = {made.mediaId};
        spec.purpose = QStringLiteral("agency");
        spec.agencyId = agency.id;
        spec.note = QStringLiteral("For the detective on report 2026-1234");
        auto id = ReleaseService(*ivy).request(spec);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        auto lena = test::openAs(path, QStringLiteral("lena"));
        QVERIFY(lena);
        const Status approved = ReleaseService(*lena).approve(*id, QStringLiteral("For the detective."), {});
        QVERIFY2(approved, qPrintable(approved.errorMessage()));
        const auto named = [&] {
            const test::ProcessRun check
                = test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
            const QByteArray all = check.out + check.err;
            return all.contains(QStringLiteral("release %1 (case LPD-").arg(*id).toUtf8())
                && all.contains(", for agency old-sys) was approved by lena on ");
        };
        QVERIFY(!named()); // an approval made today binds the endpoint with its system trust
        {
            // As the older version signed it: the endpoint's fingerprint without its system trust.
            QSqlDatabase c = lena->connection();
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT approval_json FROM releases WHERE id = ?"));
            q.addBindValue(*id);
            QVERIFY(q.exec() && q.next());
            QJsonObject approval = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            q.finish();
            AgencyProfile before = agency;
            before.systemTrust = false;
            QJsonObject endpoint = approval.value(QLatin1String("agency")).toObject();
            QVERIFY(!endpoint.isEmpty());
            endpoint.insert(QLatin1String("endpoint_sha256"), AgencyRegistry::endpointFingerprint(before));
            approval.insert(QLatin1String("agency"), endpoint);
            const QByteArray json = canonicalJson(approval);
            auto key = lena->personalIdentity();
            QVERIFY(key);
            auto p7s = CmsSignature::signDetached(*key, json);
            QVERIFY(p7s);
            QSqlQuery u(c);
            u.prepare(QStringLiteral("UPDATE releases SET approval_json = ?, approval_p7s = ? WHERE id = ?"));
            u.addBindValue(QString::fromUtf8(json));
            u.addBindValue(*p7s);
            u.addBindValue(*id);
            QVERIFY(u.exec() && u.numRowsAffected() == 1);
        }
        auto release = ReleaseService(*lena).show(*id);
        QVERIFY(release);
        auto verified = ReleaseApproval(*lena).verify(*release);
        QVERIFY(!verified);
        QVERIFY2(verified.errorMessage().contains(QLatin1String("is not the one legal approved")),
                 qPrintable(verified.errorMessage()));
        QVERIFY(named());
        // The GUI's Check database runs the same check (MainWindow registers it as lpdesk-cli does).
        auto admin = test::openAs(path, QStringLiteral("admin"));
        QVERIFY(admin);
        ReleaseApproval::addCheckTo(*admin);
        auto report = admin->check();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->notes.join(QLatin1Char('\n'))
                     .contains(QLatin1String("cannot be submitted until legal approves it again")),
                 qPrintable(report->notes.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSystemTrust)
#include "TestSystemTrust.moc"
