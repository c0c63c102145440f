#pragma once

#include "common/Result.h"
#include "services/ServiceCatalogue.h"
#include "services/ServiceDefinition.h"

#include <QSqlDatabase>

namespace ruqsat::core {

// An installation's service definitions, kept in ruqsat.service_definition as the same JSON the shipped
// files hold. New versions (a changed law: other deadlines, checklists or refusal grounds) are imported
// without a new release; a case keeps the version it started under, so versions are only ever added.
class ServiceRepository {
public:
    explicit ServiceRepository(QString connectionName);

    // Every stored version, validated as the shipped files are; one bad row fails the whole load.
    Result<ServiceCatalogue> load() const;
    // Adds a new version (administrators: superuser or ruqsat_administrator with write rights) after
    // checking it against the stored ones, and writes the audit record in the same transaction.
    Status import(const ServiceDefinition& definition) const;

private:
    QSqlDatabase db() const;
    QString m_connectionName;
};

} // namespace ruqsat::core
