#include "store/PgCluster.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <array>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ruqsat::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PgCluster", text);
}

// sun_path holds 108 bytes including the terminating NUL.
constexpr qsizetype maxSocketPath = 107;
const QString socketName = QStringLiteral(".s.PGSQL.%1").arg(PgCluster::port);

bool isExecutable(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Whether uid/gid may enter every directory from / down to `path` (mode bits; ACLs are not consulted).
std::optional<QString> firstUnreachableAncestor(const QString& path, uid_t uid, gid_t gid) {
    QString current;
    const QStringList parts = QDir::cleanPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList ancestors{QStringLiteral("/")};
    for (const QString& part : parts) {
        current += QLatin1Char('/') + part;
        ancestors.append(current);
    }
    for (const QString& ancestor : ancestors) {
        struct stat info {};
        if (::stat(QFile::encodeName(ancestor).constData(), &info) != 0)
            break; // not created yet: its parent was reachable, and we create the rest
        mode_t needed = S_IXOTH;
        if (info.st_uid == uid)
            needed = S_IXUSR;
        else if (info.st_gid == gid)
            needed = S_IXGRP;
        if ((info.st_mode & needed) == 0)
            return ancestor;
    }
    return std::nullopt;
}

std::optional<pid_t> pidFromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const long pid = QString::fromLatin1(file.readLine()).trimmed().toLong(&ok);
    if (!ok || pid <= 0)
        return std::nullopt;
    return static_cast<pid_t>(pid);
}

// The command line of a live process, NUL separators turned into spaces; empty if there is none.
QString commandLineOf(pid_t pid) {
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray line = file.readAll();
    line.replace('\0', ' ');
    return QString::fromLocal8Bit(line);
}

} // namespace

Result<PgBinaries> PgBinaries::locate() {
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("RUQSAT_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        candidates.append(fromEnvironment);

    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(10000) && pgConfig.exitStatus() == QProcess::NormalExit && pgConfig.exitCode() == 0)
        candidates.append(QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed());

    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&numeric](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : versions)
        candidates.append(QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version));
    return locateIn(candidates);
}

Result<PgBinaries> PgBinaries::locateIn(const QStringList& candidates) {
    for (const QString& candidate : candidates) {
        if (isExecutable(candidate + QStringLiteral("/initdb")) &&
            isExecutable(candidate + QStringLiteral("/pg_ctl"))) {
            PgBinaries binaries;
            binaries.m_binDir = candidate;
            return binaries;
        }
    }
    return makeError(ErrorCode::Unavailable, QStringLiteral("postgres_missing"),
                     tr("The PostgreSQL server programs (initdb, pg_ctl) were not found in $RUQSAT_PG_BINDIR, "
                        "`pg_config --bindir` or /usr/lib/postgresql/*/bin. Install them: apt-get install "
                        "postgresql-15"));
}

PgCluster::PgCluster(QString root, PgBinaries binaries)
    : m_root(std::move(root))
    , m_binaries(std::move(binaries)) {}

Result<PgCluster> PgCluster::at(const QString& rootDirectory) {
    if (rootDirectory.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad_directory"),
                         tr("No cluster directory was given."));
    const QString root = QDir::cleanPath(QFileInfo(rootDirectory).absoluteFilePath());
    const QString socketPath = root + QStringLiteral("/socket/") + socketName;
    if (QFile::encodeName(socketPath).size() > maxSocketPath) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("socket_path_too_long"),
                         tr("The socket path %1 is %2 bytes long; Unix sockets allow at most %3. Choose a shorter "
                            "cluster directory.")
                             .arg(socketPath)
                             .arg(QFile::encodeName(socketPath).size())
                             .arg(maxSocketPath));
    }
    auto binaries = PgBinaries::locate();
    if (!binaries)
        return binaries.error();
    PgCluster cluster(root, std::move(binaries).value());
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        if (postgres == nullptr) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("postgres_user_missing"),
                             tr("PostgreSQL refuses to run as root, and there is no `postgres` system user to run "
                                "it as. Install postgresql-common or run as an ordinary user."));
        }
        cluster.m_runAsUid = postgres->pw_uid;
        cluster.m_runAsGid = postgres->pw_gid;
    }
    return cluster;
}

bool PgCluster::isInitialized() const {
    return QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION"));
}

