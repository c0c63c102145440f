#include "actions/ResultFields.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

QList<ResultFields::Field> ResultFields::forService(const QString& serviceCode) {
    if (serviceCode == u"P"_s) {
        return {
            {u"permit_number"_s, tr("Permit number")},
            {u"permit_date"_s, tr("Permit date")},
            {u"issuing_body"_s, tr("Issuing body")},
            {u"developer_name"_s, tr("Developer")},
            {u"developer_bin"_s, tr("Developer's BIN")},
            {u"authorised_company_name"_s, tr("Authorised company")},
            {u"authorised_company_bin"_s, tr("Authorised company's BIN")},
            {u"object_name"_s, tr("Object")},
            {u"object_address"_s, tr("Object address")},
            {u"cadastral_number"_s, tr("Land plot cadastral number")},
            {u"participation_way"_s, tr("Way of organising participation")},
            {u"apartments"_s, tr("Apartments offered (number, area)")},
            {u"non_residential"_s, tr("Non-residential premises offered (number, area)")},
            {u"signatory"_s, tr("Signatory")},
        };
    }
    if (serviceCode == u"E"_s) {
        return {
            {u"record_number"_s, tr("Record number")},
            {u"record_date"_s, tr("Record date")},
            {u"contract_number"_s, tr("Contract number")},
            {u"contract_date"_s, tr("Contract date")},
            {u"developer_name"_s, tr("Developer or authorised company")},
            {u"developer_bin"_s, tr("Its BIN")},
            {u"participant_name"_s, tr("Participant")},
            {u"participant_id"_s, tr("Participant's IIN/BIN")},
            {u"object_address"_s, tr("Object address")},
            {u"premises"_s, tr("Apartment or premises number")},
            {u"floor"_s, tr("Floor")},
            {u"rooms"_s, tr("Rooms")},
            {u"area_m2"_s, tr("Area, m²")},
            {u"price"_s, tr("Price")},
            {u"assignments"_s, tr("Assignments of the contract")},
            {u"issue_date"_s, tr("Date of issue")},
        };
    }
    return {};
}

QString ResultFields::suggestion(const core::Case& state, const QString& key) {
    const auto applicant = [&](const QString& role) -> const core::Applicant* {
        for (const core::Applicant& a : state.applicants) {
            if (a.role == role)
                return &a;
        }
        return nullptr;
    };
    const auto object = [&](const QString& name) { return state.objectData.value(name).toString(); };
    if (key == u"developer_name"_s || key == u"developer_bin"_s) {
        const core::Applicant* a = applicant(u"developer"_s);
        if (a == nullptr)
            return {};
        return key.endsWith(u"_bin"_s) ? a->idNumber : a->name;
    }
    if (key == u"authorised_company_name"_s || key == u"authorised_company_bin"_s) {
        const core::Applicant* a = applicant(u"authorised_company"_s);
        if (a == nullptr)
            return {};
        return key.endsWith(u"_bin"_s) ? a->idNumber : a->name;
    }
    if (key == u"participant_name"_s || key == u"participant_id"_s) {
        const core::Applicant* a = applicant(u"applicant"_s);
        if (a == nullptr)
            return {};
        return key.endsWith(u"_id"_s) ? a->idNumber : a->name;
    }
    if (key == u"object_name"_s)
        return object(u"name"_s);
    if (key == u"object_address"_s)
        return object(u"address"_s);
    if (key == u"cadastral_number"_s || key == u"contract_number"_s)
        return object(key);
    return {};
}

QString ResultFields::label(const QString& key) {
    for (const QString& code : {u"P"_s, u"E"_s}) {
        for (const Field& field : forService(code)) {
            if (field.key == key)
                return field.label;
        }
    }
    return key;
}

QStringList ResultFields::describe(const core::Decision& decision, const QString& serviceCode,
                                   const QList<std::pair<QString, QString>>& groundTexts) {
    QStringList lines;
    if (decision.kind == core::Decision::Kind::Issue) {
        lines.append(tr("Decision: issue the result"));
        QStringList known;
        for (const Field& field : forService(serviceCode)) {
            known.append(field.key);
            if (decision.resultFields.contains(field.key))
                lines.append(
                    tr("%1: %2").arg(field.label, decision.resultFields.value(field.key).toVariant().toString()));
        }
        for (auto it = decision.resultFields.begin(); it != decision.resultFields.end(); ++it) {
            if (!known.contains(it.key()))
                lines.append(tr("%1: %2").arg(it.key(), it.value().toVariant().toString()));
        }
        return lines;
    }
    lines.append(tr("Decision: motivated refusal"));
    for (const QString& code : decision.groundCodes) {
        QString text = code;
        for (const auto& [groundCode, groundText] : groundTexts) {
            if (groundCode == code)
                text = groundText;
        }
        lines.append(tr("Ground: %1").arg(text));
    }
    lines.append(tr("Motivation: %1").arg(decision.motivation));
    return lines;
}

} // namespace ruqsat::ui
