#include "AdminContext.h"

#include <cstdio>

namespace ruqsat::admin {

AdminContext::AdminContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

std::optional<int> AdminContext::parse(QCommandLineParser& parser, const QStringList& args,
                                       const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    // QCommandLineParser treats the first element as the program name.
    QStringList withProgram = args;
    if (!withProgram.isEmpty())
        withProgram.first() = QStringLiteral("ruqsat-admin ") + withProgram.first();
    if (!parser.parse(withProgram))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitSuccess;
    }
    return std::nullopt;
}

int AdminContext::fail(const core::Error& error)
{
    m_err << "ruqsat-admin: " << error.message << Qt::endl;
    return error.code == core::ErrorCode::InvalidArgument ? ExitUsage : ExitFailure;
}

int AdminContext::usageError(const QString& message)
{
    m_err << "ruqsat-admin: " << message << Qt::endl;
    m_err << "Try 'ruqsat-admin --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace ruqsat::admin
