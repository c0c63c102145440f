#include "documents/DocumentData.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

QString inLanguage(const QJsonValue& names, const QString& language) {
    const QJsonObject object = names.toObject();
    const QString text = object.value(language).toString();
    return text.isEmpty() ? object.value(u"ru"_s).toString() : text;
}

// "2026-12-03 15:20" (the office's local time, as document_data gives it) -> date and time as printed.
std::pair<QString, QString> localDateTime(const QString& local) {
    const QDateTime dateTime = QDateTime::fromString(local, u"yyyy-MM-dd HH:mm"_s);
    if (!dateTime.isValid())
        return {local, QString()};
    return {dateTime.toString(u"dd.MM.yyyy"_s), dateTime.toString(u"HH:mm"_s)};
}

// The channel as the sentences of the templates use it (Russian: after "через", so in the accusative).
QString channelText(const QString& channel, const QString& language) {
    if (channel == u"state_corporation"_s)
        return language == u"kk"_s ? u"«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"_s
                                   : u"Государственную корпорацию «Правительство для граждан»"_s;
    return language == u"kk"_s ? u"«Электрондық үкімет» веб-порталы"_s : u"веб-портал «электронного правительства»"_s;
}

QJsonObject stringsOnly(const QJsonObject& object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() || it.value().isDouble() || it.value().isBool())
            out.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return out;
}

} // namespace

DocumentKind DocumentData::resultKind(const QJsonObject& data) {
    // ruqsat.document_data names the kind; data without it (older or hand-made) falls back to the same
    // rule from the service (a refusal always carries its kind).
    if (const auto named = documentKindFromName(data.value(u"kind"_s).toString()); named && isRegistered(*named))
        return *named;
    return resultKindFor(false, data.value(u"service"_s).toObject().value(u"code"_s).toString());
}

std::optional<DocumentKind> DocumentData::receiptKind(const QJsonObject& data) {
    if (data.value(u"channel"_s).toString() != u"state_corporation"_s)
        return std::nullopt;
    return data.value(u"state"_s).toString() == u"refused_at_intake"_s ? DocumentKind::IntakeRefusalReceipt
                                                                       : DocumentKind::AcceptanceReceipt;
}

QString DocumentData::verificationPayload(const QString& registrationNumber, const QString& code) {
    return u"RUQSAT-VERIFY:"_s + registrationNumber + u':' + code;
}

QString DocumentData::receiptPayload(const QString& caseNumber, const QString& code) {
    return u"RUQSAT-RECEIPT:"_s + caseNumber + u':' + code;
}

QString DocumentData::receiptCode(DocumentKind kind, const QJsonObject& data) {
    const QString source = documentKindName(kind) + u'|' + QString::number(data.value(u"case_id"_s).toInteger()) +
                           u'|' + data.value(u"received_at"_s).toString();
    return QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))
        .toUpper();
}

