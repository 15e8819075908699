// Case custody chains: signed checkpoints every CustodyRecorder::CheckpointInterval events, and tampering by
// someone who holds the database key: edits, deletions and reorderings are named; rewriting history and
// re-hashing the chain is caught by the checkpoint signatures, which are the acting person's own: re-sealing with the
// workstation key (a database row), another person's key or a key from outside the organisation CA is named.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "common/CanonicalJson.h"
#include "crypto/CmsSignature.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace lpdesk;

class TestCustody : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_chain;
    QString m_path;

    bool checkAsAdmin()
    {
        auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        if (!admin)
            return false;
        auto report = (*admin)->check();
        return report && report->ok();
    }

    CustodyReport verify()
    {
        QSqlDatabase c = m_db->connection();
        return *CustodyRecorder::verify(c, m_chain);
    }
    void exec(const QString& sql)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    // What an attacker with the database key can do: rewrite event `seq`, then recompute every hash after it.
    void rewriteAndRehash(qint64 seq, const std::function<void(QJsonObject&)>& change)
    {
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        QString prev = HashChain::genesisHash();
        for (ChainEvent e : *events) {
            if (e.seq >= seq) {
                QJsonObject o = QJsonDocument::fromJson(e.eventText).object();
                if (e.seq == seq)
                    change(o);
                e.eventText = canonicalJson(o);
                e.prevHash = prev;
                e.hash = toHex(HashChain::link(prev, e.eventText));
                QSqlQuery q(c);
                q.prepare(QStringLiteral(
                    "UPDATE custody_events SET event = ?, prev_hash = ?, hash = ? WHERE chain = ? AND seq = ?"));
                q.addBindValue(QString::fromUtf8(e.eventText));
                q.addBindValue(e.prevHash);
                q.addBindValue(e.hash);
                q.addBindValue(m_chain);
                q.addBindValue(e.seq);
                QVERIFY(q.exec());
            }
            prev = e.hash;
        }
    }

    // The insider's forgery: event 10 rewritten, the chain re-hashed, and the checkpoint at 21 re-sealed over the new
    // head 20 by sign (which returns the checkpoint's new details, or an empty object on failure).
    // rewrite false: only the checkpoint is replaced (a chain as an older version sealed it).
    void rewriteAndReseal(const std::function<QJsonObject(const QString& coversHash)>& sign, bool rewrite = true)
    {
        if (rewrite)
            rewriteAndRehash(10, [](QJsonObject& o) {
                QJsonObject d = o.value(QLatin1String("details")).toObject();
                d.insert(QLatin1String("text"), QStringLiteral("a different note"));
                o.insert(QLatin1String("details"), d);
            });
        QSqlDatabase c = m_db->connection();
        const QString newHash20 = CustodyLog::events(c, m_chain)->at(19).hash;
        const QJsonObject details = sign(newHash20);
        QVERIFY(!details.isEmpty());
        rewriteAndRehash(21, [&](QJsonObject& o) {
            QCOMPARE(o.value(QLatin1String("action")).toString(), QStringLiteral("checkpoint"));
            o.insert(QLatin1String("details"), details);
        });
    }
    QByteArray message(const QString& coversHash) const
    {
        return CustodyRecorder::checkpointMessage(m_chain, 20, coversHash);
    }
    static QJsonObject cmsDetails(const SigningIdentity& identity, const QByteArray& message, const QString& hash)
    {
        auto p7s = CmsSignature::signDetached(identity, message);
        if (!p7s)
            return {};
        return {{QLatin1String("covers_seq"), 20},
                {QLatin1String("covers_hash"), hash},
                {QLatin1String("algorithm"), QStringLiteral("cms-ecdsa-p256-sha256")},
                {QLatin1String("p7s"), QString::fromLatin1(p7s->toBase64())},
                {QLatin1String("certificate_sha256"), identity.certificateFingerprint()}};
    }
    // A checkpoint as the workstation key signed them before each person signed their own.
    QJsonObject workstationDetails(const QString& hash, qint64 seq = 20)
    {
        QSqlDatabase c = m_db->connection();
        auto workstation = WorkstationKeys::signingIdentity(c); // a row: the insider's raw key reads it
        if (!workstation)
            return {};
        auto sig = workstation->signDer(CustodyRecorder::checkpointMessage(m_chain, seq, hash));
        return {{QLatin1String("covers_seq"), seq},
                {QLatin1String("covers_hash"), hash},
                {QLatin1String("algorithm"), QStringLiteral("ecdsa-p256-sha256")},
                {QLatin1String("signature"), QString::fromLatin1(sig->toBase64())},
                {QLatin1String("certificate_sha256"), workstation->certificateFingerprint()}};
    }

    // Both checkpoints (21 over 20, 42 over 41) as the workstation key sealed them before personal signing.
    void sealBothWithTheWorkstationKey()
    {
        rewriteAndReseal([this](const QString& hash) { return workstationDetails(hash); }, false);
        QSqlDatabase c = m_db->connection();
        const QString hash41 = CustodyLog::events(c, m_chain)->at(40).hash;
        rewriteAndRehash(42,
                         [&](QJsonObject& o) { o.insert(QLatin1String("details"), workstationDetails(hash41, 41)); });
    }

    // The audit chain as an older version wrote it: edit applied to every event, the chain re-hashed.
    void rewriteAuditChain(const std::function<void(QJsonObject&)>& edit)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery read(c);
        QVERIFY(read.exec(QStringLiteral("SELECT seq, event FROM audit_log WHERE chain = '' ORDER BY seq")));
        QList<QPair<qint64, QByteArray>> rows;
        while (read.next())
            rows.append({read.value(0).toLongLong(), read.value(1).toString().toUtf8()});
        read.finish();
        QString prev = HashChain::genesisHash();
        for (auto& [seq, text] : rows) {
            QJsonObject o = QJsonDocument::fromJson(text).object();
            edit(o);
            text = canonicalJson(o);
            const QString hash = toHex(HashChain::link(prev, text));
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE audit_log SET event = ?, prev_hash = ?, hash = ? WHERE chain = '' AND "
                                     "seq = ?"));
            q.addBindValue(QString::fromUtf8(text));
            q.addBindValue(prev);
            q.addBindValue(hash);
            q.addBindValue(seq);
            QVERIFY(q.exec());
            prev = hash;
        }
    }

    // The database as a version from before personal checkpoints made it: the first audit event without
    // personal_checkpoints, the audit chain re-hashed after it.
    void makeOlderDatabase()
    {
        bool first = true;
        rewriteAuditChain([&](QJsonObject& o) {
            if (!std::exchange(first, false))
                return;
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            QVERIFY(d.take(QLatin1String("personal_checkpoints")).toBool());
            o.insert(QLatin1String("details"), d);
        });
    }

    // The administrator's `db rekey` (it wants the only connection: ivy signs out and back in after it).
    void rekeyAsAdmin()
    {
        m_db.reset();
        {
            auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
            QVERIFY(admin);
            const Status rekeyed = (*admin)->rekey();
            QVERIFY2(rekeyed, qPrintable(rekeyed.errorMessage()));
        }
        auto opened = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        const QString path = admin->path();
        m_path = path;
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto id = CaseService(*m_db).create(QStringLiteral("Custody test"), {});
        QVERIFY(id);
        m_case = *id;
        m_chain = CustodyLog::caseChain(m_case);
        for (int i = 0; i < 45; ++i)
            QVERIFY(CaseService(*m_db).addNote(m_case, QStringLiteral("note %1").arg(i)));
    }

    void checkpointsAreSignedPeriodically()
    {
        const CustodyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.checkpoints, 2); // after events 20 and 41
        QSqlDatabase c = m_db->connection();
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain));
        QCOMPARE(verify().checkpoints, 3);
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain)); // nothing new to seal: no second checkpoint
        QCOMPARE(verify().checkpoints, 3);
        QVERIFY(checkAsAdmin());
    }

    void editIsNamed()
    {
        exec(
            QStringLiteral(
                "UPDATE custody_events SET event = replace(event, 'note_length', 'note_lengtx') WHERE chain = '%1' AND "
                "seq = 9")
                .arg(m_chain));
        const CustodyReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.chain.problems.first().seq, 9);
        QVERIFY(r.summary().contains(QLatin1String("edited")));
        QVERIFY(!checkAsAdmin());
    }

    void deletionAndReorderingAreNamed()
    {
        exec(QStringLiteral("DELETE FROM custody_events WHERE chain = '%1' AND seq = 12").arg(m_chain));
        QVERIFY(verify().summary().contains(QLatin1String("deleted")));
        init();
        exec(QStringLiteral("UPDATE custody_events SET seq = -1 WHERE chain = '%1' AND seq = 5").arg(m_chain));
        exec(QStringLiteral("UPDATE custody_events SET seq = 5 WHERE chain = '%1' AND seq = 6").arg(m_chain));
        exec(QStringLiteral("UPDATE custody_events SET seq = 6 WHERE chain = '%1' AND seq = -1").arg(m_chain));
        QVERIFY(verify().summary().contains(QLatin1String("reordered")));
    }

    // History rewritten and re-hashed: the chain alone looks fine, the signed checkpoint does not.
    void rehashedHistoryFailsTheCheckpoint()
    {
        rewriteAndRehash(10, [](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            d.insert(QLatin1String("text"), QStringLiteral("a different note"));
            o.insert(QLatin1String("details"), d);
        });
        const CustodyReport r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY(!r.ok());
        QVERIFY2(r.checkpointProblems.first().contains(QLatin1String("changed afterwards")), qPrintable(r.summary()));
    }

    void forgedCheckpointFailsItsSignature()
    {
        // Also rewrite the checkpoint's sealed hash to match the new history: the signature gives it away.
        rewriteAndRehash(10, [](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            d.insert(QLatin1String("text"), QStringLiteral("a different note"));
            o.insert(QLatin1String("details"), d);
        });
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        const QString newHash20 = events->at(19).hash;
        rewriteAndRehash(21, [&](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            QCOMPARE(o.value(QLatin1String("action")).toString(), QStringLiteral("checkpoint"));
            d.insert(QLatin1String("covers_hash"), newHash20);
            o.insert(QLatin1String("details"), d);
        });
        const CustodyReport r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY(!r.ok());
        QVERIFY2(r.summary().contains(QLatin1String("signature does not verify")), qPrintable(r.summary()));
    }

    // Each checkpoint is signed by the person who acted: a CMS signature whose certificate the organisation CA
    // issued to them (CN = the checkpoint's actor), its fingerprint recorded in the event.
    void checkpointsAreSignedByTheActingPerson()
    {
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        const ChainEvent& cp = events->at(20);
        QCOMPARE(cp.action, QStringLiteral("checkpoint"));
        QCOMPARE(cp.actor, QStringLiteral("ivy"));
        auto ivy = m_db->personalIdentity();
        QVERIFY(ivy);
        QCOMPARE(cp.details.value(QLatin1String("certificate_sha256")).toString(), ivy->certificateFingerprint());
        auto ca = WorkstationKeys::caCertificatePem(c);
        auto signer = CmsSignature::verifyDetached(
            QByteArray::fromBase64(cp.details.value(QLatin1String("p7s")).toString().toLatin1()),
            message(cp.details.value(QLatin1String("covers_hash")).toString()), *ca);
        QVERIFY2(signer, qPrintable(signer.errorMessage()));
        QCOMPARE(signer->signerCommonName, QStringLiteral("ivy"));
        QVERIFY(checkAsAdmin());
    }

    // The insider re-seals rewritten history with the workstation key, which they read from the database: in a
    // database whose checkpoints are personal, a workstation-signed checkpoint is forged.
    void resealedWithTheWorkstationKeyIsRefused()
    {
        rewriteAndReseal([this](const QString& hash) { return workstationDetails(hash); });
        const CustodyReport r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY2(!r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.summary().contains(QLatin1String("signed by the workstation key")), qPrintable(r.summary()));
        QVERIFY(!checkAsAdmin());
    }

    // Re-sealed with another person's key (the administrator's), the checkpoint still naming ivy.
    void resealedWithAnotherPersonsKeyIsRefused()
    {
        auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(admin);
        auto adminKey = (*admin)->personalIdentity();
        QVERIFY(adminKey);
        rewriteAndReseal([&](const QString& hash) { return cmsDetails(*adminKey, message(hash), hash); });
        const CustodyReport r = verify();
        QVERIFY2(!r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.summary().contains(QLatin1String("names ivy as its signer")), qPrintable(r.summary()));
    }

    // Re-sealed with a certificate for "ivy" from a CA of the insider's own: not the organisation's.
    void resealedWithAKeyOutsideTheOrganisationCaIsRefused()
    {
        auto rogueCa = SigningIdentity::generate(QStringLiteral("Rogue"), QStringLiteral("rogue"));
        QVERIFY(rogueCa);
        auto ca = SigningIdentity::load(rogueCa->caPrivateKeyDer, rogueCa->caCertificatePem);
        QVERIFY(ca);
        auto fake = SigningIdentity::issuePersonal(*ca, QStringLiteral("Rogue"), QStringLiteral("ivy"),
                                                   QStringLiteral("investigator"));
        QVERIFY(fake);
        auto fakeIvy
            = SigningIdentity::load(fake->signingPrivateKeyDer, fake->signingCertificatePem + fake->caCertificatePem);
        QVERIFY(fakeIvy);
        rewriteAndReseal([&](const QString& hash) { return cmsDetails(*fakeIvy, message(hash), hash); });
        const CustodyReport r = verify();
        QVERIFY2(!r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.summary().contains(QLatin1String("certificate of the organisation CA")), qPrintable(r.summary()));
    }

    // Databases from before: checkpoints the workstation key sealed stay valid up to where personal signing began,
    // and never after a personally signed one.
    void workstationCheckpointsFromBeforeStayValid()
    {
        sealBothWithTheWorkstationKey();
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, m_chain);
        auto trust = CustodyRecorder::trustFor(c, m_chain);
        QVERIFY(trust);
        QCOMPARE(trust->workstationUpTo, -1); // this database was created with personal checkpoints
        trust->workstationUpTo = std::numeric_limits<qint64>::max(); // an old database, nothing recorded yet
        CustodyReport r = CustodyRecorder::verifyEvents(m_chain, *events, *trust);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        trust->workstationUpTo = 42; // the chain's last checkpoint when personal signing began
        r = CustodyRecorder::verifyEvents(m_chain, *events, *trust);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        trust->workstationUpTo = 21;
        r = CustodyRecorder::verifyEvents(m_chain, *events, *trust);
        QVERIFY2(r.summary().contains(QLatin1String("checkpoint at event 42 is signed by the workstation key")),
                 qPrintable(r.summary()));
        QCOMPARE(r.checkpointProblems.size(), 1);

        // A workstation checkpoint after a personal one: forged, whatever the line.
        init();
        c = m_db->connection();
        const QString fresh41 = CustodyLog::events(c, m_chain)->at(40).hash;
        rewriteAndRehash(42,
                         [&](QJsonObject& o) { o.insert(QLatin1String("details"), workstationDetails(fresh41, 41)); });
        events = CustodyLog::events(c, m_chain);
        trust = CustodyRecorder::trustFor(c, m_chain);
        trust->workstationUpTo = std::numeric_limits<qint64>::max();
        r = CustodyRecorder::verifyEvents(m_chain, *events, *trust);
        QVERIFY(r.chain.ok());
        QVERIFY2(r.summary().contains(QLatin1String("checkpoint at event 42 is signed by the workstation key")),
                 qPrintable(r.summary()));
    }

    // An older database's workstation checkpoints still verify after `db rekey` rotated the workstation key: the
    // rotation keeps the retired certificate (audit workstation_key_rotated, issued by the organisation CA). A row
    // changed before the rekey is still named.
    void workstationCheckpointsVerifyAfterRekey()
    {
        sealBothWithTheWorkstationKey();
        QSqlDatabase c = m_db->connection();
        makeOlderDatabase();
        QVERIFY(CustodyRecorder::recordPersonalSigningStart(*m_db));
        QCOMPARE(CustodyRecorder::trustFor(c, m_chain)->workstationUpTo, 42);
        QVERIFY2(verify().ok(), qPrintable(verify().summary()));
        const QByteArray before = *WorkstationKeys::signingCertificatePem(c);

        // SQLCipher's rekey wants the only connection: ivy signs out, the administrator rotates every key.
        c = QSqlDatabase();
        rekeyAsAdmin();
        c = m_db->connection();
        QVERIFY(*WorkstationKeys::signingCertificatePem(c) != before); // the workstation key was rotated
        CustodyReport r = verify();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.checkpoints, 2);
        auto custodyProblems = [this] {
            auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
            QStringList out;
            if (!admin)
                return QStringList {admin.errorMessage()};
            auto report = (*admin)->check();
            if (!report)
                return QStringList {report.errorMessage()};
            for (const QString& p : std::as_const(report->problems))
                if (p.startsWith(QLatin1String("custody")))
                    out << p;
            return out;
        };
        const QStringList clean = custodyProblems(); // db check: the audit rewrite above is named, custody is not
        QVERIFY2(clean.isEmpty(), qPrintable(clean.join(QLatin1Char('\n'))));

        // A note sealed before the rekey, rewritten and re-hashed: the checkpoint over it names the change.
        rewriteAndRehash(10, [](QJsonObject& o) {
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            d.insert(QLatin1String("text"), QStringLiteral("a different note"));
            o.insert(QLatin1String("details"), d);
        });
        r = verify();
        QVERIFY(r.chain.ok());
        QVERIFY2(r.summary().contains(QLatin1String("checkpoint at event 21: the events it sealed (up to 20) were "
                                                    "changed afterwards")),
                 qPrintable(r.summary()));
        QVERIFY(!custodyProblems().isEmpty());
    }

    // A rekey made by a version that kept no retired workstation certificate (workstation_key_rotated without
    // retired_certificate_pem): the checkpoints that key sealed before cannot be checked. Verification says so in words
    // — why, when and which certificate — instead of "does not verify"; while no later checkpoint that verifies seals
    // those events it stays a problem that says what to do, and once one does (the next personal checkpoint) it is a
    // note in `db check`.
    void checkpointsBeforeARekeyThatKeptNoCertificateAreExplained()
    {
        sealBothWithTheWorkstationKey();
        makeOlderDatabase();
        QVERIFY(CustodyRecorder::recordPersonalSigningStart(*m_db));
        rekeyAsAdmin();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verify().ok(), qPrintable(verify().summary()));
        // What the older rekey recorded: the retired serial, no certificate.
        QString serial;
        qint64 rotationSeq = 0;
        rewriteAuditChain([&](QJsonObject& o) {
            if (o.value(QLatin1String("action")).toString() != QLatin1String("workstation_key_rotated"))
                return;
            QJsonObject d = o.value(QLatin1String("details")).toObject();
            QVERIFY(!d.take(QLatin1String("retired_certificate_pem")).toString().isEmpty());
            serial = d.value(QLatin1String("retired_serial")).toString();
            rotationSeq = o.value(QLatin1String("seq")).toInteger();
            o.insert(QLatin1String("details"), d);
        });
        QVERIFY(!serial.isEmpty() && rotationSeq > 0);
        CustodyReport r = verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.checkpointProblems.size(), 2);
        for (const QString& p : std::as_const(r.checkpointProblems)) {
            QVERIFY2(p.contains(QStringLiteral("was sealed by the workstation key that `db rekey` retired on"))
                         && p.contains(
                             QStringLiteral("(audit event %1, certificate serial %2)").arg(rotationSeq).arg(serial))
                         && p.contains(QLatin1String("did not keep the retired certificate, so this signature cannot "
                                                     "be checked"))
                         && p.contains(QLatin1String("Check them against a backup made before that rekey")),
                     qPrintable(p));
            QVERIFY2(!p.contains(QLatin1String("does not verify")), qPrintable(p));
        }
        // The next checkpoint, sealed with ivy's own key, covers those events through the hash chain.
        QSqlDatabase c = m_db->connection();
        QVERIFY(CaseService(*m_db).addNote(m_case, QStringLiteral("after the rekey")));
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain));
        r = verify();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.uncheckedCheckpoints.size(), 2);
        QVERIFY2(r.uncheckedCheckpoints.first().contains(QLatin1String("checkpoint at event 21 was sealed by"))
                     && r.uncheckedCheckpoints.first().contains(QLatin1String("which verifies")),
                 qPrintable(r.uncheckedCheckpoints.join(QLatin1Char('\n'))));
        auto admin = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(admin);
        auto report = (*admin)->check();
        QVERIFY(report);
        bool noted = false;
        for (const QString& n : std::as_const(report->notes))
            noted = noted || (n.startsWith(QStringLiteral("custody %1: checkpoint at event 42").arg(m_chain)));
        QVERIFY2(noted, qPrintable(report->notes.join(QLatin1Char('\n'))));
        for (const QString& p : std::as_const(report->problems))
            QVERIFY2(!p.startsWith(QLatin1String("custody")), qPrintable(p));
    }

    // A database from before personal checkpoints (its database_created event does not say personal_checkpoints):
    // the first sign-in records the last checkpoint of each chain, once; workstation checkpoints count up to there.
    void olderDatabaseRecordsWherePersonalSigningBegan()
    {
        makeOlderDatabase();
        QSqlDatabase c = m_db->connection();
        auto before = CustodyRecorder::trustFor(c, m_chain);
        QVERIFY(before);
        QCOMPARE(before->workstationUpTo, std::numeric_limits<qint64>::max());
        QVERIFY(CustodyRecorder::recordPersonalSigningStart(*m_db));
        QCOMPARE(CustodyRecorder::trustFor(c, m_chain)->workstationUpTo, 42);
        QCOMPARE(CustodyRecorder::trustFor(c, QStringLiteral("case:another"))->workstationUpTo, -1);
        // Recorded once: later checkpoints do not move the line.
        QVERIFY(CustodyRecorder(*m_db).checkpoint(c, m_chain));
        QVERIFY(CustodyRecorder::recordPersonalSigningStart(*m_db));
        QCOMPARE(CustodyRecorder::trustFor(c, m_chain)->workstationUpTo, 42);
        QCOMPARE(test::scalar(*m_db,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'custody_checkpoints_personal'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCustody)
#include "TestCustody.moc"
