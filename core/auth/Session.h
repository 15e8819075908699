// Who is working: the unlocked user and their role. Core services take a Session and check the role
// themselves against the permission table (auth/Permissions.h), whatever the UI shows or hides.
#pragma once

#include "common/Result.h"

#include <QString>

namespace lpdesk {

enum class Role { Investigator, Legal, Admin, Auditor };

QString roleName(Role role); // "investigator", ...
bool parseRole(const QString& text, Role* role);
QString roleDisplayName(Role role); // translated

struct Session
{
    QString userId;
    QString userName;
    Role role = Role::Auditor;
};

} // namespace lpdesk