QJsonObject DocumentData::view(DocumentKind kind, const QJsonObject& data, const QString& language, bool draft) {
    QJsonObject v;
    v.insert(u"language"_s, language);
    v.insert(u"draft"_s, draft);
    v.insert(u"case_id"_s, QString::number(data.value(u"case_id"_s).toInteger()));

    const QJsonObject office = data.value(u"office"_s).toObject();
    const QString officeName =
        office.value(language == u"kk"_s ? u"name_kk"_s : u"name_ru"_s).toString(office.value(u"name_ru"_s).toString());
    v.insert(u"office"_s, QJsonObject{{u"name"_s, officeName},
                                      {u"address"_s, office.value(u"address"_s).toString()},
                                      {u"bin"_s, office.value(u"bin"_s).toString()}});
    const QJsonObject service = data.value(u"service"_s).toObject();
    v.insert(u"service"_s, QJsonObject{{u"code"_s, service.value(u"code"_s).toString()},
                                       {u"name"_s, inLanguage(service.value(u"names"_s), language)},
                                       {u"legal_source"_s, service.value(u"legal_source"_s).toString()}});
    v.insert(u"channel"_s, channelText(data.value(u"channel"_s).toString(), language));
    const auto [receivedDate, receivedTime] = localDateTime(data.value(u"received_local"_s).toString());
    v.insert(u"received_date"_s, receivedDate);
    v.insert(u"received_time"_s, receivedTime);

    QJsonArray applicants;
    for (const QJsonValue& value : data.value(u"applicants"_s).toArray()) {
        const QJsonObject a = value.toObject();
        applicants.append(QJsonObject{{u"role"_s, inLanguage(a.value(u"role_names"_s), language)},
                                      {u"name"_s, a.value(u"name"_s).toString()},
                                      {u"id_number"_s, a.value(u"id_number"_s).toString()},
                                      {u"address"_s, a.value(u"address"_s).toString()}});
    }
    v.insert(u"applicants"_s, applicants);
    // What the specialist left empty is taken from what the case knows (the frozen applicants, object and
    // checklist), so that the document names the parties even when the form did not repeat them.
    const QJsonObject object = stringsOnly(data.value(u"object_data"_s).toObject());
    QJsonObject fields{{u"object_name"_s, object.value(u"name"_s)},
                       {u"object_address"_s, object.value(u"address"_s)},
                       {u"cadastral_number"_s, object.value(u"cadastral_number"_s)},
                       {u"contract_number"_s, object.value(u"contract_number"_s)}};
    if (service.value(u"code"_s).toString() == u"P"_s)
        fields.insert(u"participation_way"_s, inLanguage(data.value(u"checklist_names"_s), language));
    for (const QJsonValue& value : data.value(u"applicants"_s).toArray()) {
        const QJsonObject a = value.toObject();
        const QString role = a.value(u"role"_s).toString();
        const QString prefix = role == u"applicant"_s ? u"participant"_s : role;
        fields.insert(prefix + u"_name"_s, a.value(u"name"_s).toString());
        fields.insert(prefix + (role == u"applicant"_s ? u"_id"_s : u"_bin"_s), a.value(u"id_number"_s).toString());
    }
    const QJsonObject entered = stringsOnly(data.value(u"result_fields"_s).toObject());
    for (auto it = entered.begin(); it != entered.end(); ++it) {
        if (!it.value().toString().trimmed().isEmpty())
            fields.insert(it.key(), it.value());
    }
    // Older drafts (and the demo) call the extract's premises "apartment".
    if (!fields.contains(u"premises"_s) && entered.contains(u"apartment"_s))
        fields.insert(u"premises"_s, entered.value(u"apartment"_s));
    v.insert(u"fields"_s, fields);
    v.insert(u"object"_s, object);

    QJsonArray grounds;
    for (const QJsonValue& value : data.value(u"grounds"_s).toArray()) {
        const QJsonObject g = value.toObject();
        grounds.append(QJsonObject{{u"number"_s, QString::number(grounds.size() + 1)},
                                   {u"text"_s, inLanguage(g.value(u"texts"_s), language)},
                                   {u"legal_source"_s, g.value(u"legal_source"_s).toString()}});
    }
    v.insert(u"grounds"_s, grounds);
    v.insert(u"motivation"_s, data.value(u"motivation"_s).toString());

    v.insert(u"checklist"_s, inLanguage(data.value(u"checklist_names"_s), language));
    QJsonArray documents;
    for (const QJsonValue& value : data.value(u"documents"_s).toArray()) {
        const QJsonObject d = value.toObject();
        documents.append(QJsonObject{{u"number"_s, QString::number(documents.size() + 1)},
                                     {u"name"_s, inLanguage(d.value(u"names"_s), language)},
                                     {u"provided"_s, d.value(u"provided"_s).toBool()}});
    }
    v.insert(u"documents"_s, documents);
    QJsonArray missing;
    for (const QJsonValue& value : data.value(u"missing_documents"_s).toArray()) {
        missing.append(QJsonObject{{u"number"_s, QString::number(missing.size() + 1)},
                                   {u"name"_s, inLanguage(value.toObject().value(u"names"_s), language)}});
    }
    v.insert(u"missing"_s, missing);

    const QJsonObject signer = data.value(u"signer"_s).toObject();
    v.insert(u"signer"_s, QJsonObject{{u"full_name"_s, signer.value(u"full_name"_s).toString()},
                                      {u"position"_s, signer.value(u"position"_s).toString()}});

    if (isRegistered(kind)) {
        const auto [date, time] = localDateTime(data.value(u"signed_local"_s).toString());
        const QString number = data.value(u"registration_number"_s).toString();
        const QString code = data.value(u"verification_code"_s).toString();
        v.insert(u"registration_number"_s, number);
        v.insert(u"date"_s, date);
        v.insert(u"time"_s, time);
        v.insert(u"verification_code"_s, code);
        const QString payload = number.isEmpty() ? QString() : verificationPayload(number, code);
        v.insert(u"verification_payload"_s, payload);
        v.insert(u"qr_payload"_s, payload);
    } else {
        // A receipt carries the case's number and the moment the documents were received. Its code is a
        // reference, not a verification (anyone who knows the case and the time can compute it): the
        // templates call it the receipt code, and its QR holds the case number with it, which is what the
        // office needs to find the case from the paper receipt.
        const QString code = receiptCode(kind, data);
        const QString number = QString::number(data.value(u"case_id"_s).toInteger());
        v.insert(u"registration_number"_s, number);
        v.insert(u"date"_s, receivedDate);
        v.insert(u"time"_s, receivedTime);
        v.insert(u"receipt_code"_s, code);
        v.insert(u"qr_payload"_s, receiptPayload(number, code));
    }
    return v;
}

} // namespace ruqsat::core
