// ruqsat-admin services: every version of the service definitions, shipped with Ruqsat or (with --db or
// --cluster) stored in an installation's database, as a table or as JSON (the shape of
// resources/services/*.json); `services import FILE` adds a new version to the database.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "store/ServiceRepository.h"

#include "services/ServiceCatalogue.h"
#include "services/ServiceDefinitionJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ruqsat::admin {

namespace {

using core::ServiceDefinition;

QString channelList(const ServiceDefinition& definition) {
    QStringList names;
    for (core::Channel channel : definition.channels)
        names.append(core::channelName(channel));
    return names.join(QStringLiteral(", "));
}

void printTable(QTextStream& out, const core::ServiceCatalogue& catalogue) {
    bool first = true;
    for (const core::ServiceDefinitionPtr& definition : catalogue.definitions()) {
        if (!first)
            out << '\n';
        first = false;
        out << "Service " << definition->code << " version " << definition->version << ": " << definition->names.en
            << '\n';
        out << "  effective from  " << definition->effectiveFrom.toString(Qt::ISODate) << '\n';
        out << "  legal source    " << definition->legalSource << '\n';
        out << "  channels        " << channelList(*definition) << '\n';
        out << "  total term      " << definition->term.toString() << " (working days)\n";
        out << "  steps\n";
        out << "    #  "
            << QStringLiteral("%1 %2 %3")
                   .arg(QStringLiteral("code"), -14)
                   .arg(QStringLiteral("role"), -12)
                   .arg(QStringLiteral("duration"))
            << '\n';
        int number = 1;
        for (const core::StepDefinition& step : definition->steps) {
            out << "    " << number++ << "  "
                << QStringLiteral("%1 %2 %3")
                       .arg(core::stepCodeName(step.code), -14)
                       .arg(core::roleName(step.role), -12)
                       .arg(step.duration.toString())
                << '\n';
        }
        QStringList grounds;
        for (const core::RefusalGround& ground : definition->refusalGrounds)
            grounds.append(ground.code);
        out << "  refusal grounds " << grounds.join(QStringLiteral(", ")) << '\n';
        QStringList checklists;
        for (const core::Checklist& checklist : definition->checklists)
            checklists.append(
                QStringLiteral("%1: %2 documents").arg(checklist.variant).arg(checklist.documents.size()));
        out << "  checklists      " << checklists.join(QStringLiteral(", ")) << '\n';
        if (definition->editableDefaults)
            out << "  note            checklists and refusal grounds are editable defaults\n";
    }
}

} // namespace

int runServicesCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON array of the definitions, in the shape of "
                                                 "resources/services/*.json."));
    parser.addOption(json);
    context.addDatabaseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("import FILE: add a new version from a "
                                                                          "definition file to the database."));
    if (const std::optional<int> stop = context.parse(
            parser, args,
            QStringLiteral("Every version of every service definition: code, version, effective-from date, legal\n"
                           "source, channels, total term and steps with their roles and normative durations.\n"
                           "Shipped with Ruqsat, or with --db/--cluster stored in that database.\n"
                           "  import FILE   validate a definition file and add it to the database as a new\n"
                           "                version (cases keep the version they started under)")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && (positional.first() != QLatin1String("import") || positional.size() != 2))
        return context.usageError(QStringLiteral("services: unexpected argument '%1' (it takes none, or 'import FILE')")
                                      .arg(positional.last()));

    if (!positional.isEmpty()) {
        auto definition = core::ServiceDefinitionJson::readFile(positional.at(1));
        if (!definition)
            return context.usageError(definition.error().message);
        AdminDatabase database;
        if (auto failed = database.open(context, parser))
            return *failed;
        if (auto imported = core::ServiceRepository(database.name()).import(definition.value()); !imported)
            return context.fail(imported.error());
        context.out() << "Imported service " << definition->code << " version " << definition->version
                      << ", in force from " << definition->effectiveFrom.toString(Qt::ISODate) << Qt::endl;
        return ExitSuccess;
    }

    std::optional<AdminDatabase> database;
    core::Result<core::ServiceCatalogue> catalogue = core::ServiceCatalogue::shipped();
    if (context.databaseGiven(parser)) {
        database.emplace();
        if (auto failed = database->open(context, parser))
            return *failed;
        catalogue = core::ServiceRepository(database->name()).load();
    }
    if (!catalogue)
        return context.fail(catalogue.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::ServiceDefinitionPtr& definition : catalogue->definitions())
            array.append(core::ServiceDefinitionJson::write(*definition));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        printTable(context.out(), *catalogue);
    }
    context.out().flush();
    return ExitSuccess;
}

} // namespace ruqsat::admin
