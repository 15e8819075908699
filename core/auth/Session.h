// Who is working: the unlocked user and their role. Core services take a Session and check the role
// themselves (Permissions::require), whatever the UI shows or hides.
#pragma once

#include "common/Result.h"

#include <QString>

#include <initializer_list>

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

class Permissions
{
public:
    // Permission error naming the action and the roles that may do it.
    static Status require(const Session& session, std::initializer_list<Role> allowed, const QString& action);
};

} // namespace lpdesk
