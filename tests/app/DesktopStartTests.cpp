#include "ProcessRunner.h"
#include "TestCluster.h"

#include "store/PgCluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <csignal>

using namespace ruqsat;
using namespace ruqsat::test;

namespace {

// Starts `ruqsat` on the offscreen platform against an embedded database in `directory`, waits for
// its main window, then stops it with `signalNumber`. Returns the exit code.
int runUntilReadyThenSignal(const QString& directory, int signalNumber, QString* log) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), directory + QStringLiteral("/config"));
    environment.remove(QStringLiteral("PGHOST"));
    environment.remove(QStringLiteral("PGSERVICE"));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(desktopExecutable),
                  {QStringLiteral("--data-dir"), directory + QStringLiteral("/db")});
    REQUIRE(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (!log->contains(QStringLiteral("ready on")) && timer.elapsed() < 60000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(500);
        *log += QString::fromUtf8(process.readAllStandardError());
    }
    REQUIRE(log->contains(QStringLiteral("ready on")));
    ::kill(static_cast<pid_t>(process.processId()), signalNumber);
    REQUIRE(process.waitForFinished(60000));
    *log += QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST_CASE("ruqsat starts on the embedded default and stops its server on SIGTERM and SIGINT", "[desktop]") {
    TemporaryDirectory directory;
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        QString log;
        const int exitCode = runUntilReadyThenSignal(directory.path(), signalNumber, &log);
        INFO(log.toStdString());
        CHECK(exitCode == 0);
        // A new installation speaks Russian (the settings directory is this test's own, empty).
        CHECK(log.contains(QStringLiteral("встроенная база данных в ") + directory.path()));
        auto cluster = core::PgCluster::at(directory.path() + QStringLiteral("/db"));
        REQUIRE(cluster.ok());
        CHECK(cluster->isInitialized());
        CHECK_FALSE(cluster->isRunning());
    }
}

TEST_CASE("ruqsat answers --help and --version, and refuses bad options", "[desktop]") {
    const QString program = QString::fromUtf8(desktopExecutable);
    ProcessOutput help =
        runProgram(program, {QStringLiteral("--help"), QStringLiteral("-platform"), QStringLiteral("offscreen")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--db")));
    ProcessOutput version =
        runProgram(program, {QStringLiteral("--version"), QStringLiteral("-platform"), QStringLiteral("offscreen")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(RUQSAT_VERSION)));
    ProcessOutput bad = runProgram(
        program, {QStringLiteral("--no-such-option"), QStringLiteral("-platform"), QStringLiteral("offscreen")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("ruqsat with an unreachable server says so, in the saved language, and starts no local cluster",
          "[desktop]") {
    TemporaryDirectory directory;
    const QString program = QString::fromUtf8(desktopExecutable);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), directory.path() + QStringLiteral("/config"));
    const auto run = [&] {
        return runProgram(program,
                          {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"),
                           directory.path() + QStringLiteral("/db"), QStringLiteral("--db"),
                           QStringLiteral("host=") + directory.path() + QStringLiteral(" dbname=x")},
                          120000, environment);
    };
    // Nothing saved: Russian.
    ProcessOutput output = run();
    INFO(output.err.toStdString());
    CHECK(output.exitCode == 1);
    CHECK(output.err.contains(QStringLiteral("Не удается подключиться")));

    // English chosen earlier (Settings, Language) and kept in the settings file.
    QDir().mkpath(directory.path() + QStringLiteral("/config/Ruqsat"));
    QFile settings(directory.path() + QStringLiteral("/config/Ruqsat/ruqsat.ini"));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=en\n");
    settings.close();
    output = run();
    INFO(output.err.toStdString());
    CHECK(output.exitCode == 1);
    CHECK(output.err.contains(QStringLiteral("Cannot connect")));

    auto cluster = core::PgCluster::at(directory.path() + QStringLiteral("/db"));
    REQUIRE(cluster.ok());
    CHECK_FALSE(cluster->isInitialized());
}
