#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

namespace ruqsat::core {

// The PostgreSQL server programs of this machine (initdb, pg_ctl, postgres).
class PgBinaries {
public:
    // $RUQSAT_PG_BINDIR, else `pg_config --bindir`, else the newest /usr/lib/postgresql/<ver>/bin.
    static Result<PgBinaries> locate();
    // The first directory of `candidates` that holds initdb and pg_ctl.
    static Result<PgBinaries> locateIn(const QStringList& candidates);
    QString program(const QString& name) const { return m_binDir + QLatin1Char('/') + name; }
    const QString& binDir() const { return m_binDir; }

private:
    QString m_binDir;
};

// A private PostgreSQL cluster in a directory of its own, reachable only through a Unix socket in
// that directory (no TCP listener), with SCRAM password authentication. Shared by the test harness,
// the desktop program's embedded default and `ruqsat-admin db init|start|stop`.
//
// Layout of the root directory:
//   data/                  PGDATA (server.log inside)
//   socket/                the Unix socket
//   superuser-password     the bootstrap superuser's password, readable by the invoking user only
//
// PostgreSQL refuses to run as root: when invoked as root the server programs run as the `postgres`
// system user, which then owns data/ and socket/.
class PgCluster {
public:
    static constexpr int port = 5432;
    static constexpr const char* superuserName = "postgres";

    // Checks the path (socket path length, binaries) without touching the disk.
    static Result<PgCluster> at(const QString& rootDirectory);

    const QString& rootDirectory() const { return m_root; }
    QString dataDirectory() const { return m_root + QStringLiteral("/data"); }
    QString socketDirectory() const { return m_root + QStringLiteral("/socket"); }
    QString logFile() const { return dataDirectory() + QStringLiteral("/server.log"); }

    bool isInitialized() const;
    Status initialize();
    // Starts the server unless it runs already; removes a postmaster.pid that a crash left behind.
    Status start();
    Status stop();
    bool isRunning() const;
    // PID of the running postmaster, if any.
    std::optional<pid_t> postmasterPid() const;

    // The bootstrap superuser, connected through the socket, to `database`.
    Result<ConnectionSettings> superuser(const QString& database = QStringLiteral("postgres")) const;

private:
    PgCluster(QString root, PgBinaries binaries);

    Status prepareDirectories() const;
    Status runServerProgram(const QString& program, const QStringList& arguments, int timeoutMs) const;
    Status removeStaleLockFiles() const;
    QString lastLogLines() const;

    QString m_root;
    PgBinaries m_binaries;
    std::optional<uid_t> m_runAsUid; // set when invoked as root
    gid_t m_runAsGid = 0;
};

} // namespace ruqsat::core
