// ruqsat-admin db: private clusters and schema migrations.
#include "AdminContext.h"
#include "Commands.h"

#include "store/Database.h"
#include "store/EmbeddedServer.h"
#include "store/Migrator.h"
#include "store/PgCluster.h"

namespace ruqsat::admin {

namespace {

const QString connectionName = QStringLiteral("ruqsat-admin");

const char* const dbHelp = "Subcommands:\n"
                           "  init DIR      create a private cluster in DIR (Unix socket only, SCRAM passwords)\n"
                           "  start DIR     start it and create its database \"ruqsat\" if missing\n"
                           "  stop DIR      stop it\n"
                           "  migrate       bring a database to this program's schema version\n"
                           "  status        schema version, server version and where the database is\n";

int clusterCommand(AdminContext& context, const QString& action, const QStringList& positional) {
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("db %1 takes exactly one directory").arg(action));
    auto cluster = core::PgCluster::at(positional.first());
    if (!cluster)
        return context.fail(cluster.error());

    if (action == QLatin1String("init")) {
        if (cluster->isInitialized()) {
            context.out() << "A cluster exists already in " << cluster->rootDirectory() << Qt::endl;
            return ExitSuccess;
        }
        if (auto initialized = cluster->initialize(); !initialized)
            return context.fail(initialized.error());
        context.out() << "Created a cluster in " << cluster->rootDirectory() << "; superuser \""
                      << core::PgCluster::superuserName << "\", password in " << cluster->rootDirectory()
                      << "/superuser-password" << Qt::endl;
        return ExitSuccess;
    }
    if (action == QLatin1String("start")) {
        if (auto started = cluster->start(); !started)
            return context.fail(started.error());
        auto maintenance = cluster->superuser();
        if (!maintenance)
            return context.fail(maintenance.error());
        if (auto created = core::ensureDatabase(maintenance.value(), QLatin1String(core::EmbeddedServer::databaseName));
            !created)
            return context.fail(created.error());
        context.out() << "Running; connect with: host=" << cluster->socketDirectory()
                      << " port=" << core::PgCluster::port << " dbname=" << core::EmbeddedServer::databaseName
                      << " user=" << core::PgCluster::superuserName << Qt::endl;
        return ExitSuccess;
    }
    if (auto stopped = cluster->stop(); !stopped)
        return context.fail(stopped.error());
    context.out() << "Stopped " << cluster->rootDirectory() << Qt::endl;
    return ExitSuccess;
}

int databaseCommand(AdminContext& context, const QString& action, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().mid(1).isEmpty())
        return context.usageError(QStringLiteral("db %1 takes no arguments besides its options").arg(action));
    auto settings = context.databaseSettings(parser);
    if (!settings)
        return context.fail(settings.error());
    auto db = core::Database::open(settings.value(), connectionName);
    if (!db)
        return context.fail(db.error());
    auto migrator = core::Migrator::fromShipped();
    if (!migrator)
        return context.fail(migrator.error());

    if (action == QLatin1String("migrate")) {
        auto applied = migrator->migrate(db.value());
        if (!applied)
            return context.fail(applied.error());
        context.out() << "Applied " << applied.value() << " migration(s); schema version " << migrator->latestVersion()
                      << Qt::endl;
        return ExitSuccess;
    }

    auto current = migrator->currentVersion(db.value());
    if (!current)
        return context.fail(current.error());
    auto server = core::Database::execute(db.value(), QStringLiteral("SELECT current_setting('server_version')"));
    if (!server)
        return context.fail(server.error());
    server->next();
    context.out() << "database:        " << settings->describe() << '\n'
                  << "server version:  " << server->value(0).toString() << '\n'
                  << "schema version:  " << current.value() << '\n'
                  << "program schema:  " << migrator->latestVersion() << '\n';
    if (current.value() < migrator->latestVersion())
        context.out() << "state:           behind: run 'ruqsat-admin db migrate'\n";
    else if (current.value() > migrator->latestVersion())
        context.out() << "state:           newer than this program\n";
    else
        context.out() << "state:           up to date\n";
    context.out().flush();
    return ExitSuccess;
}

} // namespace

int runDbCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("init, start, stop, migrate or status"));
    if (auto done = context.parse(parser, args, QString::fromLatin1(dbHelp)))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(QStringLiteral("db needs a subcommand: init, start, stop, migrate or status"));
    const QString action = positional.first();
    if (action == QLatin1String("init") || action == QLatin1String("start") || action == QLatin1String("stop"))
        return clusterCommand(context, action, positional.mid(1));
    if (action == QLatin1String("migrate") || action == QLatin1String("status"))
        return databaseCommand(context, action, parser);
    return context.usageError(QStringLiteral("unknown db subcommand '%1'").arg(action));
}

} // namespace ruqsat::admin
