// The permission table (core/auth/Permissions.cpp) against the product: every lpdesk-cli command run as every
// role — the commands and the roles that may run them come from `lpdesk-cli permissions --json`, which prints the
// table itself, so nothing here is written twice. A role the table allows must get past every permission check (no
// exit 3, no permission message: it may still fail for want of arguments); a refused role must exit 3 with core's
// message naming the row's action and roles. Every disagreeing run is listed. The reads that used to be checked only
// in the CLI and GUI (custody, audit, quarantine, the recipient key) are then called in core directly, as each role.
// That the table itself is the documented one (docs/cli.md, "who") is checked by check_cli_doc.py (CTest cli_doc).
#include "TestSupport.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "custody/ChainReader.h"
#include "db/UserDirectory.h"
#include "store/StoreRegistry.h"

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

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // A role the table allows gets past every permission check: the command may still fail for want of arguments
    // (exit 1, 2 or 4), never with exit 3 or a permission message.
    static QString problemOfAllowed(const test::ProcessRun& run)
    {
        if (run.crashed)
            return QStringLiteral("crashed or hung");
        if (run.exitCode == 3)
            return QStringLiteral("exit 3 for a role the table allows");
        if (run.err.contains("Permission denied"))
            return QStringLiteral("a permission message for a role the table allows");
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
        if (!QString::fromUtf8(run.err).split(QLatin1Char('\n')).contains(expected))
            return QStringLiteral("stderr lacks the line: %1").arg(expected);
        if (!run.out.trimmed().isEmpty())
            return QStringLiteral("refused, yet it printed a result");
        return {};
    }

    test::ProcessRun as(Role role, QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        // passwd and user add read a new passphrase; give them the same one so the matrix changes nothing.
        return test::cli(args,
                         {{QStringLiteral("LPDESK_USER"), userOf.value(role)},
                          {QStringLiteral("LPDESK_PASSPHRASE"), passOf(role)},
                          {QStringLiteral("LPDESK_NEW_PASSPHRASE"), passOf(role)}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cases.lpdb"));
        auto r = test::cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
            {{QStringLiteral("LPDESK_PASSPHRASE"), passOf(Role::Admin)}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (Role role : {Role::Investigator, Role::Legal, Role::Auditor}) {
            auto add = test::cli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("add"),
                                  userOf.value(role), QStringLiteral("--role"), roleName(role)},
                                 {{QStringLiteral("LPDESK_USER"), QStringLiteral("admin")},
                                  {QStringLiteral("LPDESK_PASSPHRASE"), passOf(Role::Admin)},
                                  {QStringLiteral("LPDESK_NEW_PASSPHRASE"), passOf(role)}});
            QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        }
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
                for (Role role : Permissions::allRoles()) {
                    const auto run = as(role, c.toString().split(QLatin1Char(' ')));
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
