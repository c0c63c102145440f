#include "store/ServiceRepository.h"

#include "services/ServiceDefinitionJson.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

ServiceRepository::ServiceRepository(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase ServiceRepository::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<ServiceCatalogue> ServiceRepository::load() const {
    auto rows = Database::execute(db(), u"SELECT code, version, definition::text FROM ruqsat.service_definition "
                                        "ORDER BY code, version"_s);
    if (!rows)
        return rows.error();
    QList<ServiceDefinition> definitions;
    QStringList sources;
    while (rows->next()) {
        const QString source =
            u"ruqsat.service_definition %1 v%2"_s.arg(rows->value(0).toString()).arg(rows->value(1).toInt());
        auto definition = ServiceDefinitionJson::read(rows->value(2).toString().toUtf8(), source);
        if (!definition)
            return definition.error();
        definitions.append(std::move(definition).value());
        sources.append(source);
    }
    return ServiceCatalogue::fromDefinitions(definitions, sources);
}

Status ServiceRepository::import(const ServiceDefinition& definition) const {
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto stored = load();
    if (!stored)
        return stored.error();
    QList<ServiceDefinition> all;
    QStringList sources;
    for (const ServiceDefinitionPtr& existing : stored->definitions()) {
        if (existing->code == definition.code && existing->version == definition.version) {
            return makeError(ErrorCode::Conflict, u"version_exists"_s,
                             QCoreApplication::translate("ServiceRepository",
                                                         "Version %1 of service %2 is stored already; versions are "
                                                         "never replaced, import a new version number.")
                                 .arg(definition.version)
                                 .arg(definition.code));
        }
        all.append(*existing);
        sources.append(u"stored %1 v%2"_s.arg(existing->code).arg(existing->version));
    }
    all.append(definition);
    sources.append(u"imported %1 v%2"_s.arg(definition.code).arg(definition.version));
    if (auto together = ServiceCatalogue::fromDefinitions(all, sources); !together)
        return together.error();

    const QString json =
        QString::fromUtf8(QJsonDocument(ServiceDefinitionJson::write(definition)).toJson(QJsonDocument::Compact));
    auto inserted = Database::execute(db(),
                                      u"INSERT INTO ruqsat.service_definition (code, version, effective_from, "
                                      "legal_source, definition) VALUES (?, ?, ?::date, ?, ?::jsonb)"_s,
                                      {definition.code, definition.version,
                                       definition.effectiveFrom.toString(Qt::ISODate), definition.legalSource, json});
    if (!inserted)
        return inserted.error();
    const QString payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"code"_s, definition.code},
                                  {u"version"_s, definition.version},
                                  {u"effective_from"_s, definition.effectiveFrom.toString(Qt::ISODate)},
                                  {u"legal_source"_s, definition.legalSource}})
            .toJson(QJsonDocument::Compact));
    auto audited = Database::execute(db(), u"SELECT ruqsat.audit_admin('service_import', ?::jsonb)"_s, {payload});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

} // namespace ruqsat::core
