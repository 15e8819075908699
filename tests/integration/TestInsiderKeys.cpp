// The insider again (see TestInsider: an investigator with the raw database key from their own slot), against the
// recipient key and separation of duties: a recipient key row swapped for the insider's own key pair is refused by
// pull and `key export-recipient` and named by `db check` (exit 4); a legal account created after a release was
// requested cannot decide it (a second account for the requester), and a separation check whose query fails
// refuses instead of letting the decision through (exit 3). (Issue 12.)
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "crypto/X25519.h"
#include "db/UserDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestInsiderKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    test::ProcessRun sqlcipher(const QString& sql) { return test::sqlcipherAs(m_db, QStringLiteral("ivy"), sql); }
    static QByteArray all(const test::ProcessRun& r) { return r.out + r.err; }
    static QString lastLine(const test::ProcessRun& r) { return QString::fromUtf8(r.out.trimmed()).section('\n', -1); }

    QString request()
    {
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                           QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                           QStringLiteral("for the detective")});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    test::ProcessRun approve(const QString& user, const QString& id)
    {
        return as(
            user,
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
    }
    // The database, its slots and its anchors as they are, to put back after a forgery.
    void save() { QVERIFY(test::saveDatabaseFiles(m_db)); }
    void restore()
    {
        QVERIFY(test::restoreDatabaseFiles(m_db));
        const auto ok = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = test::simulateAndPull(
            m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
            test::smallDrop(1, 2, 2.0));
        QVERIFY(db);
        m_db = db->path();
        m_case = test::newCaseOnFirstClip(*db, QStringLiteral("Insider keys")).caseId;
        QVERIFY(!m_case.isEmpty());
    }

    // The insider puts their own key pair in the recipient row: stores given `key export-recipient` would seal
    // footage to them. The audit log records the recipient key id (database_created, recipient_key_rotated).
    void swappedRecipientKeyIsRefusedAndNamed()
    {
        save();
        const X25519KeyPair mine = X25519::generate();
        const QString myPrivate = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(mine.privateKey.data()), mine.privateKey.isize()).toHex());
        const auto swap = sqlcipher(
            QStringLiteral("UPDATE identity SET public_key = X'%1', private_key = X'%2' WHERE name = 'recipient';")
                .arg(QString::fromLatin1(mine.publicKey.toHex()), myPrivate));
        QVERIFY2(swap.exitCode == 0, qPrintable(swap.describe()));

        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(all(check).contains("not the one the audit log records"), qPrintable(check.describe()));
        const auto pull = as(QStringLiteral("ivy"), {QStringLiteral("pull")});
        QCOMPARE(pull.exitCode, 4);
        QVERIFY2(pull.err.contains("recipient key"), qPrintable(pull.describe()));
        const QString out = path(QStringLiteral("swapped-recipient.txt"));
        const auto exported
            = as(QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("export-recipient"), out});
        QCOMPARE(exported.exitCode, 4);
        QVERIFY(!QFile::exists(out));
        // Signing in still works (someone must run db check), and says what is wrong.
        const auto login = as(QStringLiteral("ivy"), {QStringLiteral("whoami")});
        QVERIFY2(login.err.contains("recipient key"), qPrintable(login.describe()));
        restore();

        // Only the private key swapped (the public key, and so the key id, left as recorded): not a key pair.
        const auto half = sqlcipher(
            QStringLiteral("UPDATE identity SET private_key = X'%1' WHERE name = 'recipient';").arg(myPrivate));
        QVERIFY2(half.exitCode == 0, qPrintable(half.describe()));
        const auto halfCheck = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(halfCheck.exitCode, 4);
        QVERIFY2(all(halfCheck).contains("not a key pair"), qPrintable(halfCheck.describe()));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("pull")}).exitCode, 4);
        restore();
    }

    // Separation of duties compares people: a legal account added after the request (the requester's second
    // account, say) may not decide it; a reviewer whose account existed at the time may.
    void accountCreatedAfterTheRequestCannotDecide()
    {
        const QString id = request();
        QVERIFY(!id.isEmpty());
        {
            auto admin = test::openAs(m_db, QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(UserDirectory(*admin).add(QStringLiteral("leo"), Role::Legal, test::passphraseOf("leo")));
        }
        const auto late = approve(QStringLiteral("leo"), id);
        QCOMPARE(late.exitCode, 3);
        QVERIFY2(late.err.contains("created after release"), qPrintable(late.describe()));
        const auto state = sqlcipher(QStringLiteral("SELECT state FROM releases WHERE id = '%1';").arg(id));
        QCOMPARE(lastLine(state), QStringLiteral("pending"));
        // leo may decide what is requested after his account was made.
        const QString later = request();
        QVERIFY(!later.isEmpty());
        const auto allowed = approve(QStringLiteral("leo"), later);
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
    }

    // The requester ≠ decider check fails closed: its query failing (here the insider rebuilt the users table
    // without created_at) refuses the decision rather than skipping the check.
    void failedSeparationQueryRefuses()
    {
        const QString id = request();
        QVERIFY(!id.isEmpty());
        save();
        const auto columns = sqlcipher(QStringLiteral("SELECT group_concat(name, ', ') FROM pragma_table_info('users') "
                                                      "WHERE name <> 'created_at';"));
        QString kept = lastLine(columns);
        if (kept.isEmpty() || kept.contains(QLatin1String("Error"))) {
            // sqlcipher 3.4 (SQLite 3.15) has no table-valued pragma functions: list the columns by hand.
            const auto info = sqlcipher(QStringLiteral("PRAGMA table_info(users);"));
            QStringList names;
            for (const QString& line : QString::fromUtf8(info.out).split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char('|'));
                if (f.size() >= 3 && f.at(1) != QLatin1String("created_at"))
                    names << f.at(1);
            }
            kept = names.join(QStringLiteral(", "));
        }
        QVERIFY2(kept.contains(QLatin1String("slot_public_key")), qPrintable(kept));
        const auto rebuilt = sqlcipher(QStringLiteral("BEGIN; CREATE TABLE users_kept AS SELECT %1 FROM users; "
                                                      "DROP TABLE users; ALTER TABLE users_kept RENAME TO users; "
                                                      "COMMIT;")
                                           .arg(kept));
        QVERIFY2(rebuilt.exitCode == 0 && !rebuilt.err.contains("Error"), qPrintable(rebuilt.describe()));
        const auto decided = approve(QStringLiteral("lena"), id);
        QCOMPARE(decided.exitCode, 3);
        QVERIFY2(decided.err.contains("Cannot confirm that you did not request"), qPrintable(decided.describe()));
        const auto state = sqlcipher(QStringLiteral("SELECT state FROM releases WHERE id = '%1';").arg(id));
        QCOMPARE(lastLine(state), QStringLiteral("pending"));
        restore();
    }
};

QTEST_GUILESS_MAIN(TestInsiderKeys)
#include "TestInsiderKeys.moc"
