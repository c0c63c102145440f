#pragma once

#include "common/Result.h"
#include "services/ServiceDefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ruqsat::core {

// The JSON form of a service definition (resources/services/*.json, `ruqsat-admin services --json`).
// Reading validates everything a case will rely on; a definition that fails is rejected with
// ErrorCode::DataError, reason "invalid_service_definition" and a message naming the file, the
// field and what is wrong ("permit-2019.json: field 'steps[2].duration': ..."). Unknown fields are
// rejected too, so a misspelt key cannot silently fall back to a default.
class ServiceDefinitionJson {
public:
    // The format written by write() and accepted by read(); the "format" field carries it.
    static constexpr int formatVersion = 1;

    // `sourceName` names the file in error messages.
    static Result<ServiceDefinition> read(const QByteArray& json, const QString& sourceName);
    static Result<ServiceDefinition> readFile(const QString& path);
    // The same shape read() accepts: read(write(d)) == d.
    static QJsonObject write(const ServiceDefinition& definition);

    // The error every validation failure produces (also used by ServiceCatalogue for the rules
    // that span several files).
    static Error invalid(const QString& sourceName, const QString& field, const QString& reason);
};

} // namespace ruqsat::core
