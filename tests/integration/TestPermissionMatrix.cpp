// The permission table (core/auth/Permissions.cpp) against the product: every lpdesk-cli command run as every
// role — the commands and the roles that may run them come from `lpdesk-cli permissions --json`, which prints the
// table itself, so nothing here is written twice. Allowed runs get past the permission check (any exit but 3);
// refused runs exit 3 naming the action. The reads that used to be checked only in the CLI and GUI (custody,
// audit, quarantine, the recipient key) are then called in core directly, as each role.
#include "TestSupport.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "custody/ChainReader.h"
#include "db/UserDirectory.h"
#include "store/StoreRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        int allowedRuns = 0;
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
                const QStringList words = c.toString().split(QLatin1Char(' '));
                for (Role role : Permissions::allRoles()) {
                    const auto run = as(role, words);
                    const QString what
                        = QStringLiteral("%1 as %2 (%3): %4").arg(c.toString(), roleName(role), id, run.describe());
                    QVERIFY2(!run.crashed, qPrintable(what));
                    if (allowed.contains(role)) {
                        QVERIFY2(run.exitCode != 3, qPrintable(what));
                        ++allowedRuns;
                    } else {
                        QVERIFY2(run.exitCode == 3, qPrintable(what));
                        QVERIFY2(run.err.contains("Permission denied"), qPrintable(what));
                        ++refusedRuns;
                    }
                }
            }
        }
        qInfo("%d allowed and %d refused command runs", allowedRuns, refusedRuns);
        QVERIFY(allowedRuns > 50);
        QVERIFY(refusedRuns > 50);
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
