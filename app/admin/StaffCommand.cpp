// ruqsat-admin staff and office: the office directory and its staff accounts.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "store/OfficeRegistry.h"
#include "store/StaffRegistry.h"

#include <QFile>

#include <cstdio>

namespace ruqsat::admin {

namespace {

const char* const staffHelp = "Subcommands:\n"
                              "  add LOGIN --name NAME --office ID --roles R[,R...] [--position TEXT]\n"
                              "  list [--office ID]\n"
                              "  disable LOGIN | enable LOGIN\n"
                              "  set-password LOGIN\n"
                              "  grant LOGIN ROLE | revoke LOGIN ROLE\n"
                              "Roles: clerk, head, specialist, supervisor, administrator.\n"
                              "Passwords are read from the first line of standard input (or $RUQSAT_PASSWORD).\n";

std::optional<QString> readPassword() {
    const QString fromEnvironment = qEnvironmentVariable("RUQSAT_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QString line = QString::fromUtf8(input.readLine()).trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

int finish(AdminContext& context, const core::Status& status, const QString& done) {
    if (!status)
        return context.fail(status.error());
    context.out() << done << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runStaffCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Office id."), QStringLiteral("ID"));
    const QCommandLineOption roles(QStringLiteral("roles"), QStringLiteral("Comma-separated roles."),
                                   QStringLiteral("ROLES"));
    const QCommandLineOption position(QStringLiteral("position"), QStringLiteral("Position title."),
                                      QStringLiteral("TEXT"));
    parser.addOptions({name, office, roles, position});
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("add, list, disable, enable, "
                                                                              "set-password, grant or revoke"));
    if (auto done = context.parse(parser, args, QString::fromLatin1(staffHelp)))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(QStringLiteral("staff needs a subcommand; see 'ruqsat-admin staff --help'"));
    const QString action = positional.first();
    const QStringList operands = positional.mid(1);

    auto expectOperands = [&](qsizetype count) { return operands.size() == count; };
    core::StaffMember member;
    std::optional<core::Role> role;
    if (action == QLatin1String("add")) {
        if (!expectOperands(1) || !parser.isSet(name) || !parser.isSet(office) || !parser.isSet(roles))
            return context.usageError(QStringLiteral("staff add LOGIN --name NAME --office ID --roles R[,R...]"));
        member.login = operands.first();
        member.fullName = parser.value(name);
        member.officeId = parser.value(office);
        member.position = parser.value(position);
        for (const QString& roleText : parser.value(roles).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto parsed = core::roleFromName(roleText.trimmed());
            if (!parsed)
                return context.usageError(QStringLiteral("unknown role '%1'").arg(roleText));
            member.roles.insert(*parsed);
        }
        if (auto valid = core::StaffRegistry::validateLogin(member.login); !valid)
            return context.fail(valid.error());
    } else if (action == QLatin1String("list")) {
        if (!expectOperands(0))
            return context.usageError(QStringLiteral("staff list takes no arguments besides --office"));
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable") ||
               action == QLatin1String("set-password")) {
        if (!expectOperands(1))
            return context.usageError(QStringLiteral("staff %1 LOGIN").arg(action));
    } else if (action == QLatin1String("grant") || action == QLatin1String("revoke")) {
        if (!expectOperands(2))
            return context.usageError(QStringLiteral("staff %1 LOGIN ROLE").arg(action));
        role = core::roleFromName(operands.at(1));
        if (!role)
            return context.usageError(QStringLiteral("unknown role '%1'").arg(operands.at(1)));
    } else {
        return context.usageError(QStringLiteral("unknown staff subcommand '%1'").arg(action));
    }

    std::optional<QString> password;
    if (action == QLatin1String("add") || action == QLatin1String("set-password")) {
        password = readPassword();
        if (!password)
            return context.usageError(QStringLiteral("no password: give it on standard input or in $RUQSAT_PASSWORD"));
    }

    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    core::StaffRegistry registry(database.name());

    if (action == QLatin1String("add"))
        return finish(context, registry.add(member, *password), QStringLiteral("Added %1").arg(member.login));
    if (action == QLatin1String("disable"))
        return finish(context, registry.disable(operands.first()), QStringLiteral("Disabled %1").arg(operands.first()));
    if (action == QLatin1String("enable"))
        return finish(context, registry.enable(operands.first()), QStringLiteral("Enabled %1").arg(operands.first()));
    if (action == QLatin1String("set-password"))
        return finish(context, registry.setPassword(operands.first(), *password),
                      QStringLiteral("Password of %1 changed").arg(operands.first()));
    if (action == QLatin1String("grant"))
        return finish(context, registry.grant(operands.first(), *role),
                      QStringLiteral("%1 now holds %2").arg(operands.first(), operands.at(1)));
    if (action == QLatin1String("revoke"))
        return finish(context, registry.revoke(operands.first(), *role),
                      QStringLiteral("%1 no longer holds %2").arg(operands.first(), operands.at(1)));

    auto members = registry.list(parser.value(office));
    if (!members)
        return context.fail(members.error());
    for (const core::StaffMember& m : members.value()) {
        context.out() << m.login << '\t' << m.officeId << '\t' << m.roles.names().join(QLatin1Char(',')) << '\t'
                      << (m.active ? "active" : "disabled") << '\t' << m.fullName << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int runOfficeCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("oblast, district or city."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption parent(QStringLiteral("parent"), QStringLiteral("Parent office id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption nameRu(QStringLiteral("name-ru"), QStringLiteral("Name in Russian."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption nameKk(QStringLiteral("name-kk"), QStringLiteral("Name in Kazakh."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"), QStringLiteral("Name in English."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Postal address."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption bin(QStringLiteral("bin"), QStringLiteral("The office's BIN."), QStringLiteral("BIN"));
    const QCommandLineOption zone(QStringLiteral("tz"), QStringLiteral("IANA time zone (default Asia/Almaty)."),
                                  QStringLiteral("ZONE"));
    parser.addOptions({kind, parent, nameRu, nameKk, nameEn, address, bin, zone});
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("add or list"));
    if (auto done = context.parse(parser, args,
                                  QStringLiteral("Subcommands:\n"
                                                 "  add ID --kind KIND --name-ru N --name-kk N --name-en N "
                                                 "[--parent ID] [--tz ZONE] [--address A] [--bin BIN]\n"
                                                 "  list\n")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("add")) {
        if (positional.size() != 2 || !parser.isSet(kind) || !parser.isSet(nameRu) || !parser.isSet(nameKk) ||
            !parser.isSet(nameEn))
            return context.usageError(QStringLiteral("office add ID --kind KIND --name-ru N --name-kk N --name-en N"));
        core::Office office;
        office.id = positional.at(1);
        office.kind = parser.value(kind);
        office.parentId = parser.value(parent);
        office.nameRu = parser.value(nameRu);
        office.nameKk = parser.value(nameKk);
        office.nameEn = parser.value(nameEn);
        office.address = parser.value(address);
        office.bin = parser.value(bin);
        if (parser.isSet(zone))
            office.timeZone = parser.value(zone);
        AdminDatabase database;
        if (auto failed = database.open(context, parser))
            return *failed;
        return finish(context, core::OfficeRegistry(database.name()).add(office),
                      QStringLiteral("Added office %1").arg(office.id));
    }
    if (action == QLatin1String("list") && positional.size() == 1) {
        AdminDatabase database;
        if (auto failed = database.open(context, parser))
            return *failed;
        auto offices = core::OfficeRegistry(database.name()).list();
        if (!offices)
            return context.fail(offices.error());
        for (const core::Office& o : offices.value()) {
            context.out() << o.id << '\t' << o.kind << '\t' << (o.parentId.isEmpty() ? QStringLiteral("-") : o.parentId)
                          << '\t' << o.timeZone << '\t' << o.nameRu << '\n';
        }
        context.out().flush();
        return ExitSuccess;
    }
    return context.usageError(QStringLiteral("office needs 'add ID ...' or 'list'"));
}

} // namespace ruqsat::admin
