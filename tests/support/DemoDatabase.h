#pragma once

#include "store/ConnectionSettings.h"
#include "store/DemoSeeder.h"

namespace ruqsat::test {

// A migrated test database holding the demo office (DemoSeeder), with logins prefixed so that several
// such databases can share the test process's cluster.
struct DemoDatabase {
    core::ConnectionSettings superuser;
    QString prefix;
    core::DemoSeeder::Summary summary;

    // The settings of a demo login ("clerk", "glubokoe_head", ...) with the demo password.
    core::ConnectionSettings as(const QString& login) const;
    QString login(const QString& name) const { return prefix + name; }

    // `prefix` empty: the next "dN_"; a process that makes one demo database may ask for "" exactly by
    // passing plainLogins.
    static DemoDatabase create(int cases = 50, bool plainLogins = false);
};

} // namespace ruqsat::test
