// The set-up many integration tests share: a database with named people, a simulated store drop (lpdesk-cli
// store-sim), the store registered and pulled, the first incident and a case on it. Each step records a Qt test
// failure when it fails; callers stop with `if (QTest::currentTestFailed()) return;` or check what it returns.
#pragma once

#include "TestSupport.h"
#include "db/UserDirectory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lpdesk::test {

struct Person
{
    QString name;
    Role role;
};

// lpdesk-cli as user on the database db, with the suite's passphrase "<user>-pass".
ProcessRun cliAs(const QString& db, const QString& user, const QStringList& args);

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

} // namespace lpdesk::test
