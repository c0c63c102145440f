#include "workflow/EventPayload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString EventPayload::instant(Instant instant) {
    // Qt::UTC rather than a UTC QTimeZone: it prints the "Z" suffix instead of "+00:00".
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), Qt::UTC).toString(Qt::ISODate);
}

std::optional<Instant> EventPayload::instant(const QJsonValue& value) {
    if (!value.isString())
        return std::nullopt;
    const QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODate);
    // Without an offset Qt would read local time, which depends on the machine: refuse it.
    if (!dateTime.isValid() || dateTime.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return instantFromDateTime(dateTime);
}

QJsonObject EventPayload::applicant(const Applicant& applicant) {
    return QJsonObject{{u"role"_s, applicant.role},   {u"id_number"_s, applicant.idNumber},
                       {u"name"_s, applicant.name},   {u"phone"_s, applicant.phone},
                       {u"email"_s, applicant.email}, {u"address"_s, applicant.address}};
}

std::optional<Applicant> EventPayload::applicant(const QJsonValue& value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    for (const QString& key : {u"role"_s, u"id_number"_s, u"name"_s, u"phone"_s, u"email"_s, u"address"_s}) {
        if (!object.value(key).isString())
            return std::nullopt;
    }
    return Applicant{object.value(u"role"_s).toString(),  object.value(u"id_number"_s).toString(),
                     object.value(u"name"_s).toString(),  object.value(u"phone"_s).toString(),
                     object.value(u"email"_s).toString(), object.value(u"address"_s).toString()};
}

QJsonObject EventPayload::decision(const Decision& decision) {
    return QJsonObject{{u"kind"_s, decisionKindName(decision.kind)},
                       {u"result_fields"_s, decision.resultFields},
                       {u"grounds"_s, QJsonArray::fromStringList(decision.groundCodes)},
                       {u"motivation"_s, decision.motivation}};
}

std::optional<Decision> EventPayload::decision(const QJsonValue& value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const std::optional<Decision::Kind> kind = decisionKindFromName(object.value(u"kind"_s).toString());
    const std::optional<QStringList> grounds = stringList(object.value(u"grounds"_s));
    if (!kind || !grounds || !object.value(u"result_fields"_s).isObject() || !object.value(u"motivation"_s).isString())
        return std::nullopt;
    return Decision{*kind, object.value(u"result_fields"_s).toObject(), *grounds,
                    object.value(u"motivation"_s).toString()};
}

QJsonObject EventPayload::checklist(const QMap<QString, bool>& checklist) {
    QJsonObject object;
    for (auto it = checklist.begin(); it != checklist.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

std::optional<QMap<QString, bool>> EventPayload::checklist(const QJsonValue& value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    QMap<QString, bool> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isBool())
            return std::nullopt;
        result.insert(it.key(), it.value().toBool());
    }
    return result;
}

std::optional<QStringList> EventPayload::stringList(const QJsonValue& value) {
    if (!value.isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        result.append(item.toString());
    }
    return result;
}

} // namespace ruqsat::core
