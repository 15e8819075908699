// Documents the police send with a request (issue 15): `le-request attach` stores them encrypted like evidence — the
// plaintext is in neither the database file nor the media folder — reading one back gives the original bytes (and is
// audited), and the document's SHA-256 lands in the custody of every case the request is linked to, whether the
// document came before the link or after it. The hashes are worked out here with QCryptographicHash.
#include "KpiHistory.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"
#include "police/PoliceRequests.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestPoliceDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;

    test::ProcessRun as(const QString& user, const QStringList& args) const
    {
        return test::cliAs(m_admin->path(), user, args);
    }
    QJsonDocument json(const QString& user, const QStringList& args) const
    {
        const test::ProcessRun r = as(user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out);
    }
    // A document of its own: a marker line, then random bytes over more than one 64 KiB chunk.
    QByteArray writeDocument(const QString& name, const QByteArray& marker)
    {
        QByteArray bytes = marker + '\n';
        QRandomGenerator rng(static_cast<quint32>(qHash(name)));
        while (bytes.size() < 150000)
            bytes.append(static_cast<char>(rng.bounded(256)));
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return bytes;
    }
    // Whether any file of the database (its file, sidecar, media folder) holds one of the needles.
    QStringList filesHolding(const QList<QByteArray>& needles) const
    {
        QStringList out;
        QDirIterator it(QFileInfo(m_admin->path()).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(m_dir.filePath(QStringLiteral("docs"))))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            for (const QByteArray& n : needles)
                if (data.contains(n))
                    out << path;
        }
        return out;
    }
    // The document hashes in case c1's custody events of the given action.
    QStringList custodyHashes(const QString& action) const
    {
        QStringList out;
        for (const QJsonValue& e :
             json(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c1")})
                 .array()) {
            if (e[QLatin1String("action")].toString() != action)
                continue;
            const QJsonValue details = e[QLatin1String("details")];
            for (const QJsonValue& d : details[QLatin1String("documents")].toArray())
                out << d[QLatin1String("sha256")].toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("db"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("docs"))));
        m_admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_admin);
        UserDirectory users(*m_admin);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("aud"), Role::Auditor, test::secret("aud-pass")));
        QVERIFY(test::buildKpiHistory(*m_admin)); // cases c1…c4
    }

    void attachReadBackAndCustody()
    {
        const QByteArray first = writeDocument(QStringLiteral("docs/warrant.pdf"), "WARRANT-MARKER-7f3a chief judge");
        const QByteArray second = writeDocument(QStringLiteral("docs/affidavit.pdf"), "AFFIDAVIT-MARKER-91c2 sworn");
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString firstSha
            = QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
        const QString secondSha
            = QString::fromLatin1(QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex());

        const test::ProcessRun add
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                  QStringLiteral("warrant"), QStringLiteral("--agency"), QStringLiteral("Metro PD"),
                  QStringLiteral("--basis"), QStringLiteral("Search warrant 26-SW-0412")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        const QString id = QString::fromUtf8(add.out).trimmed();
        // Attaching is for those who record requests; an auditor may not.
        QCOMPARE(as(QStringLiteral("aud"),
                    {QStringLiteral("le-request"), QStringLiteral("attach"), id,
                     m_dir.filePath(QStringLiteral("docs/warrant.pdf"))})
                     .exitCode,
                 3);
        // One document before the request is linked to c1, one after.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("attach"), id,
                     m_dir.filePath(QStringLiteral("docs/warrant.pdf"))})
                     .exitCode,
                 0);
        QCOMPARE(
            as(QStringLiteral("ivy"), {QStringLiteral("le-request"), QStringLiteral("link"), id, QStringLiteral("c1")})
                .exitCode,
            0);
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("attach"), id,
                     m_dir.filePath(QStringLiteral("docs/affidavit.pdf"))})
                     .exitCode,
                 0);

        const QJsonArray docs = json(QStringLiteral("aud"), {QStringLiteral("le-request"), QStringLiteral("show"), id})
                                    .object()[QLatin1String("documents")]
                                    .toArray();
        QCOMPARE(docs.size(), 2);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue& d : docs)
            byName.insert(d[QLatin1String("name")].toString(), d.toObject());
        QCOMPARE(byName[QStringLiteral("warrant.pdf")][QLatin1String("sha256")].toString(), firstSha);
        QCOMPARE(byName[QStringLiteral("warrant.pdf")][QLatin1String("size")].toInteger(), qint64(first.size()));
        QCOMPARE(byName[QStringLiteral("affidavit.pdf")][QLatin1String("sha256")].toString(), secondSha);
        QCOMPARE(byName[QStringLiteral("affidavit.pdf")][QLatin1String("size")].toInteger(), qint64(second.size()));

        // Encrypted at rest: neither the markers nor a slice of the random bytes is in any file of the database.
        QVERIFY(m_admin->connection().isOpen());
        const QStringList holding
            = filesHolding({QByteArrayLiteral("WARRANT-MARKER-7f3a"), QByteArrayLiteral("AFFIDAVIT-MARKER-91c2"),
                            first.mid(70000, 48), second.mid(100000, 48)});
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));

        // Read back as the investigator: the original bytes, and the reading is audited.
        auto ivy = CaseDatabase::open(m_admin->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY2(ivy, qPrintable(ivy.error().message));
        PoliceRequests requests(**ivy);
        for (const auto& [name, bytes] :
             {std::pair {QStringLiteral("warrant.pdf"), first}, std::pair {QStringLiteral("affidavit.pdf"), second}}) {
            auto back = requests.document(byName[name][QLatin1String("id")].toString());
            QVERIFY2(back, qPrintable(back.error().message));
            QCOMPARE(back->size(), bytes.size());
            QVERIFY(*back == bytes);
        }
        QVERIFY(as(QStringLiteral("aud"), {QStringLiteral("audit"), QStringLiteral("show")})
                    .out.contains("le_document_opened"));
        // An auditor may see that the documents exist, not read them.
        auto aud = CaseDatabase::open(m_admin->path(), QStringLiteral("aud"), test::secret("aud-pass"));
        QVERIFY(aud);
        QCOMPARE(PoliceRequests(**aud)
                     .document(byName[QStringLiteral("warrant.pdf")][QLatin1String("id")].toString())
                     .error()
                     .kind,
                 ErrorKind::Permission);

        // Custody of c1: the link carries the document attached before it, a later event the one attached after.
        QCOMPARE(custodyHashes(QStringLiteral("le_request_linked")), QStringList {firstSha});
        QCOMPARE(custodyHashes(QStringLiteral("le_request_documents_added")), QStringList {secondSha});
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), QStringLiteral("c1")})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPoliceDocuments)
#include "TestPoliceDocuments.moc"
