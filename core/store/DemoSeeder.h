#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ruqsat::core {

// The demo office: an oblast construction department with two district offices, a user of every role
// (all with the password demoPassword), and about fifty cases of both services at every step, some
// overdue and some finished late. Cases are recorded through the workflow's SQL API (ruqsat.act, as a
// superuser, with times in the past), so their events, steps and audit chain are those of real use.
class DemoSeeder {
public:
    static constexpr const char* demoPassword = "ruqsat-demo";

    struct Options {
        QString loginPrefix; // prepended to every login (tests seed several databases of one cluster)
        int caseCount = 50;
        quint32 randomSeed = 2017;
    };

    struct Summary {
        QStringList offices;
        QStringList logins;
        int cases = 0;
        int events = 0;
    };

    // Needs a superuser connection to a migrated database that has no demo office yet.
    static Result<Summary> seed(const QString& connectionName, const Clock& clock, const Options& options);
    static Result<Summary> seed(const QString& connectionName, const Clock& clock) {
        return seed(connectionName, clock, Options{});
    }
};

} // namespace ruqsat::core
