// main() of the document tests: Catch2 inside a QGuiApplication on the offscreen platform, so that
// QTextDocument and QPdfWriter find fonts without a display (core tests use a QCoreApplication).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
