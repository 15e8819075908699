#include "StoreSimCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

ProcessRun cliAs(const QString& db, const QString& user, const QStringList& args)
{
    return cli(args,
               {{QStringLiteral("LPDESK_DB"), db},
                {QStringLiteral("LPDESK_USER"), user},
                {QStringLiteral("LPDESK_PASSPHRASE"), user + QStringLiteral("-pass")}});
}

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

} // namespace lpdesk::test
