// The permission table holds in core, not only in lpdesk-cli and the GUI: the insider who writes a front-end of their
// own links lpdesk_core and calls the services directly. Here each role does so, for a sample of actions across the
// rooms (custody, audit, stores, releases, package, users, KPIs, retention), on a database with a case and a
// pending release: a role the table (core/auth/Permissions.cpp) refuses gets core's permission error naming the
// action; a role it allows never does (it may still fail for another reason: the release is not approved yet…).
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "auth/Permissions.h"
#include "custody/ChainReader.h"
#include "db/UserDirectory.h"
#include "export/PackageBuilder.h"
#include "export/ReleaseService.h"
#include "metrics/KpiRollup.h"
#include "retention/RetentionService.h"
#include "store/StoreRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

const QMap<Role, QString> userOf {{Role::Admin, QStringLiteral("admin")},
                                  {Role::Investigator, QStringLiteral("ivy")},
                                  {Role::Legal, QStringLiteral("lena")},
                                  {Role::Auditor, QStringLiteral("aud")}};

template<typename T> QString messageOf(const Result<T>& r)
{
    return r ? QString() : r.errorMessage();
}

template<typename T> ErrorKind kindOf(const Result<T>& r)
{
    return r ? ErrorKind::Usage : r.error().kind;
}

} // namespace

class TestCorePermissions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PendingRelease m_world;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_world = test::longTitledCaseWithARelease(m_dir.path());
        QVERIFY(!m_world.db.isEmpty());
        auto admin = test::openAs(m_world.db, QStringLiteral("admin"));
        QVERIFY(admin);
        auto aud = UserDirectory(*admin).add(userOf.value(Role::Auditor), Role::Auditor, test::passphraseOf("aud"));
        QVERIFY2(aud, qPrintable(aud.errorMessage()));
    }

    void coreRefusesWhatTheTableRefuses()
    {
        QStringList wrong;
        int refused = 0;
        int allowed = 0;
        // legal last: its approval (allowed) changes the release the others are asked to decide
        for (Role role : {Role::Admin, Role::Investigator, Role::Auditor, Role::Legal}) {
            auto db = test::openAs(m_world.db, userOf.value(role));
            QVERIFY2(db, qPrintable(userOf.value(role)));
            CaseDatabase& d = *db;
            auto check = [&](Action action, bool ok, ErrorKind kind, const QString& message, const char* what) {
                const QString refusal = QStringLiteral(" may not %1 (allowed: ").arg(Permissions::describe(action));
                const bool byTable = !ok && kind == ErrorKind::Permission && message.contains(refusal);
                if (Permissions::allows(role, action)) {
                    ++allowed;
                    if (byTable)
                        wrong << QStringLiteral("%1 as %2: refused, yet the table allows it: %3")
                                     .arg(QLatin1String(what), roleName(role), message);
                } else {
                    ++refused;
                    if (!byTable)
                        wrong << QStringLiteral("%1 as %2: the table refuses it, core %3")
                                     .arg(QLatin1String(what), roleName(role),
                                          ok ? QStringLiteral("did it") : QStringLiteral("said: ") + message);
                }
            };
            auto custody = ChainReader(d).custodyEvents(QStringLiteral("case:") + m_world.caseId);
            check(Action::ReadCustody, bool(custody), kindOf(custody), messageOf(custody), "custody read");
            auto audit = ChainReader(d).auditEvents();
            check(Action::ReadAudit, bool(audit), kindOf(audit), messageOf(audit), "audit read");
            auto quarantine = StoreRegistry(d).quarantine();
            check(Action::ReadQuarantine, bool(quarantine), kindOf(quarantine), messageOf(quarantine),
                  "quarantine read");
            ExportOptions options;
            options.outPath = m_dir.filePath(QStringLiteral("package-%1.zip").arg(roleName(role)));
            auto exported = PackageBuilder(d).exportRelease(m_world.releaseId, options);
            check(Action::ExportPackage, bool(exported), kindOf(exported), messageOf(exported), "export");
            auto user = UserDirectory(d).add(QStringLiteral("new-by-%1").arg(roleName(role)), Role::Auditor,
                                             test::passphraseOf("new user"));
            check(Action::ManageUsers, bool(user), kindOf(user), messageOf(user), "user add");
            auto rebuilt = KpiRollup::rebuild(d);
            check(Action::RebuildKpiRollups, bool(rebuilt), kindOf(rebuilt), messageOf(rebuilt), "kpi rebuild");
            auto purged = RetentionService(d).purge();
            check(Action::PurgeEvidence, bool(purged), kindOf(purged), messageOf(purged), "retention purge");
            Status approved = ReleaseService(d).approve(m_world.releaseId, QStringLiteral("ok"), PiiDecision {});
            check(Action::DecideRelease, bool(approved), kindOf(approved), messageOf(approved), "release approve");
        }
        qInfo("%d allowed and %d refused core calls", allowed, refused);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 core call(s) disagree with the permission table:\n%2")
                                .arg(wrong.size())
                                .arg(wrong.join(QLatin1Char('\n')))));
        QVERIFY(refused >= 12);
    }
};

QTEST_GUILESS_MAIN(TestCorePermissions)
#include "TestCorePermissions.moc"
