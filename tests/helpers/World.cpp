#include "World.h"

#include "db/WorkstationKeys.h"

#include <QDir>
#include <QTest>

namespace lpdesk::test {

bool World::build(const QString& dir, const WorldOptions& options)
{
    m_env = options.env;
    db = createDatabaseWith(QDir(dir).filePath(QStringLiteral("db")), options.people);
    if (db.isEmpty())
        return false;
    if (options.created) {
        options.created(db);
        if (QTest::currentTestFailed())
            return false;
    }
    drop = QDir(dir).filePath(QStringLiteral("drop"));
    if (!makeDrop(db, drop, QDir(dir).filePath(QStringLiteral("recipient.txt")),
                  QStringList {QStringLiteral("--stores"), QString::number(options.stores),
                               QStringLiteral("--incidents"), QString::number(options.incidents),
                               QStringLiteral("--clip-seconds"), QString::number(options.clipSeconds),
                               QStringLiteral("--seed"), QString::number(options.seed)}
                      + options.simOptions))
        return false;
    stores = storesIn(drop);
    if (stores.size() != options.stores) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 stores in %2, not %3").arg(stores.size()).arg(drop).arg(options.stores)),
            __FILE__, __LINE__);
        return false;
    }
    for (const QString& s : std::as_const(stores))
        if (!addStore(db, drop, s))
            return false;
    if (!options.puller.isEmpty()) {
        const ProcessRun pulled = as(options.puller, {QStringLiteral("pull")});
        if (pulled.exitCode != 0) {
            QTest::qFail(qPrintable(pulled.describe()), __FILE__, __LINE__);
            return false;
        }
    }
    return true;
}

QMap<QString, QString> World::env(const QString& user) const
{
    return envAs(db, user, m_env);
}

ProcessRun World::as(const QString& user, const QStringList& args) const
{
    return cli(args, env(user));
}

QByteArray World::signingCertificate() const
{
    auto admin = openAs(db, QStringLiteral("admin"));
    if (!admin)
        return {};
    QSqlDatabase c = admin->connection();
    auto identity = WorkstationKeys::signingIdentity(c);
    if (!identity) {
        QTest::qFail(qPrintable(identity.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return identity->certificatePem();
}

bool World::exportCa(const QString& file) const
{
    const ProcessRun exported = as(QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("export-ca"), file});
    if (exported.exitCode != 0)
        QTest::qFail(qPrintable(exported.describe()), __FILE__, __LINE__);
    return exported.exitCode == 0;
}

} // namespace lpdesk::test
