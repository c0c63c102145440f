#include "TestCluster.h"

#include "store/Database.h"
#include "store/PgCluster.h"

#include <QFile>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <unistd.h>

using namespace ruqsat;
using ruqsat::test::TemporaryDirectory;

namespace {

// Connects as the cluster's superuser and asks the server something only a live server can answer.
bool answers(const core::PgCluster& cluster) {
    const QString name = QStringLiteral("cluster-probe");
    bool ok = false;
    {
        auto settings = cluster.superuser();
        REQUIRE(settings.ok());
        auto db = core::Database::open(settings.value(), name);
        if (db) {
            auto query = core::Database::execute(db.value(), QStringLiteral("SELECT 6 * 7"));
            ok = query && query->next() && query->value(0).toInt() == 42;
        }
    }
    core::Database::close(name);
    return ok;
}

} // namespace

TEST_CASE("A private cluster is created, started, stopped and restarted", "[cluster]") {
    TemporaryDirectory directory;
    auto cluster = core::PgCluster::at(directory.path() + QStringLiteral("/db"));
    REQUIRE(cluster.ok());
    CHECK_FALSE(cluster->isInitialized());

    REQUIRE(cluster->initialize().ok());
    CHECK(cluster->isInitialized());
    CHECK_FALSE(cluster->isRunning());
    // The bootstrap password is private to the invoking user.
    CHECK(QFile(directory.path() + QStringLiteral("/db/superuser-password")).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    REQUIRE(cluster->start().ok());
    CHECK(cluster->isRunning());
    CHECK(answers(cluster.value()));
    // Starting a running cluster is not an error.
    CHECK(cluster->start().ok());

    REQUIRE(cluster->stop().ok());
    CHECK_FALSE(cluster->isRunning());
    CHECK_FALSE(answers(cluster.value()));
    CHECK(cluster->stop().ok());

    REQUIRE(cluster->start().ok());
    CHECK(answers(cluster.value()));
    REQUIRE(cluster->stop().ok());
}

TEST_CASE("The cluster listens on its private socket only, with passwords", "[cluster]") {
    auto& cluster = test::TestCluster::instance();
    const QString name = QStringLiteral("settings-probe");
    {
        auto db = core::Database::open(cluster.superuser(), name);
        REQUIRE(db.ok());
        auto settings = core::Database::execute(
            db.value(), QStringLiteral("SELECT current_setting('listen_addresses'), "
                                       "current_setting('unix_socket_directories'), "
                                       "current_setting('password_encryption'), pg_encoding_to_char(encoding) "
                                       "FROM pg_database WHERE datname = current_database()"));
        REQUIRE(settings.ok());
        REQUIRE(settings->next());
        CHECK(settings->value(0).toString().isEmpty());
        CHECK(settings->value(1).toString() == cluster.cluster().socketDirectory());
        CHECK(settings->value(2).toString() == QStringLiteral("scram-sha-256"));
        CHECK(settings->value(3).toString() == QStringLiteral("UTF8"));
    }
    core::Database::close(name);

    // A wrong password is refused.
    auto wrong = core::Database::open(cluster.superuser().with(QStringLiteral("password"), QStringLiteral("nope")),
                                      QStringLiteral("wrong-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("password authentication failed")));
}

TEST_CASE("A postmaster.pid left by a crash does not stop the next start", "[cluster]") {
    TemporaryDirectory directory;
    auto cluster = core::PgCluster::at(directory.path());
    REQUIRE(cluster.ok());
    REQUIRE(cluster->initialize().ok());
    REQUIRE(cluster->start().ok());
    const auto pid = cluster->postmasterPid();
    REQUIRE(pid.has_value());

    SECTION("the server was killed") {
        REQUIRE(::kill(*pid, SIGKILL) == 0);
        for (int i = 0; i < 100 && cluster->isRunning(); ++i)
            QThread::msleep(50);
        REQUIRE(QFile::exists(cluster->dataDirectory() + QStringLiteral("/postmaster.pid")));
        CHECK_FALSE(cluster->isRunning());
    }
    SECTION("the file names a live process that is not our server") {
        REQUIRE(cluster->stop().ok());
        QFile pidFile(cluster->dataDirectory() + QStringLiteral("/postmaster.pid"));
        REQUIRE(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QByteArray::number(::getpid()) + '\n' + QFile::encodeName(cluster->dataDirectory()) + '\n');
        pidFile.close();
        CHECK_FALSE(cluster->isRunning());
    }

    const auto started = cluster->start();
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.ok());
    CHECK(answers(cluster.value()));
    REQUIRE(cluster->stop().ok());
}

TEST_CASE("Cluster errors say what is wrong and what to do", "[cluster]") {
    SECTION("socket path too long") {
        auto cluster = core::PgCluster::at(QStringLiteral("/tmp/") + QString(120, QLatin1Char('x')));
        REQUIRE_FALSE(cluster.ok());
        CHECK(cluster.error().reason == QStringLiteral("socket_path_too_long"));
        CHECK(cluster.error().message.contains(QStringLiteral("at most 107")));
    }
    SECTION("server programs missing") {
        auto binaries = core::PgBinaries::locateIn({QStringLiteral("/nonexistent/bin")});
        REQUIRE_FALSE(binaries.ok());
        CHECK(binaries.error().reason == QStringLiteral("postgres_missing"));
        CHECK(binaries.error().message.contains(QStringLiteral("apt-get install postgresql-15")));
    }
    SECTION("directory cannot be created") {
        TemporaryDirectory directory;
        QFile blocker(directory.path() + QStringLiteral("/file"));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto cluster = core::PgCluster::at(blocker.fileName() + QStringLiteral("/db"));
        REQUIRE(cluster.ok());
        const auto initialized = cluster->initialize();
        REQUIRE_FALSE(initialized.ok());
        CHECK(initialized.error().reason == QStringLiteral("directory_not_writable"));
        CHECK(initialized.error().message.contains(blocker.fileName()));
    }
    SECTION("starting a directory without a cluster") {
        TemporaryDirectory directory;
        auto cluster = core::PgCluster::at(directory.path());
        REQUIRE(cluster.ok());
        const auto started = cluster->start();
        REQUIRE_FALSE(started.ok());
        CHECK(started.error().reason == QStringLiteral("not_initialized"));
        CHECK(started.error().message.contains(QStringLiteral("ruqsat-admin db init")));
    }
}
