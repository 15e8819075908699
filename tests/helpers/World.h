// test::World: the set-up most integration tests begin with, made through lpdesk-cli as the people in it would — a
// database with named people (each with passphraseOf(name)), a store drop the simulator makes for the workstation,
// every store in it registered by the administrator and, when someone is named to, pulled. Each step records a Qt
// test failure when it fails (StoreSimCase.h); build() says whether all went well.
#pragma once

#include "StoreSimCase.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace lpdesk::test {

struct WorldOptions
{
    QList<Person> people = {}; // besides the administrator "admin"
    int stores = 1;
    int incidents = 1; // per store
    double clipSeconds = 2;
    int seed = 11;
    QStringList simOptions = {}; // further store-sim options: --size, --codec, --bframes, --vfr, --day...
    QString puller = {}; // who pulls every store once they are registered; empty: nothing is pulled
    QMap<QString, QString> env = {}; // added to every lpdesk-cli run as a person (as())
    // Called with the database's path as soon as it exists, before the drop is made (what creating it alone did);
    // a Qt test failure in it stops build().
    std::function<void(const QString& db)> created = {};
};

class World
{
public:
    // dir/db/cases.lpdb, dir/recipient.txt, dir/drop; false when a step failed (the test has failed).
    bool build(const QString& dir, const WorldOptions& options);

    QString db; // the database's path
    QString drop; // the simulator's output folder
    QStringList stores; // the registered store ids, sorted
    QString store() const { return stores.value(0); }

    QMap<QString, QString> env(const QString& user) const;
    ProcessRun as(const QString& user, const QStringList& args) const;
    // The workstation's signing certificate (PEM), read as the administrator; empty (and a test failure) if not.
    QByteArray signingCertificate() const;
    // `key export-ca file` as the administrator; false (and a test failure) if it fails.
    bool exportCa(const QString& file) const;

private:
    QMap<QString, QString> m_env;
};

} // namespace lpdesk::test
