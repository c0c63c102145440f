#pragma once

#include "TestPaths.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <initializer_list>

namespace ruqsat::test {

struct ProcessOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program of ours to completion, as a script would, with nothing on its standard input. A
// program that hangs or crashes fails the test.
inline ProcessOutput runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000,
                                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    INFO(program.toStdString() << ' ' << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline ProcessOutput runAdmin(const QStringList& arguments) {
    return runProgram(QString::fromUtf8(adminExecutable), arguments);
}

// {"due", "2024-03-07T11:00", "10d"} as a QStringList.
inline QStringList argumentList(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* argument : list)
        result.append(QString::fromUtf8(argument));
    return result;
}

} // namespace ruqsat::test
