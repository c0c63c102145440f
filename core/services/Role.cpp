#include "services/Role.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString roleName(Role role) {
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Head:
        return u"head"_s;
    case Role::Specialist:
        return u"specialist"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name) {
    for (Role role : allRoles()) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

const QList<Role>& allRoles() {
    static const QList<Role> roles{Role::Clerk, Role::Head, Role::Specialist, Role::Supervisor, Role::Administrator};
    return roles;
}

RoleSet::RoleSet(std::initializer_list<Role> roles) {
    for (Role role : roles)
        insert(role);
}

QStringList RoleSet::names() const {
    QStringList result;
    for (Role role : allRoles()) {
        if (contains(role))
            result.append(roleName(role));
    }
    return result;
}

} // namespace ruqsat::core
