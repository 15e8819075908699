#include "StoreSimCase.h"

#include "TestServers.h"

#include "cases/CaseService.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseService.h"
#include "redact/RedactionService.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace lpdesk::test {

namespace {

bool expect(bool ok, const QString& what, const char* file, int line)
{
    if (!ok)
        QTest::qFail(qPrintable(what), file, line);
    return ok;
}

bool expectRun(const ProcessRun& r, const char* file, int line)
{
    return expect(r.exitCode == 0, r.describe(), file, line);
}

} // namespace

QString createDatabaseWith(const QString& dir, const QList<Person>& people)
{
    QDir().mkpath(dir);
    auto admin = createDatabase(dir, QStringLiteral("admin"), "admin-pass");
    if (!expect(admin != nullptr, QStringLiteral("cannot create the database in %1").arg(dir), __FILE__, __LINE__))
        return {};
    for (const Person& p : people) {
        const auto added = UserDirectory(*admin).add(p.name, p.role, passphraseOf(qPrintable(p.name)));
        if (!expect(bool(added), QStringLiteral("cannot add %1").arg(p.name), __FILE__, __LINE__))
            return {};
    }
    return admin->path();
}

bool makeDrop(const QString& db, const QString& drop, const QString& recipientFile, const QStringList& options)
{
    if (!QFile::exists(recipientFile)
        && !expectRun(cliAs(db, QStringLiteral("admin"),
                            {QStringLiteral("key"), QStringLiteral("export-recipient"), recipientFile}),
                      __FILE__, __LINE__))
        return false;
    return storeSim(drop, recipientFile, options);
}

bool storeSim(const QString& drop, const QString& recipientFile, const QStringList& options)
{
    return expectRun(cli(QStringList {QStringLiteral("store-sim"), QStringLiteral("--out"), drop,
                                      QStringLiteral("--recipient"), recipientFile}
                         + options),
                     __FILE__, __LINE__);
}

