// The insider again (see TestInsider: an investigator with the raw database key from their own slot), against the
// recipient key and separation of duties: a recipient key row swapped for the insider's own key pair is refused by
// pull and `key export-recipient` and named by `db check` (exit 4); a legal account created after a release was
// requested cannot decide it (a second account for the requester), and a separation check whose query fails
// refuses instead of letting the decision through (exit 3). (Issue 12.)
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/RecipientRotation.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QFile>
#include <QSqlQuery>
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
    // What the insider does with the database key (and, for audit rows, HashChain's rule): a row appended to a
    // chain of table at the given time, hashed over the one before. Returns the new event's hash, empty on failure.
    static QString appendRow(QSqlDatabase& c, const QString& table, const QString& chain, const QString& actor,
                             const QString& action, const QJsonObject& details, const QDateTime& at)
    {
        QSqlQuery head(c);
        head.prepare(QStringLiteral("SELECT seq, hash FROM %1 WHERE chain = ? ORDER BY seq DESC LIMIT 1").arg(table));
        head.addBindValue(chain);
        if (!head.exec() || !head.next())
            return {};
        const qint64 seq = head.value(0).toLongLong() + 1;
        const QString prev = head.value(1).toString();
        head.finish();
        QJsonObject event {{QLatin1String("seq"), seq},
                           {QLatin1String("at"), toUtcString(at)},
                           {QLatin1String("actor"), actor},
                           {QLatin1String("action"), action},
                           {QLatin1String("details"), details}};
        if (!chain.isEmpty())
            event.insert(QLatin1String("chain"), chain);
        const QByteArray text = canonicalJson(event);
        const QString hash = toHex(HashChain::link(prev, text));
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO %1 (chain, seq, event, prev_hash, hash, at, actor, action) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?)")
                      .arg(table));
        for (const QVariant& v : {QVariant(chain), QVariant(seq), QVariant(QString::fromUtf8(text)), QVariant(prev),
                                  QVariant(hash), QVariant(toUtcString(at)), QVariant(actor), QVariant(action)})
            q.addBindValue(v);
        return q.exec() ? hash : QString();
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
        auto db = test::simulateAndPull(m_dir.path(),
                                        {{QStringLiteral("ivy"), Role::Investigator},
                                         {QStringLiteral("lena"), Role::Legal},
                                         {QStringLiteral("ike"), Role::Investigator}},
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

    // The insider also appends a recipient_key_rotated event naming their key (the rule HashChain hashes by, as
    // anyone can read it): a rotation is an administrator's signed act, so one without a signature, one signed with
    // the insider's own (investigator's) key and a replayed real one are refused by every reader and named by
    // `db check` (exit 4). A real `db rekey` by the administrator stays clean.
    void forgedRecipientRotationIsRefused()
    {
        const X25519KeyPair mine = X25519::generate();
        const QString myId = toHex(X25519::keyId(mine.publicKey));
        const QString myPrivate = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(mine.privateKey.data()), mine.privateKey.isize()).toHex());
        const QString swapSql
            = QStringLiteral("UPDATE identity SET public_key = X'%1', private_key = X'%2' WHERE name = 'recipient';")
                  .arg(QString::fromLatin1(mine.publicKey.toHex()), myPrivate);
        auto ivy = test::openAs(m_db, QStringLiteral("ivy"));
        QVERIFY(ivy);
        QString current;
        {
            QSqlDatabase c = ivy->connection();
            auto key = WorkstationKeys::recipientPublicKey(c);
            QVERIFY(key);
            current = toHex(X25519::keyId(*key));
        }
        auto ivyKey = ivy->personalIdentity();
        QVERIFY(ivyKey);
        const QString databaseId = ivy->databaseId();
        ivy.reset();
        auto forge = [&](const QString& actor, const QJsonObject& details) {
            save();
            {
                auto raw = test::openAs(m_db, QStringLiteral("ivy")); // the raw key through ivy's slot
                QVERIFY(raw);
                QSqlDatabase c = raw->connection();
                QVERIFY(!appendRow(c, QStringLiteral("audit_log"), QString(), actor,
                                   QStringLiteral("recipient_key_rotated"), details, QDateTime::currentDateTimeUtc())
                             .isEmpty());
            }
            const auto swap = sqlcipher(swapSql);
            QVERIFY2(swap.exitCode == 0, qPrintable(swap.describe()));
        };
        auto refused = [&](const char* why) {
            const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
            QCOMPARE(check.exitCode, 4);
            QVERIFY2(all(check).contains("rotates the recipient key to " + myId.toLatin1()) && all(check).contains(why),
                     qPrintable(check.describe()));
            const QString out = path(QStringLiteral("forged-rotation.txt"));
            const auto exported
                = as(QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("export-recipient"), out});
            QCOMPARE(exported.exitCode, 4);
            QVERIFY(!QFile::exists(out));
            QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("pull")}).exitCode, 4);
            restore();
        };
        const QJsonObject unsignedRotation {{QLatin1String("retired_key_id"), current},
                                            {QLatin1String("recipient_key_id"), myId}};
        forge(QStringLiteral("admin"), unsignedRotation);
        refused("no administrator signed it");

        auto mySigned = RecipientRotation::signedDetails(*ivyKey, databaseId, current, myId);
        QVERIFY(mySigned);
        forge(QStringLiteral("ivy"), *mySigned);
        refused("does not name the administrator role");

        // A real rotation by the administrator: signed, db check clean, the new key the recorded one.
        const auto rekey = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("rekey")});
        QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.describe()));
        const auto clean = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
        const auto rotated = sqlcipher(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'recipient_key_rotated' AND instr(event, '\"p7s\"') > 0;"));
        QCOMPARE(lastLine(rotated), QStringLiteral("1"));
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

    // Last (ike is removed). A custody checkpoint signed with a person's key after their certificate was revoked is
    // forged: ike copied his personal key, was removed (his certificate revoked through the CLI), and with the
    // database key (no rekey yet) appends a note and a checkpoint in his name, signed with the copied key. db check
    // names it (exit 4); ike's checkpoint from before the revocation stays valid.
    void checkpointAfterRevocationIsRefused()
    {
        const QString chain = CustodyLog::caseChain(m_case);
        std::optional<SigningIdentity> copied;
        {
            auto ike = test::openAs(m_db, QStringLiteral("ike"));
            QVERIFY(ike);
            QVERIFY(CaseService(*ike).addNote(m_case, QStringLiteral("seen the clip")));
            QSqlDatabase c = ike->connection();
            QVERIFY(CustodyRecorder(*ike).checkpoint(c, chain));
            auto key = ike->personalIdentity();
            QVERIFY(key);
            copied.emplace(std::move(*key));
        }
        const auto removed
            = as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("ike")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        const auto before = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe())); // ike's own checkpoint still holds

        save();
        {
            auto raw = test::openAs(m_db, QStringLiteral("ivy")); // the database key, as the insider holds it
            QVERIFY(raw);
            QSqlDatabase c = raw->connection();
            // A minute on (the insider picks the time): after the revocation, whatever the clock.
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(60);
            const QString covered = appendRow(c, QStringLiteral("custody_events"), chain, QStringLiteral("ike"),
                                              QStringLiteral("note_added"),
                                              {{QLatin1String("note_sha256"), QString(64, QLatin1Char('0'))}}, at);
            QVERIFY(!covered.isEmpty());
            QSqlQuery seq(c);
            QVERIFY(seq.exec(QStringLiteral("SELECT max(seq) FROM custody_events WHERE chain = '%1'").arg(chain))
                    && seq.next());
            const qint64 coveredSeq = seq.value(0).toLongLong();
            seq.finish();
            auto p7s
                = CmsSignature::signDetached(*copied, CustodyRecorder::checkpointMessage(chain, coveredSeq, covered));
            QVERIFY(p7s);
            QVERIFY(!appendRow(c, QStringLiteral("custody_events"), chain, QStringLiteral("ike"),
                               QStringLiteral("checkpoint"),
                               {{QLatin1String("covers_seq"), coveredSeq},
                                {QLatin1String("covers_hash"), covered},
                                {QLatin1String("algorithm"), QStringLiteral("cms-ecdsa-p256-sha256")},
                                {QLatin1String("p7s"), QString::fromLatin1(p7s->toBase64())},
                                {QLatin1String("certificate_sha256"), copied->certificateFingerprint()}},
                               at)
                         .isEmpty());
        }
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(all(check).contains("after their certificate") && all(check).contains("was revoked"),
                 qPrintable(check.describe()));
        const auto verified = as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), m_case});
        QCOMPARE(verified.exitCode, 4);
        restore();
    }
};

QTEST_GUILESS_MAIN(TestInsiderKeys)
#include "TestInsiderKeys.moc"
