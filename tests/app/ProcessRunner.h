#pragma once

#include "TestPaths.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ruqsat::test {

struct ProcessOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program of ours to completion, as a script would.
inline ProcessOutput runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000) {
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    ProcessOutput output;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        output.err = QStringLiteral("timed out");
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

inline ProcessOutput runAdmin(const QStringList& arguments) {
    return runProgram(QString::fromUtf8(adminExecutable), arguments);
}

} // namespace ruqsat::test
