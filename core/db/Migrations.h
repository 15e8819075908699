// Versioned schema migrations (resources/migrations/NNN_name.sql, compiled in). Each runs in its own
// transaction together with the PRAGMA user_version bump, so a kill at any moment leaves either the old or the
// new schema. A database newer than the program is refused, never touched.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lpdesk {

class SqlCipherDriver;

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Migrations)

public:
    static QList<Migration> builtIn();
    static int latestVersion();
    static Result<int> currentVersion(SqlCipherDriver& driver);
    // Applies every migration above the current version, in order.
    static Status apply(SqlCipherDriver& driver, const QList<Migration>& migrations);
};

} // namespace lpdesk
