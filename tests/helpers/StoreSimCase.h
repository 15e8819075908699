// The set-up many integration and GUI tests share: a database with named people, a simulated store drop, the store
// registered and pulled, the first incident and a case on it — through lpdesk-cli (integration tests) or in-process
// through the core services (GUI tests). Each step records a Qt test failure when it fails; callers stop with
// `if (QTest::currentTestFailed()) return;` or check what it returns.
#pragma once

#include <QProcess>

#include "TestSupport.h"
#include "db/UserDirectory.h"
#include "sim/StoreSimulator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lpdesk::test {

struct Person
{
    QString name;
    Role role;
};

// Creates dir/cases.lpdb with the administrator "admin" and people (each with passphraseOf(name)); the database's
// path, empty on failure.
QString createDatabaseWith(const QString& dir, const QList<Person>& people);

// The administrator exports the store recipient to recipientFile, then `store-sim --out drop --recipient
// recipientFile options...` makes the drop. False on failure.
bool makeDrop(const QString& db, const QString& drop, const QString& recipientFile, const QStringList& options);

// `store-sim --out drop --recipient recipientFile options...`; false on failure.
bool storeSim(const QString& drop, const QString& recipientFile, const QStringList& options);

// The store folders in a drop, sorted.
QStringList storesIn(const QString& drop);

// The administrator registers store (the folder drop/store); false on failure.
bool addStore(const QString& db, const QString& drop, const QString& store);

// user pulls (the stores named, or all); false on failure.
bool pull(const QString& db, const QString& user, const QStringList& stores = {});

// The id of the first incident `--json incidents list listOptions...` shows user; empty when there is none.
QString firstIncident(const QString& db, const QString& user, const QStringList& listOptions = {});

// user opens a case titled title on incident; its id, empty on failure.
QString newCase(const QString& db, const QString& user, const QString& title, const QString& incident);

// In-process, for the GUI tests.

// Options for a small drop: stores with incidentsPerStore incidents each, clips of clipSeconds at width × height.
SimulatorOptions smallDrop(int stores, int incidentsPerStore, double clipSeconds, int width = 320, int height = 180);

struct SimulatedStores
{
    QString db; // the database's path
    QStringList stores; // the registered store ids
};

// dir/db/cases.lpdb with the administrator and people (createDatabaseWith); the simulator writes options.outDir
// (dir/drop when empty) for the workstation's recipient and the administrator registers every store in it as a
// folder store. Nothing is pulled. An empty db on failure.
SimulatedStores simulateStores(const QString& dir, const QList<Person>& people, SimulatorOptions options);

// Opens the database at path as user with passphraseOf(user); null on failure.
std::unique_ptr<CaseDatabase> openAs(const QString& path, const QString& user);

// db's user pulls every registered store; false unless the pull is complete.
bool pullAll(CaseDatabase& db);

// simulateStores, then user pulls: the database opened as user (null on failure); stores, when given, gets the ids.
std::unique_ptr<CaseDatabase> simulateAndPull(const QString& dir, const QList<Person>& people,
                                              const SimulatorOptions& options,
                                              const QString& user = QStringLiteral("ivy"),
                                              QStringList* stores = nullptr);

struct CaseOnClip
{
    QString caseId;
    QString mediaId;
};

// db's user opens a case titled title on the first incident with a clip (incident_media); empty on failure.
CaseOnClip newCaseOnFirstClip(CaseDatabase& db, const QString& title);

// The world of the legal-review checks: ivy and lena, one store of one 2 s incident pulled by ivy, and ivy's case
// titled title on its clip (in *made). ivy's database, null on failure.
std::unique_ptr<CaseDatabase> caseOnAPulledClip(const QString& dir, const QString& title, CaseOnClip* made);

// db's user saves plan (a redaction plan's JSON) for mediaId in caseId and renders it: the redacted item's id, empty
// on failure.
QString renderRedaction(CaseDatabase& db, const QString& mediaId, const QString& caseId, const QByteArray& plan);

struct PendingRelease
{
    QString db; // the database's path
    QString caseId;
    QString mediaId;
    QString releaseId;
};

// The world of the window-layout checks: ivy and lena, one store of three short incidents pulled by ivy, a case
// whose title is long enough to push a careless layout wider than the screen on the first clip, and ivy's pending
// request to release that clip. An empty db on failure.
PendingRelease longTitledCaseWithARelease(const QString& dir);

// ivy (investigator) and lena (legal) in db: one store of one incident pulled, a case on it, released to the
// loopback agency "cpd" (tests/integration/agency_server.py serving agencyDir from a CA of its own under workDir,
// API key, our signing certificate) with legal's approval and delivered. agency is started and left running for the
// caller to stop; the agency answers status from agencyDir/status.json. Returns the case id; empty on failure.
QString caseDeliveredToAgency(const QString& db, const QString& workDir, const QString& agencyDir, QProcess& agency);

} // namespace lpdesk::test
