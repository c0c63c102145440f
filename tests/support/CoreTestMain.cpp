// main() of every core test executable: Catch2 inside a QCoreApplication, so Qt Sql can load its
// drivers and QTimeZone has its database.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
