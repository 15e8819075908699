// Recipient key rotations in a database from before they were signed (database_created without
// signed_recipient_rotations, made here as TestSystemTrust makes its old database: created with today's code, then
// what today's code adds taken out — the audit chain re-hashed from its first event without the flag). A rotation the
// old version wrote unsigned still counts; the first login after the upgrade records, once, that rotations are signed
// from then on (recipient_rotations_signed), so an unsigned rotation an insider appends afterwards with the database
// key — their own key pair put in the recipient row — is refused by every reader of the key and named by `db check`
// (exit 4). Before, such a database accepted unsigned rotations until its first signed one. (Issue 12.)
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "custody/HashChain.h"
#include "db/RecipientRotation.h"
#include "db/WorkstationKeys.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestRecipientRotation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The audit chain rewritten from its first event with edit applied to each event (re-hashed, canonical), as the
    // database of an older version would hold it. False on failure.
    static bool rewriteAuditChain(QSqlDatabase& c, const std::function<void(QJsonObject&)>& edit)
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT seq, event FROM audit_log WHERE chain = '' ORDER BY seq")))
            return false;
        QList<QPair<qint64, QJsonObject>> events;
        while (q.next())
            events << qMakePair(q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        q.finish();
        QString prev = HashChain::genesisHash();
        for (auto& [seq, event] : events) {
            edit(event);
            const QByteArray text = canonicalJson(event);
            const QString hash = toHex(HashChain::link(prev, text));
            QSqlQuery u(c);
            u.prepare(QStringLiteral("UPDATE audit_log SET event = ?, prev_hash = ?, hash = ? WHERE chain = '' AND "
                                     "seq = ?"));
            for (const QVariant& v : {QVariant(QString::fromUtf8(text)), QVariant(prev), QVariant(hash), QVariant(seq)})
                u.addBindValue(v);
            if (!u.exec() || u.numRowsAffected() != 1)
                return false;
            prev = hash;
        }
        return !events.isEmpty();
    }

    // A rotation appended unsigned to the audit chain (as the older version wrote it, or as an insider does with the
    // database key), with a fresh key pair put in the recipient row. The new key id, empty on failure.
    static QString rotateUnsigned(QSqlDatabase& c, const QString& actor)
    {
        auto current = WorkstationKeys::recipientPublicKey(c);
        if (!current)
            return {};
        const X25519KeyPair fresh = X25519::generate();
        const QString freshId = toHex(X25519::keyId(fresh.publicKey));
        QSqlQuery head(c);
        if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_log WHERE chain = '' ORDER BY seq DESC LIMIT 1"))
            || !head.next())
            return {};
        const qint64 seq = head.value(0).toLongLong() + 1;
        const QString prev = head.value(1).toString();
        head.finish();
        const QString at = toUtcString(QDateTime::currentDateTimeUtc());
        const QJsonObject event {{QLatin1String("seq"), seq},
                                 {QLatin1String("at"), at},
                                 {QLatin1String("actor"), actor},
                                 {QLatin1String("action"), QStringLiteral("recipient_key_rotated")},
                                 {QLatin1String("details"),
                                  QJsonObject {{QLatin1String("retired_key_id"), toHex(X25519::keyId(*current))},
                                               {QLatin1String("recipient_key_id"), freshId}}}};
        const QByteArray text = canonicalJson(event);
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO audit_log (chain, seq, event, prev_hash, hash, at, actor, action) VALUES "
                                 "('', ?, ?, ?, ?, ?, ?, 'recipient_key_rotated')"));
        for (const QVariant& v : {QVariant(seq), QVariant(QString::fromUtf8(text)), QVariant(prev),
                                  QVariant(toHex(HashChain::link(prev, text))), QVariant(at), QVariant(actor)})
            q.addBindValue(v);
        if (!q.exec())
            return {};
        QSqlQuery swap(c);
        swap.prepare(QStringLiteral("UPDATE identity SET public_key = ?, private_key = ? WHERE name = 'recipient'"));
        swap.addBindValue(fresh.publicKey);
        swap.addBindValue(QByteArray(reinterpret_cast<const char*>(fresh.privateKey.data()), fresh.privateKey.isize()));
        return swap.exec() && swap.numRowsAffected() == 1 ? freshId : QString();
    }

    static qint64 markers(CaseDatabase& db)
    {
        return test::scalar(
            db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recipient_rotations_signed'"));
    }

private Q_SLOTS:
    void anOldDatabaseRefusesUnsignedRotationsAfterTheUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.lpdb"));
        QString legacyKey;
        {
            auto db = test::createDatabase(m_dir.path());
            QVERIFY(db && db->path() == path);
            QSqlDatabase c = db->connection();
            // What the older version wrote: database_created without the flag, and a rekey's unsigned rotation.
            QVERIFY(rewriteAuditChain(c, [](QJsonObject& event) {
                if (event.value(QLatin1String("action")).toString() != QLatin1String("database_created"))
                    return;
                QJsonObject details = event.value(QLatin1String("details")).toObject();
                details.remove(QLatin1String("signed_recipient_rotations"));
                event.insert(QLatin1String("details"), details);
            }));
            legacyKey = rotateUnsigned(c, QStringLiteral("admin"));
            QVERIFY(!legacyKey.isEmpty());
        }
        {
            // The first login after the upgrade: the old rotation still counts, and the line is drawn once.
            auto db = test::openAs(path, QStringLiteral("admin"));
            QVERIFY(db);
            QSqlDatabase c = db->connection();
            auto audited = RecipientRotation::audited(c);
            QVERIFY2(audited, qPrintable(audited.errorMessage()));
            QCOMPARE(audited->keyId, legacyKey);
            QVERIFY2(WorkstationKeys::recipientPublicKey(c), "the old version's rotation was refused");
            QCOMPARE(markers(*db), qint64(1));
            // The insider's rotation to their own key pair, unsigned, appended with the database key.
            const QString mine = rotateUnsigned(c, QStringLiteral("admin"));
            QVERIFY(!mine.isEmpty());
            auto refused = WorkstationKeys::recipientPublicKey(c);
            QVERIFY2(!refused, "an unsigned rotation after the upgrade was accepted");
            QCOMPARE(refused.error().kind, ErrorKind::Verification);
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("rotates the recipient key to %1").arg(mine))
                         && refused.errorMessage().contains(QLatin1String("no administrator signed it")),
                     qPrintable(refused.errorMessage()));
        }
        // db check names it (exit 4); the line is not drawn again after the forged rotation.
        const test::ProcessRun check
            = test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2((check.out + check.err).contains("no administrator signed it"), qPrintable(check.describe()));
        auto again = test::openAs(path, QStringLiteral("admin"));
        QVERIFY(again);
        QCOMPARE(markers(*again), qint64(1));
    }

    // A database created with signed rotations needs no line: nothing is recorded.
    void aNewDatabaseRecordsNoLine()
    {
        QTemporaryDir dir;
        {
            auto db = test::createDatabase(dir.path());
            QVERIFY(db);
        }
        auto db = test::openAs(dir.filePath(QStringLiteral("cases.lpdb")), QStringLiteral("admin"));
        QVERIFY(db);
        QCOMPARE(markers(*db), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRecipientRotation)
#include "TestRecipientRotation.moc"