Status PgCluster::prepareDirectories() const {
    // As root the directory must let the postgres user through; otherwise it stays private.
    const mode_t rootMode = m_runAsUid ? 0711 : 0700;
    if (!QDir().mkpath(m_root)) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                         tr("Cannot create the cluster directory %1: check that its parent exists and is "
                            "writable.")
                             .arg(m_root));
    }
    if (!QFileInfo(m_root).isWritable()) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                         tr("The cluster directory %1 is not writable by this user.").arg(m_root));
    }
    for (const QString& directory : {dataDirectory(), socketDirectory()}) {
        const QByteArray path = QFile::encodeName(directory);
        if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                             tr("Cannot create %1: %2").arg(directory, systemError()));
        }
        if (m_runAsUid && ::chown(path.constData(), *m_runAsUid, m_runAsGid) != 0) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                             tr("Cannot give %1 to the postgres user: %2").arg(directory, systemError()));
        }
        ::chmod(path.constData(), 0700);
    }
    // Only the top directory we may have created ourselves gets our mode; existing parents are left alone.
    ::chmod(QFile::encodeName(m_root).constData(), rootMode);
    if (m_runAsUid) {
        if (auto blocked = firstUnreachableAncestor(dataDirectory(), *m_runAsUid, m_runAsGid)) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_reachable"),
                             tr("PostgreSQL runs as the postgres user, who cannot enter %1. Choose a cluster "
                                "directory it can reach, for example under /var/lib or /tmp.")
                                 .arg(*blocked));
        }
    }
    return {};
}

Status PgCluster::runServerProgram(const QString& program, const QStringList& arguments, int timeoutMs) const {
    QProcess process;
    process.setProgram(m_binaries.program(program));
    process.setArguments(arguments);
    process.setWorkingDirectory(m_root);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGDATA"));
    environment.remove(QStringLiteral("PGHOST"));
    environment.remove(QStringLiteral("PGPORT"));
    if (m_runAsUid)
        environment.insert(QStringLiteral("HOME"), m_root);
    process.setProcessEnvironment(environment);
    if (m_runAsUid) {
        const uid_t uid = *m_runAsUid;
        const gid_t gid = m_runAsGid;
        // Runs in the forked child before exec: only async-signal-safe calls.
        process.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(127);
        });
    }
    process.start();
    if (!process.waitForStarted(10000)) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("program_failed"),
                         tr("Cannot run %1: %2").arg(process.program(), process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return makeError(ErrorCode::Unavailable, QStringLiteral("program_timeout"),
                         tr("%1 did not finish within %2 seconds.").arg(program).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return makeError(ErrorCode::Unavailable, QStringLiteral("program_failed"),
                         tr("%1 failed (exit code %2): %3").arg(program).arg(process.exitCode()).arg(output));
    }
    return {};
}

Status PgCluster::initialize() {
    if (isInitialized())
        return {};
    if (auto prepared = prepareDirectories(); !prepared)
        return prepared;
    if (!QDir(dataDirectory()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return makeError(
            ErrorCode::PreconditionFailed, QStringLiteral("data_directory_not_empty"),
            tr("%1 is not empty but holds no PostgreSQL cluster; move its content away first.").arg(dataDirectory()));
    }

    // 24 random bytes, written as 48 hex digits: no character that needs quoting anywhere.
    std::array<quint32, 6> secret{};
    QRandomGenerator::system()->fillRange(secret.data(), secret.size());
    QByteArray password;
    for (const quint32 word : secret)
        password += QByteArray::number(word, 16).rightJustified(8, '0');

    const QString passwordPath = m_root + QStringLiteral("/superuser-password");
    {
        QFile passwordFile(passwordPath);
        if (!passwordFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !passwordFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            passwordFile.write(password + '\n') != password.size() + 1) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                             tr("Cannot write %1: %2").arg(passwordPath, passwordFile.errorString()));
        }
    }
    // initdb reads the password from a file that the server user can read, removed right after.
    const QString initPasswordPath = socketDirectory() + QStringLiteral("/initdb-password");
    {
        QFile initPassword(initPasswordPath);
        if (!initPassword.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !initPassword.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            initPassword.write(password + '\n') != password.size() + 1) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                             tr("Cannot write %1: %2").arg(initPasswordPath, initPassword.errorString()));
        }
    }
    if (m_runAsUid)
        ::chown(QFile::encodeName(initPasswordPath).constData(), *m_runAsUid, m_runAsGid);

    Status initialized = runServerProgram(
        QStringLiteral("initdb"),
        {QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--username=") + QLatin1String(superuserName),
         QStringLiteral("--pwfile=") + initPasswordPath, QStringLiteral("--auth=scram-sha-256"),
         QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions")},
        180000);
    QFile::remove(initPasswordPath);
    if (!initialized)
        return initialized;

    // Only the private socket: no TCP listener at all.
    const QString configPath = dataDirectory() + QStringLiteral("/ruqsat.conf");
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                         tr("Cannot write %1: %2").arg(configPath, config.errorString()));
    }
    config.write("# Written by Ruqsat: a private cluster reachable only through its own socket.\n"
                 "listen_addresses = ''\n"
                 "port = " +
                 QByteArray::number(port) +
                 "\n"
                 "unix_socket_directories = '" +
                 QFile::encodeName(socketDirectory()).replace('\'', "''") +
                 "'\n"
                 "unix_socket_permissions = 0700\n"
                 "timezone = 'UTC'\n"
                 "log_timezone = 'UTC'\n");
    config.close();
    QFile main(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!main.open(QIODevice::Append) || main.write("\ninclude 'ruqsat.conf'\n") < 0) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("directory_not_writable"),
                         tr("Cannot extend %1: %2").arg(main.fileName(), main.errorString()));
    }
    if (m_runAsUid)
        ::chown(QFile::encodeName(configPath).constData(), *m_runAsUid, m_runAsGid);
    return {};
}

