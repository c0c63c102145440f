#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

#include <optional>

namespace ruqsat::admin {

// ruqsat-admin's exit codes, documented in `ruqsat-admin --help` and the README.
enum ExitCode : int {
    ExitSuccess = 0, // the operation succeeded
    ExitFailure = 1, // the operation failed (database unreachable, verification failed, ...)
    ExitUsage = 2,   // the command line or its input is malformed
};

// What every subcommand shares: the output streams and the parsing conventions.
class AdminContext {
public:
    AdminContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Parses `args` (the subcommand's own, starting with its name) with `parser`, which the
    // subcommand filled with its options. Returns the exit code to stop with, or nothing to go on.
    // --help prints the parser's help and stops with success; a parse error stops with ExitUsage.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& args, const QString& description);

    // One line on stderr, then the exit code: ExitUsage for InvalidArgument, ExitFailure otherwise.
    int fail(const core::Error& error);

    // --db CONNINFO and --cluster DIR, for subcommands that work on a database.
    void addDatabaseOptions(QCommandLineParser& parser);
    // --db as given; --cluster: that private cluster's superuser on database "ruqsat"; neither: libpq's
    // defaults (PG* variables, service file).
    core::Result<core::ConnectionSettings> databaseSettings(const QCommandLineParser& parser) const;
    bool databaseGiven(const QCommandLineParser& parser) const;
    int usageError(const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_subcommand; // set by parse(), for messages
    QCommandLineOption m_dbOption;
    QCommandLineOption m_clusterOption;
};

// A date argument "YYYY-MM-DD" (nothing else: no time, no other separators); an InvalidArgument error
// naming `what` (the option or operand) otherwise.
core::Result<QDate> dateArgument(const QString& text, const QString& what);

} // namespace ruqsat::admin
