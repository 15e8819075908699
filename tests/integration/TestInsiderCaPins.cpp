// The insider against the organisation CA pin of the key slots (issue 12): an investigator with their own passphrase,
// the slot file, sqlcipher with the raw key from their slot, and the LP Desk source code (KeySlotFile, CaPinning)
// replaces the CA certificate row with a CA of their own and tries to get it pinned — in slots from before pinning
// (the upgrade path) and by rewriting the pins of every slot so that they all agree; and rewrites the whole audit
// log with a new anchor file of their own.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"
#include "custody/HashChain.h"
#include "db/CaPinning.h"
#include "db/KeySlotFile.h"
#include "db/WorkstationKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace lpdesk;

class TestInsiderCaPins : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_rogueSha;
    QByteArray m_roguePem;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static test::ProcessRun as(const QString& db, const QString& user, const QStringList& args)
    {
        return test::cliAs(db, user, args, {{QStringLiteral("LPDESK_PASSPHRASE"), user + QStringLiteral("-pass")}});
    }
    static QString said(const test::ProcessRun& r) { return QString::fromUtf8(r.out + r.err); }
    static QString rawKey(const QString& db)
    {
        const auto r = test::run(test::testkitPath(), {QStringLiteral("master-key"), db, QStringLiteral("ivy")},
                                 {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        return QString::fromLatin1(r.out.trimmed());
    }
    static test::ProcessRun sqlcipher(const QString& db, const QString& sql)
    {
        const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                                      .arg(rawKey(db), sql)
                                      .toUtf8();
        return test::run(QStringLiteral("sqlcipher"), {db}, {}, script);
    }
    static bool setCaRow(const QString& db, const QByteArray& pem)
    {
        return sqlcipher(db,
                         QStringLiteral("UPDATE identity SET certificate = '%1' WHERE name = 'org_ca';")
                             .arg(QString::fromLatin1(pem)))
                   .exitCode
            == 0;
    }
    static QString pinOf(const QString& db, const QString& user)
    {
        auto file = KeySlotFile::load(KeySlotFile::pathFor(db));
        return file && file->find(user) ? file->find(user)->caSha256 : QStringLiteral("?");
    }
    // What the insider can do to their own slot with their passphrase and the source code: pin it to any
    // certificate and prove that pin to every other slot.
    static bool insiderPins(const QString& db, const QString& sha)
    {
        auto file = KeySlotFile::load(KeySlotFile::pathFor(db));
        if (!file)
            return false;
        auto keys = file->unlock(QStringLiteral("ivy"), test::passphraseOf("ivy"));
        if (!keys || !file->pinCa(QStringLiteral("ivy"), keys->wrapKey, sha))
            return false;
        CaPinning::writeProofs(*file, QStringLiteral("ivy"), keys->slotPrivateKey);
        return bool(file->save(KeySlotFile::pathFor(db)));
    }
    // The clear ca_sha256 field of another person's slot, edited in the JSON file (no passphrase needed).
    static bool editPinField(const QString& db, const QString& user, const QString& sha)
    {
        const QString slotPath = KeySlotFile::pathFor(db);
        QJsonObject root = QJsonDocument::fromJson(test::readFile(slotPath)).object();
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        bool found = false;
        for (QJsonValueRef v : slots) {
            QJsonObject o = v.toObject();
            if (o.value(QLatin1String("user")).toString() == user) {
                o.insert(QLatin1String("ca_sha256"), sha);
                v = o;
                found = true;
            }
        }
        root.insert(QLatin1String("slots"), slots);
        return found && test::writeFile(slotPath, QJsonDocument(root).toJson());
    }

    // The whole audit chain rewritten from its first event, as the insider does it with sqlcipher and the source
    // code: `keep` decides which events stay (renumbered, re-hashed, in canonical form); database_created no longer
    // says anchor_file, the anchor file and meta.anchor_last are deleted, the key-slot file's audit position is
    // MACed again with the key derived from the master key and the insider's own slot sealed with the new head.
    // Returns the new head seq, or 0.
    static qint64 rewriteAuditLog(const QString& db, const std::function<bool(const QJsonObject&)>& keep)
    {
        const auto rows = sqlcipher(db,
                                    QStringLiteral(".mode list\n.separator \"\\t\"\nSELECT seq, event FROM "
                                                   "audit_log WHERE chain = '' ORDER BY seq;"));
        QString sql = QStringLiteral("BEGIN;\nDELETE FROM audit_log WHERE chain = '';\n");
        QString prev = QString(64, QLatin1Char('0'));
        qint64 seq = 0;
        for (const QByteArray& line : rows.out.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            QJsonObject event = QJsonDocument::fromJson(line.mid(tab + 1)).object();
            if (tab < 0 || event.isEmpty() || !keep(event))
                continue;
            if (event.value(QLatin1String("action")).toString() == QLatin1String("database_created")) {
                QJsonObject details = event.value(QLatin1String("details")).toObject();
                details.remove(QLatin1String("anchor_file"));
                event.insert(QLatin1String("details"), details);
            }
            event.insert(QLatin1String("seq"), ++seq);
            const QByteArray text = canonicalJson(event);
            const QString hash = toHex(HashChain::link(prev, text));
            QString quoted = QString::fromUtf8(text);
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            sql += QStringLiteral("INSERT INTO audit_log (chain, seq, event, prev_hash, hash, at, actor, action) "
                                  "VALUES ('', %1, '%2', '%3', '%4', '%5', '%6', '%7');\n")
                       .arg(seq)
                       .arg(quoted, prev, hash, event.value(QLatin1String("at")).toString(),
                            event.value(QLatin1String("actor")).toString(),
                            event.value(QLatin1String("action")).toString());
            prev = hash;
        }
        sql += QStringLiteral("DELETE FROM meta WHERE key = 'anchor_last';\nCOMMIT;\n");
        if (seq == 0 || sqlcipher(db, sql).exitCode != 0 || !QFile::remove(db + QStringLiteral(".anchors")))
            return 0;
        auto file = KeySlotFile::load(KeySlotFile::pathFor(db));
        QByteArray raw = QByteArray::fromHex(rawKey(db).toLatin1());
        auto key = hkdfSha256(raw, file->databaseId.toUtf8(), "lpdesk-audit-anchor-v1", 32);
        if (!file || !key)
            return 0;
        // Their own slot's sealed head they can reseal (their passphrase); nobody else's.
        auto own = file->unlock(QStringLiteral("ivy"), test::passphraseOf("ivy"));
        if (!own || !file->sealPinBox(QStringLiteral("ivy"), own->wrapKey, {}, seq, prev))
            return 0;
        file->anchorSeq = seq;
        file->anchorHash = prev;
        file->anchorMac = toHex(
            hmacSha256(key->view(), QStringLiteral("%1|%2|%3").arg(file->databaseId).arg(seq).arg(prev).toUtf8()));
        return file->save(KeySlotFile::pathFor(db)) ? seq : 0;
    }

    // cases.lpdb in dir name with admin, ivy and lena (legal) and max; orgCaPem: the real CA certificate, as
    // `key export-ca` writes it (the copy the organisation keeps).
    QString newDatabase(const QString& name, QByteArray* orgCaPem)
    {
        const QString db = test::createDatabaseWith(path(name),
                                                    {{QStringLiteral("ivy"), Role::Investigator},
                                                     {QStringLiteral("lena"), Role::Legal},
                                                     {QStringLiteral("max"), Role::Investigator}});
        const QString orgCa = path(name + QStringLiteral("-org-ca.pem"));
        if (db.isEmpty()
            || as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("export-ca"), orgCa}).exitCode
                != 0)
            return {};
        *orgCaPem = test::readFile(orgCa);
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_roguePem = test::makeRogueCa(path(QStringLiteral("rogue-ca.key")), path(QStringLiteral("rogue-ca.pem")));
        m_rogueSha = WorkstationKeys::certificateFingerprint(m_roguePem);
        QCOMPARE(m_rogueSha.size(), 64);
    }

    // The upgrade path. Every slot is from before pinning; the insider replaces the CA row and pins their own slot
    // to it (proving that pin to everyone). lena's next login used to pin her slot to whatever row every pinned slot
    // agreed with — the insider's. Now only an administrator's proven pin vouches: lena is refused, db check names
    // it, an administrator's confirmation of the wrong certificate is refused, and once the real row is back and
    // confirmed, lena is pinned to it.
    void upgradedSlotsAreNotPinnedToAReplacedCa()
    {
        QByteArray realPem;
        const QString db = newDatabase(QStringLiteral("upgrade"), &realPem);
        QVERIFY(!db.isEmpty());
        const QString realSha = WorkstationKeys::certificateFingerprint(realPem);
        QCOMPARE(pinOf(db, QStringLiteral("lena")), realSha);
        for (const QString& user :
             {QStringLiteral("admin"), QStringLiteral("ivy"), QStringLiteral("lena"), QStringLiteral("max")}) {
            QVERIFY2(test::makeSlotFromBeforePinning(db, user), qPrintable(user));
            QCOMPARE(pinOf(db, user), QString());
        }

        QVERIFY(setCaRow(db, m_roguePem));
        QVERIFY(insiderPins(db, m_rogueSha));
        QCOMPARE(pinOf(db, QStringLiteral("ivy")), m_rogueSha);

        const auto lena = as(db, QStringLiteral("lena"), {QStringLiteral("whoami")});
        QCOMPARE(lena.exitCode, 4);
        QVERIFY2(said(lena).contains("no administrator's key slot vouches"), qPrintable(lena.describe()));
        QCOMPARE(pinOf(db, QStringLiteral("lena")), QString());
        const auto check = as(db, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(said(check).contains("no administrator's key slot vouches")
                     && said(check).contains("ivy pinned it without an administrator's proof"),
                 qPrintable(check.describe()));
        QCOMPARE(pinOf(db, QStringLiteral("admin")), QString());
        // Only an administrator confirms, and only the certificate that is in the row.
        QCOMPARE(
            as(db, QStringLiteral("ivy"), {QStringLiteral("key"), QStringLiteral("confirm-ca"), m_rogueSha}).exitCode,
            3);
        const auto wrong
            = as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("confirm-ca"), realSha});
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(said(wrong).contains("is not the one you confirmed"), qPrintable(wrong.describe()));
        QCOMPARE(pinOf(db, QStringLiteral("admin")), QString());

        // The real certificate back and confirmed: lena is pinned on the administrator's proven word.
        QVERIFY(setCaRow(db, realPem));
        const auto confirmed
            = as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("confirm-ca"), realSha});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
        QCOMPARE(pinOf(db, QStringLiteral("admin")), realSha);
        const auto after = as(db, QStringLiteral("lena"), {QStringLiteral("whoami")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
        QVERIFY2(said(after).contains("ivy"), qPrintable(after.describe())); // the insider's slot is named
        QCOMPARE(pinOf(db, QStringLiteral("lena")), realSha);
        const auto named = as(db, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(named.exitCode, 4);
        QVERIFY2(said(named).contains("key slots of ivy"), qPrintable(named.describe()));
        const auto audit = as(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("show")});
        QVERIFY2(said(audit).contains("ca_certificate_confirmed"), qPrintable(audit.describe()));
    }

    // The insider re-pins their own slot to their CA and edits the pin field of every other slot to match, so that
    // all slots agree with the replaced row. The others' slots no longer open under the edited pin: their owners
    // used to get "wrong passphrase" (exit 3) and nothing named the forgery. Each slot carries its pin sealed under
    // its owner's key, so each login (and db check) now names the rewrite (exit 4).
    void rewrittenPinsAreNamed()
    {
        QByteArray realPem;
        const QString db = newDatabase(QStringLiteral("rewrite"), &realPem);
        QVERIFY(!db.isEmpty());
        for (const QString& user :
             {QStringLiteral("admin"), QStringLiteral("ivy"), QStringLiteral("lena"), QStringLiteral("max")})
            QCOMPARE(as(db, user, {QStringLiteral("whoami")}).exitCode, 0);
        const QString realSha = pinOf(db, QStringLiteral("lena"));
        QCOMPARE(realSha, WorkstationKeys::certificateFingerprint(realPem));

        QVERIFY(setCaRow(db, m_roguePem));
        QVERIFY(insiderPins(db, m_rogueSha));
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("lena"), QStringLiteral("max")})
            QVERIFY(editPinField(db, user, m_rogueSha));
        for (const QString& user : {QStringLiteral("lena"), QStringLiteral("max")}) {
            const auto login = as(db, user, {QStringLiteral("whoami")});
            QCOMPARE(login.exitCode, 4);
            QVERIFY2(said(login).contains("changed the pin behind its owner's back")
                         && said(login).contains(realSha.left(16)),
                     qPrintable(login.describe()));
        }
        const auto check = as(db, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(said(check).contains("The key slot of admin was pinned"), qPrintable(check.describe()));

        // The fields and the row put back, the insider's own re-pin left: it blocks only the insider; everyone
        // else signs in and is told. A single field edited alone: the others see that its owner's proof no longer
        // holds.
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("lena"), QStringLiteral("max")})
            QVERIFY(editPinField(db, user, realSha));
        QVERIFY(setCaRow(db, realPem));
        QCOMPARE(as(db, QStringLiteral("ivy"), {QStringLiteral("whoami")}).exitCode, 4);
        const auto lena = as(db, QStringLiteral("lena"), {QStringLiteral("whoami")});
        QVERIFY2(lena.exitCode == 0 && said(lena).contains("key slots of ivy are pinned to another"),
                 qPrintable(lena.describe()));
        QVERIFY(editPinField(db, QStringLiteral("max"), m_rogueSha));
        const auto admin = as(db, QStringLiteral("admin"), {QStringLiteral("whoami")});
        QCOMPARE(admin.exitCode, 4);
        QVERIFY2(said(admin).contains("key slots of max is not the one their owners proved to you"),
                 qPrintable(admin.describe()));
    }

    // The whole audit log rewritten from its first event (here: lena's sign-ins and her approval of nothing are
    // taken out), the anchor file deleted and started again by the insider's own `db anchor`, the key-slot file's
    // audit position re-MACed with the master key. Nothing inside the database used to notice (db check exit 0;
    // only delivered packages and TSA dates could). Each person's slot now seals the head their last session saw
    // under their own key: the rewritten log no longer holds it; db check and audit verify fail (exit 4) and their
    // sign-in warns.
    void wholeAuditLogRewriteIsNamed()
    {
        QByteArray realPem;
        const QString db = newDatabase(QStringLiteral("history"), &realPem);
        QVERIFY(!db.isEmpty());
        for (const QString& user :
             {QStringLiteral("ivy"), QStringLiteral("lena"), QStringLiteral("admin"), QStringLiteral("ivy")})
            QCOMPARE(as(db, user, {QStringLiteral("whoami")}).exitCode, 0);
        QCOMPARE(as(db, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);

        const qint64 head = rewriteAuditLog(db, [](const QJsonObject& event) {
            const QString action = event.value(QLatin1String("action")).toString();
            return action != QLatin1String("anchor_written")
                && !(action == QLatin1String("login")
                     && event.value(QLatin1String("actor")).toString() == QLatin1String("lena"));
        });
        QVERIFY(head > 0);
        const auto anchor = as(db, QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QVERIFY2(anchor.exitCode == 0, qPrintable(anchor.describe()));
        QVERIFY(QFile::exists(db + QStringLiteral(".anchors")));

        const auto check = as(db, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(said(check).contains("admin's last session saw"), qPrintable(check.describe()));
        // lena's head too, as her slot proves it to the administrator (not the insider's to fake).
        QVERIFY2(said(check).contains("lena's last session saw") && said(check).contains("proves to you"),
                 qPrintable(check.describe()));
        // lena is told at every sign-in (her slot keeps the head she saw until the log is restored), and her own
        // audit verify fails.
        for (int i = 0; i < 2; ++i) {
            const auto lena = as(db, QStringLiteral("lena"), {QStringLiteral("whoami")});
            QVERIFY2(said(lena).contains("warning: Audit event") && said(lena).contains("lena's last session saw"),
                     qPrintable(lena.describe()));
        }
        QCOMPARE(as(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestInsiderCaPins)
#include "TestInsiderCaPins.moc"
