// ruqsat-admin audit verify: the audit log's hash chain, recomputed outside the database.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "store/AuditVerifier.h"

namespace ruqsat::admin {

int runAuditCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("Walk the hash chain."));
    if (auto done = context.parse(parser, args,
                                  QStringLiteral("Subcommands:\n  verify   check every link of the audit log's hash "
                                                 "chain; exit 0 when it holds, 1 at the first broken link\n")))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return context.usageError(QStringLiteral("audit takes the subcommand 'verify'"));
    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    auto report = core::AuditVerifier::verify(database.db());
    if (!report)
        return context.fail(report.error());
    if (report->brokenAtId) {
        context.err() << "ruqsat-admin: audit chain broken at event " << *report->brokenAtId << ": " << report->problem
                      << " (" << report->verified << " events before it verified)" << Qt::endl;
        return ExitFailure;
    }
    context.out() << "Audit chain intact: " << report->verified << " events verified" << Qt::endl;
    return ExitSuccess;
}

} // namespace ruqsat::admin
