#include "AdminContext.h"

#include "store/EmbeddedServer.h"
#include "store/PgCluster.h"

#include <QRegularExpression>

#include <cstdio>

namespace ruqsat::admin {

AdminContext::AdminContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_dbOption(QStringLiteral("db"), QStringLiteral("libpq connection string or URI of the database."),
                 QStringLiteral("CONNINFO"))
    , m_clusterOption(QStringLiteral("cluster"),
                      QStringLiteral("Private cluster directory (see 'db init'); connects as its superuser."),
                      QStringLiteral("DIR")) {}

void AdminContext::addDatabaseOptions(QCommandLineParser& parser) {
    parser.addOption(m_dbOption);
    parser.addOption(m_clusterOption);
}

bool AdminContext::databaseGiven(const QCommandLineParser& parser) const {
    return parser.isSet(m_dbOption) || parser.isSet(m_clusterOption);
}

core::Result<core::ConnectionSettings> AdminContext::databaseSettings(const QCommandLineParser& parser) const {
    if (parser.isSet(m_dbOption) && parser.isSet(m_clusterOption))
        return core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("bad_usage"),
                               QStringLiteral("give either --db or --cluster, not both"));
    if (parser.isSet(m_clusterOption)) {
        auto cluster = core::PgCluster::at(parser.value(m_clusterOption));
        if (!cluster)
            return cluster.error();
        return cluster->superuser(QLatin1String(core::EmbeddedServer::databaseName));
    }
    return core::ConnectionSettings::parse(parser.value(m_dbOption));
}

std::optional<int> AdminContext::parse(QCommandLineParser& parser, const QStringList& args,
                                       const QString& description) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    m_subcommand = args.value(0);
    // QCommandLineParser treats the first element as the program name.
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by its path; the user typed "ruqsat-admin SUBCOMMAND".
        QString text = parser.helpText();
        const qsizetype programEnd = text.indexOf(QLatin1Char(' '), 7);
        if (text.startsWith(QLatin1String("Usage: ")) && programEnd > 0)
            text.replace(7, programEnd - 7, QStringLiteral("ruqsat-admin ") + m_subcommand);
        m_out << text;
        m_out.flush();
        return ExitSuccess;
    }
    return std::nullopt;
}

int AdminContext::fail(const core::Error& error) {
    m_err << "ruqsat-admin: " << error.message << Qt::endl;
    return error.code == core::ErrorCode::InvalidArgument ? ExitUsage : ExitFailure;
}

int AdminContext::usageError(const QString& message) {
    m_err << "ruqsat-admin: " << message << Qt::endl;
    if (m_subcommand.isEmpty())
        m_err << "Try 'ruqsat-admin --help'." << Qt::endl;
    else
        m_err << "Try 'ruqsat-admin " << m_subcommand << " --help'." << Qt::endl;
    return ExitUsage;
}

core::Result<QDate> dateArgument(const QString& text, const QString& what) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        return core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("bad_usage"),
                               QStringLiteral("malformed %1 '%2': expected a date YYYY-MM-DD").arg(what, text));
    }
    return date;
}

} // namespace ruqsat::admin
