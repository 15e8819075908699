// Anchors outside the database (issue 12): `<db>.anchors` holds, line by line and hash-linked, the heads of the
// audit chain and of every custody chain, signed by the acting person and time-stamped by the configured RFC 3161
// authority (a real one on loopback: openssl ts behind tests/integration/tsa_server.py). With the raw database key
// (unwrapped from an investigator's own slot, as an insider would) the tests truncate the audit chain and rewrite
// a custody chain with every hash recomputed, delete the anchor file, cut lines out of it and delete the key-slot
// anchor: `db check` exits 4 and names the chain and the event, or the anchor file and the line. An event appended
// after a time-stamped anchor but dated before it is named as back-dated.
#include "TestServers.h"
#include "TestSupport.h"
#include "World.h"

#include "common/CanonicalJson.h"
#include "crypto/CmsSignature.h"
#include "crypto/Sha256.h"
#include "custody/HashChain.h"
#include "db/KeySlotFile.h"
#include "db/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestAnchors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_tsa;
    QProcess m_tsaServer;
    QString m_caPem;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString anchors() const { return m_db + QStringLiteral(".anchors"); }
    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    test::ProcessRun check() { return as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}); }
    static QByteArray all(const test::ProcessRun& r) { return r.out + r.err; }

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
    // The case's custody events as "seq|column" lines (sqlcipher with the raw key), in order.
    test::ProcessRun caseEvents(const QString& column, const QString& order = QStringLiteral("seq"))
    {
        return sqlcipher(QStringLiteral(".mode list\n.separator |\nSELECT seq, %1 FROM custody_events WHERE chain = "
                                        "'case:%2' ORDER BY %3;")
                             .arg(column, m_case, order));
    }
    int anchorNow(const QString& user = QStringLiteral("ivy"), qint64* auditSeq = nullptr)
    {
        const auto r = as(user, {QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("anchor")});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        if (auditSeq)
            *auditSeq = o.value(QLatin1String("audit_seq")).toInteger();
        return r.exitCode == 0 ? o.value(QLatin1String("anchor")).toInt() : -1;
    }

    // The database, its slots and its anchors as they are, to put back after each forgery.
    void save() { QVERIFY(test::saveDatabaseFiles(m_db)); }
    void restore()
    {
        QVERIFY(test::restoreDatabaseFiles(m_db));
        const auto ok = check();
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(world.build(
            m_dir.path(),
            {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
             .incidents = 2,
             .clipSeconds = 2,
             .seed = 7,
             .puller = QStringLiteral("ivy"),
             // Created with its first anchor.
             .created = [](const QString& db) { QVERIFY(QFile::exists(db + QStringLiteral(".anchors"))); }}));
        m_db = world.db;
        m_caPem = path(QStringLiteral("org-ca.pem"));
        QVERIFY(world.exportCa(m_caPem));
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Anchored"), incident);
        QVERIFY(!m_case.isEmpty());

        // The time-stamp authority, configured by the administrator with its pinned CA.
        m_tsa = path(QStringLiteral("tsa"));
        QVERIFY(test::makeTsa(m_tsa));
        const QString url = test::startTsa(m_tsaServer, m_tsa);
        QVERIFY(!url.isEmpty());
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("tsa"), url, QStringLiteral("--ca"), m_tsa + QStringLiteral("/ca.pem")})
                     .exitCode,
                 0);
        QVERIFY(!rawKey().isEmpty());
    }

    void cleanupTestCase()
    {
        m_tsaServer.kill();
        m_tsaServer.waitForFinished();
    }

    // `db anchor`: signed by the person, time-stamped; openssl checks both as police would.
    void anchorIsSignedAndTimeStamped()
    {
        const QString x = path(QStringLiteral("anchor-out"));
        QDir().mkpath(x);
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("db"), QStringLiteral("anchor"), QStringLiteral("--export"), x});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Time-stamped"), r.out.constData());
        const QString ts
            = test::opensslTsVerify(x + QStringLiteral("/anchor.json"), x + QStringLiteral("/anchor.json.tsr"),
                                    m_tsa + QStringLiteral("/ca.pem"));
        QVERIFY2(ts.isEmpty(), qPrintable(ts));
        const auto cms = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), x + QStringLiteral("/anchor.json.p7s"),
             QStringLiteral("-content"), x + QStringLiteral("/anchor.json"), QStringLiteral("-CAfile"), m_caPem,
             QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-signer"),
             x + QStringLiteral("/signer.pem"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(cms.exitCode == 0, qPrintable(cms.describe()));
        const auto subject = test::run(QStringLiteral("openssl"),
                                       {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                                        QStringLiteral("-in"), x + QStringLiteral("/signer.pem")});
        QVERIFY2(subject.out.contains("CN = ivy") || subject.out.contains("CN=ivy"), subject.out.constData());
        // The anchor names the custody chain of the case and the audit chain's head.
        const QJsonObject body = QJsonDocument::fromJson(test::readFile(x + QStringLiteral("/anchor.json"))).object();
        QVERIFY(body.value(QLatin1String("custody")).toObject().contains(QStringLiteral("case:") + m_case));
        QVERIFY(body.value(QLatin1String("audit")).toObject().value(QLatin1String("seq")).toInteger() > 0);
        const auto ok = check();
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        // Every role may anchor; the auditor too.
        QVERIFY(anchorNow(QStringLiteral("lena")) > 0);
    }

    // DELETE the last audit rows: what remains is a valid chain, but it no longer reaches the anchored head.
    void truncatedAuditChainIsNamed()
    {
        qint64 seq = 0;
        QVERIFY(anchorNow(QStringLiteral("ivy"), &seq) > 0);
        QVERIFY(seq > 3);
        save();
        const auto cut = sqlcipher(QStringLiteral("DELETE FROM audit_log WHERE chain = '' AND seq > %1;").arg(seq - 3));
        QVERIFY2(cut.exitCode == 0, qPrintable(cut.describe()));
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        // Named with the first anchored event that no longer holds (the check's own login took seq - 2).
        QVERIFY2(all(r).contains("audit chain: event ")
                     && (all(r).contains("the chain was truncated") || all(r).contains("the chain was rewritten")),
                 qPrintable(r.describe()));
        restore();
    }

    // Rewrite a custody event of the case and recompute every hash after it: the chain verifies by itself, but
    // its head is no longer the one anchored.
    void rewrittenCustodyChainIsNamed()
    {
        QVERIFY(anchorNow() > 0);
        save();
        const QString chain = QStringLiteral("case:") + m_case;
        const auto rows = caseEvents(QStringLiteral("hex(event)"));
        QVERIFY2(rows.exitCode == 0, qPrintable(rows.describe()));
        QStringList sql;
        QString prev = HashChain::genesisHash();
        qint64 last = 0;
        bool changed = false;
        for (const QByteArray& line : rows.out.split('\n')) {
            const QList<QByteArray> cols = line.trimmed().split('|');
            if (cols.size() != 2 || cols.at(0) == "ok")
                continue;
            QByteArray event = QByteArray::fromHex(cols.at(1));
            if (!changed && event.contains("\"Anchored\"")) {
                event.replace("\"Anchored\"", "\"Rewritten\"");
                changed = true;
            }
            const QString hash = QString::fromLatin1(HashChain::link(prev, event).toHex());
            sql << QStringLiteral("UPDATE custody_events SET event = CAST(x'%1' AS TEXT), prev_hash = '%2', hash = "
                                  "'%3' WHERE chain = '%4' AND seq = %5;")
                       .arg(QString::fromLatin1(event.toHex()), prev, hash, chain, QString::fromLatin1(cols.at(0)));
            prev = hash;
            last = cols.at(0).toLongLong();
        }
        QVERIFY2(changed && last > 0, rows.out.constData());
        const auto rewrite = sqlcipher(sql.join(QLatin1Char('\n')));
        QVERIFY2(rewrite.exitCode == 0, qPrintable(rewrite.describe()));
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains(QStringLiteral("custody chain %1: event %2 differs").arg(chain).arg(last).toUtf8()),
                 qPrintable(r.describe()));
        QVERIFY(all(r).contains("rewritten"));
        // Anchoring the rewritten chain again (a valid line, signed with the forger's own key) does not launder it:
        // the earlier anchor of the same event still counts.
        QVERIFY(anchorNow() > 0);
        const auto again = check();
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(all(again).contains(QStringLiteral("anchors event %1 of the custody chain %2 with another hash")
                                         .arg(last)
                                         .arg(chain)
                                         .toUtf8()),
                 qPrintable(again.describe()));
        restore();
    }

    // An event appended after a time-stamped anchor but dated before it (what someone holding a removed person's key
    // does to make a forgery look older than the revocation) is named: whatever follows an anchored head was written
    // after that anchor, whose time the TSA vouches for.
    void eventBackdatedBeforeAnAnchorIsNamed()
    {
        QVERIFY(anchorNow() > 0);
        save();
        const QString chain = QStringLiteral("case:") + m_case;
        const auto head = caseEvents(QStringLiteral("hash"), QStringLiteral("seq DESC LIMIT 1"));
        QList<QByteArray> cols;
        for (const QByteArray& line : head.out.split('\n'))
            if (line.trimmed().split('|').size() == 2 && line.trimmed() != "ok")
                cols = line.trimmed().split('|');
        QVERIFY2(cols.size() == 2, qPrintable(head.describe()));
        const qint64 seq = cols.at(0).toLongLong() + 1;
        const QString prev = QString::fromLatin1(cols.at(1));
        const QString at = QStringLiteral("2020-01-01T00:00:00Z"); // long before the anchor's time-stamp
        const QByteArray event = canonicalJson(QJsonObject {{QLatin1String("seq"), seq},
                                                            {QLatin1String("chain"), chain},
                                                            {QLatin1String("at"), at},
                                                            {QLatin1String("actor"), QStringLiteral("ivy")},
                                                            {QLatin1String("action"), QStringLiteral("note_added")},
                                                            {QLatin1String("details"), QJsonObject()}});
        const auto append = sqlcipher(
            QStringLiteral("INSERT INTO custody_events (chain, seq, event, prev_hash, hash, at, actor, action) VALUES "
                           "('%1', %2, CAST(x'%3' AS TEXT), '%4', '%5', '%6', 'ivy', 'note_added');")
                .arg(chain)
                .arg(seq)
                .arg(QString::fromLatin1(event.toHex()), prev,
                     QString::fromLatin1(HashChain::link(prev, event).toHex()), at));
        QVERIFY2(append.exitCode == 0, qPrintable(append.describe()));
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(
            all(r).contains(QStringLiteral("custody chain %1: event %2 says it was made at %3, but it follows event")
                                .arg(chain)
                                .arg(seq)
                                .arg(at)
                                .toUtf8())
                && all(r).contains("it was written later and back-dated"),
            qPrintable(r.describe()));
        restore();
    }

    // A cut or emptied anchor file is not continued: the next anchor would number itself over the lost lines.
    void cutFileIsNotContinued()
    {
        QVERIFY(anchorNow() > 0);
        QVERIFY(anchorNow() > 0);
        save();
        const QByteArray full = test::readFile(anchors());
        const QByteArray firstLine = full.left(full.indexOf('\n') + 1);
        for (const QByteArray& cut : {firstLine, QByteArray()}) {
            QVERIFY(test::writeFile(anchors(), cut));
            const auto r = as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(all(r).contains("no longer holds anchor"), qPrintable(r.describe()));
            QCOMPARE(test::readFile(anchors()), cut);
        }
        restore();
    }

    void deletedAnchorFileIsNamed()
    {
        save();
        QVERIFY(QFile::remove(anchors()));
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains("anchor file") && all(r).contains("missing"), qPrintable(r.describe()));
        // A new file is not started over the deleted one.
        const auto again = as(QStringLiteral("ivy"), {QStringLiteral("db"), QStringLiteral("anchor")});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(!QFile::exists(anchors()));
        restore();
    }

    void cutLinesAreNamed()
    {
        QVERIFY(anchorNow() > 0);
        QVERIFY(anchorNow() > 0);
        save();
        QList<QByteArray> lines = test::readFile(anchors()).split('\n');
        lines.removeLast(); // the empty string after the last newline
        QVERIFY(lines.size() >= 4);
        const int total = static_cast<int>(lines.size());

        // A line out of the middle: a gap, named with the line.
        QList<QByteArray> gap = lines;
        gap.removeAt(1);
        QVERIFY(test::writeFile(anchors(), gap.join('\n') + '\n'));
        auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains("line 2 is anchor 3 where anchor 2 belongs"), qPrintable(r.describe()));

        // The last line cut: the database remembers the last anchor it wrote.
        QList<QByteArray> tail = lines;
        tail.removeLast();
        QVERIFY(test::writeFile(anchors(), tail.join('\n') + '\n'));
        r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains(
                     QStringLiteral("ends at anchor %1, but anchor %2 was written").arg(total - 1).arg(total).toUtf8()),
                 qPrintable(r.describe()));

        // A line edited (the audit head moved back): its link from the next line breaks, and its signature fails.
        QList<QByteArray> edited = lines;
        edited[1].replace("\"reason\":\"", "\"reason\":\"x");
        QVERIFY(test::writeFile(anchors(), edited.join('\n') + '\n'));
        r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains("line 3 (anchor 3) does not link"), qPrintable(r.describe()));
        QVERIFY2(all(r).contains("anchor 2: the signature does not verify"), qPrintable(r.describe()));
        restore();
    }

    // Deleting the audit position from the key-slot file no longer switches the truncation check off.
    void deletedKeySlotAnchorIsNamed()
    {
        save();
        {
            auto file = KeySlotFile::load(KeySlotFile::pathFor(m_db));
            QVERIFY(file);
            file->anchorSeq = 0;
            file->anchorHash.clear();
            file->anchorMac.clear();
            QVERIFY(file->save(KeySlotFile::pathFor(m_db)));
        }
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains("audit anchor in the key-slot file is missing"), qPrintable(r.describe()));
        restore();
    }

    // At least one anchor a day: signing in more than 24 hours after the last anchor appends a "daily" one by the
    // person who signed in; signing in again within the day does not.
    void dailyAnchorIsWrittenAtSignIn()
    {
        save();
        const int before = static_cast<int>(test::readFile(anchors()).count('\n'));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("whoami")}).exitCode, 0);
        QCOMPARE(static_cast<int>(test::readFile(anchors()).count('\n')), before);
        const QMap<QString, QString> later = test::fakeTime(QStringLiteral("+2d"));
        QVERIFY(!later.isEmpty());
        const auto signedIn = test::cliAs(m_db, QStringLiteral("lena"), {QStringLiteral("whoami")}, later);
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe()));
        const QList<QByteArray> lines = test::readFile(anchors()).trimmed().split('\n');
        QCOMPARE(static_cast<int>(lines.size()), before + 1);
        const QJsonObject body
            = QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("anchor")).toObject();
        QCOMPARE(body.value(QLatin1String("reason")).toString(), QStringLiteral("daily"));
        QCOMPARE(body.value(QLatin1String("by")).toString(), QStringLiteral("lena"));
        QCOMPARE(body.value(QLatin1String("n")).toInt(), before + 1);
        const auto again = test::cliAs(m_db, QStringLiteral("ivy"), {QStringLiteral("whoami")}, later);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(static_cast<int>(test::readFile(anchors()).count('\n')), before + 1);
        restore();
    }

    // An anchor line that says lena wrote it, signed by the insider's own key (a certificate of the organisation CA,
    // but ivy's): named as forged.
    void anchorSignedByAnotherPersonIsNamed()
    {
        save();
        const QList<QByteArray> lines = test::readFile(anchors()).trimmed().split('\n');
        QJsonObject body = QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("anchor")).toObject();
        const int n = body.value(QLatin1String("n")).toInt() + 1;
        body.insert(QLatin1String("n"), n);
        body.insert(QLatin1String("prev"), Sha256::hashHex(lines.last()));
        body.insert(QLatin1String("by"), QStringLiteral("lena"));
        body.insert(QLatin1String("tsa"), QString());
        {
            auto ivy = test::openAs(m_db, QStringLiteral("ivy"));
            QVERIFY(ivy);
            auto key = ivy->personalIdentity();
            QVERIFY(key);
            auto p7s = CmsSignature::signDetached(*key, canonicalJson(body));
            QVERIFY(p7s);
            const QJsonObject line {{QLatin1String("anchor"), body},
                                    {QLatin1String("p7s"), QString::fromLatin1(p7s->toBase64())},
                                    {QLatin1String("note"), QStringLiteral("signed only")}};
            QFile f(anchors());
            QVERIFY(f.open(QIODevice::Append));
            f.write(canonicalJson(line) + '\n');
        }
        const auto r = check();
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(all(r).contains(
                     QStringLiteral("anchor %1 says lena wrote it, but it was signed with the key of").arg(n).toUtf8()),
                 qPrintable(r.describe()));
        QVERIFY2(all(r).contains("CN=ivy"), qPrintable(r.describe()));
        restore();
    }

    // A release carries the anchor written as it left, with its token.
    void packageCarriesTheAnchor()
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                             QStringLiteral("anchored")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.describe()));
        const QString id = QString::fromUtf8(req.out).trimmed();
        const auto approve = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        const int before = static_cast<int>(test::readFile(anchors()).count('\n'));
        const QString out = path(QStringLiteral("anchored.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QCOMPARE(static_cast<int>(test::readFile(anchors()).count('\n')), before + 1);
        const QString x = path(QStringLiteral("anchored"));
        QVERIFY(QDir().mkpath(x));
        QCOMPARE(test::run(QStringLiteral("unzip"),
                           {QStringLiteral("-q"), out, QStringLiteral("anchor.json*"), QStringLiteral("-d"), x})
                     .exitCode,
                 0);
        const QString ts
            = test::opensslTsVerify(x + QStringLiteral("/anchor.json"), x + QStringLiteral("/anchor.json.tsr"),
                                    m_tsa + QStringLiteral("/ca.pem"));
        QVERIFY2(ts.isEmpty(), qPrintable(ts));
        const QJsonObject body = QJsonDocument::fromJson(test::readFile(x + QStringLiteral("/anchor.json"))).object();
        QCOMPARE(body.value(QLatin1String("reason")).toString(), QStringLiteral("release"));
        QCOMPARE(body.value(QLatin1String("n")).toInt(), before + 1);
        const auto verified = test::cli({QStringLiteral("verify"), out, QStringLiteral("--ca"), m_caPem});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }
};

QTEST_GUILESS_MAIN(TestAnchors)
#include "TestAnchors.moc"
