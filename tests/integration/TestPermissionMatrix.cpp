// The permission table (core/auth/Permissions.cpp) against the product: every lpdesk-cli command run as every
// role — the commands and the roles that may run them come from `lpdesk-cli permissions --json`, which prints the
// table itself, so nothing here is written twice. Each command gets valid arguments (argumentsOf: a case, an
// incident, a release, a clip, a statement, a police request… of one shared test::World), so a role the table allows
// reaches the service: exit 0 or a domain error, never exit 3, a permission message or a usage error (exit 2 with
// "Try 'lpdesk-cli --help'"); a refused role must exit 3 with core's message naming the row's action and roles.
// Every disagreeing run is listed. TestCorePermissions calls the services directly, as each role. The reads that used
// to be checked only in the CLI and GUI (custody, audit, quarantine, the recipient key) are then called in core
// directly, as each role. That the table itself is the documented one (docs/cli.md, "who") is checked by
// check_cli_doc.py (CTest cli_doc).
#include "TestSupport.h"
#include "World.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "custody/ChainReader.h"
#include "db/UserDirectory.h"
#include "store/StoreRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

const QMap<Role, QString> userOf {{Role::Admin, QStringLiteral("admin")},
                                  {Role::Investigator, QStringLiteral("ivy")},
                                  {Role::Legal, QStringLiteral("lee")},
                                  {Role::Auditor, QStringLiteral("aud")}};

QString passOf(Role role)
{
    return userOf.value(role) + QStringLiteral(" pass");
}

// Valid arguments of every command that opens a database, with the world's ids in braces ({role}: the role running
// it, for files each run writes). A command missing here fails the matrix.
struct ArgumentTemplate
{
    const char* command;
    const char* arguments;
};

