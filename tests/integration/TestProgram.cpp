// The program view through lpdesk-cli: police requests (overdue ones flagged, documents encrypted, a release
// naming the request it fulfils, exigent disclosures flagged until legal signs), follow-ups in custody, the KPIs of
// a hand-built history with explicit timestamps compared with figures worked out by hand (store-local dates:
// an incident at 03:00 UTC on 1 January in Chicago belongs to 31 December), and retention: a purge never touches a
// held case, an open case or an item of a pending release, leaves a tombstone, custody and audit events and no
// file, and `db check` stays clean.
#include "KpiHistory.h"
#include "TestSupport.h"

#include "crypto/Sha256.h"
#include "db/UserDirectory.h"
#include "metrics/SopLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;
    QString m_leRequest;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_admin->path(), user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QJsonDocument json(const QString& user, const QStringList& args) const
    {
        const test::ProcessRun r = as(user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out);
    }
private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        m_admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_admin);
        UserDirectory users(*m_admin);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("lee"), Role::Legal, test::secret("lee-pass")));
        QVERIFY(users.add(QStringLiteral("aud"), Role::Auditor, test::secret("aud-pass")));

        QVERIFY(test::buildKpiHistory(*m_admin));
    }

    void policeRequests()
    {
        QFile doc(m_dir.filePath(QStringLiteral("subpoena.pdf")));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write("%PDF-1.4 subpoena duces tecum for store-a footage");
        doc.close();
        // Permissions and validation are core's.
        QCOMPARE(as(QStringLiteral("aud"),
                    {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                     QStringLiteral("informal"), QStringLiteral("--agency"), QStringLiteral("X")})
                     .exitCode,
                 3);
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                     QStringLiteral("court_order"), QStringLiteral("--agency"), QStringLiteral("X")})
                     .exitCode,
                 2); // no legal basis
        const test::ProcessRun add
            = as(QStringLiteral("ivy"), {QStringLiteral("le-request"),  QStringLiteral("add"),
                                         QStringLiteral("--kind"),      QStringLiteral("subpoena"),
                                         QStringLiteral("--agency"),    QStringLiteral("Chicago PD"),
                                         QStringLiteral("--officer"),   QStringLiteral("Det. Ruiz"),
                                         QStringLiteral("--reference"), QStringLiteral("SP-2026-114"),
                                         QStringLiteral("--received"),  QStringLiteral("2026-01-07"),
                                         QStringLiteral("--due"),       QStringLiteral("2026-01-21"),
                                         QStringLiteral("--store"),     QStringLiteral("store-a"),
                                         QStringLiteral("--from"),      QStringLiteral("2026-01-05"),
                                         QStringLiteral("--to"),        QStringLiteral("2026-01-06"),
                                         QStringLiteral("--basis"),     QStringLiteral("Subpoena duces tecum"),
                                         QStringLiteral("--document"),  doc.fileName()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        m_leRequest = QString::fromUtf8(add.out).trimmed();
        // The document is stored encrypted: its bytes appear nowhere in the media folder.
        for (const QString& f : QDir(m_admin->mediaDirectory()).entryList(QDir::Files)) {
            QFile stored(m_admin->mediaDirectory() + u'/' + f);
            QVERIFY(stored.open(QIODevice::ReadOnly));
            QVERIFY(!stored.readAll().contains("subpoena duces tecum"));
        }
        // Overdue (due 21 January, nothing fulfils it): listed with --overdue, flagged.
        QJsonArray overdue = json(QStringLiteral("lee"),
                                  {QStringLiteral("le-request"), QStringLiteral("list"), QStringLiteral("--overdue")})
                                 .array();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0].toObject()[QLatin1String("id")].toString(), m_leRequest);
        QVERIFY(overdue[0].toObject()[QLatin1String("overdue")].toBool());
        QCOMPARE(overdue[0].toObject()[QLatin1String("documents")].toArray().size(), 1);
        // The CLI's inbox flags it too (on stderr; the list itself stays on stdout).
        const test::ProcessRun inbox = as(QStringLiteral("ivy"), {QStringLiteral("incidents"), QStringLiteral("list")});
        QCOMPARE(inbox.exitCode, 0);
        QVERIFY2(inbox.err.contains(m_leRequest.toUtf8()) && !inbox.out.contains(m_leRequest.toUtf8()),
                 qPrintable(inbox.describe()));
        // A release names the request only once the request is linked to the case.
        const QStringList release {QStringLiteral("release"),
                                   QStringLiteral("request"),
                                   QStringLiteral("LPD-2026-0001"),
                                   QStringLiteral("--media"),
                                   QStringLiteral("m1"),
                                   QStringLiteral("--purpose"),
                                   QStringLiteral("usb"),
                                   QStringLiteral("--note"),
                                   QStringLiteral("for SP-2026-114"),
                                   QStringLiteral("--le-request"),
                                   m_leRequest};
        QCOMPARE(as(QStringLiteral("ivy"), release).exitCode, 2);
        QCOMPARE(
            as(QStringLiteral("ivy"),
               {QStringLiteral("le-request"), QStringLiteral("link"), m_leRequest, QStringLiteral("LPD-2026-0001")})
                .exitCode,
            0);
        const test::ProcessRun rel = as(QStringLiteral("ivy"), release);
        QVERIFY2(rel.exitCode == 0, qPrintable(rel.describe()));
        const QString releaseId = QString::fromUtf8(rel.out).trimmed();
        QJsonObject shown
            = json(QStringLiteral("lee"), {QStringLiteral("release"), QStringLiteral("show"), releaseId}).object();
        QCOMPARE(shown[QLatin1String("le_request_id")].toString(), m_leRequest);
        QJsonObject req
            = json(QStringLiteral("lee"), {QStringLiteral("le-request"), QStringLiteral("show"), m_leRequest}).object();
        QCOMPARE(req[QLatin1String("release_ids")].toArray().size(), 1);
        QCOMPARE(req[QLatin1String("case_ids")].toArray().first().toString(), QStringLiteral("c1"));
        // The link is in the case's custody chain.
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c1")})
                    .out.contains("le_request_linked"));

        // Exigent: flagged until legal signs after the fact; only legal signs.
        const test::ProcessRun ex = as(QStringLiteral("ivy"),
                                       {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                                        QStringLiteral("exigent"), QStringLiteral("--agency"), QStringLiteral("CPD"),
                                        QStringLiteral("--asks"), QStringLiteral("suspect vehicle, now")});
        QCOMPARE(ex.exitCode, 0);
        const QString exigent = QString::fromUtf8(ex.out).trimmed();
        QVERIFY(json(QStringLiteral("ivy"), {QStringLiteral("le-request"), QStringLiteral("show"), exigent})
                    .object()[QLatin1String("needs_signoff")]
                    .toBool());
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("sign"), exigent, QStringLiteral("--note"),
                     QStringLiteral("ok")})
                     .exitCode,
                 3);
        QCOMPARE(as(QStringLiteral("lee"),
                    {QStringLiteral("le-request"), QStringLiteral("sign"), exigent, QStringLiteral("--note"),
                     QStringLiteral("life at risk; proportionate")})
                     .exitCode,
                 0);
        QVERIFY(!json(QStringLiteral("ivy"), {QStringLiteral("le-request"), QStringLiteral("show"), exigent})
                     .object()[QLatin1String("needs_signoff")]
                     .toBool());
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("close"), exigent, QStringLiteral("--reason"),
                     QStringLiteral("answered by phone")})
                     .exitCode,
                 0);
    }

    void followUps()
    {
        // c1 reported 2026-01-06 16:00: an arrest within 30 days counts; a recovery later is an outcome only.
        auto add = [&](const QStringList& extra) {
            return as(QStringLiteral("ivy"), QStringList {QStringLiteral("followup"), QStringLiteral("add")} + extra);
        };
        QCOMPARE(add({QStringLiteral("LPD-2026-0001"), QStringLiteral("--kind"), QStringLiteral("arrest"),
                      QStringLiteral("--at"), QStringLiteral("2026-01-10T00:00:00Z"), QStringLiteral("--agency-case"),
                      QStringLiteral("JB-1234")})
                     .exitCode,
                 0);
        QCOMPARE(
            add({QStringLiteral("c1"), QStringLiteral("--kind"), QStringLiteral("recovered"), QStringLiteral("--at"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--amount"), QStringLiteral("120.5")})
                .exitCode,
            0);
        QCOMPARE(add({QStringLiteral("c2"), QStringLiteral("--kind"), QStringLiteral("contact"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-01")})
                     .exitCode,
                 0);
        QCOMPARE(add({QStringLiteral("c2"), QStringLiteral("--kind"), QStringLiteral("praise"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-01")})
                     .exitCode,
                 2);
        QCOMPARE(as(QStringLiteral("aud"),
                    {QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("c2"), QStringLiteral("--kind"),
                     QStringLiteral("arrest"), QStringLiteral("--at"), QStringLiteral("2026-03-01")})
                     .exitCode,
                 3);
        const QJsonArray list
            = json(QStringLiteral("ivy"), {QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("c1")})
                  .array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()[QLatin1String("agency_case")].toString(), QStringLiteral("JB-1234"));
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c1")})
                    .out.contains("followup_recorded"));
    }

    void kpiKnownAnswers()
    {
        const QStringList january {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-01-31")};
        const QJsonObject k
            = json(QStringLiteral("aud"), january + QStringList {QStringLiteral("--by"), QStringLiteral("store")})
                  .object();
        // In January (store-local): a1, a2, a4, b2. Repeats: a2 (15 days after a1), a4 (9 days after a3).
        QCOMPARE(k[QLatin1String("incidents")].toInt(), 4);
        QCOMPARE(k[QLatin1String("repeat_incident_rate")].toDouble(), 0.5);
        QCOMPARE(k[QLatin1String("repeat_incident_rate_90d")].toDouble(), 0.5);
        // Cases anchored in January: c1, c2, c3 (c4's only incident is local 1 February).
        QCOMPARE(k[QLatin1String("cases")].toInt(), 3);
        QCOMPARE(k[QLatin1String("closure_rate")].toDouble(), 2.0 / 3.0);
        // Reported: c1 after 24 h, c2 after 36 h → median 30 h, p90 (nearest rank) 36 h.
        QCOMPARE(k[QLatin1String("mttr_median_s")].toDouble(), 108000.0);
        QCOMPARE(k[QLatin1String("mttr_p90_s")].toDouble(), 129600.0);
        QCOMPARE(k[QLatin1String("time_to_case_median_s")].toDouble(), 7200.0);
        QCOMPARE(k[QLatin1String("time_to_decision_median_s")].toDouble(), 32400.0);
        QCOMPARE(k[QLatin1String("time_to_close_median_s")].toDouble(), (1728000.0 + 172800.0) / 2);
        QCOMPARE(k[QLatin1String("evidence_completeness")].toDouble(), 0.5);
        QCOMPARE(k[QLatin1String("followup_rate")].toDouble(), 0.5);
        const QJsonObject outcomes = k[QLatin1String("outcomes")].toObject();
        QCOMPARE(outcomes[QLatin1String("arrest")].toInt(), 1);
        QCOMPARE(outcomes[QLatin1String("recovered")].toInt(), 1);
        QCOMPARE(outcomes[QLatin1String("contact")].toInt(), 1);
        QCOMPARE(k[QLatin1String("recovered_value")].toDouble(), 120.5);
        // Top repeat stores: store-a's two repeats (a2, a4); store-b has none and is not listed.
        const QJsonArray repeatStores = k[QLatin1String("top_repeat_stores")].toArray();
        QCOMPARE(repeatStores.size(), 1);
        QCOMPARE(repeatStores[0].toObject()[QLatin1String("store")].toString(), QStringLiteral("store-a"));
        QCOMPARE(repeatStores[0].toObject()[QLatin1String("repeats")].toInt(), 2);
        // The text output says what --json has: by type and trigger, the three medians, the repeat stores.
        const test::ProcessRun text = as(QStringLiteral("aud"), january);
        QCOMPARE(text.exitCode, 0);
        for (const char* line : {"incidents by type: robbery 1, shoplifting 3\n",
                                 "incidents by trigger: analytics 1, panic_button 1, pos_exception 1, staff_report 1\n",
                                 "medians from detection: to case 2h00m, to legal's decision 9h00m, to close 264h00m\n",
                                 "top repeat stores (repeat incidents within 30 days): store-a 2\n"})
            QVERIFY2(text.out.contains(line), qPrintable(text.describe()));
        // Local hour and weekday: a1 is 10:00 on Monday 5 January in Chicago.
        QCOMPARE(k[QLatin1String("hour_by_weekday")].toArray()[0].toArray()[10].toInt(), 1);
        const QJsonArray rows = k[QLatin1String("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject a = rows[0].toObject(), b = rows[1].toObject();
        QCOMPARE(a[QLatin1String("key")].toString(), QStringLiteral("store-a"));
        QCOMPARE(a[QLatin1String("incidents")].toInt(), 3);
        QCOMPARE(a[QLatin1String("repeat_incident_rate")].toDouble(), 2.0 / 3.0);
        QCOMPARE(a[QLatin1String("closure_rate")].toDouble(), 0.5);
        QCOMPARE(a[QLatin1String("mttr_median_s")].toDouble(), 108000.0);
        QCOMPARE(b[QLatin1String("key")].toString(), QStringLiteral("store-b"));
        QCOMPARE(b[QLatin1String("repeat_incident_rate")].toDouble(), 0.0);
        QCOMPARE(b[QLatin1String("closure_rate")].toDouble(), 1.0);
        QVERIFY(b[QLatin1String("mttr_median_s")].isNull());
        QVERIFY(b[QLatin1String("evidence_completeness")].isNull());
        QVERIFY(b[QLatin1String("followup_rate")].isNull());

        // Regions; the checklist decides "complete" (without the statement item c2 is still incomplete: no clip).
        QCOMPARE(
            as(QStringLiteral("admin"),
               {QStringLiteral("store"), QStringLiteral("region"), QStringLiteral("store-b"), QStringLiteral("south")})
                .exitCode,
            0);
        const QJsonObject south
            = json(QStringLiteral("ivy"), january + QStringList {QStringLiteral("--region"), QStringLiteral("south")})
                  .object();
        QCOMPARE(south[QLatin1String("incidents")].toInt(), 1);
        QCOMPARE(south[QLatin1String("cases")].toInt(), 1);
        QCOMPARE(
            as(QStringLiteral("ivy"), january + QStringList {QStringLiteral("--region"), QStringLiteral("nowhere")})
                .exitCode,
            1);
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery")})
                .exitCode,
            0);
        QCOMPARE(json(QStringLiteral("ivy"), january).object()[QLatin1String("evidence_completeness")].toDouble(), 1.0);
        QCOMPARE(
            as(QStringLiteral("ivy"),
               {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery"), QStringLiteral("clip")})
                .exitCode,
            3);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery"),
                     QStringLiteral("clip"), QStringLiteral("statement")})
                     .exitCode,
                 0);
        // By month: January only (store-local), the late-December incident is not there.
        const QJsonArray months
            = json(QStringLiteral("ivy"), january + QStringList {QStringLiteral("--by"), QStringLiteral("month")})
                  .object()[QLatin1String("rows")]
                  .toArray();
        QCOMPARE(months.size(), 1);
        QCOMPARE(months[0].toObject()[QLatin1String("key")].toString(), QStringLiteral("2026-01"));
    }

    // Loss from the linked POS transactions, per currency and never added across them: in January store-a (USD) has
    // c1 with a 49.99 refund and a 25.00 voided sale it shares with c2 (counted once in the total) and c2 a no-sale
    // (no loss); store-b (EUR) has c3's 30.50 refund (written negative). c4's EUR 10.00 sale is in February.
    void lossFromLinkedPos()
    {
        const QStringList january {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-01-31")};
        const QJsonObject k
            = json(QStringLiteral("aud"), january + QStringList {QStringLiteral("--by"), QStringLiteral("store")})
                  .object();
        auto loss = [](const QJsonObject& figures) {
            QStringList out;
            for (const QJsonValue& v : figures[QLatin1String("loss")].toArray()) {
                const QJsonObject l = v.toObject();
                out << QStringLiteral("%1 %2/%3 total %4 median %5 cases %6 transactions %7")
                           .arg(l[QLatin1String("currency")].toString())
                           .arg(l[QLatin1String("total_minor")].toInteger())
                           .arg(l[QLatin1String("exponent")].toInt())
                           .arg(l[QLatin1String("total")].toDouble())
                           .arg(l[QLatin1String("median")].toDouble())
                           .arg(l[QLatin1String("cases")].toInt())
                           .arg(l[QLatin1String("transactions")].toInt());
            }
            return out;
        };
        // Median over c1 (74.99) and c2 (25.00): 49.995, half to even 50.00.
        QCOMPARE(loss(k),
                 (QStringList {QStringLiteral("EUR 3050/2 total 30.5 median 30.5 cases 1 transactions 1"),
                               QStringLiteral("USD 7499/2 total 74.99 median 50 cases 2 transactions 2")}));
        const QJsonArray rows = k[QLatin1String("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(loss(rows[0].toObject()),
                 QStringList {QStringLiteral("USD 7499/2 total 74.99 median 50 cases 2 transactions 2")});
        QCOMPARE(loss(rows[1].toObject()),
                 QStringList {QStringLiteral("EUR 3050/2 total 30.5 median 30.5 cases 1 transactions 1")});
        // Over all time c4 joins store-b: EUR 40.50 over two cases, median 20.25.
        QCOMPARE(loss(json(QStringLiteral("ivy"), {QStringLiteral("kpi")}).object()),
                 (QStringList {QStringLiteral("EUR 4050/2 total 40.5 median 20.25 cases 2 transactions 2"),
                               QStringLiteral("USD 7499/2 total 74.99 median 50 cases 2 transactions 2")}));
        // The text says the same, per currency and per group.
        const test::ProcessRun text
            = as(QStringLiteral("aud"), january + QStringList {QStringLiteral("--by"), QStringLiteral("store")});
        QCOMPARE(text.exitCode, 0);
        for (const char* line :
             {"loss from linked POS: EUR 30.50 total, median 30.50, cases 1; USD 74.99 total, median 50.00, cases 2\n",
              "loss from linked POS, store-a: USD 74.99 total, median 50.00, cases 2\n",
              "loss from linked POS, store-b: EUR 30.50 total, median 30.50, cases 1\n"})
            QVERIFY2(text.out.contains(line), qPrintable(text.describe()));
    }

    void clipCoverageIsInTrueTime()
    {
        // m2, the clip linked to the robbery a4 (15:00 UTC), was stamped 15:10–15:12 by its recorder. Only the
        // clip counts for robbery here; c2 is the only reported robbery case in January.
        const QStringList robberies {QStringLiteral("kpi"),        QStringLiteral("--from"),
                                     QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-01-31"), QStringLiteral("--store"),
                                     QStringLiteral("store-a")};
        QCOMPARE(
            as(QStringLiteral("admin"),
               {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery"), QStringLiteral("clip")})
                .exitCode,
            0);
        QSqlQuery q(m_admin->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cameras (store_id, id, name) VALUES ('store-a', 'cam-1', "
                                       "'Front doors')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET store_id = 'store-a', camera_id = 'cam-1' WHERE id = 'm2'")));
        auto completeness = [&] {
            return json(QStringLiteral("ivy"), robberies).object()[QLatin1String("evidence_completeness")].toDouble();
        };
        // c1 (shoplifting) is complete; c2's clip misses a4 on the recorder's clock.
        QCOMPARE(completeness(), 0.5);
        // The recorder ran 10 minutes fast: in true time the clip is 15:00–15:02 and covers a4.
        auto offset = [&](const QString& seconds) {
            return as(QStringLiteral("ivy"),
                      {QStringLiteral("camera"), QStringLiteral("offset"), QStringLiteral("store-a"),
                       QStringLiteral("cam-1"), seconds, QStringLiteral("--reason"), QStringLiteral("NTP check")})
                .exitCode;
        };
        QCOMPARE(offset(QStringLiteral("600")), 0);
        QCOMPARE(completeness(), 1.0);
        // An offset given when the file was imported wins over the camera's.
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET clock_offset = 0 WHERE id = 'm2'")));
        QCOMPARE(completeness(), 0.5);
        // Footage imported from outside a drop has a start and a duration, no end: 15:00:00 + 90 s covers 15:00.
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET clock_offset = NULL, recorded_start = "
                                      "'2026-01-10T14:59:00.000Z', recorded_end = NULL, duration = 90, camera_id = "
                                      "NULL WHERE id = 'm2'")));
        QCOMPARE(offset(QStringLiteral("0")), 0);
        QCOMPARE(completeness(), 1.0);
        // An audio recording is not a clip.
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET media_type = 'audio' WHERE id = 'm2'")));
        QCOMPARE(completeness(), 0.5);
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET media_type = NULL WHERE id = 'm2'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET duration = 30 WHERE id = 'm2'")));
        QCOMPARE(completeness(), 0.5);
        // Back to the history the next test expects.
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET store_id = NULL, camera_id = NULL, duration = NULL, "
                                      "recorded_start = '2026-01-10T15:10:00.000Z', recorded_end = "
                                      "'2026-01-10T15:12:00.000Z' WHERE id = 'm2'")));
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery"),
                     QStringLiteral("clip"), QStringLiteral("statement")})
                     .exitCode,
                 0);
    }

    void proceduresAndCaseChecklist()
    {
        auto show = [&](const QString& user, const QStringList& args) { return json(user, args).object(); };
        // Built in until an admin publishes: the type's own, or the general one under "*".
        QJsonObject sop = show(QStringLiteral("aud"),
                               {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("shoplifting")});
        QCOMPARE(sop[QLatin1String("version")].toInt(), 0);
        QCOMPARE(sop[QLatin1String("title")].toString(), QStringLiteral("Shoplifting"));
        QVERIFY(sop[QLatin1String("preserve")].toString().contains(QStringLiteral("entrance")));
        QCOMPARE(
            show(QStringLiteral("ivy"),
                 {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("vandalism")})[QLatin1String("type")]
                .toString(),
            QStringLiteral("*"));
        QCOMPARE(json(QStringLiteral("lee"), {QStringLiteral("sop"), QStringLiteral("list")}).array().size(), 12);
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("arson")})
                     .exitCode,
                 2);

        auto file = [&](const QByteArray& body) {
            const QString path = m_dir.filePath(QStringLiteral("sop.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
                qWarning("cannot write %s", qPrintable(path));
            return path;
        };
        const QByteArray robbery = "{\"title\": \"Robbery (v1)\", \"immediate\": \"Comply.\", \"reporting\": "
                                   "\"Call 911.\", \"preserve\": \"Register and door clips, 15 minutes each side.\"}";
        const QStringList publish {QStringLiteral("sop"), QStringLiteral("publish"), QStringLiteral("robbery"),
                                   QStringLiteral("--file")};
        // Only admins publish; core refuses the others whatever the client.
        QCOMPARE(as(QStringLiteral("ivy"), publish + QStringList {file(robbery)}).exitCode, 3);
        QCOMPARE(
            as(QStringLiteral("admin"), publish + QStringList {file(R"j({"title": "x", "immediate": "y"})j")}).exitCode,
            2);
        QCOMPARE(as(QStringLiteral("admin"),
                    publish + QStringList {file(R"j({"title": "x", "immediate": "y", "reporting": "z", "preserve": "w",
                                                     "script": "<b>"})j")})
                     .exitCode,
                 2);
        QCOMPARE(show(QStringLiteral("admin"), publish + QStringList {file(robbery)})[QLatin1String("version")].toInt(),
                 1);
        QCOMPARE(show(QStringLiteral("admin"),
                      publish + QStringList {file(QByteArray(robbery).replace("v1", "v2"))})[QLatin1String("version")]
                     .toInt(),
                 2);
        sop = show(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")});
        QCOMPARE(sop[QLatin1String("title")].toString(), QStringLiteral("Robbery (v2)"));
        QCOMPARE(sop[QLatin1String("created_by")].toString(), QStringLiteral("admin"));
        const QJsonArray history
            = json(QStringLiteral("aud"), {QStringLiteral("sop"), QStringLiteral("history"), QStringLiteral("robbery")})
                  .array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].toObject()[QLatin1String("title")].toString(), QStringLiteral("Robbery (v1)"));
        // A general procedure applies to every type without its own. The first one replaces the built-in
        // procedures of those types: refused until asked for, naming them (not robbery, which has its own).
        const QStringList general {QStringLiteral("sop"), QStringLiteral("publish"), QStringLiteral("*"),
                                   QStringLiteral("--file"),
                                   file(QByteArray(robbery).replace("Robbery (v1)", "House rules"))};
        const test::ProcessRun unasked = as(QStringLiteral("admin"), general);
        QCOMPARE(unasked.exitCode, 2);
        QVERIFY2(unasked.err.contains("shoplifting") && unasked.err.contains("burglary")
                     && !unasked.err.contains("robbery") && !unasked.err.contains("vandalism"),
                 qPrintable(unasked.describe()));
        QCOMPARE(
            show(QStringLiteral("ivy"),
                 {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("shoplifting")})[QLatin1String("title")]
                .toString(),
            QStringLiteral("Shoplifting"));
        const QJsonObject replacing
            = show(QStringLiteral("admin"), general + QStringList {QStringLiteral("--replace-built-ins")});
        QCOMPARE(replacing[QLatin1String("version")].toInt(), 1);
        const QStringList replaced = replacing[QLatin1String("replaced_built_ins")].toVariant().toStringList();
        QVERIFY2(replaced.contains(QStringLiteral("shoplifting")) && replaced.contains(QStringLiteral("assault"))
                     && !replaced.contains(QStringLiteral("robbery")) && !replaced.contains(QStringLiteral("trespass")),
                 qPrintable(replaced.join(u',')));
        // Once a general procedure is in force, a new version of it replaces nothing built in: no question.
        QCOMPARE(as(QStringLiteral("admin"), general).exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("sop"), QStringLiteral("publish"), QStringLiteral("burglary"),
                     QStringLiteral("--file"), file(robbery)})
                     .exitCode,
                 0);
        QCOMPARE(
            show(QStringLiteral("ivy"),
                 {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("trespass")})[QLatin1String("title")]
                .toString(),
            QStringLiteral("House rules"));
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sop_published'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        // Versions are append-only; one changed behind the triggers is refused, not shown.
        QVERIFY(!q.exec(QStringLiteral("UPDATE sops SET immediate = 'Resist.' WHERE type = 'robbery'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM sops WHERE type = 'robbery'")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER sops_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sops SET immediate = 'Resist.' WHERE type = 'robbery' AND version = 2")));
        // The changed version is never shown: version 1 stands in for it, with the refusal; asked for, it exits 4.
        const test::ProcessRun tampered
            = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")});
        QCOMPARE(tampered.exitCode, 0);
        QVERIFY2(tampered.out.startsWith("Version 2 REFUSED: Version 2 of the procedure for robbery was changed after "
                                         "it was published.")
                     && !tampered.out.contains("Resist."),
                 qPrintable(tampered.describe()));
        const test::ProcessRun asked = as(QStringLiteral("ivy"),
                                          {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery"),
                                           QStringLiteral("--version"), QStringLiteral("2")});
        QCOMPARE(asked.exitCode, 4);
        QVERIFY2(asked.err.contains("changed after it was published"), qPrintable(asked.describe()));
        // The history still lists every version, the changed one marked, so an examiner sees what was done.
        const QJsonArray marked
            = json(QStringLiteral("aud"), {QStringLiteral("sop"), QStringLiteral("history"), QStringLiteral("robbery")})
                  .array();
        QCOMPARE(marked.size(), 2);
        QVERIFY(!marked[0].toObject()[QLatin1String("verified")].toBool());
        QVERIFY(marked[1].toObject()[QLatin1String("verified")].toBool());
        QVERIFY(q.exec(QStringLiteral("UPDATE sops SET immediate = 'Comply.' WHERE type = 'robbery' AND version = 2")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER sops_append_only_update BEFORE UPDATE ON sops BEGIN SELECT "
                                      "RAISE(ABORT, 'a published procedure version cannot change'); END")));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")})
                     .exitCode,
                 0);
        // A version written into the table with a correct hash (the hash has no key) but never published: the audit
        // chain has no record of it, so it is refused too.
        Sop forged;
        forged.type = QStringLiteral("robbery");
        forged.version = 3;
        forged.title = QStringLiteral("Robbery");
        forged.immediate = QStringLiteral("Chase them.");
        forged.reporting = QStringLiteral("No need.");
        forged.preserve = QStringLiteral("Nothing.");
        forged.createdAt = QStringLiteral("2026-01-02T00:00:00.000Z");
        forged.createdBy = QStringLiteral("admin");
        forged.sha256 = SopLibrary::hash(forged);
        q.prepare(QStringLiteral("INSERT INTO sops (type, version, title, immediate, reporting, preserve, sha256, "
                                 "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(forged.type), QVariant(forged.version), QVariant(forged.title),
                                  QVariant(forged.immediate), QVariant(forged.reporting), QVariant(forged.preserve),
                                  QVariant(forged.sha256), QVariant(forged.createdAt), QVariant(forged.createdBy)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const test::ProcessRun inserted
            = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")});
        QCOMPARE(inserted.exitCode, 0); // version 2 stands in
        QVERIFY2(inserted.out.startsWith("Version 3 REFUSED: Version 3 of the procedure for robbery is not in the "
                                         "audit log")
                     && !inserted.out.contains("Chase them."),
                 qPrintable(inserted.describe()));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER sops_append_only_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sops WHERE type = 'robbery' AND version = 3")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER sops_append_only_delete BEFORE DELETE ON sops BEGIN SELECT "
                                      "RAISE(ABORT, 'a published procedure version cannot be deleted'); END")));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")})
                     .exitCode,
                 0);

        // The case's checklist, ticked off from what it holds (the KPI's definitions). c1 has everything.
        QJsonObject c1 = show(QStringLiteral("lee"),
                              {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("LPD-2026-0001")});
        QCOMPARE(c1[QLatin1String("type")].toString(), QStringLiteral("shoplifting"));
        QVERIFY(c1[QLatin1String("complete")].toBool());
        QCOMPARE(c1[QLatin1String("items")].toArray().size(), 4);
        // The procedure it was worked under: opened in January, before anything was published, so the built-in
        // one; the general version published since is named as newer.
        const QJsonObject worked = c1[QLatin1String("procedure")].toObject();
        QCOMPARE(worked[QLatin1String("version")].toInt(), 0);
        QCOMPARE(worked[QLatin1String("title")].toString(), QStringLiteral("Shoplifting"));
        const QJsonObject newer = c1[QLatin1String("newer_procedure")].toObject();
        QCOMPARE(newer[QLatin1String("type")].toString(), QStringLiteral("*"));
        QCOMPARE(newer[QLatin1String("version")].toInt(), 2);
        QCOMPARE(newer[QLatin1String("title")].toString(), QStringLiteral("House rules"));
        const test::ProcessRun words
            = as(QStringLiteral("lee"), {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("c1")});
        QVERIFY2(words.out.contains("in force when the case was opened") && words.out.contains("(built in)")
                     && words.out.contains("A newer procedure is in force now: House rules"),
                 qPrintable(words.describe()));
        // c2 (robbery: clip and statement): its clip misses the incident and there is no statement.
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("kpi"), QStringLiteral("checklist"), QStringLiteral("robbery"),
                     QStringLiteral("clip"), QStringLiteral("statement")})
                     .exitCode,
                 0);
        QJsonObject c2 = show(QStringLiteral("ivy"),
                              {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("LPD-2026-0002")});
        QCOMPARE(c2[QLatin1String("type")].toString(), QStringLiteral("robbery"));
        QVERIFY(!c2[QLatin1String("complete")].toBool());
        const QJsonArray items = c2[QLatin1String("items")].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject()[QLatin1String("item")].toString(), QStringLiteral("clip"));
        QVERIFY(!items[0].toObject()[QLatin1String("done")].toBool());
        // Once the recorder's clock is known to run 10 minutes fast, the clip covers the robbery.
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET clock_offset = 600 WHERE id = 'm2'")));
        c2 = show(QStringLiteral("ivy"),
                  {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("LPD-2026-0002")});
        QVERIFY(c2[QLatin1String("items")].toArray()[0].toObject()[QLatin1String("done")].toBool());
        QVERIFY(!c2[QLatin1String("complete")].toBool());
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET clock_offset = NULL WHERE id = 'm2'")));
        // Auditors see figures, not cases.
        QCOMPARE(as(QStringLiteral("aud"),
                    {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("LPD-2026-0001")})
                     .exitCode,
                 3);
    }

    void retentionAndHold()
    {
        const QStringList purgeDry {QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run")};
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("shoplifting"),
                     QStringLiteral("30")})
                     .exitCode,
                 3);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("shoplifting"),
                     QStringLiteral("30")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("robbery"),
                     QStringLiteral("60"), QStringLiteral("--from"), QStringLiteral("closure")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("case"), QStringLiteral("hold"), QStringLiteral("LPD-2026-0001"),
                     QStringLiteral("--reason"), QStringLiteral("civil suit pending")})
                     .exitCode,
                 0);
        auto byId = [](const QJsonArray& items) {
            QMap<QString, QJsonObject> out;
            for (const QJsonValue& v : items)
                out.insert(v.toObject()[QLatin1String("id")].toString(), v.toObject());
            return out;
        };
        auto plan = byId(json(QStringLiteral("admin"), purgeDry).array());
        // m1 (c1, held and in a pending release), m3 (its trim, held), m2 (c2 open; robbery counts from closure, and
        // c2 is not closed: not expired), m4 (b3, no case): purgeable.
        QVERIFY(plan.contains(QStringLiteral("m1")));
        QVERIFY(!plan[QStringLiteral("m1")][QLatin1String("blocked")].isNull());
        QVERIFY(!plan[QStringLiteral("m3")][QLatin1String("blocked")].isNull());
        QVERIFY(!plan.contains(QStringLiteral("m2")));
        QVERIFY(plan[QStringLiteral("m4")][QLatin1String("blocked")].isNull());
        QVERIFY(QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m4.lpenc")));

        const test::ProcessRun purge
            = as(QStringLiteral("admin"), {QStringLiteral("retention"), QStringLiteral("purge")});
        QVERIFY2(purge.exitCode == 0, qPrintable(purge.describe()));
        QVERIFY(!QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m4.lpenc")));
        QVERIFY(QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m1.lpenc")));
        QVERIFY(QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m3.lpenc")));
        {
            QSqlDatabase db = m_admin->connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT sha256, plaintext_size, purged_at FROM media WHERE id = 'm4'")));
            QVERIFY(q.next()); // the tombstone keeps id, hash and size
            QCOMPARE(q.value(1).toInt(), 9);
            QVERIFY(!q.value(2).isNull());
        }
        QVERIFY(as(QStringLiteral("aud"), {QStringLiteral("audit"), QStringLiteral("show")})
                    .out.contains("evidence_purged"));

        // Only legal or admin lifts a hold, with a reason.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("case"), QStringLiteral("unhold"), QStringLiteral("c1"), QStringLiteral("--reason"),
                     QStringLiteral("x")})
                     .exitCode,
                 3);
        QCOMPARE(as(QStringLiteral("lee"), {QStringLiteral("case"), QStringLiteral("unhold"), QStringLiteral("c1")})
                     .exitCode,
                 2);
        QCOMPARE(as(QStringLiteral("lee"),
                    {QStringLiteral("case"), QStringLiteral("unhold"), QStringLiteral("c1"), QStringLiteral("--reason"),
                     QStringLiteral("suit settled")})
                     .exitCode,
                 0);
        // m1 is still in the pending release: kept; its trim m3 goes.
        plan = byId(json(QStringLiteral("admin"), purgeDry).array());
        QVERIFY(plan[QStringLiteral("m1")][QLatin1String("blocked")].toString().contains(QLatin1String("release")));
        QVERIFY(plan[QStringLiteral("m3")][QLatin1String("blocked")].isNull());
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("retention"), QStringLiteral("purge")}).exitCode, 0);
        QVERIFY(!QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m3.lpenc")));
        QVERIFY(QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/m1.lpenc")));
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c1")})
                    .out.contains("purged"));
        const test::ProcessRun check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    }

    // Request templates: built in per kind, published by admins (versioned, audited, placeholders checked), filling
    // a new request; the response letter rendered from a request's fields and the release that fulfils it.
    void requestTemplates()
    {
        auto obj = [&](const QString& user, const QStringList& args) { return json(user, args).object(); };
        const QString le = QStringLiteral("le-request");
        const QString tpl = QStringLiteral("template");
        QCOMPARE(json(QStringLiteral("aud"), {le, tpl, QStringLiteral("list")}).array().size(), 5);
        const QJsonObject subpoena
            = obj(QStringLiteral("ivy"), {le, tpl, QStringLiteral("show"), QStringLiteral("subpoena")});
        QCOMPARE(subpoena[QLatin1String("version")].toInt(), 0);
        QCOMPARE(subpoena[QLatin1String("due_days")].toInt(), 14);
        QVERIFY(!subpoena[QLatin1String("legal_basis")].toString().isEmpty());
        QVERIFY(subpoena[QLatin1String("letter")].toString().contains(QLatin1String("{releases}")));

        // A template fills the kind, the due date (from the date received), the legal basis and what is asked;
        // what is given wins; it is remembered with its version.
        auto add = [&](const QStringList& more) {
            const test::ProcessRun r
                = as(QStringLiteral("ivy"),
                     QStringList {le, QStringLiteral("add"), QStringLiteral("--agency"), QStringLiteral("Lakeview PD"),
                                  QStringLiteral("--received"), QStringLiteral("2026-03-01")}
                         + more);
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.describe()));
            return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString::number(r.exitCode);
        };
        const QString filled = add({QStringLiteral("--template"), QStringLiteral("subpoena")});
        QJsonObject r = obj(QStringLiteral("lee"), {le, QStringLiteral("show"), filled});
        QCOMPARE(r[QLatin1String("kind")].toString(), QStringLiteral("subpoena"));
        QCOMPARE(r[QLatin1String("due_at")].toString(), QStringLiteral("2026-03-15T00:00:00.000Z"));
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), subpoena[QLatin1String("legal_basis")].toString());
        QCOMPARE(r[QLatin1String("asked")].toObject()[QLatin1String("text")].toString(),
                 subpoena[QLatin1String("asked")].toString());
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("name")].toString(), QStringLiteral("subpoena"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 0);
        const QString own = add({QStringLiteral("--template"), QStringLiteral("subpoena"), QStringLiteral("--basis"),
                                 QStringLiteral("Grand jury subpoena 26-114"), QStringLiteral("--due"),
                                 QStringLiteral("2026-03-05")});
        r = obj(QStringLiteral("lee"), {le, QStringLiteral("show"), own});
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), QStringLiteral("Grand jury subpoena 26-114"));
        QCOMPARE(r[QLatin1String("due_at")].toString(), QStringLiteral("2026-03-05T00:00:00.000Z"));
        QCOMPARE(add({QStringLiteral("--template"), QStringLiteral("subpoena"), QStringLiteral("--kind"),
                      QStringLiteral("warrant")}),
                 QStringLiteral("2"));
        QCOMPARE(add({QStringLiteral("--template"), QStringLiteral("nosuch")}), QStringLiteral("1"));
        // Without a template nothing is filled: no due date.
        QVERIFY(obj(QStringLiteral("lee"),
                    {le, QStringLiteral("show"),
                     add({QStringLiteral("--kind"), QStringLiteral("informal")})})[QLatin1String("due_at")]
                    .isNull());

        // Admins publish; the letter may use only the request's fields.
        auto file = [&](const QByteArray& body) {
            const QString path = m_dir.filePath(QStringLiteral("template.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
                qWarning("cannot write %s", qPrintable(path));
            return path;
        };
        const QByteArray county
            = R"j({"kind": "subpoena", "title": "County subpoena", "due_days": 10, "legal_basis": "County subpoena, section 12", "asked": "Footage and POS", "letter": "To {agency} ({officer}), ref {reference}: the {kind} received {received}, due {due}.\nProduced:\n{releases}\n{author}"})j";
        const QStringList set {le, tpl, QStringLiteral("set"), QStringLiteral("county")};
        QCOMPARE(as(QStringLiteral("ivy"), set + QStringList {QStringLiteral("--file"), file(county)}).exitCode, 3);
        const test::ProcessRun badge = as(
            QStringLiteral("admin"),
            set + QStringList {QStringLiteral("--file"), file(QByteArray(county).replace("{officer}", "{badge}"))});
        QCOMPARE(badge.exitCode, 2);
        QVERIFY2(badge.err.contains("{badge}"), qPrintable(badge.describe()));
        QCOMPARE(as(QStringLiteral("admin"),
                    set
                        + QStringList {QStringLiteral("--file"),
                                       file(QByteArray(county).replace("\"asked\"", "\"script\""))})
                     .exitCode,
                 2);
        QCOMPARE(as(QStringLiteral("admin"),
                    set
                        + QStringList {QStringLiteral("--file"),
                                       file(QByteArray(county).replace("County subpoena, section 12", ""))})
                     .exitCode,
                 2); // a subpoena template needs its legal basis
        const QJsonObject published
            = obj(QStringLiteral("admin"), set + QStringList {QStringLiteral("--file"), file(county)});
        QCOMPARE(published[QLatin1String("version")].toInt(), 1);
        QCOMPARE(published[QLatin1String("created_by")].toString(), QStringLiteral("admin"));
        QCOMPARE(json(QStringLiteral("aud"), {le, tpl, QStringLiteral("list")}).array().size(), 6);
        r = obj(QStringLiteral("lee"),
                {le, QStringLiteral("show"), add({QStringLiteral("--template"), QStringLiteral("county")})});
        QCOMPARE(r[QLatin1String("due_at")].toString(), QStringLiteral("2026-03-11T00:00:00.000Z"));
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), QStringLiteral("County subpoena, section 12"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 1);
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'le_template_published'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Append-only; a version changed behind the triggers is refused.
        QVERIFY(!q.exec(QStringLiteral("UPDATE le_request_templates SET due_days = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM le_request_templates")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER le_request_templates_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE le_request_templates SET due_days = 1 WHERE name = 'county'")));
        QCOMPARE(as(QStringLiteral("ivy"), {le, tpl, QStringLiteral("show"), QStringLiteral("county")}).exitCode, 4);
        QVERIFY(q.exec(QStringLiteral("UPDATE le_request_templates SET due_days = 10 WHERE name = 'county'")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER le_request_templates_append_only_update BEFORE UPDATE ON le_request_templates BEGIN SELECT "
            "RAISE(ABORT, 'a published request template version cannot change'); END")));

        // The letter of the Chicago subpoena, once a release of it was exported: the request's fields in the store's
        // zone (its case is at store-a, Chicago), the case, the release with its hashes.
        QVERIFY(q.exec(QStringLiteral("UPDATE releases SET state = 'exported', exported_at = "
                                      "'2026-01-08T15:00:00.000Z', package_id = 'pkg-77', manifest_sha256 = 'feed77' "
                                      "WHERE le_request_id = '%1'")
                           .arg(m_leRequest)));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM releases WHERE le_request_id = '%1'").arg(m_leRequest))
                && q.next());
        const QString releaseId = q.value(0).toString();
        q.finish();
        const QString out = m_dir.filePath(QStringLiteral("letter.txt"));
        QCOMPARE(as(QStringLiteral("aud"), {le, QStringLiteral("letter"), m_leRequest}).exitCode, 3);
        const test::ProcessRun letter
            = as(QStringLiteral("lee"), {le, QStringLiteral("letter"), m_leRequest, QStringLiteral("--out"), out});
        QVERIFY2(letter.exitCode == 0, qPrintable(letter.describe()));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        for (const QString& want :
             {QStringLiteral("Chicago PD"), QStringLiteral("Attn: Det. Ruiz"),
              QStringLiteral("Your reference: SP-2026-114"),
              QStringLiteral("Re: subpoena received 2026-01-06 18:00:00 -06:00 (America/Chicago)"),
              QStringLiteral("due by 2026-01-20 18:00:00 -06:00 (America/Chicago)"),
              QStringLiteral("Subpoena duces tecum"), QStringLiteral("Our cases: LPD-2026-0001"),
              QStringLiteral("Release %1, exported on 2026-01-08 09:00:00 -06:00 (America/Chicago)").arg(releaseId),
              QStringLiteral("package pkg-77, manifest SHA-256 feed77"), QStringLiteral("Stores: store-a"),
              QStringLiteral("\nlee\n")})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(u'{'), qPrintable(text));
        // --json: the template used and the letter's hash; another template of the same kind on request.
        QJsonObject j = obj(QStringLiteral("lee"), {le, QStringLiteral("letter"), m_leRequest});
        QCOMPARE(j[QLatin1String("template")].toString(), QStringLiteral("subpoena"));
        QCOMPARE(j[QLatin1String("sha256")].toString(), Sha256::hashHex(text.toUtf8()));
        j = obj(QStringLiteral("ivy"),
                {le, QStringLiteral("letter"), m_leRequest, QStringLiteral("--template"), QStringLiteral("county")});
        QCOMPARE(j[QLatin1String("template_version")].toInt(), 1);
        QVERIFY2(j[QLatin1String("text")].toString().startsWith(QStringLiteral(
                     "To Chicago PD (Det. Ruiz), ref SP-2026-114: the subpoena received 2026-01-06 18:00:00 -06:00")),
                 qPrintable(j[QLatin1String("text")].toString()));
        QCOMPARE(
            as(QStringLiteral("ivy"),
               {le, QStringLiteral("letter"), m_leRequest, QStringLiteral("--template"), QStringLiteral("exigent")})
                .exitCode,
            2);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'le_letter_written'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    // The KPI and the case's checklist agree on what a case holds (every incident of it, whatever --store or the
    // period says) and on its type when incidents share a detection time (the lower incident id first); a case
    // opened after a procedure was published is worked under that version.
    void kpiAndChecklistAgree()
    {
        QSqlQuery q(m_admin->connection());
        for (const char* s : {"INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                              "('store-x', 'X', 'UTC', "
                              "'folder', '/x', '2025-01-01T00:00:00.000Z')",
                              "INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                              "('store-y', 'Y', 'UTC', "
                              "'folder', '/y', '2025-01-01T00:00:00.000Z')"})
            QVERIFY2(q.exec(QLatin1String(s)), qPrintable(q.lastError().text()));
        // x2 (robbery) is written before x1 (shoplifting), at the same moment: the case is a shoplifting case by id.
        // The suspect is described only on y1, at the other store, a week later (outside the period asked for).
        const char* const incident
            = "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, "
              "register_id, suspects_json, raw_json, raw_sha256, received_at, source) VALUES ('%1', '%2', '%3', 3, "
              "'staff_report', '%4', '%4', NULL, '%5', '{}', '', '%4', 'test')";
        struct Row
        {
            const char *id, *store, *type, *at, *suspects;
        };
        for (const Row& i :
             {Row {"x2", "store-x", "robbery", "2026-03-10T12:00:00.000Z", "[]"},
              Row {"x1", "store-x", "shoplifting", "2026-03-10T12:00:00.000Z", "[]"},
              Row {"y1", "store-y", "shoplifting", "2026-03-17T12:00:00.000Z", "[{\"build\":\"tall\"}]"}})
            QVERIFY2(q.exec(QString::fromLatin1(incident).arg(QLatin1String(i.id), QLatin1String(i.store),
                                                              QLatin1String(i.type), QLatin1String(i.at),
                                                              QLatin1String(i.suspects))),
                     qPrintable(q.lastError().text()));
        // Opened after every procedure was published (the clock of this test is the real one).
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                      "updated_at) VALUES ('c9', 9, 'case 9', 'open', '2030-01-01T00:00:00.000Z', "
                                      "'ivy', '2030-01-01T00:00:00.000Z')")));
        for (const char* i : {"x2", "x1", "y1"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO case_incidents VALUES ('c9', '%1', '2030-01-01T00:00:00.000Z', "
                                          "'ivy')")
                               .arg(QLatin1String(i))));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, requested_by, "
            "requested_by_id, requested_at, decided_at, exported_at) VALUES ('r9', 'c9', 'exported', 'usb', 'n', "
            "'[]', '', 'ivy', 'ivy', '2026-03-11T00:00:00.000Z', '2026-03-11T01:00:00.000Z', "
            "'2026-03-11T12:00:00.000Z')")));
        for (const QStringList& list : {QStringList {QStringLiteral("shoplifting"), QStringLiteral("suspect")},
                                        QStringList {QStringLiteral("robbery"), QStringLiteral("statement")}})
            QCOMPARE(
                as(QStringLiteral("admin"), QStringList {QStringLiteral("kpi"), QStringLiteral("checklist")} + list)
                    .exitCode,
                0);
        const QJsonObject checklist
            = json(QStringLiteral("ivy"), {QStringLiteral("case"), QStringLiteral("checklist"), QStringLiteral("c9")})
                  .object();
        QCOMPARE(checklist[QLatin1String("type")].toString(), QStringLiteral("shoplifting"));
        QVERIFY(checklist[QLatin1String("complete")].toBool());
        // Worked under the general procedure published before it was opened; nothing newer.
        QCOMPARE(checklist[QLatin1String("procedure")].toObject()[QLatin1String("title")].toString(),
                 QStringLiteral("House rules"));
        QVERIFY(checklist[QLatin1String("newer_procedure")].isNull());
        // Another case opened on x3, detected at the same moment as x1: the drill-down lists the cases in detection
        // order and, at equal times, by id — every time (a hash's order differs from one run to the next).
        QVERIFY(q.exec(QString::fromLatin1(incident).arg(
            QStringLiteral("x3"), QStringLiteral("store-x"), QStringLiteral("robbery"),
            QStringLiteral("2026-03-10T12:00:00.000Z"), QStringLiteral("[]"))));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                      "updated_at) VALUES ('c8', 8, 'case 8', 'open', '2030-01-01T00:00:00.000Z', "
                                      "'ivy', '2030-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_incidents VALUES ('c8', 'x3', '2030-01-01T00:00:00.000Z', "
                                      "'ivy')")));
        const QStringList march {QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                                 QStringLiteral("--to"), QStringLiteral("2026-03-10")};
        for (int run = 0; run < 6; ++run) {
            const QJsonObject k
                = json(QStringLiteral("aud"),
                       march
                           + (run % 2 ? QStringList {QStringLiteral("--store"), QStringLiteral("store-x")}
                                      : QStringList {}))
                      .object();
            QCOMPARE(k[QLatin1String("cases")].toInt(), 2);
            QCOMPARE(k[QLatin1String("reported")].toInt(), 1);
            QCOMPARE(k[QLatin1String("evidence_completeness")].toDouble(), 1.0);
            QCOMPARE(k[QLatin1String("case_ids")].toVariant().toStringList(),
                     QStringList({QStringLiteral("c8"), QStringLiteral("c9")}));
        }
        QCOMPARE(
            json(QStringLiteral("aud"), {QStringLiteral("kpi"), QStringLiteral("--store"), QStringLiteral("store-x")})
                .object()[QLatin1String("evidence_completeness")]
                .toDouble(),
            1.0);
        // The case belongs to its earliest incident's store: none at store-y.
        QCOMPARE(
            json(QStringLiteral("aud"), {QStringLiteral("kpi"), QStringLiteral("--store"), QStringLiteral("store-y")})
                .object()[QLatin1String("cases")]
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestProgram)
#include "TestProgram.moc"