std::optional<pid_t> PgCluster::postmasterPid() const {
    const auto pid = pidFromFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!pid)
        return std::nullopt;
    // A crash leaves the file behind, and the PID may since belong to another process.
    const QString commandLine = commandLineOf(*pid);
    if (!commandLine.contains(QStringLiteral("postgres")) || !commandLine.contains(dataDirectory()))
        return std::nullopt;
    return pid;
}

bool PgCluster::isRunning() const {
    return postmasterPid().has_value();
}

Status PgCluster::removeStaleLockFiles() const {
    const QString pidFile = dataDirectory() + QStringLiteral("/postmaster.pid");
    if (QFileInfo::exists(pidFile) && !postmasterPid()) {
        if (!QFile::remove(pidFile)) {
            return makeError(ErrorCode::Unavailable, QStringLiteral("stale_pid"),
                             tr("%1 was left by a server that no longer runs, and cannot be removed.").arg(pidFile));
        }
    }
    const QString socketLock = socketDirectory() + QLatin1Char('/') + socketName + QStringLiteral(".lock");
    if (const auto lockPid = pidFromFile(socketLock); lockPid && !commandLineOf(*lockPid).contains(dataDirectory())) {
        QFile::remove(socketLock);
        QFile::remove(socketDirectory() + QLatin1Char('/') + socketName);
    }
    return {};
}

QString PgCluster::lastLogLines() const {
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - 5)).join(QLatin1Char('\n'));
}

Status PgCluster::start() {
    if (!isInitialized()) {
        return makeError(ErrorCode::PreconditionFailed, QStringLiteral("not_initialized"),
                         tr("%1 holds no cluster yet; create one with `ruqsat-admin db init %1`.").arg(m_root));
    }
    if (isRunning())
        return {};
    if (auto prepared = prepareDirectories(); !prepared)
        return prepared;
    if (auto cleaned = removeStaleLockFiles(); !cleaned)
        return cleaned;

    const QStringList arguments{QStringLiteral("start"),
                                QStringLiteral("--pgdata=") + dataDirectory(),
                                QStringLiteral("--log=") + logFile(),
                                QStringLiteral("--wait"),
                                QStringLiteral("--timeout=60"),
                                QStringLiteral("--silent")};
    Status started = runServerProgram(QStringLiteral("pg_ctl"), arguments, 90000);
    // After a crash the old server's children may hold its shared memory for a moment.
    for (int attempt = 0; !started && attempt < 5 && lastLogLines().contains(QStringLiteral("shared memory"));
         ++attempt) {
        QThread::msleep(500);
        started = runServerProgram(QStringLiteral("pg_ctl"), arguments, 90000);
    }
    if (!started) {
        Error error = started.error();
        error.message += QLatin1Char('\n') + tr("Server log (%1):").arg(logFile()) + QLatin1Char('\n') + lastLogLines();
        return error;
    }
    return {};
}

Status PgCluster::stop() {
    if (!isRunning())
        return {};
    return runServerProgram(QStringLiteral("pg_ctl"),
                            {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDirectory(),
                             QStringLiteral("--mode=fast"), QStringLiteral("--wait"), QStringLiteral("--timeout=60"),
                             QStringLiteral("--silent")},
                            90000);
}

Result<ConnectionSettings> PgCluster::superuser(const QString& database) const {
    QFile passwordFile(m_root + QStringLiteral("/superuser-password"));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("password_unreadable"),
                         tr("Cannot read the cluster's superuser password %1: %2")
                             .arg(passwordFile.fileName(), passwordFile.errorString()));
    }
    const QString password = QString::fromLatin1(passwordFile.readAll()).trimmed();
    return ConnectionSettings::forSocket(socketDirectory(), port, database, QLatin1String(superuserName), password);
}

} // namespace ruqsat::core
