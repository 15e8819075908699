#include "auth/Session.h"

#include <QCoreApplication>

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

} // namespace lpdesk
