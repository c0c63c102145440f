#pragma once

#include "services/Role.h"

#include <QString>

namespace ruqsat::core {

// Who performs a workflow action: a user of one office with one or more roles. The caller resolves
// it from the session (or, for an assignee, from the user directory) before asking the engine.
struct Actor {
    QString login;
    QString officeId;
    RoleSet roles;

    bool hasRole(Role role) const { return roles.contains(role); }

    friend bool operator==(const Actor&, const Actor&) = default;
};

} // namespace ruqsat::core
