// The insider: an investigator who unwraps the raw database key from their own slot (their passphrase, the
// slot file and sqlcipher — what anyone with one account has) and edits the case database and the slot file
// directly. Each forgery must be refused by export, submit, login or `db check` with exit 3 or 4, naming what is
// wrong. (Issue 12; the forgeries not covered yet are listed in docs/ARCHITECTURE.md, "Threat model".)
#include "StoreSimCase.h"
#include "TestServers.h"
#include "TestSupport.h"

#include "crypto/Sha256.h"
#include "custody/HashChain.h"
#include "db/KeySlotFile.h"
#include "db/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace lpdesk;

class TestInsider : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_approved; // a USB release lena approved

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QString& user, QStringList args, const QString& pass = {})
    {
        return test::cliAs(
            m_db, user, args,
            {{QStringLiteral("LPDESK_PASSPHRASE"), pass.isEmpty() ? user + QStringLiteral("-pass") : pass}});
    }
    static QJsonValue json(const test::ProcessRun& r)
    {
        return QJsonDocument::fromJson(r.out).isArray() ? QJsonValue(QJsonDocument::fromJson(r.out).array())
                                                        : QJsonValue(QJsonDocument::fromJson(r.out).object());
    }

    // What the insider has: the raw key, unwrapped from the investigator's own slot.
    QString rawKey()
    {
        const auto r = test::run(test::testkitPath(), {QStringLiteral("master-key"), m_db, QStringLiteral("ivy")},
                                 {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        return QString::fromLatin1(r.out.trimmed());
    }
    test::ProcessRun sqlcipher(const QString& sql)
    {
        const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                                      .arg(rawKey(), sql)
                                      .toUtf8();
        return test::run(QStringLiteral("sqlcipher"), {m_db}, {}, script);
    }
    // The CRL number of a list file, as `openssl crl -noout -crlnumber` reads it (-1 when it cannot).
    static qint64 crlNumber(const QString& file)
    {
        const auto r = test::run(QStringLiteral("openssl"),
                                 {QStringLiteral("crl"), QStringLiteral("-in"), file, QStringLiteral("-noout"),
                                  QStringLiteral("-crlnumber")});
        const QByteArray line = r.out.trimmed();
        if (r.exitCode != 0 || !line.startsWith("crlNumber=0x"))
            return -1;
        bool ok = false;
        const qint64 n = line.mid(12).toLongLong(&ok, 16);
        return ok ? n : -1;
    }
    // The organisation's list as `key export-crl` writes it (ivy may export it): its number, or -1 when refused.
    qint64 exportedCrlNumber(const QString& name, test::ProcessRun* run = nullptr)
    {
        const QString file = path(name);
        const auto r = as(QStringLiteral("ivy"), {QStringLiteral("key"), QStringLiteral("export-crl"), file});
        if (run)
            *run = r;
        return r.exitCode == 0 ? crlNumber(file) : -1;
    }
    QByteArray fileBytes(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    test::ProcessRun putBackCrl(const QByteArray& pem)
    {
        return sqlcipher(QStringLiteral("UPDATE identity SET certificate = '%1' WHERE name = 'org_crl';")
                             .arg(QString::fromLatin1(pem)));
    }

    // The last row of a sqlcipher query's output (the PRAGMA lines come first).
    static QString lastLine(const test::ProcessRun& r) { return QString::fromUtf8(r.out.trimmed()).section('\n', -1); }
    // What an insider does with sqlcipher and the source code: an event appended to the audit chain with the next seq
    // and a correct hash (the chain is hashed, not signed per event). detailsJson is written into the event text as
    // it is (a number like INT64_MAX survives exactly). Returns the new event's seq, or 0.
    qint64 appendForgedAuditEvent(const QString& action, const QByteArray& detailsJson)
    {
        const auto head = sqlcipher(
            QStringLiteral("SELECT seq || ' ' || hash FROM audit_log WHERE chain = '' ORDER BY seq DESC LIMIT 1;"));
        const QStringList parts = lastLine(head).split(QLatin1Char(' '));
        if (head.exitCode != 0 || parts.size() != 2)
            return 0;
        const qint64 seq = parts.at(0).toLongLong() + 1;
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        // Keys in canonical (sorted) order, as HashChain writes them.
        const QByteArray text = "{\"action\":\"" + action.toLatin1() + "\",\"actor\":\"admin\",\"at\":\""
            + at.toLatin1() + "\",\"details\":" + detailsJson + ",\"seq\":" + QByteArray::number(seq) + "}";
        const QString hash = toHex(HashChain::link(parts.at(1), text));
        QString sqlText = QString::fromUtf8(text);
        sqlText.replace(QLatin1Char('\''), QStringLiteral("''"));
        const auto insert = sqlcipher(QStringLiteral("INSERT INTO audit_log (chain, seq, event, prev_hash, hash, at, "
                                                     "actor, action) VALUES ('', %1, '%2', '%3', '%4', '%5', 'admin', "
                                                     "'%6');")
                                          .arg(seq)
                                          .arg(sqlText, parts.at(1), hash, at, action));
        return insert.exitCode == 0 ? seq : 0;
    }

    QString request(const QString& purpose)
    {
        const auto r
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                  QStringLiteral("--purpose"), purpose, QStringLiteral("--note"), QStringLiteral("for the detective")});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(path(QStringLiteral("db")),
                                        {{QStringLiteral("ivy"), Role::Investigator},
                                         {QStringLiteral("lena"), Role::Legal},
                                         {QStringLiteral("max"), Role::Investigator}});
        QVERIFY(!m_db.isEmpty());
        QVERIFY(test::makeDrop(m_db, path(QStringLiteral("drop")), path(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"),
                                QStringLiteral("2"), QStringLiteral("--clip-seconds"), QStringLiteral("2"),
                                QStringLiteral("--seed"), QStringLiteral("5")}));
        const QString store = test::storesIn(path(QStringLiteral("drop"))).first();
        QVERIFY(test::addStore(m_db, path(QStringLiteral("drop")), store));
        QVERIFY(test::pull(m_db, QStringLiteral("ivy")));
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Insider"), incident);
        QVERIFY(!m_case.isEmpty());
        m_approved = request(QStringLiteral("usb"));
        QVERIFY(!m_approved.isEmpty());
        const auto approve = as(QStringLiteral("lena"),
                                {QStringLiteral("release"), QStringLiteral("approve"), m_approved,
                                 QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        QVERIFY(!rawKey().isEmpty());
    }

    // UPDATE releases SET state = 'approved': the package needs legal's signature, which the insider cannot make.
    void flippedReleaseIsNotExported()
    {
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto flip = sqlcipher(QStringLiteral("UPDATE releases SET state = 'approved', decided_by = 'lena', "
                                                   "decided_by_id = (SELECT id FROM users WHERE name = 'lena'), "
                                                   "decided_at = '2026-12-05T07:00:00Z', decision_note = 'ok' "
                                                   "WHERE id = '%1';")
                                        .arg(id));
        QVERIFY2(flip.exitCode == 0, qPrintable(flip.describe()));
        const QString out = path(QStringLiteral("flipped.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 4);
        QVERIFY2(exported.err.contains("no signed approval"), exported.err.constData());
        QVERIFY(!QFile::exists(out));

        // Replaying legal's real signature from another release does not fit this one.
        const auto replay = sqlcipher(QStringLiteral("UPDATE releases SET approval_json = (SELECT approval_json FROM "
                                                     "releases WHERE id = '%1'), approval_p7s = (SELECT approval_p7s "
                                                     "FROM releases WHERE id = '%1') WHERE id = '%2';")
                                          .arg(m_approved, id));
        QVERIFY2(replay.exitCode == 0, qPrintable(replay.describe()));
        const auto replayed = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QCOMPARE(replayed.exitCode, 4);
        QVERIFY2(replayed.err.contains("release_id"), replayed.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Widening legal's personal-data decision in the database after the signature.
    void widenedPersonalDataIsNotExported()
    {
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                     QStringLiteral("no contacts")})
                     .exitCode,
                 0);
        QCOMPARE(
            sqlcipher(QStringLiteral("UPDATE releases SET include_contacts = 1 WHERE id = '%1';").arg(id)).exitCode, 0);
        const QString out = path(QStringLiteral("widened.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 4);
        QVERIFY2(exported.err.contains("personal-data"), exported.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // The insider makes themself legal in the users table: the role column is not the authority, the certificate the
    // CA issued is (OU "LP Desk role: investigator"), so their approval is refused before anything is signed.
    void selfPromotedInvestigatorCannotApprove()
    {
        const auto asMax = test::cliAs(m_db, QStringLiteral("max"),
                                       {QStringLiteral("release"), QStringLiteral("request"), m_case,
                                        QStringLiteral("--all"), QStringLiteral("--purpose"), QStringLiteral("usb"),
                                        QStringLiteral("--note"), QStringLiteral("max asks")});
        QVERIFY2(asMax.exitCode == 0, qPrintable(asMax.describe()));
        const QString id = QString::fromUtf8(asMax.out).trimmed();
        const auto promote = sqlcipher(QStringLiteral("UPDATE users SET role = 'legal' WHERE name = 'ivy';"));
        QVERIFY2(promote.exitCode == 0, qPrintable(promote.describe()));
        const auto approve = as(QStringLiteral("ivy"),
                                {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                                 QStringLiteral("self-approved")});
        QVERIFY(approve.exitCode != 0);
        QVERIFY2(approve.err.contains("does not name the legal role"), approve.err.constData());
        const auto shown = as(QStringLiteral("max"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id},
                              QStringLiteral("max-pass"));
        QCOMPARE(json(shown).toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE users SET role = 'investigator' WHERE name = 'ivy';")).exitCode, 0);
        // Legal closes the request (a case has one pending request at a time).
        const auto rejected = as(QStringLiteral("lena"),
                                 {QStringLiteral("release"), QStringLiteral("reject"), id, QStringLiteral("--note"),
                                  QStringLiteral("not needed")});
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.describe()));
    }

    // An administrator who changes a role reissues the certificate and revokes the old one: a new legal reviewer
    // approves; the former reviewer no longer can.
    void roleChangeReissuesTheCertificate()
    {
        const auto adminAs = [&](const QStringList& args) { return as(QStringLiteral("admin"), args); };
        QCOMPARE(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                          QStringLiteral("--role"), QStringLiteral("legal")})
                     .exitCode,
                 0);
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(QStringLiteral("max"),
                                {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                                 QStringLiteral("now legal")},
                                QStringLiteral("max-pass"));
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        const QString out = path(QStringLiteral("by-max.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        // Back to investigator: the legal certificate is revoked, a new approval is refused.
        QCOMPARE(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                          QStringLiteral("--role"), QStringLiteral("investigator")})
                     .exitCode,
                 0);
        const auto audit = sqlcipher(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                    "'certificate_revoked';"));
        QVERIFY2(audit.exitCode == 0 && audit.out.trimmed().split('\n').last().toInt() >= 2, audit.out.constData());
        const QString second = request(QStringLiteral("usb"));
        QVERIFY(!second.isEmpty());
        const auto refused = as(QStringLiteral("max"),
                                {QStringLiteral("release"), QStringLiteral("approve"), second, QStringLiteral("--note"),
                                 QStringLiteral("no longer legal")},
                                QStringLiteral("max-pass"));
        QVERIFY(refused.exitCode != 0);
    }

    // Every list the CA signed verifies on its own: the insider puts back the list from before a revocation (the
    // role change that retired max's certificate). Approvals, exports, key export-crl and db check refuse it until an
    // administrator restores the list from the audit log.
    void rolledBackRevocationListIsRefused()
    {
        const QString before = path(QStringLiteral("crl-before.pem"));
        const auto first = as(QStringLiteral("ivy"), {QStringLiteral("key"), QStringLiteral("export-crl"), before});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QFile beforeFile(before);
        QVERIFY(beforeFile.open(QIODevice::ReadOnly));
        const QByteArray earlier = beforeFile.readAll();
        QVERIFY(earlier.startsWith("-----BEGIN X509 CRL-----"));
        const auto adminAs = [&](const QStringList& args) { return as(QStringLiteral("admin"), args); };
        QCOMPARE(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                          QStringLiteral("--role"), QStringLiteral("auditor")})
                     .exitCode,
                 0);
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const QString approvedBefore = request(QStringLiteral("usb"));
        QVERIFY(!approvedBefore.isEmpty());
        const auto approvedEarlier = as(QStringLiteral("lena"),
                                        {QStringLiteral("release"), QStringLiteral("approve"), approvedBefore,
                                         QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approvedEarlier.exitCode == 0, qPrintable(approvedEarlier.describe()));

        const auto put = sqlcipher(QStringLiteral("UPDATE identity SET certificate = '%1' WHERE name = 'org_crl';")
                                       .arg(QString::fromLatin1(earlier)));
        QVERIFY2(put.exitCode == 0, qPrintable(put.describe()));
        const auto exportCrl
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("key"), QStringLiteral("export-crl"), path(QStringLiteral("crl-rolled-back.pem"))});
        QCOMPARE(exportCrl.exitCode, 4);
        QVERIFY2(exportCrl.err.contains("key restore-crl"), exportCrl.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("crl-rolled-back.pem"))));
        const auto approve = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode != 0, qPrintable(approve.describe()));
        QVERIFY2(approve.err.contains("revocation list"), approve.err.constData());
        const auto exportPackage
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), approvedBefore, QStringLiteral("--out"), path(QStringLiteral("rb.zip"))});
        QVERIFY2(exportPackage.exitCode != 0 && exportPackage.err.contains("revocation list"),
                 qPrintable(exportPackage.describe()));
        QVERIFY(!QFile::exists(path(QStringLiteral("rb.zip"))));
        const auto check = adminAs({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("revocation list lacks certificate") && check.err.contains("of max"),
                 qPrintable(check.describe()));
        // Only an administrator (with the CA key) restores it.
        QVERIFY(as(QStringLiteral("ivy"), {QStringLiteral("key"), QStringLiteral("restore-crl")}).exitCode != 0);
        const auto restore = adminAs({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
        // What was restored: max's certificate from before the role change, on the list again.
        const QJsonArray restoredCerts = json(restore).toObject().value(QStringLiteral("certificates")).toArray();
        QVERIFY2(!restoredCerts.isEmpty(), restore.out.constData());
        for (const QJsonValue& c : restoredCerts)
            QCOMPARE(c.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("max"));
        const QString after = path(QStringLiteral("crl-restored.pem"));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("key"), QStringLiteral("export-crl"), after}).exitCode, 0);
        const auto listed = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("crl"), QStringLiteral("-in"), after, QStringLiteral("-noout"), QStringLiteral("-text")});
        for (const QJsonValue& c : restoredCerts)
            QVERIFY2(listed.out.contains(c.toObject().value(QStringLiteral("serial")).toString().toLatin1()),
                     listed.out.constData());
        QCOMPARE(json(adminAs({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")}))
                     .toObject()
                     .value(QStringLiteral("restored"))
                     .toInt(-1),
                 0);
        const auto audit = sqlcipher(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                    "'revocation_list_restored';"));
        QCOMPARE(audit.out.trimmed().split('\n').last().toInt(), 1);
        QVERIFY(!adminAs({QStringLiteral("db"), QStringLiteral("check")}).err.contains("revocation list lacks"));
        const auto approved = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
        const auto exported
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), approvedBefore, QStringLiteral("--out"), path(QStringLiteral("rb.zip"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    }

    // RFC 5280 §5.2.3: a CRL number is never used twice. The insider puts back the list from before a revocation
    // (after that revocation's list was published): the list the administrator restores carries a number above every
    // number issued, not the put-back list's + 1. A list that holds every revoked serial but an older number (the
    // published list put back after the restore) is refused by every reader and named by db check until restored;
    // the lists issued afterwards go on from the highest number. Numbers are read with `openssl crl -crlnumber`.
    void revocationListNumbersNeverRepeat()
    {
        const auto adminAs = [&](const QStringList& args) { return as(QStringLiteral("admin"), args); };
        const qint64 first = exportedCrlNumber(QStringLiteral("crl-n0.pem"));
        QVERIFY2(first > 0, "the organisation's list carries a CRL number");
        const QByteArray older = fileBytes(QStringLiteral("crl-n0.pem"));
        // A revocation (max's certificate, through a role change): its list is published with the next number, and
        // the audited event text records that number.
        QCOMPARE(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                          QStringLiteral("--role"), QStringLiteral("investigator")})
                     .exitCode,
                 0);
        const qint64 published = exportedCrlNumber(QStringLiteral("crl-n1.pem"));
        QVERIFY2(published > first, qPrintable(QStringLiteral("%1 after %2").arg(published).arg(first)));
        const QByteArray publishedPem = fileBytes(QStringLiteral("crl-n1.pem"));
        const auto lastRevocation = sqlcipher(QStringLiteral("SELECT event FROM audit_log WHERE chain = '' AND action "
                                                             "= 'certificate_revoked' ORDER BY seq DESC LIMIT 1;"));
        QVERIFY2(lastRevocation.out.contains(QStringLiteral("\"crl_number\":%1").arg(published).toLatin1()),
                 lastRevocation.out.constData());

        // The earlier list put back: restored, it must not repeat the published number.
        QVERIFY2(putBackCrl(older).exitCode == 0, "sqlcipher");
        const auto restore = adminAs({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
        const qint64 restored = exportedCrlNumber(QStringLiteral("crl-n2.pem"));
        QVERIFY2(restored > published,
                 qPrintable(QStringLiteral("restored list %1, published %2").arg(restored).arg(published)));
        const QJsonObject restoreJson = json(restore).toObject();
        QCOMPARE(restoreJson.value(QStringLiteral("crl_number")).toInteger(), restored);
        QCOMPARE(restoreJson.value(QStringLiteral("previous_crl_number")).toInteger(), first);

        // The published list put back: it lacks no serial, but its number is older than the restored one's.
        QVERIFY2(putBackCrl(publishedPem).exitCode == 0, "sqlcipher");
        test::ProcessRun refused;
        QCOMPARE(exportedCrlNumber(QStringLiteral("crl-rolled-back-n1.pem"), &refused), -1);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("is number %1").arg(published).toLatin1())
                     && refused.err.contains(QStringLiteral("number %1 was issued").arg(restored).toLatin1())
                     && refused.err.contains("key restore-crl"),
                 refused.err.constData());
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode != 0 && approve.err.contains("revocation list"), qPrintable(approve.describe()));
        // No new list is issued from it either (a role change revokes, so it needs the list).
        QVERIFY(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                         QStringLiteral("--role"), QStringLiteral("auditor")})
                    .exitCode
                != 0);
        const auto check = adminAs({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains(QStringLiteral("revocation list is number %1").arg(published).toLatin1()),
                 qPrintable(check.describe()));

        // Restored again: nothing was missing, the number goes on from the highest issued.
        const auto again = adminAs({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(json(again).toObject().value(QStringLiteral("restored")).toInt(-1), 0);
        const qint64 reissued = exportedCrlNumber(QStringLiteral("crl-n3.pem"));
        QVERIFY2(reissued > restored, qPrintable(QStringLiteral("%1 after %2").arg(reissued).arg(restored)));
        QVERIFY(!adminAs({QStringLiteral("db"), QStringLiteral("check")}).err.contains("revocation list"));
        // Nothing left to do: a further restore issues nothing.
        const auto nothing = adminAs({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")});
        QVERIFY(json(nothing).toObject().value(QStringLiteral("crl_number")).isNull());
        QCOMPARE(exportedCrlNumber(QStringLiteral("crl-n3b.pem")), reissued);
        // The next revocation goes on from there.
        QCOMPARE(adminAs({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                          QStringLiteral("--role"), QStringLiteral("auditor")})
                     .exitCode,
                 0);
        const qint64 next = exportedCrlNumber(QStringLiteral("crl-n4.pem"));
        QVERIFY2(next > reissued, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(reissued)));
        QVERIFY2(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                     QStringLiteral("ok")})
                         .exitCode
                     == 0,
                 "approvals work again");
    }

    // A certificate_revoked row planted beside the audit chain (another chain name, so no hash to forge) naming
    // lena's current certificate: it revokes nobody, and db check names the planted row.
    void revocationPlantedOutsideTheAuditChainIsIgnoredAndNamed()
    {
        const auto serialRow = sqlcipher(QStringLiteral("SELECT certificate_pem FROM users WHERE name = 'lena';"));
        QVERIFY2(serialRow.exitCode == 0, qPrintable(serialRow.describe()));
        const QString pemFile = path(QStringLiteral("lena.pem"));
        {
            QFile f(pemFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray out = serialRow.out;
            f.write(out.mid(out.indexOf("-----BEGIN")));
        }
        const auto serial = test::run(QStringLiteral("openssl"),
                                      {QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-noout"),
                                       QStringLiteral("-serial")});
        QVERIFY2(serial.exitCode == 0, qPrintable(serial.describe()));
        const QString hex = QString::fromLatin1(serial.out.trimmed()).section(QLatin1Char('='), 1);
        QVERIFY(!hex.isEmpty());
        const QString event = QStringLiteral("{\"action\":\"certificate_revoked\",\"actor\":\"admin\",\"at\":"
                                             "\"2026-01-01T00:00:00.000Z\",\"details\":{\"revoked_at\":\"2026-01-01T00:"
                                             "00:00.000Z\",\"serial\":\"%1\",\"user\":\"lena\"},\"seq\":1}")
                                  .arg(hex);
        const auto plant = sqlcipher(QStringLiteral("INSERT INTO audit_log (chain, seq, event, prev_hash, hash, at, "
                                                    "actor, action) VALUES ('x', 1, '%1', '', '', "
                                                    "'2026-01-01T00:00:00.000Z', 'admin', 'certificate_revoked');")
                                         .arg(event));
        QVERIFY2(plant.exitCode == 0, qPrintable(plant.describe()));
        const auto exportCrl
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("key"), QStringLiteral("export-crl"), path(QStringLiteral("crl-planted.pem"))});
        QVERIFY2(exportCrl.exitCode == 0, qPrintable(exportCrl.describe()));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("outside the audit chain"), qPrintable(check.describe()));
        QVERIFY(!check.err.contains("revocation list lacks"));
        QCOMPARE(sqlcipher(QStringLiteral("DELETE FROM audit_log WHERE chain = 'x';")).exitCode, 0);
    }

    // The TSA settings emptied with the database key (no administrator's signature needed for "none"): approvals
    // would go out untimed, judged by the signer's own clock. The stored settings differ from the last change the
    // audit log records, so they are not trusted until an administrator sets them again.
    void timeStampAuthorityClearedBehindTheAdminsBackIsRefused()
    {
        const QString tsaDir = path(QStringLiteral("tsa-cleared"));
        QVERIFY(test::makeTsa(tsaDir));
        const auto set = as(QStringLiteral("admin"),
                            {QStringLiteral("tsa"), QStringLiteral("http://127.0.0.1:9/tsa"), QStringLiteral("--ca"),
                             tsaDir + QStringLiteral("/ca.pem")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        // The audited changes hidden first by rewriting their action column (not hashed on its own), then emptied.
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE action = 'settings_changed' AND "
                                          "instr(event, '\"tsa_') > 0;"))
                     .exitCode,
                 0);
        const auto cleared = sqlcipher(QStringLiteral("UPDATE settings SET value = '' WHERE key IN "
                                                      "('tsa_url', 'tsa_ca_pem', 'tsa_settings_p7s');"));
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
        const auto shown = as(QStringLiteral("admin"), {QStringLiteral("tsa")});
        QCOMPARE(shown.exitCode, 4);
        QVERIFY2(shown.err.contains("written directly"), qPrintable(shown.describe()));
        const auto shownJson = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("tsa")});
        QCOMPARE(shownJson.exitCode, 4);
        QCOMPARE(json(shownJson).toObject().value(QStringLiteral("trusted")).toBool(true), false);
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(QStringLiteral("lena"),
                                {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                                 QStringLiteral("untimed")});
        QVERIFY2(approve.exitCode != 0 && approve.err.contains("written directly"), qPrintable(approve.describe()));
        QCOMPARE(
            sqlcipher(QStringLiteral("UPDATE audit_log SET action = 'settings_changed' WHERE action = 'x';")).exitCode,
            0);
        // Cleared by an administrator (audited): trusted again, and approvals go on untimed as before any TSA.
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa"), QStringLiteral("--clear")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa")}).exitCode, 0);
        const auto approved = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
    }

    // A slot for lena made by the insider (they hold the master key, so they can seal it to a slot of their own).
    void plantedSlotIsRefusedAtLoginAndNamedByCheck()
    {
        const QString slotPath = KeySlotFile::pathFor(m_db);
        QFile::remove(slotPath + QStringLiteral(".orig"));
        QVERIFY(QFile::copy(slotPath, slotPath + QStringLiteral(".orig")));
        {
            auto file = KeySlotFile::load(slotPath);
            QVERIFY(file);
            QByteArray raw = QByteArray::fromHex(rawKey().toLatin1());
            const SecureBytes master = SecureBytes::takeFrom(raw);
            auto lena = KeySlotFile::makeSlot(QStringLiteral("lena"), test::secret("mallory"), master, file->databaseId,
                                              file->generation, 10);
            auto ghost = KeySlotFile::makeSlot(QStringLiteral("ghost"), test::secret("mallory"), master,
                                               file->databaseId, file->generation, 10);
            QVERIFY(lena && ghost);
            file->remove(QStringLiteral("lena"));
            file->slots.append(*lena);
            file->slots.append(*ghost);
            QVERIFY(file->save(slotPath));
        }
        const auto login = as(QStringLiteral("lena"), {QStringLiteral("whoami")}, QStringLiteral("mallory"));
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("not the one recorded"), login.err.constData());
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("key slot for lena differs") || check.out.contains("key slot for lena differs"),
                 qPrintable(check.describe()));
        QVERIFY2(check.err.contains("ghost") || check.out.contains("ghost"), qPrintable(check.describe()));

        QVERIFY(QFile::remove(slotPath));
        QVERIFY(QFile::copy(slotPath + QStringLiteral(".orig"), slotPath));
        QCOMPARE(as(QStringLiteral("lena"), {QStringLiteral("whoami")}).exitCode, 0);
    }

    // An event appended with sqlcipher that records a CRL number it cannot prove (here INT64_MAX): it used to raise
    // the number every list had to be above, so every reader refused the stored list ("number … was issued") and
    // no list could be issued again (out of range). Now a number counts only when the event carries the list the
    // CA signed with it; the forged one changes nothing and db check names it.
    void forgedCrlNumberBlocksNothing()
    {
        const qint64 before = exportedCrlNumber(QStringLiteral("crl-before-forged.pem"));
        QVERIFY2(before > 0, "the list is exported before the forgery");
        const QByteArray huge = QByteArray::number(std::numeric_limits<qint64>::max());
        const qint64 forged = appendForgedAuditEvent(QStringLiteral("revocation_list_restored"),
                                                     "{\"crl_number\":" + huge + ",\"crl_sha256\":\""
                                                         + QByteArray(64, 'a') + "\",\"previous_crl_number\":"
                                                         + QByteArray::number(before) + ",\"serials\":[]}");
        QVERIFY(forged > 0);
        test::ProcessRun exported;
        QCOMPARE(exportedCrlNumber(QStringLiteral("crl-after-forged.pem"), &exported), before);
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        // Issuing goes on from the proven number, not from the forged one.
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("max"),
                     QStringLiteral("--role"), QStringLiteral("investigator")})
                     .exitCode,
                 0);
        const qint64 next = exportedCrlNumber(QStringLiteral("crl-next-forged.pem"));
        QVERIFY2(next == before + 1, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(before)));
        const auto restore = as(QStringLiteral("admin"),
                                {QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("restore-crl")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains(QStringLiteral("audit event %1 (revocation_list_restored) records revocation list "
                                                   "number %2")
                                        .arg(forged)
                                        .arg(QString::fromLatin1(huge))
                                        .toUtf8())
                     && check.err.contains("forged"),
                 qPrintable(check.describe()));
    }

    // A certificate_revoked event appended with sqlcipher that names lena's current certificate: every reader
    // refused the stored list ("lacks … revoked") and key restore-crl refused to list an active person's current
    // certificate, so nothing could be approved again. In a database whose revocation events carry the list the CA
    // signed, one that does not prove its serial is not counted; db check names it.
    void forgedRevocationBlocksNothing()
    {
        const auto row = sqlcipher(QStringLiteral("SELECT certificate_pem FROM users WHERE name = 'lena';"));
        QVERIFY2(row.exitCode == 0, qPrintable(row.describe()));
        const QString pemFile = path(QStringLiteral("lena-now.pem"));
        QVERIFY(test::writeFile(pemFile, row.out.mid(row.out.indexOf("-----BEGIN"))));
        const auto serial = test::run(QStringLiteral("openssl"),
                                      {QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-noout"),
                                       QStringLiteral("-serial")});
        QVERIFY2(serial.exitCode == 0, qPrintable(serial.describe()));
        const QByteArray hex = serial.out.trimmed().split('=').last();
        QVERIFY(!hex.isEmpty());
        const qint64 forged = appendForgedAuditEvent(QStringLiteral("certificate_revoked"),
                                                     "{\"revoked_at\":\"2026-01-01T00:00:00.000Z\",\"serial\":\"" + hex
                                                         + "\",\"user\":\"lena\"}");
        QVERIFY(forged > 0);
        test::ProcessRun exported;
        QVERIFY2(exportedCrlNumber(QStringLiteral("crl-after-forged-revocation.pem"), &exported) > 0,
                 qPrintable(exported.describe()));
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains(QStringLiteral("audit event %1 (certificate_revoked): it revokes certificate %2 of "
                                                   "lena but carries no list")
                                        .arg(forged)
                                        .arg(QString::fromLatin1(hex))
                                        .toUtf8()),
                 qPrintable(check.describe()));
    }

    // The TSA emptied with sqlcipher, and settings_changed events appended to match (what `tsa --clear` used to
    // write, with the chain's hashes recomputed): the last audited values equal the stored ones, so the old check
    // passed and approvals went out untimed. Now only a change an administrator signed counts: refused, and db check
    // names every forged event.
    void timeStampAuthorityClearedWithForgedEventsIsRefused()
    {
        const QString tsaDir = path(QStringLiteral("tsa-forged"));
        QVERIFY(test::makeTsa(tsaDir));
        const auto set = as(QStringLiteral("admin"),
                            {QStringLiteral("tsa"), QStringLiteral("http://127.0.0.1:9/tsa"), QStringLiteral("--ca"),
                             tsaDir + QStringLiteral("/ca.pem")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        // The signed set as stored, for the replay at the end (in the order configure writes it: CA, URL, signature).
        QList<std::pair<QString, QByteArray>> signedSet;
        const auto stored = sqlcipher(QStringLiteral("SELECT key || ' ' || hex(value) FROM settings WHERE key IN "
                                                     "('tsa_ca_pem', 'tsa_url', 'tsa_settings_p7s') ORDER BY key = "
                                                     "'tsa_settings_p7s', key;"));
        for (const QByteArray& line : stored.out.split('\n'))
            if (const QList<QByteArray> kv = line.trimmed().split(' '); kv.size() == 2 && kv.at(0).startsWith("tsa_"))
                signedSet.append({QString::fromLatin1(kv.at(0)), QByteArray::fromHex(kv.at(1))});
        QCOMPARE(signedSet.size(), 3);
        QList<qint64> forged;
        for (const char* key : {"tsa_settings_p7s", "tsa_ca_pem", "tsa_url", "tsa_settings_p7s"})
            forged << appendForgedAuditEvent(QStringLiteral("settings_changed"),
                                             QByteArray("{\"key\":\"") + key + "\",\"value\":\"\"}");
        QVERIFY(!forged.contains(0));
        const auto cleared = sqlcipher(QStringLiteral("UPDATE settings SET value = '' WHERE key IN "
                                                      "('tsa_url', 'tsa_ca_pem', 'tsa_settings_p7s');"));
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
        const auto shown = as(QStringLiteral("admin"), {QStringLiteral("tsa")});
        QCOMPARE(shown.exitCode, 4);
        QVERIFY2(shown.err.contains("not trusted") && shown.err.contains("last change an administrator signed"),
                 qPrintable(shown.describe()));
        const QString id = request(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto approve = as(QStringLiteral("lena"),
                                {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                                 QStringLiteral("untimed")});
        QVERIFY2(approve.exitCode != 0 && approve.err.contains("not trusted"), qPrintable(approve.describe()));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        for (qint64 seq : forged)
            QVERIFY2(check.err.contains(QStringLiteral("audit event %1 ").arg(seq).toUtf8()),
                     qPrintable(check.describe()));
        QVERIFY2(check.err.contains("without an administrator's signature"), qPrintable(check.describe()));
        // An administrator clears them (signed): trusted again.
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa"), QStringLiteral("--clear")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa")}).exitCode, 0);
        const auto approved = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));

        // The earlier signed set put back, with its events replayed (the signature is the administrator's own): it
        // is older than the signed clearing (its version), so it is not trusted and db check names the replay.
        QList<qint64> replayed;
        for (const auto& [key, value] : signedSet) {
            QVERIFY(sqlcipher(QStringLiteral("UPDATE settings SET value = CAST(x'%1' AS TEXT) WHERE key = '%2';")
                                  .arg(QString::fromLatin1(value.toHex()), key))
                        .exitCode
                    == 0);
            replayed << appendForgedAuditEvent(
                QStringLiteral("settings_changed"),
                QJsonDocument(
                    QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), QString::fromUtf8(value)}})
                    .toJson(QJsonDocument::Compact));
        }
        QVERIFY(!replayed.contains(0));
        const auto replay = as(QStringLiteral("admin"), {QStringLiteral("tsa")});
        QCOMPARE(replay.exitCode, 4);
        QVERIFY2(replay.err.contains("last change an administrator signed"), qPrintable(replay.describe()));
        const auto named = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(named.exitCode, 4);
        QVERIFY2(named.err.contains(QStringLiteral("audit event %1 puts back time-stamp authority settings an "
                                                   "administrator signed earlier")
                                        .arg(replayed.last())
                                        .toUtf8()),
                 qPrintable(named.describe()));
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa"), QStringLiteral("--clear")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("tsa")}).exitCode, 0);
    }

    // The organisation CA certificate row replaced with sqlcipher by a CA of the insider's own (whose key they hold:
    // they could issue themselves a "legal" certificate). Every key slot is pinned to the real certificate (bound to
    // its wrapped key, so only its passphrase changes the pin): login refuses (exit 4) and says so; db check too.
    void replacedCaCertificateIsRefused()
    {
        const QString cert = path(QStringLiteral("rogue-ca.pem"));
        QVERIFY(!test::makeRogueCa(path(QStringLiteral("rogue-ca.key")), cert).isEmpty());
        const auto original = sqlcipher(QStringLiteral("SELECT certificate FROM identity WHERE name = 'org_ca';"));
        const QByteArray originalPem = original.out.mid(original.out.indexOf("-----BEGIN CERTIFICATE-----")).trimmed();
        QVERIFY(originalPem.endsWith("-----END CERTIFICATE-----"));
        const auto replace = sqlcipher(QStringLiteral("UPDATE identity SET certificate = '%1' WHERE name = 'org_ca';")
                                           .arg(QString::fromLatin1(test::readFile(cert))));
        QVERIFY2(replace.exitCode == 0, qPrintable(replace.describe()));
        for (const QString& user : {QStringLiteral("lena"), QStringLiteral("ivy"), QStringLiteral("admin")}) {
            const auto login = as(user, {QStringLiteral("whoami")});
            QCOMPARE(login.exitCode, 4);
            QVERIFY2(login.err.contains("organisation CA certificate") && login.err.contains("was replaced"),
                     qPrintable(login.describe()));
        }
        const auto exported
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), m_approved, QStringLiteral("--out"), path(QStringLiteral("rogue-ca.zip"))});
        QCOMPARE(exported.exitCode, 4);
        QVERIFY(!QFile::exists(path(QStringLiteral("rogue-ca.zip"))));
        const auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("organisation CA certificate") && check.err.contains("key slots of"),
                 qPrintable(check.describe()));
        // Put back: everyone signs in again.
        QCOMPARE(sqlcipher(QStringLiteral("UPDATE identity SET certificate = '%1' WHERE name = 'org_ca';")
                               .arg(QString::fromLatin1(originalPem) + QLatin1Char('\n')))
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("lena"), {QStringLiteral("whoami")}).exitCode, 0);
    }

    // The anchor file deleted (or emptied, or cut) together with meta.anchor_last: the next sign-in or `db anchor`
    // used to start a fresh file over the truncated history, and db check found nothing. The audit chain records
    // every anchor written (anchor_written), so no new file is started and db check names what is lost.
    void anchorsDeletedWithTheirRecordAreNamed()
    {
        const QString anchorFile = m_db + QStringLiteral(".anchors");
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")}).exitCode, 0);
        const QByteArray full = test::readFile(anchorFile);
        QVERIFY(full.count('\n') >= 2);
        QVERIFY(QFile::copy(anchorFile, anchorFile + QStringLiteral(".orig")));
        const auto forget
            = [&] { return sqlcipher(QStringLiteral("DELETE FROM meta WHERE key = 'anchor_last';")).exitCode == 0; };
        // Deleted.
        QVERIFY(QFile::remove(anchorFile));
        QVERIFY(forget());
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("whoami")}).exitCode, 0);
        QVERIFY2(!QFile::exists(anchorFile), "no new anchor file is started at sign-in");
        const auto anchor = as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QCOMPARE(anchor.exitCode, 4);
        QVERIFY2(anchor.err.contains("audit log records that anchors were written"), qPrintable(anchor.describe()));
        QVERIFY(!QFile::exists(anchorFile));
        auto check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("the audit log records anchor"), qPrintable(check.describe()));
        // Cut to its first line.
        QVERIFY(test::writeFile(anchorFile, full.left(full.indexOf('\n') + 1)));
        QVERIFY(forget());
        const auto cut = as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QCOMPARE(cut.exitCode, 4);
        QVERIFY2(cut.err.contains("no longer holds anchor"), qPrintable(cut.describe()));
        check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("ends at anchor 1, but the audit log records anchor"),
                 qPrintable(check.describe()));
        // Emptied, and the audit log cut back to its first event (database_created) as well: the database was
        // created with an anchor file, so none is started again.
        QVERIFY(test::writeFile(anchorFile, {}));
        QVERIFY(forget());
        QCOMPARE(sqlcipher(QStringLiteral("DELETE FROM audit_log WHERE chain = '' AND seq > 1;")).exitCode, 0);
        // ivy's slot is no longer recorded anywhere (her user_added event went with the rest): she is refused.
        const auto ivy = as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QCOMPARE(ivy.exitCode, 4);
        QVERIFY2(ivy.err.contains("none for ivy"), qPrintable(ivy.describe()));
        const auto emptied = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QCOMPARE(emptied.exitCode, 4);
        QVERIFY2(emptied.err.contains("written when the database was created"), qPrintable(emptied.describe()));
        QVERIFY(test::readFile(anchorFile).isEmpty());
        check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains("holds no anchor"), qPrintable(check.describe()));
    }
};

QTEST_GUILESS_MAIN(TestInsider)
#include "TestInsider.moc"
