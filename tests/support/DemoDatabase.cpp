#include "DemoDatabase.h"

#include "TestCluster.h"

#include "store/Database.h"

#include <stdexcept>

namespace ruqsat::test {

core::ConnectionSettings DemoDatabase::as(const QString& login) const {
    return superuser.with(QStringLiteral("user"), prefix + login)
        .with(QStringLiteral("password"), QLatin1String(core::DemoSeeder::demoPassword));
}

DemoDatabase DemoDatabase::create(int cases, bool plainLogins) {
    static int counter = 0;
    DemoDatabase demo;
    demo.superuser = TestCluster::instance().createMigratedDatabase(QStringLiteral("demo"));
    demo.prefix = plainLogins ? QString() : QStringLiteral("d%1_").arg(++counter);
    const QString connection = QStringLiteral("demo-seed");
    {
        auto db = core::Database::open(demo.superuser, connection);
        if (!db)
            throw std::runtime_error(db.error().message.toStdString());
        const core::SystemClock clock;
        core::DemoSeeder::Options options;
        options.loginPrefix = demo.prefix;
        options.caseCount = cases;
        auto summary = core::DemoSeeder::seed(connection, clock, options);
        if (!summary)
            throw std::runtime_error(QString(QStringLiteral("demo seed: ") + summary.error().message).toStdString());
        demo.summary = summary.value();
    }
    core::Database::close(connection);
    return demo;
}

} // namespace ruqsat::test