QStringList storesIn(const QString& drop)
{
    return QDir(drop).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool addStore(const QString& db, const QString& drop, const QString& store)
{
    return expectRun(cliAs(db, QStringLiteral("admin"),
                           {QStringLiteral("store"), QStringLiteral("add"), store, QStringLiteral("--path"),
                            QDir(drop).filePath(store)}),
                     __FILE__, __LINE__);
}

bool pull(const QString& db, const QString& user, const QStringList& stores)
{
    return expectRun(cliAs(db, user, QStringList {QStringLiteral("pull")} + stores), __FILE__, __LINE__);
}

QString firstIncident(const QString& db, const QString& user, const QStringList& listOptions)
{
    const auto listed = cliAs(
        db, user,
        QStringList {QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list")} + listOptions);
    const QString id
        = QJsonDocument::fromJson(listed.out).array().first().toObject().value(QLatin1String("id")).toString();
    expect(!id.isEmpty(), QStringLiteral("no incident: %1").arg(listed.describe()), __FILE__, __LINE__);
    return id;
}

QString newCase(const QString& db, const QString& user, const QString& title, const QString& incident)
{
    const auto made = cliAs(db, user,
                            {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), title,
                             QStringLiteral("--incident"), incident});
    return expectRun(made, __FILE__, __LINE__) ? QString::fromUtf8(made.out).trimmed() : QString();
}

SimulatorOptions smallDrop(int stores, int incidentsPerStore, double clipSeconds, int width, int height)
{
    SimulatorOptions o;
    o.stores = stores;
    o.incidentsPerStore = incidentsPerStore;
    o.clipSeconds = clipSeconds;
    o.width = width;
    o.height = height;
    return o;
}

SimulatedStores simulateStores(const QString& dir, const QList<Person>& people, SimulatorOptions options)
{
    const QString path = createDatabaseWith(QDir(dir).filePath(QStringLiteral("db")), people);
    if (path.isEmpty())
        return {};
    auto admin = openAs(path, QStringLiteral("admin"));
    if (!admin)
        return {};
    if (options.outDir.isEmpty())
        options.outDir = QDir(dir).filePath(QStringLiteral("drop"));
    {
        QSqlDatabase c = admin->connection();
        auto recipient = WorkstationKeys::recipientPublicKey(c);
        if (!expect(bool(recipient), QStringLiteral("no recipient key: %1").arg(recipient.errorMessage()), __FILE__,
                    __LINE__))
            return {};
        options.recipientPublicKey = *recipient;
    }
    auto sim = StoreSimulator::run(options);
    if (!expect(bool(sim), QStringLiteral("store simulator: %1").arg(sim.errorMessage()), __FILE__, __LINE__))
        return {};
    for (const QString& id : sim->storeIds) {
        StoreConnection sc;
        sc.kind = QStringLiteral("folder");
        sc.location = QDir(options.outDir).filePath(id);
        const auto added = StoreRegistry(*admin).add(id, sc);
        if (!expect(bool(added), QStringLiteral("cannot add the store %1: %2").arg(id, added.errorMessage()), __FILE__,
                    __LINE__))
            return {};
    }
    return {path, sim->storeIds};
}

std::unique_ptr<CaseDatabase> openAs(const QString& path, const QString& user)
{
    auto db = CaseDatabase::open(path, user, passphraseOf(qPrintable(user)));
    if (!expect(bool(db), QStringLiteral("%1 cannot open %2: %3").arg(user, path, db.errorMessage()), __FILE__,
                __LINE__))
        return nullptr;
    return std::move(*db);
}

bool pullAll(CaseDatabase& db)
{
    auto pulled = PullService(db).pull({});
    return expect(pulled && pulled->complete(),
                  pulled ? QStringLiteral("the pull is not complete") : pulled.errorMessage(), __FILE__, __LINE__);
}

std::unique_ptr<CaseDatabase> simulateAndPull(const QString& dir, const QList<Person>& people,
                                              const SimulatorOptions& options, const QString& user, QStringList* stores)
{
    const SimulatedStores simulated = simulateStores(dir, people, options);
    if (simulated.db.isEmpty())
        return nullptr;
    if (stores)
        *stores = simulated.stores;
    auto db = openAs(simulated.db, user);
    if (!db || !pullAll(*db))
        return nullptr;
    return db;
}

CaseOnClip newCaseOnFirstClip(CaseDatabase& db, const QString& title)
{
    QString incident;
    CaseOnClip made;
    {
        QSqlDatabase c = db.connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT incident_id, media_id FROM incident_media LIMIT 1"));
        if (!expect(q.next(), QStringLiteral("no incident with a clip"), __FILE__, __LINE__))
            return {};
        incident = q.value(0).toString();
        made.mediaId = q.value(1).toString();
    }
    auto id = CaseService(db).create(title, {incident});
    if (!expect(bool(id), QStringLiteral("cannot open a case: %1").arg(id.errorMessage()), __FILE__, __LINE__))
        return {};
    made.caseId = *id;
    return made;
}

std::unique_ptr<CaseDatabase> caseOnAPulledClip(const QString& dir, const QString& title, CaseOnClip* made)
{
    auto ivy = simulateAndPull(
        dir, {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}}, smallDrop(1, 1, 2));
    if (!ivy)
        return nullptr;
    *made = newCaseOnFirstClip(*ivy, title);
    return made->caseId.isEmpty() ? nullptr : std::move(ivy);
}

QString renderRedaction(CaseDatabase& db, const QString& mediaId, const QString& caseId, const QByteArray& plan)
{
    RedactionService redaction(db);
    auto parsed = redaction.parse(plan);
    if (!expect(bool(parsed), QStringLiteral("redaction plan: %1").arg(parsed.errorMessage()), __FILE__, __LINE__))
        return {};
    auto planId = redaction.save(mediaId, caseId, *parsed);
    if (!expect(bool(planId), QStringLiteral("saving the plan: %1").arg(planId.errorMessage()), __FILE__, __LINE__))
        return {};
    auto rendered = redaction.render(*planId);
    if (!expect(bool(rendered), QStringLiteral("rendering: %1").arg(rendered.errorMessage()), __FILE__, __LINE__))
        return {};
    return rendered->mediaId;
}

PendingRelease longTitledCaseWithARelease(const QString& dir)
{
    auto ivy = simulateAndPull(
        dir, {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}}, smallDrop(1, 3, 2));
    if (!ivy)
        return {};
    const CaseOnClip made = newCaseOnFirstClip(
        *ivy,
        QStringLiteral("A case title long enough to push a careless layout wider than the screen it is shown on"));
    if (made.caseId.isEmpty())
        return {};
    ReleaseRequestSpec spec;
    spec.caseId = made.caseId;
    spec.mediaIds = {made.mediaId};
    spec.note = QStringLiteral("For the police");
    auto release = ReleaseService(*ivy).request(spec);
    if (!expect(bool(release), release.errorMessage(), __FILE__, __LINE__))
        return {};
    return {ivy->path(), made.caseId, made.mediaId, *release};
}

