#include "db/SystemTrust.h"

#include "db/CaseDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

Status SystemTrust::checkChoice(const QString& what, bool https, bool hasPinnedCa, bool systemTrust)
{
    if (!https) {
        if (systemTrust)
            return makeError(ErrorKind::Usage,
                             tr("%1 is a folder; trusting the system's certificate authorities "
                                "applies to https:// only.")
                                 .arg(what));
        return {};
    }
    if (hasPinnedCa && systemTrust)
        return makeError(ErrorKind::Usage,
                         tr("%1: choose a pinned CA or the system's certificate authorities, not both.").arg(what));
    if (!hasPinnedCa && !systemTrust)
        return makeError(
            ErrorKind::Usage,
            tr("%1 needs a pinned CA certificate (Pinned CA; lpdesk-cli: --ca PEM). To trust every certificate "
               "authority of this system instead, say so explicitly (\"Trust the system's certificate "
               "authorities\"; lpdesk-cli: --system-trust; not recommended).")
                .arg(what));
    return {};
}

Status SystemTrust::checkConnect(const QString& what, bool hasPinnedCa, bool systemTrust)
{
    if (hasPinnedCa || systemTrust)
        return {};
    return failure(tr("%1 has neither a pinned CA nor an administrator's choice to trust the system's certificate "
                      "authorities; LP Desk does not connect to it. An administrator must add it again with a pinned "
                      "CA (or explicitly with system trust).")
                       .arg(what));
}

QString SystemTrust::warning(const QString& what)
{
    return tr("Warning: %1 trusts every certificate authority of this system, not a pinned CA: anyone who can obtain a "
              "certificate for its host from any of them can stand in for it. Pin the CA when you can.")
        .arg(what);
}

Status SystemTrust::auditMigrated(CaseDatabase& db)
{
    QSqlDatabase c = db.connection();
    {
        QSqlQuery v(c); // a database opened with fewer migrations (tests) has nothing to audit
        if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next() || v.value(0).toInt() < 23)
            return {};
    }
    QList<std::pair<QString, QString>> marked; // (kind, id)
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT 'store', id FROM stores WHERE system_trust = 2 "
                                   "UNION ALL SELECT 'agency', id FROM agencies WHERE system_trust = 2 ORDER BY 1, 2")))
            return failure(tr("Cannot read the profiles marked by migration 23: %1").arg(q.lastError().text()));
        while (q.next())
            marked.append({q.value(0).toString(), q.value(1).toString()});
    }
    if (marked.isEmpty())
        return {};
    Transaction tx(c);
    QSqlQuery q(c);
    for (const auto& [kind, id] : marked) {
        q.prepare(kind == QLatin1String("store") ? QStringLiteral("UPDATE stores SET system_trust = 1 WHERE id = ?")
                                                 : QStringLiteral("UPDATE agencies SET system_trust = 1 WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failure(q.lastError().text());
        LP_TRY(db.auditIn(c, QStringLiteral("system_trust_kept"),
                          QJsonObject {{QLatin1String("kind"), kind},
                                       {QLatin1String("id"), id},
                                       {QLatin1String("system_trust"), true},
                                       {QLatin1String("by"), QStringLiteral("migration 23")},
                                       {QLatin1String("reason"),
                                        QStringLiteral("an https profile without a pinned CA from before a pinned CA "
                                                       "was required keeps using the system's CAs")}}));
    }
    return tx.commit();
}

} // namespace lpdesk
