#pragma once

#include "common/Result.h"
#include "services/ServiceDefinition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ruqsat::core {

using ServiceDefinitionPtr = std::shared_ptr<const ServiceDefinition>;

// Every known version of every service. Loading is all or nothing: a catalogue with one invalid
// definition does not load at all, so nothing can run under half-loaded rules. Besides each file's
// own validation (ServiceDefinitionJson) the catalogue requires (code, version) to be unique and the
// versions of one service to take effect in increasing order.
class ServiceCatalogue {
public:
    // The definitions shipped in the program (resources/services, resource prefix ":/services").
    static Result<ServiceCatalogue> shipped();
    // Every *.json file of a directory.
    static Result<ServiceCatalogue> fromDirectory(const QString& directory);
    static Result<ServiceCatalogue> fromFiles(const QStringList& paths);
    // Already-read definitions; `sources` (same length) names them in error messages.
    static Result<ServiceCatalogue> fromDefinitions(const QList<ServiceDefinition>& definitions,
                                                    const QStringList& sources);

    // Sorted by code, then version.
    const QList<ServiceDefinitionPtr>& definitions() const { return m_definitions; }

    // The version a case started under. NotFound when there is none.
    Result<ServiceDefinitionPtr> find(const QString& code, int version) const;
    // The version in force on `date`: the one with the latest effective-from on or before it.
    Result<ServiceDefinitionPtr> inForce(const QString& code, QDate date) const;

private:
    QList<ServiceDefinitionPtr> m_definitions;
};

} // namespace ruqsat::core