QString caseDeliveredToAgency(const QString& db, const QString& workDir, const QString& agencyDir, QProcess& agency)
{
    auto as = [&db](const char* user, const QStringList& args) { return cliAs(db, QLatin1String(user), args); };
    auto failed = [](const char* step, const ProcessRun& r = {}) {
        qWarning("caseDeliveredToAgency: %s %s", step, qPrintable(r.describe()));
        return QString();
    };
    const QString drop = workDir + QStringLiteral("/drop");
    if (!makeDrop(db, drop, workDir + QStringLiteral("/recipient.txt"),
                  {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"), QStringLiteral("1"),
                   QStringLiteral("--clip-seconds"), QStringLiteral("1"), QStringLiteral("--seed"),
                   QStringLiteral("3")})
        || !addStore(db, drop, storesIn(drop).value(0)) || !pull(db, QStringLiteral("ivy")))
        return failed("pull");
    const QString caseId
        = newCase(db, QStringLiteral("ivy"), QStringLiteral("Reported"), firstIncident(db, QStringLiteral("ivy")));
    if (caseId.isEmpty())
        return failed("case");

    // The agency: a server certificate for 127.0.0.1 from a CA of its own, our signing certificate, an API key.
    const QString pkiDir = workDir + QStringLiteral("/pki");
    QString error;
    if (!QDir().mkpath(pkiDir) || !QDir().mkpath(agencyDir) || !TestPki::create(pkiDir, &error))
        return failed(error.toLocal8Bit().constData());
    {
        auto admin = openAs(db, QStringLiteral("admin"));
        if (!admin)
            return failed("admin");
        QSqlDatabase c = admin->connection();
        auto identity = WorkstationKeys::signingIdentity(c);
        if (!identity || !writeFile(agencyDir + QStringLiteral("/signer.pem"), identity->certificatePem()))
            return failed("signer");
    }
    if (!QFile::copy(pkiDir + QStringLiteral("/server.pem"), agencyDir + QStringLiteral("/server.pem"))
        || !QFile::copy(pkiDir + QStringLiteral("/server.key"), agencyDir + QStringLiteral("/server.key"))
        || !writeFile(agencyDir + QStringLiteral("/api-key.txt"), "agency-key-9\n"))
        return failed("agency files");
    agency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agency.start(QStringLiteral("/usr/bin/python3"),
                 {sourceDir() + QStringLiteral("/tests/integration/agency_server.py"), QStringLiteral("0"), agencyDir});
    const int port = agency.waitForStarted() ? readyPort(agency) : 0;
    if (port <= 0)
        return failed("agency server");
    ProcessRun r = as("admin",
                      {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd"), QStringLiteral("--url"),
                       QStringLiteral("https://127.0.0.1:%1/api").arg(port), QStringLiteral("--ca"),
                       pkiDir + QStringLiteral("/ca.pem"), QStringLiteral("--auth"), QStringLiteral("apikey"),
                       QStringLiteral("--api-key-file"), agencyDir + QStringLiteral("/api-key.txt")});
    if (r.exitCode != 0)
        return failed("agency add", r);

    // Released to the agency and delivered.
    r = as("ivy",
           {QStringLiteral("release"), QStringLiteral("request"), caseId, QStringLiteral("--all"),
            QStringLiteral("--purpose"), QStringLiteral("agency:cpd"), QStringLiteral("--note"),
            QStringLiteral("report")});
    if (r.exitCode != 0)
        return failed("release request", r);
    const QString release = QString::fromUtf8(r.out).trimmed();
    r = as("lena",
           {QStringLiteral("release"), QStringLiteral("approve"), release, QStringLiteral("--note"),
            QStringLiteral("ok")});
    if (r.exitCode != 0)
        return failed("approve", r);
    r = as("ivy", {QStringLiteral("submit"), release, QStringLiteral("--agency"), QStringLiteral("cpd")});
    if (r.exitCode != 0)
        return failed("submit", r);
    return caseId;
}

} // namespace lpdesk::test