const ArgumentTemplate ArgumentTemplates[] = {
    {"whoami", ""},
    {"passwd", ""},
    {"my-work", ""},
    {"user add", "new-{role} --role auditor"},
    {"user remove", "gone"},
    {"user set-role", "temp --role auditor"},
    {"user confirm-role", "temp"},
    {"user list", ""},
    {"user policy", ""},
    {"key show", ""},
    {"key export-recipient", "{dir}/recipient-{role}.txt"},
    {"key export-ca", "{dir}/ca-{role}.pem"},
    {"key export-crl", "{dir}/crl-{role}.pem"},
    {"key restore-crl", ""},
    {"key confirm-ca", "{ca-sha}"},
    {"db check", ""},
    {"db backup", "{dir}/backup-{role}.lpdb"},
    {"db rekey", "--recipient-out {dir}/rekeyed-{role}.txt"},
    {"db reencrypt", "--list"},
    {"db anchor", ""},
    {"audit show", "--limit 5"},
    {"audit verify", ""},
    {"audit export", "{dir}/audit-{role}.pdf"},
    {"tsa", ""},
    {"redaction reasons", ""},
    {"settings idle-lock", ""},
    {"settings followup-check", ""},
    {"settings exigent-signoff", ""},
    {"store add", "new-{role} --path {dir}"},
    {"store list", ""},
    {"store pos-id", "{store}"},
    {"store region", "{store} north"},
    {"pull", ""},
    {"quarantine list", ""},
    {"incidents list", ""},
    {"incidents show", "{incident}"},
    {"incidents hold", "{incident} --reason matrix"},
    {"incidents unhold", "{incident} --reason matrix"},
    {"search", "store"},
    {"case new", "--title Matrix --incident {incident}"},
    {"case add-incident", "{spare} {incident}"},
    {"case remove-incident", "{spare} {incident}"},
    {"case status", "{spare} open"},
    {"case assign", "{case} ivy"},
    {"case tags", "{case} matrix"},
    {"case note", "{case} matrix"},
    {"case list", ""},
    {"case show", "{case}"},
    {"case checklist", "{case}"},
    {"case hold", "{case} --reason matrix"},
    {"case unhold", "{case} --reason matrix"},
    {"camera offset", "{store} - 0 --reason matrix"},
    {"media list", "{case}"},
    {"media at", "{case} 2026-03-14T12:00:00Z"},
    {"media export", "{media} --out {dir}/media-{role}.bin --case {case}"},
    {"media import", "{text} --case {case} --source matrix"},
    {"trim", "{media} --from 0 --to 1 --mode copy --case {case}"},
    {"frame", "{media} --at 0.5 --out {dir}/frame-{role}.png --case {case}"},
    {"redact", "{media} --plan {plan} --case {case}"},
    {"redact suggest", "{media} --out {dir}/suggest-{role}.json --detect plates --case {case}"},
    {"redact track", "{media} --box 0.5,10,10,40,40 --out {dir}/track-{role}.json --case {case}"},
    {"custody show", "{case}"},
    {"custody verify", "{case}"},
    {"pos import", "--pulled"},
    {"pos link", "{case}"},
    {"pos nearby", "{case}"},
    {"pos list", "{case}"},
    {"pos show", "no-such-transaction"},
    {"statement add", "{case} --author Ann --text-file {text}"},
    {"statement edit", "{statement} --author Bob"},
    {"statement sign", "{statement}"},
    {"statement correct", "{statement} --author Cy"},
    {"statement list", "{case}"},
    {"statement show", "{statement}"},
    {"release request", "{case} --all --purpose usb --note matrix"},
    {"release list", ""},
    {"release show", "{release}"},
    {"release approve", "{release} --note matrix"},
    {"release reject", "{release} --note matrix"},
    {"export", "{release} --out {dir}/package-{role}.zip"},
    {"agency add", "cpd-{role} --url https://127.0.0.1:9/ --system-trust"},
    {"agency remove", "no-such-agency"},
    {"agency list", ""},
    {"agency test", "no-such-agency"},
    {"submit", "{release} --agency no-such-agency --wait 0"},
    {"outbox run", "--wait 0"},
    {"outbox cancel", "no-such-submission"},
    {"outbox followups", ""},
    {"outbox list", ""},
    {"shell", "--file {empty}"},
    {"le-request add", "--kind informal --agency Matrix"},
    {"le-request link", "{le-request} {case}"},
    {"le-request attach", "{le-request} {text}"},
    {"le-request close", "{le-request} --reason matrix"},
    {"le-request sign", "{le-request} --note matrix"},
    {"le-request list", ""},
    {"le-request show", "{le-request}"},
    {"le-request letter", "{le-request} --out {dir}/letter-{role}.txt"},
    {"le-request template list", ""},
    {"le-request template history", "informal"},
    {"le-request template show", "informal"},
    {"le-request template set", "informal --file {template}"},
    {"followup add", "{case} --kind contact --at 2026-03-14T12:00:00Z"},
    {"followup list", "{case}"},
    {"kpi", ""},
    {"kpi cases", "--kpi cases"},
    {"kpi checklist", "* clip"},
    {"kpi rebuild", ""},
    {"sop list", ""},
    {"sop show", "*"},
    {"sop history", "*"},
    {"sop publish", "shoplifting --file {sop}"},
    {"hold list", ""},
    {"retention show", ""},
    {"retention set", "original 3650 --evidence"},
    {"retention purge", "--dry-run"},
};

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::World m_world;
    QMap<QString, QString> m_ids; // placeholder -> value, for argumentTemplates

    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            QTest::qFail(qPrintable(f.fileName()), __FILE__, __LINE__);
        return f.fileName();
    }

    // A command and its argument template, as one argument list with the world's ids in place of {placeholders}.
    QStringList expand(const QString& line, Role role) const
    {
        QStringList out;
        for (QString word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word.replace(QStringLiteral("{role}"), roleName(role));
            for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
                word.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
            out << word;
        }
        return out;
    }

    static const QHash<QString, QString>& argumentsOf()
    {
        static const QHash<QString, QString> map = [] {
            QHash<QString, QString> m;
            for (const ArgumentTemplate& a : ArgumentTemplates)
                m.insert(QString::fromUtf8(a.command), QString::fromUtf8(a.arguments));
            return m;
        }();
        return map;
    }

    // A role the table allows gets past every permission check and reaches the service: exit 0 or a domain error
    // (1, 3 or 4, or 2 without usage text), never the table's refusal or a usage error.
    static QString problemOfAllowed(const test::ProcessRun& run)
    {
        if (run.crashed)
            return QStringLiteral("crashed or hung");
        // Exit 3 may be the domain's own refusal (a release goes out once; approved for another purpose), never the
        // table's, for this or any other action the command needs on the way.
        if (run.err.contains("Permission denied"))
            return QStringLiteral("the table refused a role it allows this command");
        if (run.exitCode == 2 && run.err.contains("Try 'lpdesk-cli --help'"))
            return QStringLiteral("a usage error: the matrix's arguments (argumentTemplates) are wrong");
        return {};
    }

    // Any other role is refused before anything happens: exit 3 and core's message naming the user, the role, the
    // row's action in words and the roles the row names, in the table's order.
    static QString problemOfRefused(const test::ProcessRun& run, Role role, const QJsonObject& row)
    {
        QStringList roles;
        for (const QJsonValue& r : row.value(QLatin1String("roles")).toArray())
            roles << r.toString();
        const QString expected
            = QStringLiteral("lpdesk-cli: Permission denied: %1 (%2) may not %3 (allowed: %4).")
                  .arg(userOf.value(role), roleName(role), row.value(QLatin1String("description")).toString(),
                       roles.join(QStringLiteral(", ")));
        if (run.crashed)
            return QStringLiteral("crashed or hung");
        if (run.exitCode != 3)
            return QStringLiteral("exit %1, not 3, for a role the table refuses").arg(run.exitCode);
        // key confirm-ca unlocks the database with the CA to confirm: CaseDatabase::open refuses anyone but an
        // administrator then, in its own words, before the table is asked.
        if (run.err.contains("Only an administrator confirms the organisation CA certificate."))
            return {};
        if (!QString::fromUtf8(run.err).split(QLatin1Char('\n')).contains(expected))
            return QStringLiteral("stderr lacks the line: %1").arg(expected);
        if (!run.out.trimmed().isEmpty())
            return QStringLiteral("refused, yet it printed a result");
        return {};
    }

    test::ProcessRun as(Role role, const QString& command)
    {
        auto env = m_world.env(userOf.value(role));
        // passwd and user add read a new passphrase; give them the same one so the matrix changes nothing.
        env.insert(QStringLiteral("LPDESK_NEW_PASSPHRASE"), env.value(QStringLiteral("LPDESK_PASSPHRASE")));
        return test::cli(expand(command + QLatin1Char(' ') + argumentsOf().value(command), role), env, QByteArray(),
                         300000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // the four roles, and two people for the administrator to change and remove
        QVERIFY(m_world.build(m_dir.filePath(QStringLiteral("world")),
                              {.people = {{userOf.value(Role::Investigator), Role::Investigator},
                                          {userOf.value(Role::Legal), Role::Legal},
                                          {userOf.value(Role::Auditor), Role::Auditor},
                                          {QStringLiteral("gone"), Role::Investigator},
                                          {QStringLiteral("temp"), Role::Investigator}},
                               .incidents = 2,
                               .clipSeconds = 2,
                               .puller = userOf.value(Role::Investigator)}));
        const QString ivy = userOf.value(Role::Investigator);
        m_ids.insert(QStringLiteral("dir"), m_dir.path());
        m_ids.insert(QStringLiteral("store"), m_world.store());
        const QString incident = test::firstIncident(m_world.db, ivy, {QStringLiteral("--has-media")});
        QVERIFY(!incident.isEmpty());
        m_ids.insert(QStringLiteral("incident"), incident);
        m_ids.insert(QStringLiteral("case"), test::newCase(m_world.db, ivy, QStringLiteral("Matrix"), incident));
        m_ids.insert(QStringLiteral("spare"), test::newCase(m_world.db, ivy, QStringLiteral("Spare"), incident));
        const auto media = m_world.as(ivy,
                                      {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"),
                                       m_ids.value(QStringLiteral("case"))});
        m_ids.insert(
            QStringLiteral("media"),
            QJsonDocument::fromJson(media.out).array().first().toObject().value(QLatin1String("id")).toString());
        QVERIFY2(!m_ids.value(QStringLiteral("media")).isEmpty(), qPrintable(media.describe()));
        m_ids.insert(QStringLiteral("text"), write(QStringLiteral("statement.txt"), "I saw it.\n"));
        m_ids.insert(QStringLiteral("empty"), write(QStringLiteral("empty.txt"), ""));
        m_ids.insert(QStringLiteral("plan"),
                     write(QStringLiteral("plan.json"),
                           R"({"version":1,"regions":[{"id":"r1","style":"pixelate","reason":"bystander",)"
                           R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.3,"h":0.3}]}]})"));
        m_ids.insert(QStringLiteral("template"),
                     write(QStringLiteral("template.json"),
                           R"({"kind":"informal","title":"Informal","due_days":10,"legal_basis":"none",)"
                           R"("asked":"Footage","letter":"To {agency}."})"));
        m_ids.insert(QStringLiteral("sop"),
                     write(QStringLiteral("sop.json"),
                           R"({"title":"Matrix","immediate":"Stay safe","reporting":"Tell LP","preserve":"All"})"));
        // what the investigator makes: a statement, a release, a police request
        const QList<QPair<QString, QString>> made {
            {QStringLiteral("statement"), QStringLiteral("statement add {case} --author Ann --text-file {text}")},
            {QStringLiteral("release"), QStringLiteral("release request {case} --all --purpose usb --note matrix")},
            {QStringLiteral("le-request"), QStringLiteral("le-request add --kind informal --agency Matrix")}};
        for (const auto& [id, command] : made) {
            const auto run = m_world.as(ivy, expand(command, Role::Investigator));
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            m_ids.insert(id, QString::fromUtf8(run.out).trimmed());
        }
        QVERIFY(m_world.exportCa(m_dir.filePath(QStringLiteral("org-ca.pem"))));
        QFile ca(m_dir.filePath(QStringLiteral("org-ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        m_ids.insert(QStringLiteral("ca-sha"),
                     QString::fromLatin1(QCryptographicHash::hash(ca.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void everyCommandAsEveryRole()
    {
        auto table = test::cli({QStringLiteral("--json"), QStringLiteral("permissions")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(table.out).array();
        QVERIFY(rows.size() > 20);
        QStringList wrong;
        QMap<int, int> allowedExits; // exit code -> runs: how far the allowed runs got
        int refusedRuns = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            const QString id = row.value(QLatin1String("id")).toString();
            const QJsonArray commands = row.value(QLatin1String("commands")).toArray();
            if (id == QLatin1String("unlisted")) {
                QVERIFY2(commands.isEmpty(),
                         qPrintable(QStringLiteral("commands without an entry in the permission "
                                                   "map (app/cli/CommandPermissions.cpp): %1")
                                        .arg(QString::fromUtf8(QJsonDocument(commands).toJson()))));
                continue;
            }
            if (id == QLatin1String("no-database"))
                continue; // init, store-sim, verify, permissions: nothing to unlock, nothing to refuse
            QList<Role> allowed;
            for (const QJsonValue& r : row.value(QLatin1String("roles")).toArray()) {
                Role role;
                QVERIFY(parseRole(r.toString(), &role));
                allowed << role;
            }
            for (const QJsonValue& c : commands) {
                if (!argumentsOf().contains(c.toString())) {
                    wrong << QStringLiteral("%1: no arguments in argumentTemplates").arg(c.toString());
                    continue;
                }
                for (Role role : Permissions::allRoles()) {
                    const auto run = as(role, c.toString());
                    const QString problem
                        = allowed.contains(role) ? problemOfAllowed(run) : problemOfRefused(run, role, row);
                    if (!problem.isEmpty())
                        wrong << QStringLiteral("%1 as %2 (table: %3 — %4): %5\n%6")
                                     .arg(c.toString(), roleName(role), id,
                                          allowed.contains(role) ? QStringLiteral("allowed")
                                                                 : QStringLiteral("refused"),
                                          problem, run.describe());
                    else if (allowed.contains(role))
                        ++allowedExits[run.exitCode];
                    else
                        ++refusedRuns;
                }
            }
        }
        for (const QString& w : std::as_const(wrong))
            qWarning("%s", qPrintable(w)); // each in full: one message would be cut
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 command run(s) disagree with the permission table:\n%2")
                                .arg(wrong.size())
                                .arg(wrong.join(QStringLiteral("\n\n")))));
        int allowedRuns = 0;
        QStringList exits;
        for (auto it = allowedExits.cbegin(); it != allowedExits.cend(); ++it) {
            allowedRuns += it.value();
            exits << QStringLiteral("exit %1: %2").arg(it.key()).arg(it.value());
        }
        qInfo("%d allowed (%s) and %d refused command runs", allowedRuns, qPrintable(exits.join(QStringLiteral(", "))),
              refusedRuns);
        QVERIFY(allowedRuns > 50);
        QVERIFY(refusedRuns > 50);
    }

    // Every action of the table has its own words for the refusal message (a table, not a switch: nothing else
    // notices a missing row).
    void everyActionIsDescribed()
    {
        QSet<QString> seen;
        for (const PermissionRule& rule : Permissions::table()) {
            const QString words = Permissions::describe(rule.action);
            QVERIFY2(!words.isEmpty() && words != Permissions::key(rule.action),
                     qPrintable(QStringLiteral("%1 has no description").arg(Permissions::key(rule.action))));
            QVERIFY2(!seen.contains(words), qPrintable(QStringLiteral("%1 described twice").arg(words)));
            seen.insert(words);
        }
    }

    // The reads whose checks used to live in the CLI and GUI, called in core as each role.
    void coreReadsAskTheTable()
    {
        QTemporaryDir dir;
        {
            auto admin = test::createDatabase(dir.path(), QStringLiteral("admin"), "admin pass");
            QVERIFY(admin);
            for (Role role : {Role::Investigator, Role::Legal, Role::Auditor}) {
                auto id = UserDirectory(*admin).add(userOf.value(role), role, test::secret(qPrintable(passOf(role))));
                QVERIFY2(id, qPrintable(id.errorMessage()));
            }
        }
        for (Role role : Permissions::allRoles()) {
            auto db = CaseDatabase::open(dir.filePath(QStringLiteral("cases.lpdb")), userOf.value(role),
                                         test::secret(qPrintable(passOf(role))));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            CaseDatabase& d = **db;
            auto check = [&](Action action, ErrorKind kind, bool ok, const char* what) {
                const bool allowed = Permissions::allows(role, action);
                const QString message = QStringLiteral("%1 as %2").arg(QLatin1String(what), roleName(role));
                if (allowed)
                    QVERIFY2(ok || kind != ErrorKind::Permission, qPrintable(message));
                else
                    QVERIFY2(!ok && kind == ErrorKind::Permission, qPrintable(message));
            };
            auto custody = ChainReader(d).custodyEvents(QStringLiteral("case:none"));
            check(Action::ReadCustody, custody ? ErrorKind::Usage : custody.error().kind, bool(custody),
                  "custody events");
            auto custodyCheck = ChainReader(d).verifyCustody(QStringLiteral("case:none"));
            check(Action::ReadCustody, custodyCheck ? ErrorKind::Usage : custodyCheck.error().kind, bool(custodyCheck),
                  "custody verify");
            auto audit = ChainReader(d).auditEvents();
            check(Action::ReadAudit, audit ? ErrorKind::Usage : audit.error().kind, bool(audit), "audit events");
            auto auditCheck = ChainReader(d).verifyAudit();
            check(Action::ReadAudit, auditCheck ? ErrorKind::Usage : auditCheck.error().kind, bool(auditCheck),
                  "audit verify");
            auto quarantine = StoreRegistry(d).quarantine();
            check(Action::ReadQuarantine, quarantine ? ErrorKind::Usage : quarantine.error().kind, bool(quarantine),
                  "quarantine");
            auto stores = StoreRegistry(d).list();
            check(Action::SeeStores, stores ? ErrorKind::Usage : stores.error().kind, bool(stores), "store list");
            auto key = MediaLibrary(d).key();
            check(Action::ViewEvidence, key ? ErrorKind::Usage : key.error().kind, bool(key), "recipient key");
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
