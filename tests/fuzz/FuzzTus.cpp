#include "FuzzTus.h"

#include "TestServers.h"
#include "TestSupport.h"
#include "TusServer.h"

#include "agencies/AgencyRegistry.h"
#include "db/CaseDatabase.h"
#include "submit/AgencyClient.h"
#include "submit/TusUpload.h"

#include <QCoreApplication>
#include <QSslKey>
#include <QTemporaryDir>

#include <cstdio>

namespace lpdesk {

namespace {

// The agency the uploads go to: a throwaway PKI, a database with the agency registered for the server's port and a
// client opened on it. Made on the first input; gone before the application is (its network thread ends while Qt's
// TLS backend is still there).
class TusAgency
{
public:
    test::TusServer server;
    std::unique_ptr<CaseDatabase> db;
    std::unique_ptr<AgencyClient> client;
    QString origin; // every location the upload keeps must start with it

    bool open()
    {
        qputenv("LPDESK_UPLOAD_CHUNK", "1024"); // several chunks per file, so that answers can disagree between them
        QString error;
        if (!test::TestPki::create(m_dir.filePath(QStringLiteral("pki")), &error))
            return report(error);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(test::readFile(m_dir.filePath(QStringLiteral("pki/server.pem")))));
        ssl.setPrivateKey(QSslKey(test::readFile(m_dir.filePath(QStringLiteral("pki/server.key"))), QSsl::Ec));
        if (!server.listen(ssl))
            return report(QStringLiteral("the tus server does not listen"));
        db = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        if (!db)
            return report(QStringLiteral("no database"));
        AgencyProfile p;
        p.id = QStringLiteral("tus-fuzz");
        p.name = QStringLiteral("Fuzzed Police");
        p.baseUrl = QStringLiteral("https://127.0.0.1:%1/api").arg(server.port());
        p.caPem = test::readFile(m_dir.filePath(QStringLiteral("pki/ca.pem")));
        if (const Status added = AgencyRegistry(*db).add(p, {}); !added)
            return report(added.errorMessage());
        auto stored = AgencyRegistry(*db).get(p.id);
        if (!stored)
            return report(stored.errorMessage());
        client = std::make_unique<AgencyClient>(nullptr);
        if (const Status opened = client->open(*db, p.id, {}, AgencyRegistry::endpointFingerprint(*stored)); !opened)
            return report(opened.errorMessage());
        origin = QStringLiteral("https://127.0.0.1:%1/").arg(server.port());
        return true;
    }
    QUrl uploads() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/api/uploads").arg(server.port())); }

private:
    static bool report(const QString& error)
    {
        std::fprintf(stderr, "tus agency: %s\n", qPrintable(error));
        return false;
    }

    QTemporaryDir m_dir;
};

TusAgency* g_agency = nullptr;

TusAgency& agency()
{
    if (!g_agency) {
        g_agency = new TusAgency;
        qAddPostRoutine([] {
            delete g_agency;
            g_agency = nullptr;
        });
        if (!g_agency->open())
            std::exit(1);
    }
    return *g_agency;
}

} // namespace

QList<QByteArray> tusScriptSeeds()
{
    return {"3000\n",
            // Less acknowledged than sent, then a busy agency: the next attempt asks with HEAD.
            "5000\n=\nO 700\nS 503 Busy\n",
            // A lost answer (409 after the chunk was stored), then a HEAD that says where to go on.
            "4000\n=\n=\nS 409 Conflict\n",
            // Impossible offsets refused; the next attempt resumes.
            "2500\n=\nO 999999999999\nO -1\n",
            // A Location elsewhere is refused before any byte is sent; the next attempt creates the upload here.
            "1200\nL https://collector.example/u\n", "1\nL //collector.example/u\n=\nS 308 Resume\n",
            "6000\n=\n=\nO 1e3\n=\nS 460 Checksum Mismatch\nS 410 Gone\n"};
}

const char* checkTusScript(const QByteArray& input, bool* accepted)
{
    *accepted = false;
    QList<QByteArray> script = input.split('\n');
    bool ok = false;
    const qint64 size = script.takeFirst().trimmed().toLongLong(&ok);
    if (!ok || size < 1 || size > 8000)
        return nullptr;
    TusAgency& a = agency();
    const QByteArray bytes = test::evidence(size);
    const char* broken = nullptr;
    qsizetype next = 0;
    a.server.reset();
    a.server.tamper
        = [&](const QByteArray& method, qint64 offset, const QByteArray& body, QByteArray* status, QByteArray* extra) {
              if (method == "PATCH" && (offset < 0 || body != bytes.mid(offset, body.size())))
                  broken = "a PATCH carried other bytes than the file's own from the offset it names";
              if (next >= script.size())
                  return;
              QByteArray line = script[next++];
              line.replace('\r', ""); // one header per line: the value cannot end the answer's head
              const QByteArray value = line.mid(2);
              if (line.startsWith("S "))
                  *status = value;
              else if (line.startsWith("O "))
                  *extra = "Upload-Offset: " + value + "\r\n";
              else if (line.startsWith("L "))
                  *extra = "Location: " + value + "\r\n";
          };
    QStringList savedLocations;
    QList<qint64> savedOffsets;
    TusFile t;
    t.size = size;
    t.metadata = "filename cGFja2FnZS56aXA=";
    t.read = [&bytes](qint64 offset, qint64 max) { return bytes.mid(offset, max); };
    t.saveLocation = [&savedLocations](const QString& l) {
        savedLocations << l;
        return Status();
    };
    t.saveOffset = [&savedOffsets](qint64 o) {
        savedOffsets << o;
        return Status();
    };
    t.countSent = [](qint64) { return Status(); };
    bool done = false;
    for (int attempt = 0; attempt < 4 && !done && !broken; ++attempt) {
        done = bool(TusUpload(*a.client, a.uploads(), nullptr).upload(t));
        if (!t.location.isEmpty() && !t.location.startsWith(a.origin))
            broken = "the next attempt would ask a location on another origin";
    }
    a.server.tamper = nullptr;
    for (const qint64 o : std::as_const(savedOffsets))
        if (o < 0 || o > size)
            broken = "a saved offset outside the file";
    for (const QString& l : std::as_const(savedLocations))
        if (!l.startsWith(a.origin))
            broken = "a saved location on another origin";
    if (done && (savedOffsets.isEmpty() || savedOffsets.last() != size))
        broken = "an upload reported complete without the file's full length acknowledged";
    *accepted = done;
    return broken;
}

} // namespace lpdesk
