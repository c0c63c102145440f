#pragma once

#include "common/Instant.h"
#include "workflow/Case.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

namespace ruqsat::core {

// The JSON pieces of event payloads (Event.h lists the shapes), shared by the engine that writes
// them and the projection that reads them, so both sides use one encoding. Readers return nothing
// for malformed input.
class EventPayload {
public:
    // "2024-10-15T06:00:00Z"
    static QString instant(Instant instant);
    // Accepts any ISO 8601 moment with an offset or Z; a moment without one is rejected.
    static std::optional<Instant> instant(const QJsonValue& value);

    static QJsonObject applicant(const Applicant& applicant);
    static std::optional<Applicant> applicant(const QJsonValue& value);

    static QJsonObject decision(const Decision& decision);
    static std::optional<Decision> decision(const QJsonValue& value);

    static QJsonObject checklist(const QMap<QString, bool>& checklist);
    static std::optional<QMap<QString, bool>> checklist(const QJsonValue& value);

    static std::optional<QStringList> stringList(const QJsonValue& value);
};

} // namespace ruqsat::core
