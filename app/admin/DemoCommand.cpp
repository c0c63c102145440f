// ruqsat-admin demo seed: the demo office, its staff and about fifty cases.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "store/DemoSeeder.h"

namespace ruqsat::admin {

int runDemoCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("How many cases (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption prefix(QStringLiteral("login-prefix"), QStringLiteral("Prefix for every demo login."),
                                    QStringLiteral("PREFIX"));
    parser.addOptions({cases, prefix});
    parser.addPositionalArgument(QStringLiteral("seed"), QStringLiteral("Create the demo office."));
    if (auto done = context.parse(parser, args,
                                  QStringLiteral("Subcommands:\n  seed   create the demo office (an oblast office with "
                                                 "two district offices), a user of every role with the password "
                                                 "'%1', and cases of both services at every step\n")
                                      .arg(QLatin1String(core::DemoSeeder::demoPassword))))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("seed")})
        return context.usageError(QStringLiteral("demo takes the subcommand 'seed'"));
    bool ok = false;
    core::DemoSeeder::Options options;
    options.caseCount = parser.value(cases).toInt(&ok);
    if (!ok || options.caseCount < 0 || options.caseCount > 10000)
        return context.usageError(QStringLiteral("--cases takes a number from 0 to 10000"));
    options.loginPrefix = parser.value(prefix);

    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    const core::SystemClock clock;
    auto summary = core::DemoSeeder::seed(database.name(), clock, options);
    if (!summary)
        return context.fail(summary.error());
    context.out() << "Seeded offices " << summary->offices.join(QStringLiteral(", ")) << "; " << summary->cases
                  << " cases with " << summary->events << " events.\nLogins (password '"
                  << core::DemoSeeder::demoPassword << "'): " << summary->logins.join(QStringLiteral(", ")) << Qt::endl;
    return ExitSuccess;
}

} // namespace ruqsat::admin
