#pragma once

#include "common/Clock.h"
#include "store/Workspace.h"

#include <QString>

#include <memory>

namespace ruqsat::ui {

// What every screen of a signed-in user shares: the name of the user's database connection (looked
// up by name when needed, never held), the workspace read at sign-in, and where "now" comes from
// (the system clock in the program, a fake one in tests).
struct Session {
    QString connectionName;
    std::shared_ptr<const core::Workspace> workspace;
    std::shared_ptr<const core::Clock> clock;
};

} // namespace ruqsat::ui
