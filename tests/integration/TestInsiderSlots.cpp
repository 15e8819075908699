// The insider against key-slot integrity (issue 12): an investigator with their own passphrase, the slot file and
// sqlcipher plants a key slot for lena (pinned to the real CA, the other slots' proofs to lena deleted) and makes the
// users table agree with it — the recorded key cleared (trust on first use again) or set to the planted slot's key.
// The audit log records every slot's key when it is made (user_added, database_created): login refuses the planted
// slot (exit 4), `db check` names it (exit 4), and `db rekey` seals the new master key to no such slot.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sha256.h"
#include "custody/HashChain.h"
#include "db/KeySlotFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestInsiderSlots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::ProcessRun as(const QString& user, const QStringList& args, const QString& pass = {})
    {
        return test::cliAs(
            m_db, user, args,
            {{QStringLiteral("LPDESK_PASSPHRASE"), pass.isEmpty() ? user + QStringLiteral("-pass") : pass}});
    }
    test::ProcessRun sqlcipher(const QString& sql) { return test::sqlcipherAs(m_db, QStringLiteral("ivy"), sql); }
    static QString all(const test::ProcessRun& r) { return QString::fromUtf8(r.out + r.err); }

    // The insider's slot for lena (passphrase "mallory"), sealed to the master key from ivy's slot and pinned to
    // the CA lena's real slot is pinned to; the proofs other slots made for the real lena are deleted (they would
    // not hold for the planted key). Returns the planted slot's public key (hex), empty on failure.
    QString plantSlotForLena()
    {
        const QString slotPath = KeySlotFile::pathFor(m_db);
        auto file = KeySlotFile::load(slotPath);
        const KeySlot* real = file ? file->find(QStringLiteral("lena")) : nullptr;
        const auto key = test::run(test::testkitPath(), {QStringLiteral("master-key"), m_db, QStringLiteral("ivy")},
                                   {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        if (!real || key.exitCode != 0)
            return {};
        QByteArray raw = QByteArray::fromHex(key.out.trimmed());
        const SecureBytes master = SecureBytes::takeFrom(raw);
        auto planted = KeySlotFile::makeSlot(QStringLiteral("lena"), test::secret("mallory"), master, file->databaseId,
                                             file->generation, 10, real->caSha256);
        if (!planted)
            return {};
        file->remove(QStringLiteral("lena"));
        for (KeySlot& s : file->slots) {
            s.caPinProofs.remove(QStringLiteral("lena"));
            s.auditHeadProofs.remove(QStringLiteral("lena"));
        }
        file->slots.append(*planted);
        return file->save(slotPath) ? toHex(planted->publicKey) : QString();
    }
    // The insider's "mallory" slot for lena: login refused (exit 4) and db check names it (exit 4).
    void plantedSlotIsRefusedAndNamed()
    {
        const auto login = as(QStringLiteral("lena"), {QStringLiteral("whoami")}, QStringLiteral("mallory"));
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("differs from the one the audit log records"), qPrintable(login.describe()));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(all(check).contains(QLatin1String("key slot for lena differs from the one the audit log records")),
                 qPrintable(check.describe()));
    }
    // What an insider does with sqlcipher and HashChain's rule: an audit event appended to the chain, hashed over the
    // one before (audit events are hashed, not signed). False when a step fails.
    bool appendAuditEvent(const QString& action, const QJsonObject& details)
    {
        const auto head = sqlcipher(
            QStringLiteral("SELECT seq || ' ' || hash FROM audit_log WHERE chain = '' ORDER BY seq DESC LIMIT 1;"));
        const QStringList parts = QString::fromUtf8(head.out.trimmed()).section(QLatin1Char('\n'), -1).split(u' ');
        if (head.exitCode != 0 || parts.size() != 2)
            return false;
        const qint64 seq = parts.at(0).toLongLong() + 1;
        const QString at = toUtcString(QDateTime::currentDateTimeUtc());
        const QByteArray text = canonicalJson(QJsonObject {{QLatin1String("seq"), seq},
                                                           {QLatin1String("at"), at},
                                                           {QLatin1String("actor"), QStringLiteral("admin")},
                                                           {QLatin1String("action"), action},
                                                           {QLatin1String("details"), details}});
        const auto insert = sqlcipher(
            QStringLiteral("INSERT INTO audit_log (chain, seq, event, prev_hash, hash, at, "
                           "actor, action) VALUES ('', %1, '%2', '%3', '%4', '%5', 'admin', "
                           "'%6');")
                .arg(seq)
                .arg(QString::fromUtf8(text), parts.at(1), toHex(HashChain::link(parts.at(1), text)), at, action));
        return insert.exitCode == 0 && !insert.err.contains("Error");
    }
    // The planted slot, and lena's users row edited to its key (what the row says agrees with the slot).
    QString plantSlotForLenaWithHerRow()
    {
        const QString planted = plantSlotForLena();
        const auto edited
            = sqlcipher(QStringLiteral("UPDATE users SET slot_public_key = '%1' WHERE name = 'lena';").arg(planted));
        return planted.isEmpty() || edited.exitCode != 0 ? QString() : planted;
    }
    void save() { QVERIFY(test::saveDatabaseFiles(m_db)); }
    void restore()
    {
        QVERIFY(test::restoreDatabaseFiles(m_db));
        const auto ok = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QCOMPARE(as(QStringLiteral("lena"), {QStringLiteral("whoami")}).exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(
            m_dir.filePath(QStringLiteral("db")),
            {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}});
        QVERIFY(!m_db.isEmpty());
        QCOMPARE(as(QStringLiteral("lena"), {QStringLiteral("whoami")}).exitCode, 0);
        const auto ok = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    }

    // The recorded key cleared with sqlcipher: the slot is not trusted on first use again. lena's own slot still
    // opens (it is the one the audit log records) and her login puts the key back; a planted one is refused.
    void clearedSlotKeyIsNotTrustedOnFirstUse()
    {
        save();
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE users SET slot_public_key = NULL WHERE name = 'lena';")).exitCode, 0);
        const auto cleared = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(cleared.exitCode, 4);
        QVERIFY2(all(cleared).contains(QLatin1String("users table no longer records the key slot of lena")),
                 qPrintable(cleared.describe()));

        QVERIFY(!plantSlotForLena().isEmpty());
        plantedSlotIsRefusedAndNamed();
        restore();

        // lena's genuine slot with the column cleared: she signs in, and the key is recorded again.
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE users SET slot_public_key = NULL WHERE name = 'lena';")).exitCode, 0);
        const auto genuine = as(QStringLiteral("lena"), {QStringLiteral("whoami")});
        QVERIFY2(genuine.exitCode == 0, qPrintable(genuine.describe()));
        const auto healed = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(healed.exitCode == 0, qPrintable(healed.describe()));
        restore();
    }

    // Both at once: a planted slot and the users row edited to its key. The row agrees with the slot; the audit log
    // does not.
    void plantedSlotWithEditedRowIsRefusedAndNamed()
    {
        save();
        const QString planted = plantSlotForLenaWithHerRow();
        QVERIFY(!planted.isEmpty());
        plantedSlotIsRefusedAndNamed();
        restore();
    }

    // The insider also appends a user_added event naming the planted slot's key (the audit chain is hashed, not
    // signed): the record then agrees with the slot, but the slot holds no signing key of lena's certificate from
    // the organisation CA, which audit event personal_certificate_issued says she has. Login refused.
    void forgedUserAddedDoesNotVouchForAPlantedSlot()
    {
        save();
        const QString planted = plantSlotForLenaWithHerRow();
        QVERIFY(!planted.isEmpty());
        QVERIFY(appendAuditEvent(QStringLiteral("user_added"),
                                 {{QLatin1String("user"), QStringLiteral("lena")},
                                  {QLatin1String("role"), QStringLiteral("legal")},
                                  {QLatin1String("slot_public_key"), planted}}));
        const auto login = as(QStringLiteral("lena"), {QStringLiteral("whoami")}, QStringLiteral("mallory"));
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("holds no personal signing key"), qPrintable(login.describe()));
        restore();
    }

    // A rekey with the recorded key cleared and a planted slot: the new master key is sealed only to slots the audit
    // log records, and the rekey's audit event names the slot it left out.
    void rekeyDropsASlotTheAuditLogDoesNotRecord()
    {
        save();
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE users SET slot_public_key = NULL WHERE name = 'lena';")).exitCode, 0);
        QVERIFY(!plantSlotForLena().isEmpty());
        const auto rekey = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("rekey")});
        QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.describe()));
        auto file = KeySlotFile::load(KeySlotFile::pathFor(m_db));
        QVERIFY(file);
        QVERIFY2(!file->find(QStringLiteral("lena")), "the planted slot still receives the master key");
        const auto login = as(QStringLiteral("lena"), {QStringLiteral("whoami")}, QStringLiteral("mallory"));
        QVERIFY2(login.exitCode == 3 || login.exitCode == 4, qPrintable(login.describe()));
        const auto shown
            = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        bool named = false;
        for (const QJsonValue v : QJsonDocument::fromJson(shown.out).array()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("action")).toString() == QLatin1String("rekey_started"))
                named = QJsonDocument(e).toJson().contains("\"dropped_slots\"")
                    && QJsonDocument(e).toJson().contains("lena");
        }
        QVERIFY2(named, qPrintable(shown.describe()));
        restore();
    }
};

QTEST_GUILESS_MAIN(TestInsiderSlots)
#include "TestInsiderSlots.moc"
