// ruqsat-admin: the command line for administrators and scripts. Thin: every subcommand parses its
// arguments, asks core, and prints the answer.
#include "AdminContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>
#include <memory>

using namespace ruqsat::admin;

namespace {

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(AdminContext&, const QStringList&);
};

constexpr std::array subcommands{
    Subcommand{"db", "create, start, stop, migrate and inspect databases", runDbCommand},
    Subcommand{"calendar", "working-time calendar: non-working days, due moments, edits", runCalendarCommand},
    Subcommand{"services", "service definitions (versioned)", runServicesCommand},
    Subcommand{"office", "the offices: add, list", runOfficeCommand},
    Subcommand{"staff", "staff accounts: add, list, disable, set-password, grant, revoke", runStaffCommand},
    Subcommand{"audit", "verify the audit log's hash chain", runAuditCommand},
    Subcommand{"demo", "seed the demo office, its staff and cases", runDemoCommand},
    Subcommand{"document", "issued documents: export, verify a file or a printed code, receipts", runDocumentCommand},
    Subcommand{"report", "the overdue report, for schedulers", runReportCommand},
};

void printHelp(QTextStream& out) {
    out << "Usage: ruqsat-admin SUBCOMMAND [ARGS...]\n"
           "       ruqsat-admin SUBCOMMAND --help\n\n"
           "Administration of Ruqsat, the provider's workstation for the permit to attract\n"
           "participants' money and the extract of a contract's account record.\n\n"
           "Subcommands:\n";
    for (const auto& subcommand : subcommands)
        out << "  " << QString::fromLatin1(subcommand.name).leftJustified(10) << ' ' << subcommand.summary << '\n';
    out << "\nDatabase: commands that need one take --db CONNINFO (a libpq connection string or URI);\n"
           "without it libpq's PG* environment variables and service files apply.\n\n"
           "Exit codes:\n"
           "  0  success\n"
           "  1  the operation failed (unreachable database, failed verification, ...)\n"
           "  2  bad usage: unknown subcommand or option, malformed argument\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    // Rendering a document needs fonts, so `document` runs under a QGuiApplication on the offscreen
    // platform (no display needed); every other subcommand stays on a QCoreApplication.
    const bool rendersDocuments = argc > 1 && qstrcmp(argv[1], "document") == 0;
    if (rendersDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = rendersDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ruqsat-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ruqsat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUQSAT_VERSION));

    AdminContext context;
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(context.err());
        return ExitUsage;
    }
    const QString& first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(context.out());
        return ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        context.out() << "ruqsat-admin " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    for (const auto& subcommand : subcommands) {
        if (first == QLatin1String(subcommand.name))
            return subcommand.run(context, args);
    }
    return context.usageError(QStringLiteral("unknown subcommand '%1'").arg(first));
}
