#include "TestSupport.h"

#include "db/KeySlotFile.h"
#include "db/Migrations.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace lpdesk;

class TestCaseDatabase : public QObject
{
    Q_OBJECT

    QString m_path;
    QTemporaryDir* m_dir = nullptr;

    std::unique_ptr<CaseDatabase> openAs(const char* user, const char* pass)
    {
        auto db = CaseDatabase::open(m_path, QString::fromLatin1(user), test::secret(pass));
        return db ? std::move(*db) : nullptr;
    }

    int count(CaseDatabase& db, const QString& sql)
    {
        QSqlDatabase c = db.connection();
        QSqlQuery q(c);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        delete m_dir;
        m_dir = new QTemporaryDir;
        m_path = m_dir->filePath(QStringLiteral("cases.lpdb"));
        auto db = test::createDatabase(m_dir->path());
        QVERIFY(db);
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void createdWithIdentityAndAudit()
    {
        auto db = openAs("admin", "admin-pass");
        QVERIFY(db);
        QCOMPARE(db->session().role, Role::Admin);
        QSqlDatabase c = db->connection();
        QVERIFY(WorkstationKeys::recipientKeyPair(c));
        auto id = WorkstationKeys::signingIdentity(c);
        QVERIFY(id);
        QVERIFY(id->subject().contains(QLatin1String("test-ws")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_created'")), 1);
        QVERIFY(QDir(db->mediaDirectory()).exists());
    }

    void refusesToOverwrite()
    {
        const auto before = test::snapshot(m_dir->path());
        CaseDatabase::CreateOptions o;
        o.kdfTargetMs = 5;
        auto again = CaseDatabase::create(m_path, QStringLiteral("x"), test::secret("y"), o);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(QLatin1String("already exists")));
        QCOMPARE(test::snapshot(m_dir->path()), before);
    }

    void fiveUsersEachUnlockAndRemovalStopsOnlyOne()
    {
        {
            auto admin = openAs("admin", "admin-pass");
            UserDirectory users(*admin);
            const char* names[] = {"inv1", "inv2", "legal1", "auditor1"};
            const Role roles[] = {Role::Investigator, Role::Investigator, Role::Legal, Role::Auditor};
            for (int i = 0; i < 4; ++i)
                QVERIFY(users.add(QString::fromLatin1(names[i]), roles[i], test::passphraseOf(names[i])));
            QCOMPARE(users.list()->size(), 5);
            QVERIFY(!users.add(QStringLiteral("inv1"), Role::Legal, test::secret("dup-pass")));
            QVERIFY(!users.add(QStringLiteral("bad name!"), Role::Legal, test::secret("x")));
        }
        for (const char* u : {"inv1", "inv2", "legal1", "auditor1"})
            QVERIFY2(openAs(u, (QByteArray(u) + "-pass").constData()), u);
        {
            auto admin = openAs("admin", "admin-pass");
            QVERIFY(UserDirectory(*admin).remove(QStringLiteral("inv2")));
            QVERIFY(!UserDirectory(*admin).remove(QStringLiteral("admin"))); // not yourself
        }
        QVERIFY(!openAs("inv2", "inv2-pass"));
        for (const char* u : {"inv1", "legal1", "auditor1"})
            QVERIFY2(openAs(u, (QByteArray(u) + "-pass").constData()), u);
        QVERIFY(openAs("admin", "admin-pass"));
    }

    void rolesAreEnforcedInCore()
    {
        {
            auto admin = openAs("admin", "admin-pass");
            QVERIFY(UserDirectory(*admin).add(QStringLiteral("inv"), Role::Investigator, test::secret("inv-pass")));
        }
        auto inv = openAs("inv", "inv-pass");
        QVERIFY(inv);
        auto added = UserDirectory(*inv).add(QStringLiteral("sneaky"), Role::Admin, test::secret("x"));
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Permission);
        QCOMPARE(UserDirectory(*inv).list().error().kind, ErrorKind::Permission);
        QCOMPARE(inv->check().error().kind, ErrorKind::Permission);
        QCOMPARE(inv->rekey().error().kind, ErrorKind::Permission);
        QCOMPARE(inv->backup(m_dir->filePath(QStringLiteral("b.lpdb"))).error().kind, ErrorKind::Permission);
        QCOMPARE(inv->setSetting(QStringLiteral("k"), QStringLiteral("v")).error().kind, ErrorKind::Permission);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("b.lpdb"))));
    }

    void failedLoginsReachTheAuditLog()
    {
        QVERIFY(!openAs("admin", "wrong"));
        QVERIFY(!openAs("ghost", "whatever"));
        auto db = openAs("admin", "admin-pass");
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'")), 2);
        QVERIFY(db->readSlots()->failedLogins.isEmpty());
        QVERIFY(db->check()->ok());
    }

    void passphraseChange()
    {
        {
            auto db = openAs("admin", "admin-pass");
            QVERIFY(!UserDirectory(*db).changeOwnPassphrase(test::secret("bad"), test::secret("new-pass")));
            QVERIFY(UserDirectory(*db).changeOwnPassphrase(test::secret("admin-pass"), test::secret("new-pass")));
        }
        QVERIFY(!openAs("admin", "admin-pass"));
        QVERIFY(openAs("admin", "new-pass"));
    }

    void rekeyKeepsEveryoneAndEverything()
    {
        QString oldKeyCheck;
        {
            auto db = openAs("admin", "admin-pass");
            QVERIFY(UserDirectory(*db).add(QStringLiteral("inv"), Role::Investigator, test::secret("inv-pass")));
            QVERIFY(db->setSetting(QStringLiteral("retention_days"), QStringLiteral("365")));
            const int gen = db->readSlots()->generation;
            QVERIFY2(db->rekey(), "rekey");
            QCOMPARE(db->readSlots()->generation, gen + 1);
            QCOMPARE(db->setting(QStringLiteral("retention_days")), QStringLiteral("365"));
        }
        auto inv = openAs("inv", "inv-pass");
        QVERIFY(inv);
        auto admin = openAs("admin", "admin-pass");
        QVERIFY(admin);
        QCOMPARE(admin->setting(QStringLiteral("retention_days")), QStringLiteral("365"));
        QVERIFY(admin->check()->ok());
    }

    // A kill between "seal the next key" and "rekey the database": the old key still opens it and the
    // half-finished rotation is abandoned.
    void interruptedRekeyBeforeDatabaseChange()
    {
        {
            auto db = openAs("admin", "admin-pass");
            QVERIFY(db->updateSlots(
                [](KeySlotFile& f) { return f.prepareRekey(test::secret("0123456789abcdef0123456789abcdef")); }));
        }
        auto db = openAs("admin", "admin-pass");
        QVERIFY(db);
        QCOMPARE(db->readSlots()->nextGeneration, 0);
        QCOMPARE(db->readSlots()->generation, 1);
    }

    void backupOpensWithSamePassphrases()
    {
        const QString out = m_dir->filePath(QStringLiteral("backup.lpdb"));
        {
            auto db = openAs("admin", "admin-pass");
            QVERIFY(UserDirectory(*db).add(QStringLiteral("inv"), Role::Investigator, test::secret("inv-pass")));
            auto done = db->backup(out);
            QVERIFY2(done, qPrintable(done.errorMessage()));
            QVERIFY(!db->backup(out)); // never overwrites
        }
        auto copy = CaseDatabase::open(out, QStringLiteral("inv"), test::secret("inv-pass"));
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QCOMPARE((*copy)->databaseId(), openAs("admin", "admin-pass")->databaseId());
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        {
            QList<Migration> future = Migrations::builtIn();
            future << Migration {Migrations::latestVersion() + 1, QStringLiteral("future"),
                                 "CREATE TABLE from_the_future (x);"};
            auto db
                = CaseDatabase::openWithMigrations(m_path, QStringLiteral("admin"), test::secret("admin-pass"), future);
            QVERIFY(db);
        }
        const auto before = test::snapshot(m_dir->path());
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QLatin1String("newer LP Desk")), qPrintable(db.errorMessage()));
        QCOMPARE(test::snapshot(m_dir->path()), before);
    }

    void damagedFilesGetClearErrorsAndStayUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated database") << QStringLiteral("truncate-db");
        QTest::newRow("garbage database") << QStringLiteral("garbage-db");
        QTest::newRow("corrupt slot file") << QStringLiteral("corrupt-slots");
        QTest::newRow("missing slot file") << QStringLiteral("missing-slots");
        QTest::newRow("empty passphrase") << QStringLiteral("empty-pass");
    }

    void damagedFilesGetClearErrorsAndStayUntouched()
    {
        QFETCH(QString, damage);
        const QString slots = KeySlotFile::pathFor(m_path);
        const char* pass = "admin-pass";
        if (damage == QLatin1String("truncate-db")) {
            QVERIFY(QFile::resize(m_path, 4096));
        } else if (damage == QLatin1String("garbage-db")) {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(40960, 'x'));
        } else if (damage == QLatin1String("corrupt-slots")) {
            QFile f(slots);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(40);
            f.write("\x01\x02garbage");
        } else if (damage == QLatin1String("missing-slots")) {
            QVERIFY(QFile::remove(slots));
        } else {
            pass = "";
        }
        const auto before = test::snapshot(m_dir->path());
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret(pass));
        QVERIFY(!db);
        QVERIFY(!db.errorMessage().isEmpty());
        qInfo("%s -> %s", qPrintable(damage), qPrintable(db.errorMessage()));
        if (damage != QLatin1String("empty-pass")) // a failed login is recorded in the slot file by design
            QCOMPARE(test::snapshot(m_dir->path()), before);
    }

    // Read-only for everyone, root included: chattr +i where we are root (CI), chmod otherwise.
    static bool makeReadOnly(const QString& dir, bool readOnly)
    {
        if (::geteuid() == 0)
            return test::run(QStringLiteral("chattr"), {readOnly ? QStringLiteral("+i") : QStringLiteral("-i"), dir})
                       .exitCode
                == 0;
        return QFile::setPermissions(dir,
                                     readOnly
                                         ? (QFileDevice::ReadOwner | QFileDevice::ExeOwner)
                                         : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void readOnlyFolderIsRefusedClearly()
    {
        QTemporaryDir ro;
        const QString dir = ro.filePath(QStringLiteral("ro"));
        QDir().mkpath(dir);
        QVERIFY(makeReadOnly(dir, true));
        CaseDatabase::CreateOptions o;
        o.kdfTargetMs = 5;
        auto created
            = CaseDatabase::create(dir + QStringLiteral("/c.lpdb"), QStringLiteral("a"), test::secret("blue heron"), o);
        const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(makeReadOnly(dir, false));
        QVERIFY(!created);
        QVERIFY2(created.errorMessage().contains(QLatin1String("not writable")), qPrintable(created.errorMessage()));
        QVERIFY(left.isEmpty());

        // An existing database whose folder became read-only: refused with a clear message, nothing changed.
        QVERIFY(makeReadOnly(m_dir->path(), true));
        const auto before = test::snapshot(m_dir->path());
        auto opened = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        const auto after = test::snapshot(m_dir->path());
        QVERIFY(makeReadOnly(m_dir->path(), false));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("not writable")), qPrintable(opened.errorMessage()));
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestCaseDatabase)
#include "TestCaseDatabase.moc"
