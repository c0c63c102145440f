#include "services/ServiceCatalogue.h"

#include "services/ServiceDefinitionJson.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

Result<ServiceCatalogue> ServiceCatalogue::shipped() {
    return fromDirectory(u":/services"_s);
}

Result<ServiceCatalogue> ServiceCatalogue::fromDirectory(const QString& directory) {
    const QDir dir(directory);
    if (!dir.exists())
        return makeError(ErrorCode::DataError, u"invalid_service_definition"_s,
                         QCoreApplication::translate("ServiceCatalogue", "%1: no such directory").arg(directory));
    QStringList paths;
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return fromFiles(paths);
}

Result<ServiceCatalogue> ServiceCatalogue::fromFiles(const QStringList& paths) {
    QList<ServiceDefinition> definitions;
    for (const QString& path : paths) {
        Result<ServiceDefinition> definition = ServiceDefinitionJson::readFile(path);
        if (!definition)
            return definition.error();
        definitions.append(std::move(definition).value());
    }
    return fromDefinitions(definitions, paths);
}

Result<ServiceCatalogue> ServiceCatalogue::fromDefinitions(const QList<ServiceDefinition>& definitions,
                                                           const QStringList& sources) {
    Q_ASSERT(definitions.size() == sources.size());
    if (definitions.isEmpty())
        return makeError(ErrorCode::DataError, u"invalid_service_definition"_s,
                         QCoreApplication::translate("ServiceCatalogue", "no service definitions to load"));

    QList<qsizetype> order(definitions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const ServiceDefinition& left = definitions.at(a);
        const ServiceDefinition& right = definitions.at(b);
        return left.code != right.code ? left.code < right.code : left.version < right.version;
    });

    ServiceCatalogue catalogue;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const ServiceDefinition& definition = definitions.at(order.at(i));
        const QString& source = sources.at(order.at(i));
        if (i > 0) {
            const ServiceDefinition& previous = definitions.at(order.at(i - 1));
            const QString& previousSource = sources.at(order.at(i - 1));
            if (previous.code == definition.code && previous.version == definition.version)
                return ServiceDefinitionJson::invalid(
                    source, u"version"_s,
                    QCoreApplication::translate("ServiceCatalogue", "service %1 version %2 is also defined in %3")
                        .arg(definition.code)
                        .arg(definition.version)
                        .arg(previousSource));
            // A later version replaces an earlier one from its effective date on (domain.md), so the
            // dates must grow with the versions or inForce() would be ambiguous.
            if (previous.code == definition.code && previous.effectiveFrom >= definition.effectiveFrom)
                return ServiceDefinitionJson::invalid(
                    source, u"effective_from"_s,
                    QCoreApplication::translate("ServiceCatalogue",
                                                "version %1 of service %2 takes effect on %3, not after version %4 "
                                                "(%5, %6)")
                        .arg(definition.version)
                        .arg(definition.code, definition.effectiveFrom.toString(Qt::ISODate))
                        .arg(previous.version)
                        .arg(previous.effectiveFrom.toString(Qt::ISODate), previousSource));
        }
        catalogue.m_definitions.append(std::make_shared<const ServiceDefinition>(definition));
    }
    return catalogue;
}

Result<ServiceDefinitionPtr> ServiceCatalogue::find(const QString& code, int version) const {
    for (const ServiceDefinitionPtr& definition : m_definitions) {
        if (definition->code == code && definition->version == version)
            return definition;
    }
    return makeError(ErrorCode::NotFound, u"unknown_service"_s,
                     QCoreApplication::translate("ServiceCatalogue", "There is no version %1 of service '%2'.")
                         .arg(version)
                         .arg(code));
}

Result<ServiceDefinitionPtr> ServiceCatalogue::inForce(const QString& code, QDate date) const {
    ServiceDefinitionPtr found;
    for (const ServiceDefinitionPtr& definition : m_definitions) {
        if (definition->code == code && definition->effectiveFrom <= date)
            found = definition; // sorted by version, and dates grow with versions
    }
    if (!found)
        return makeError(
            ErrorCode::NotFound, u"unknown_service"_s,
            QCoreApplication::translate("ServiceCatalogue", "No version of service '%1' is in force on %2.")
                .arg(code, date.toString(Qt::ISODate)));
    return found;
}

} // namespace ruqsat::core
