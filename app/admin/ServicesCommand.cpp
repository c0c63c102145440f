// ruqsat-admin services: the service definitions shipped with Ruqsat, every version, as a table or
// as JSON (the shape of resources/services/*.json). The variant that reads an installation's
// definitions from the database (--db) comes with the store.
#include "AdminContext.h"
#include "Commands.h"

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
    if (const std::optional<int> stop = context.parse(
            parser, args,
            QStringLiteral("Every version of every service definition shipped with Ruqsat: code, version,\n"
                           "effective-from date, legal source, channels, total term and steps with their\n"
                           "roles and normative durations.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("services: unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const core::Result<core::ServiceCatalogue> catalogue = core::ServiceCatalogue::shipped();
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
