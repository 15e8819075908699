#include "auth/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace lpdesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Investigator:
        return QStringLiteral("investigator");
    case Role::Legal:
        return QStringLiteral("legal");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

bool parseRole(const QString& text, Role* role)
{
    for (Role r : {Role::Investigator, Role::Legal, Role::Admin, Role::Auditor}) {
        if (text == roleName(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Investigator:
        return QCoreApplication::translate("Role", "Investigator");
    case Role::Legal:
        return QCoreApplication::translate("Role", "Legal");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    }
    return {};
}

Status Permissions::require(const Session& session, std::initializer_list<Role> allowed, const QString& action)
{
    QStringList names;
    for (Role r : allowed) {
        if (r == session.role)
            return {};
        names << roleName(r);
    }
    return makeError(ErrorKind::Permission,
                     QCoreApplication::translate("Permissions", "Permission denied: %1 may not %2 (allowed: %3).")
                         .arg(session.userName.isEmpty() ? QStringLiteral("?") : session.userName, action,
                              names.join(QStringLiteral(", "))));
}

} // namespace lpdesk
