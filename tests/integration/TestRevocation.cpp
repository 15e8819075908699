// Revocation that revokes (issue 12): after `user remove --rekey`, nothing the removed person's slot ever yielded —
// the master key, their slot key, their signing key, and every key they could read from the database with that
// master key and sqlcipher — decrypts what is pulled afterwards or opens the database; files from before stay
// readable for the people who remain (and `db reencrypt` moves them to the new key). The removed person's
// certificate is on the CA's revocation list (`openssl crl` reads it), packages carry it, and an approval made after
// a reviewer's revocation is refused. The CA key is not reachable from a non-admin slot, through core or sqlcipher.
// When an approval was made is the time-stamp authority's word (an RFC 3161 token over the approval's signature),
// never the signer's clock: a removed reviewer's captured key, a back-dated approval written with sqlcipher, and a
// TSA of the insider's own with a clock a day behind all fail to approve anything after the revocation.
#include "TestSupport.h"
#include "World.h"

#include "TestServers.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "crypto/X25519.h"
#include "db/CaseDatabase.h"
#include "db/KeySlotFile.h"
#include "db/UserDirectory.h"
#include "export/ReleaseApproval.h"
#include "export/ReleaseService.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace lpdesk;

class TestRevocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    // Approved by lena with a clock one day ahead before a TSA was configured (only her clock dates them):
    QString m_futureA; // exported before she is removed; `verify --crl` with the newer list refuses it
    QString m_futureB; // exported after she is removed: refused
    QString m_now; // approved by lena (time-stamped) before she is removed: still exports
    QString m_skewed; // approved by lena with a clock a day ahead, but time-stamped before her removal: exports
    QString m_pending; // never approved: the insider forges lena's approval of it after her removal
    QString m_tsaDir;
    QString m_tsaUrl;
    QProcess m_tsaServer;
    QProcess m_rogueTsaServer;
    std::optional<SigningIdentity> m_lenaKey; // lena's personal signing key, captured before her removal
    QByteArray m_oldWorkstationKey; // the workstation signing key (DER) mallory read before the rotation
    QByteArray m_oldWorkstationChain; // its certificate chain (PEM)
    QStringList m_stores;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    // The same command with the clock one day ahead (libfaketime), as a person with a wrong clock would sign.
    test::ProcessRun tomorrowAs(const QString& user, const QStringList& args)
    {
        return test::run(test::cliPath(), args, test::fakeTime(QStringLiteral("+1d"), test::envAs(m_db, user)));
    }
    static QJsonValue json(const test::ProcessRun& r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // Everything a person holds after copying their own slot: "<kind> <hex>" from the test kit.
    QMap<QString, QByteArray> slotSecrets(const QString& user)
    {
        const auto r = test::run(test::testkitPath(), {QStringLiteral("slot-secrets"), m_db, user},
                                 {{QStringLiteral("LPDESK_PASSPHRASE"), user + QStringLiteral("-pass")}});
        QMap<QString, QByteArray> out;
        for (const QByteArray& line : r.out.split('\n'))
            if (const int sp = line.indexOf(' '); sp > 0)
                out.insert(QString::fromLatin1(line.left(sp)), QByteArray::fromHex(line.mid(sp + 1)));
        return out;
    }
    test::ProcessRun sqlcipher(const QByteArray& masterKey, const QString& sql)
    {
        const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                                      .arg(QString::fromLatin1(masterKey.toHex()), sql)
                                      .toUtf8();
        return test::run(QStringLiteral("sqlcipher"), {m_db}, {}, script);
    }
    QSet<QString> encryptedFiles() const
    {
        QSet<QString> out;
        QDirIterator it(m_db + QStringLiteral(".media"), {QStringLiteral("*.lpenc")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.insert(it.next());
        return out;
    }
    QString request()
    {
        const auto r
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                  QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"), QStringLiteral("pd")});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    QStringList approveArgs(const QString& id)
    {
        return {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                QStringLiteral("ok")};
    }
    // Registers the first store of the drop that is not registered yet, and pulls it as ivy.
    void addStoreAndPull(const QString& drop)
    {
        QStringList stores = test::storesIn(drop);
        stores.removeIf([this](const QString& s) { return m_stores.contains(s); });
        QVERIFY(!stores.isEmpty());
        const QString store = stores.first();
        m_stores << store;
        QVERIFY(test::addStore(m_db, drop, store));
        QVERIFY(test::pull(m_db, QStringLiteral("ivy"), {store}));
    }
    void storeSim(const QString& out, const QString& recipient, int stores, int seed)
    {
        QVERIFY(test::storeSim(out, recipient,
                               {QStringLiteral("--stores"), QString::number(stores), QStringLiteral("--incidents"),
                                QStringLiteral("2"), QStringLiteral("--clip-seconds"), QStringLiteral("2"),
                                QStringLiteral("--seed"), QString::number(seed)}));
    }
    // The organisation's time-stamp authority (tests/integration/tsa_server.py, openssl ts), set by the
    // administrator, who signs the settings.
    bool setTsa()
    {
        const auto set
            = as(QStringLiteral("admin"),
                 {QStringLiteral("tsa"), m_tsaUrl, QStringLiteral("--ca"), m_tsaDir + QStringLiteral("/ca.pem")});
        return set.exitCode == 0;
    }
    static QString opensslSerial(const QByteArray& certificatePem, const QString& dir)
    {
        const QString file = dir + QStringLiteral("/cert.pem");
        if (!test::writeFile(file, certificatePem))
            return {};
        const auto r = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"), QStringLiteral("-serial")});
        return QString::fromLatin1(r.out.trimmed()).section(QLatin1Char('='), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The first recipient key's drop (recipient.txt): one store, pulled by ivy.
        test::World world;
        QVERIFY(world.build(m_dir.path(),
                            {.people = {{QStringLiteral("ivy"), Role::Investigator},
                                        {QStringLiteral("mallory"), Role::Investigator},
                                        {QStringLiteral("lena"), Role::Legal},
                                        {QStringLiteral("audrey"), Role::Auditor}},
                             .incidents = 2,
                             .clipSeconds = 2,
                             .seed = 5,
                             .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        m_stores << world.stores;
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Revocation"), incident);
        QVERIFY(!m_case.isEmpty());
        m_futureA = request();
        m_futureB = request();
        m_now = request();
        m_skewed = request();
        m_pending = request();
        QVERIFY(!m_futureA.isEmpty() && !m_futureB.isEmpty() && !m_now.isEmpty() && !m_skewed.isEmpty()
                && !m_pending.isEmpty());
        for (const QString& id : {m_futureA, m_futureB}) {
            const auto approve = tomorrowAs(QStringLiteral("lena"), approveArgs(id));
            QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        }
        // From now on the organisation's TSA stamps approvals (and anchors, and packages).
        m_tsaDir = path(QStringLiteral("tsa"));
        QVERIFY(test::makeTsa(m_tsaDir));
        m_tsaUrl = test::startTsa(m_tsaServer, m_tsaDir);
        QVERIFY(!m_tsaUrl.isEmpty());
        QVERIFY(setTsa());
        const auto approve = as(QStringLiteral("lena"), approveArgs(m_now));
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        // What lena could copy before she leaves: her own signing key (core hands it to her session).
        auto lena = CaseDatabase::open(m_db, QStringLiteral("lena"), test::secret("lena-pass"));
        QVERIFY2(lena, qPrintable(lena.errorMessage()));
        auto key = (*lena)->personalIdentity();
        QVERIFY2(key, qPrintable(key.errorMessage()));
        m_lenaKey.emplace(std::move(*key));
    }

    void cleanupTestCase()
    {
        for (QProcess* p : {&m_tsaServer, &m_rogueTsaServer}) {
            p->kill();
            p->waitForFinished();
        }
    }

    // The CA key is sealed to administrators' slots only: an investigator's slot, core session and raw database
    // key (sqlcipher) do not reach it; an administrator's slot does.
    void investigatorCannotObtainTheCaKey()
    {
        const auto admin = slotSecrets(QStringLiteral("admin"));
        QVERIFY2(admin.contains(QStringLiteral("ca")), "the administrator's slot holds the CA key");
        const QByteArray caKey = admin.value(QStringLiteral("ca"));
        const auto ivy = slotSecrets(QStringLiteral("ivy"));
        QVERIFY(ivy.contains(QStringLiteral("master")));
        QVERIFY(ivy.contains(QStringLiteral("signing")));
        QVERIFY(!ivy.contains(QStringLiteral("ca")));

        // Raw key from ivy's slot: the whole database, dumped, does not contain the CA key's bytes.
        const auto dump = sqlcipher(ivy.value(QStringLiteral("master")), QStringLiteral(".dump"));
        QVERIFY2(dump.exitCode == 0 && dump.out.contains("CREATE TABLE identity"), qPrintable(dump.describe()));
        QVERIFY(!dump.out.toUpper().contains(caKey.toHex().toUpper()));
        const auto row = sqlcipher(ivy.value(QStringLiteral("master")),
                                   QStringLiteral("SELECT count(*) FROM identity WHERE name = 'org_ca' AND "
                                                  "private_key IS NOT NULL;"));
        QCOMPARE(row.out.trimmed(), QByteArray("0"));
        // Nor is it anywhere in the slot file in the clear.
        QVERIFY(!test::readFile(KeySlotFile::pathFor(m_db)).toUpper().contains(caKey.toHex().toUpper()));

        // Through core: ivy's session is refused, the administrator's is not.
        {
            auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            auto ca = (*db)->caIdentity();
            QVERIFY(!ca);
            QCOMPARE(ca.error().kind, ErrorKind::Permission);
        }
        {
            auto db = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY((*db)->caIdentity());
        }
        // Certificates are issued by an administrator at `user add` (audited), never at a non-admin's login.
        const auto audit
            = as(QStringLiteral("audrey"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
        QStringList issuedTo;
        for (const QJsonValue& v : json(audit).toArray())
            if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("personal_certificate_issued"))
                issuedTo << v.toObject().value(QLatin1String("actor")).toString() + QLatin1Char('>')
                        + v.toObject()
                              .value(QLatin1String("details"))
                              .toObject()
                              .value(QLatin1String("user"))
                              .toString();
        QVERIFY2(issuedTo.contains(QStringLiteral("admin>ivy")), qPrintable(issuedTo.join(u' ')));
        QVERIFY2(issuedTo.contains(QStringLiteral("admin>lena")), qPrintable(issuedTo.join(u' ')));
    }

    void removedUsersKeysDecryptNothingPulledAfterwards()
    {
        // What mallory takes before she is removed: every secret of her slot, and with the master key every
        // private key the database holds (sqlcipher).
        const auto secrets = slotSecrets(QStringLiteral("mallory"));
        const QByteArray oldMaster = secrets.value(QStringLiteral("master"));
        QCOMPARE(oldMaster.size(), 32);
        const auto rows = sqlcipher(
            oldMaster, QStringLiteral("SELECT hex(private_key) FROM identity WHERE private_key IS NOT NULL;"));
        QVERIFY2(rows.exitCode == 0, qPrintable(rows.describe()));
        QList<QByteArray> stolen;
        for (const QByteArray& s : secrets)
            stolen << s;
        for (const QByteArray& line : rows.out.split('\n'))
            if (!line.trimmed().isEmpty())
                stolen << QByteArray::fromHex(line.trimmed());
        QVERIFY(stolen.size() >= 5); // slot, master, signing; recipient and workstation signing keys
        // The workstation's signing key and certificate chain as mallory reads them (manifests are signed with it).
        const auto workstation
            = sqlcipher(oldMaster,
                        QStringLiteral("SELECT hex(private_key) || '|' || hex(certificate) FROM identity WHERE name = "
                                       "'signing';"));
        const QList<QByteArray> parts = workstation.out.trimmed().split('|');
        QCOMPARE(parts.size(), 2);
        m_oldWorkstationKey = QByteArray::fromHex(parts.at(0));
        m_oldWorkstationChain = QByteArray::fromHex(parts.at(1));
        QVERIFY(m_oldWorkstationChain.contains("BEGIN CERTIFICATE"));
        const QSet<QString> before = encryptedFiles();
        QVERIFY(!before.isEmpty());

        const QString newRecipient = path(QStringLiteral("recipient-2.txt"));
        const auto removed = as(QStringLiteral("admin"),
                                {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("mallory"),
                                 QStringLiteral("--rekey"), QStringLiteral("--recipient-out"), newRecipient});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(QString::fromUtf8(removed.out.trimmed()), newRecipient);
        QVERIFY2(removed.err.contains("Give this file to every store"), removed.err.constData());
        QVERIFY(test::readFile(newRecipient) != test::readFile(path(QStringLiteral("recipient.txt"))));

        // The store gets the new key; what is pulled now is encrypted to it.
        storeSim(path(QStringLiteral("drop2")), newRecipient, 2, 6);
        addStoreAndPull(path(QStringLiteral("drop2")));
        const QSet<QString> fresh = encryptedFiles() - before;
        QVERIFY2(fresh.size() >= 2, "new clips and a POS journal were pulled");

        for (const QString& file : fresh) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            LpencHeader header;
            LpencFault fault = LpencFault::None;
            QVERIFY(LpencHeader::parse(f.read(lpenc::HeaderSize), &header, &fault));
            for (const QByteArray& key : stolen) {
                if (key.size() != X25519::KeySize)
                    continue; // DER signing keys are not X25519 keys
                X25519KeyPair pair;
                pair.privateKey = SecureBytes(key.constData(), static_cast<std::size_t>(key.size()));
                auto pub = X25519::publicFromPrivate(pair.privateKey);
                QVERIFY(pub);
                pair.publicKey = *pub;
                QVERIFY2(X25519::keyId(pair.publicKey) != header.recipientKeyId,
                         qPrintable(QStringLiteral("%1 is encrypted to a key mallory held").arg(file)));
                auto reader = LpencReader::open(file, pair);
                QVERIFY2(!reader, qPrintable(file));
            }
        }
        // The workstation signing key was replaced too, and the old certificate is on the revocation list.
        {
            const auto now = sqlcipher(slotSecrets(QStringLiteral("admin")).value(QStringLiteral("master")),
                                       QStringLiteral("SELECT hex(private_key) FROM identity WHERE name = 'signing';"));
            QVERIFY(!now.out.trimmed().isEmpty());
            QVERIFY(QByteArray::fromHex(now.out.trimmed()) != m_oldWorkstationKey);
            const auto audit = as(QStringLiteral("audrey"),
                                  {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
            bool rotated = false;
            for (const QJsonValue& v : json(audit).toArray())
                rotated = rotated
                    || v.toObject().value(QLatin1String("action")).toString()
                        == QLatin1String("workstation_key_rotated");
            QVERIFY2(rotated, "audited workstation_key_rotated");
        }
        // Her master key no longer opens the database (new pages, new key); ivy's new one does.
        const auto withOld = sqlcipher(oldMaster, QStringLiteral("SELECT count(*) FROM users;"));
        QVERIFY2(withOld.exitCode != 0 || !withOld.err.isEmpty(), qPrintable(withOld.describe()));
        QVERIFY(!withOld.out.contains("5"));
        const auto ivyNow = slotSecrets(QStringLiteral("ivy"));
        QVERIFY(ivyNow.value(QStringLiteral("master")) != oldMaster);
        QCOMPARE(sqlcipher(ivyNow.value(QStringLiteral("master")), QStringLiteral("SELECT count(*) FROM users;"))
                     .out.trimmed(),
                 QByteArray("5"));
        // Nor does the new recipient private key appear among what she took.
        const auto newRows
            = sqlcipher(ivyNow.value(QStringLiteral("master")),
                        QStringLiteral("SELECT hex(private_key) FROM identity WHERE name = 'recipient';"));
        QVERIFY(!stolen.contains(QByteArray::fromHex(newRows.out.trimmed())));

        // Old and new files stay readable for ivy (the retired key is in the key history, under the new master key).
        {
            auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            auto ring = MediaLibrary(**db).key();
            QVERIFY2(ring, qPrintable(ring.errorMessage()));
            for (const QString& file : encryptedFiles()) {
                auto reader = LpencReader::open(file, *ring);
                QVERIFY2(reader, qPrintable(file + QStringLiteral(": ") + reader.errorMessage()));
                QVERIFY2((*reader)->verifyAll({}), qPrintable(file));
            }
        }

        // Exactly the files from before the rotation are still encrypted to the retired key...
        const auto stale = as(
            QStringLiteral("admin"),
            {QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("reencrypt"), QStringLiteral("--list")});
        QVERIFY2(stale.exitCode == 0, qPrintable(stale.describe()));
        QSet<QString> listed;
        for (const QJsonValue& v : json(stale).toArray())
            listed.insert(m_db + QStringLiteral(".media/") + v.toObject().value(QLatin1String("path")).toString());
        QCOMPARE(listed, before);
        // A store that was not given the new key keeps sealing to the retired one: the pull accepts its clips
        // (nothing is lost) but says so, names the key, and the audit log records it.
        storeSim(path(QStringLiteral("drop3")), path(QStringLiteral("recipient.txt")), 3, 7);
        {
            QStringList stores = test::storesIn(path(QStringLiteral("drop3")));
            stores.removeIf([this](const QString& s) { return m_stores.contains(s); });
            QVERIFY(!stores.isEmpty());
            m_stores << stores.first();
            QVERIFY(test::addStore(m_db, path(QStringLiteral("drop3")), stores.first()));
            const auto pulled = as(QStringLiteral("ivy"), {QStringLiteral("pull"), stores.first()});
            QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.describe()));
            QVERIFY2(pulled.out.contains("sealed to the retired recipient key"), qPrintable(pulled.describe()));
            const auto audit = as(QStringLiteral("audrey"),
                                  {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
            int flagged = 0;
            for (const QJsonValue& v : json(audit).toArray())
                if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("store_uses_retired_key"))
                    flagged += v.toObject()
                                   .value(QLatin1String("details"))
                                   .toObject()
                                   .value(QLatin1String("clips"))
                                   .toInt();
            QVERIFY2(flagged > 0, qPrintable(audit.describe()));
        }
        // ... until the re-encryption job has run: then none is, the retired key is forgotten, and mallory's copy
        // of it opens none of them.
        const auto reencrypted = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("reencrypt")});
        QVERIFY2(reencrypted.exitCode == 0, qPrintable(reencrypted.describe()));
        const auto after = as(
            QStringLiteral("admin"),
            {QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("reencrypt"), QStringLiteral("--list")});
        QVERIFY2(json(after).toArray().isEmpty(), qPrintable(after.describe()));
        auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        auto ring = MediaLibrary(**db).key();
        QVERIFY(ring);
        QVERIFY(!ring->retired || ring->retired->empty());
        for (const QString& file : before) {
            auto reader = LpencReader::open(file, *ring);
            QVERIFY2(reader && (*reader)->verifyAll({}), qPrintable(file));
            for (const QByteArray& key : stolen) {
                if (key.size() != X25519::KeySize)
                    continue;
                X25519KeyPair pair;
                pair.privateKey = SecureBytes(key.constData(), static_cast<std::size_t>(key.size()));
                pair.publicKey = *X25519::publicFromPrivate(pair.privateKey);
                QVERIFY(!LpencReader::open(file, pair));
            }
        }
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    }

    // mallory's certificate is on the CA's revocation list, which openssl verifies against org-ca.pem.
    void revocationListNamesTheRemovedUser()
    {
        const auto audit
            = as(QStringLiteral("audrey"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        QString serial;
        for (const QJsonValue& v : json(audit).toArray()) {
            const QJsonObject details = v.toObject().value(QLatin1String("details")).toObject();
            if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("certificate_revoked")
                && details.value(QLatin1String("user")).toString() == QLatin1String("mallory"))
                serial = details.value(QLatin1String("serial")).toString();
        }
        QVERIFY(!serial.isEmpty());
        const QString crl = path(QStringLiteral("crl.pem"));
        const QString ca = path(QStringLiteral("org-ca.pem"));
        QCOMPARE(as(QStringLiteral("audrey"), {QStringLiteral("key"), QStringLiteral("export-crl"), crl}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("audrey"), {QStringLiteral("key"), QStringLiteral("export-ca"), ca}).exitCode, 0);
        const auto verified = test::run(QStringLiteral("openssl"),
                                        {QStringLiteral("crl"), QStringLiteral("-in"), crl, QStringLiteral("-CAfile"),
                                         ca, QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verified.exitCode == 0 && (verified.err + verified.out).contains("verify OK"),
                 qPrintable(verified.describe()));
        const auto text = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("crl"), QStringLiteral("-in"), crl, QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.out.contains(("Serial Number: " + serial).toLatin1()), qPrintable(text.describe()));
        // The serial is mallory's certificate's, as openssl reads it from the certificate issued at `user add`.
        const auto cert = sqlcipher(slotSecrets(QStringLiteral("admin")).value(QStringLiteral("master")),
                                    QStringLiteral("SELECT certificate_pem FROM users WHERE name = 'mallory';"));
        QCOMPARE(opensslSerial(cert.out, m_dir.path()), serial);
    }

    // Removing a legal reviewer: an approval time-stamped before the revocation stays valid whatever the reviewer's
    // clock said; one that only the reviewer's clock dates is refused by export once they are revoked, and by
    // `verify --crl` with the newer list when that clock puts it after the revocation; every package carries
    // crl.pem, and the approval's token, which `openssl ts -verify` checks.
    void revokedReviewerIsRefused()
    {
        const QString earlier = path(QStringLiteral("future-a.zip"));
        const auto exportedEarlier
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), m_futureA, QStringLiteral("--out"), earlier});
        QVERIFY2(exportedEarlier.exitCode == 0, qPrintable(exportedEarlier.describe()));
        const QString ca = path(QStringLiteral("org-ca.pem"));
        const auto fine = test::cli({QStringLiteral("verify"), earlier, QStringLiteral("--ca"), ca});
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.describe()));
        QVERIFY2(fine.err.contains("carries no time-stamp"), qPrintable(fine.describe()));
        // lena's clock is a day ahead (it also writes a forward-dated anchor, which `db check` would name).
        const auto skewed = tomorrowAs(QStringLiteral("lena"), approveArgs(m_skewed));
        QVERIFY2(skewed.exitCode == 0, qPrintable(skewed.describe()));

        // CRL and time-stamp times are whole seconds: the revocation comes in a later second than every approval.
        QTest::qWait(1100);
        const auto removed
            = as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("lena")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        const QString crl = path(QStringLiteral("crl-2.pem"));
        QCOMPARE(as(QStringLiteral("audrey"), {QStringLiteral("key"), QStringLiteral("export-crl"), crl}).exitCode, 0);

        // m_futureA's only time is lena's clock, which says tomorrow: after her revocation today.
        const auto stale
            = test::cli({QStringLiteral("verify"), earlier, QStringLiteral("--ca"), ca, QStringLiteral("--crl"), crl});
        QCOMPARE(stale.exitCode, 4);
        QVERIFY2((stale.err + stale.out).contains("revoked"), qPrintable(stale.describe()));
        const QString later = path(QStringLiteral("future-b.zip"));
        const auto refused
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), m_futureB, QStringLiteral("--out"), later});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("no time-stamp proves"), qPrintable(refused.describe()));
        QVERIFY(!QFile::exists(later));

        // m_skewed says tomorrow too, but the TSA stamped it before the revocation: it exports and verifies with
        // the newer list, and openssl checks its token as police would.
        const QString stamped = path(QStringLiteral("skewed.zip"));
        const auto exportedStamped
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), m_skewed, QStringLiteral("--out"), stamped});
        QVERIFY2(exportedStamped.exitCode == 0, qPrintable(exportedStamped.describe()));
        // The token counts only against a TSA certificate the verifier brings (--tsa-ca): the one inside a
        // package is whatever its maker put there.
        const QString tsaCa = m_tsaDir + QStringLiteral("/ca.pem");
        const auto holds = test::cli({QStringLiteral("verify"), stamped, QStringLiteral("--ca"), ca,
                                      QStringLiteral("--crl"), crl, QStringLiteral("--tsa-ca"), tsaCa});
        QVERIFY2(holds.exitCode == 0, qPrintable(holds.describe()));
        QVERIFY2(holds.err.contains("time-stamped at"), qPrintable(holds.describe()));
        // Revoked after the token's time: the verifier says the approval still holds, once.
        QVERIFY2(holds.err.count("after the approval was time-stamped") == 1
                     && holds.err.contains("the approval still holds"),
                 qPrintable(holds.describe()));
        const auto unpinned
            = test::cli({QStringLiteral("verify"), stamped, QStringLiteral("--ca"), ca, QStringLiteral("--crl"), crl});
        QCOMPARE(unpinned.exitCode, 4);
        QVERIFY2(unpinned.err.contains("give --tsa-ca"), qPrintable(unpinned.describe()));
        const QString unpacked = path(QStringLiteral("skewed"));
        QDir().mkpath(unpacked);
        for (const char* name : {"approval.json.p7s", "approval.json.p7s.tsr", "tsa-ca.pem"}) {
            const auto file
                = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), stamped, QString::fromLatin1(name)});
            QVERIFY2(file.exitCode == 0 && !file.out.isEmpty(), name);
            QVERIFY(test::writeFile(unpacked + QLatin1Char('/') + QString::fromLatin1(name), file.out));
        }
        const QString ts = test::opensslTsVerify(unpacked + QStringLiteral("/approval.json.p7s"),
                                                 unpacked + QStringLiteral("/approval.json.p7s.tsr"),
                                                 unpacked + QStringLiteral("/tsa-ca.pem"));
        QVERIFY2(ts.isEmpty(), qPrintable(ts));

        // Approved before her removal: exports, and the package's crl.pem lists her and verifies with openssl.
        const QString now = path(QStringLiteral("now.zip"));
        const auto exported
            = as(QStringLiteral("ivy"), {QStringLiteral("export"), m_now, QStringLiteral("--out"), now});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const auto verified = test::cli({QStringLiteral("verify"), now, QStringLiteral("--ca"), ca});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        const auto unzipped
            = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), now, QStringLiteral("crl.pem")});
        QVERIFY2(unzipped.exitCode == 0 && unzipped.out.contains("BEGIN X509 CRL"), qPrintable(unzipped.describe()));
        const QString packaged = path(QStringLiteral("packaged-crl.pem"));
        QVERIFY(test::writeFile(packaged, unzipped.out));
        const auto opensslOk
            = test::run(QStringLiteral("openssl"),
                        {QStringLiteral("crl"), QStringLiteral("-in"), packaged, QStringLiteral("-CAfile"), ca,
                         QStringLiteral("-verify"), QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(opensslOk.exitCode == 0, qPrintable(opensslOk.describe()));
        // mallory, the workstation certificate her removal retired, and lena
        QCOMPARE(static_cast<int>(opensslOk.out.count("Serial Number:")), 3);
    }

    // mallory kept the workstation signing key from before her removal rotated it: a package she re-signs with it
    // (SHA256SUMS fixed too) carries a signature openssl accepts against the CA, but `verify` names the revoked
    // certificate, from the package's own revocation list.
    void retiredWorkstationKeySignsNothing()
    {
        const QString genuine = path(QStringLiteral("now.zip"));
        QVERIFY(QFile::exists(genuine));
        auto old = SigningIdentity::load(
            SecureBytes(m_oldWorkstationKey.constData(), static_cast<std::size_t>(m_oldWorkstationKey.size())),
            m_oldWorkstationChain);
        QVERIFY2(old, qPrintable(old.errorMessage()));
        const auto manifest
            = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), genuine, QStringLiteral("manifest.json")});
        QVERIFY(manifest.exitCode == 0 && !manifest.out.isEmpty());
        auto signature = CmsSignature::signDetached(*old, manifest.out);
        QVERIFY2(signature, qPrintable(signature.errorMessage()));
        const QString p7s = path(QStringLiteral("forged-manifest.p7s"));
        const QString content = path(QStringLiteral("forged-manifest.json"));
        QVERIFY(test::writeFile(p7s, *signature) && test::writeFile(content, manifest.out));
        const QString ca = path(QStringLiteral("org-ca.pem"));
        const auto cms
            = test::run(QStringLiteral("openssl"),
                        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                         QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), p7s,
                         QStringLiteral("-content"), content, QStringLiteral("-CAfile"), ca, QStringLiteral("-purpose"),
                         QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(cms.exitCode == 0, qPrintable(cms.describe()));
        const QString forged = path(QStringLiteral("forged-manifest.zip"));
        {
            // Every entry as it was, the manifest's signature replaced and SHA256SUMS recomputed to match.
            const QList<QPair<QString, QByteArray>> entries = test::zipEntries(genuine);
            QVERIFY(!entries.isEmpty());
            QMap<QString, QString> hashes;
            for (const auto& [name, bytes] : entries)
                if (name != QLatin1String("SHA256SUMS"))
                    hashes.insert(name,
                                  Sha256::hashHex(name == QLatin1String("manifest.json.p7s") ? *signature : bytes));
            QByteArray sums;
            for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
                sums += it.value().toLatin1() + "  " + it.key().toUtf8() + '\n';
            QVERIFY(test::rewriteZip(genuine, forged, [&](QString& name, QByteArray& bytes) {
                if (name == QLatin1String("manifest.json.p7s"))
                    bytes = *signature;
                else if (name == QLatin1String("SHA256SUMS"))
                    bytes = sums;
            }));
        }
        const auto refused = test::cli({QStringLiteral("verify"), forged, QStringLiteral("--ca"), ca});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2((refused.out + refused.err).contains("retired workstation key"), qPrintable(refused.describe()));
        QVERIFY2(!(refused.out + refused.err).contains("SHA256SUMS"), qPrintable(refused.describe()));
    }

    // An insider who kept lena's key and holds the database key (their own passphrase, sqlcipher) writes an
    // approval of a pending release dated before her removal. No time-stamp: refused. A token from the
    // organisation's TSA: dated now, after the revocation, refused. A token from a TSA of their own whose clock is a
    // day behind, with the TSA settings rewritten to trust it: those settings carry no administrator's signature,
    // refused. The package is never written.
    void insiderCannotBackdateAnApproval()
    {
        QVERIFY(m_lenaKey);
        const QString backdated = toUtcString(QDateTime::currentDateTimeUtc().addSecs(-3600));
        auto ivy = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY2(ivy, qPrintable(ivy.errorMessage()));
        auto release = ReleaseService(**ivy).show(m_pending);
        QVERIFY2(release, qPrintable(release.errorMessage()));
        auto document = ReleaseApproval(**ivy).document(*release, PiiDecision {}, QStringLiteral("lena"), backdated,
                                                        QStringLiteral("ok"));
        QVERIFY2(document, qPrintable(document.errorMessage()));
        auto signature = CmsSignature::signDetached(*m_lenaKey, *document);
        QVERIFY2(signature, qPrintable(signature.errorMessage()));
        auto sql = [&](const QString& statement, const QVariantList& values) {
            QSqlQuery q((*ivy)->connection());
            q.prepare(statement);
            for (const QVariant& v : values)
                q.addBindValue(v);
            return q.exec() && q.numRowsAffected() == 1;
        };
        QVERIFY(sql(QStringLiteral("UPDATE releases SET state = 'approved', decided_by = 'lena', decided_at = ?, "
                                   "decision_note = 'ok', approval_json = ?, approval_p7s = ? WHERE id = ?"),
                    {backdated, QString::fromUtf8(*document), *signature, m_pending}));
        auto exportPending = [&](const QString& name) {
            const QString out = path(name);
            const auto r
                = as(QStringLiteral("ivy"), {QStringLiteral("export"), m_pending, QStringLiteral("--out"), out});
            return std::pair {r, QFile::exists(out)};
        };
        {
            const auto [r, written] = exportPending(QStringLiteral("forged.zip"));
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("no time-stamp proves"), qPrintable(r.describe()));
            QVERIFY(!written);
        }
        // The organisation's TSA stamps it now: after the revocation.
        auto now = Timestamp::request(QUrl(m_tsaUrl), *signature, test::readFile(m_tsaDir + QStringLiteral("/ca.pem")));
        QVERIFY2(now, qPrintable(now.errorMessage()));
        QVERIFY(sql(QStringLiteral("UPDATE releases SET approval_tsr = ? WHERE id = ?"), {*now, m_pending}));
        {
            const auto [r, written] = exportPending(QStringLiteral("stamped.zip"));
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("before the approval was time-stamped"), qPrintable(r.describe()));
            QVERIFY(!written);
        }
        // The insider's own TSA, its clock a day behind (libfaketime), and the settings rewritten to trust it.
        const QString rogueDir = path(QStringLiteral("rogue-tsa"));
        QVERIFY(test::makeTsa(rogueDir));
        QProcessEnvironment rogueClock = QProcessEnvironment::systemEnvironment();
        const QMap<QString, QString> dayBehind = test::fakeTime(QStringLiteral("-1d"));
        for (auto it = dayBehind.begin(); it != dayBehind.end(); ++it)
            rogueClock.insert(it.key(), it.value());
        m_rogueTsaServer.setProcessEnvironment(rogueClock);
        m_rogueTsaServer.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(LPDESK_SOURCE_DIR "/tests/integration/tsa_server.py"), QStringLiteral("0"), rogueDir});
        const int port = m_rogueTsaServer.waitForStarted() ? test::readyPort(m_rogueTsaServer) : -1;
        QVERIFY(port > 0);
        const QString rogueUrl = QStringLiteral("http://127.0.0.1:%1/tsa").arg(port);
        const QByteArray rogueCa = test::readFile(rogueDir + QStringLiteral("/ca.pem"));
        auto early = Timestamp::request(QUrl(rogueUrl), *signature, rogueCa);
        QVERIFY2(early, qPrintable(early.errorMessage()));
        auto earlyInfo = Timestamp::verify(*early, *signature, rogueCa);
        QVERIFY2(earlyInfo, qPrintable(earlyInfo.errorMessage()));
        QVERIFY2(parseRfc3339(earlyInfo->genTime) < QDateTime::currentDateTimeUtc().addSecs(-12 * 3600),
                 qPrintable(earlyInfo->genTime));
        QVERIFY(sql(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'tsa_url'"), {rogueUrl}));
        QVERIFY(sql(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'tsa_ca_pem'"),
                    {QString::fromUtf8(rogueCa)}));
        QVERIFY(sql(QStringLiteral("UPDATE releases SET approval_tsr = ? WHERE id = ?"), {*early, m_pending}));
        ivy->reset();
        {
            const auto [r, written] = exportPending(QStringLiteral("rogue.zip"));
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("signed approval does not hold") && r.err.contains("not trusted"),
                     qPrintable(r.describe()));
            QVERIFY(!written);
        }
        const auto shown = as(QStringLiteral("admin"), {QStringLiteral("tsa")});
        QCOMPARE(shown.exitCode, 4);
        QVERIFY2(shown.err.contains("not trusted"), qPrintable(shown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "TestRevocation.moc"
