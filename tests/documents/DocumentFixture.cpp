#include "DocumentFixture.h"

#include "TestCluster.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ruqsat::test {

const DemoDatabase& documentDemo() {
    static const DemoDatabase database = DemoDatabase::create(50);
    return database;
}

QJsonObject permitFields() {
    return {{u"issuing_body"_s, u"Управление строительства ВКО"_s},
            {u"developer_name"_s, u"ТОО «Құрылыс-Өскемен»"_s},
            {u"developer_bin"_s, u"180440012345"_s},
            {u"authorised_company_name"_s, u"ТОО «Үміт Инвест»"_s},
            {u"authorised_company_bin"_s, u"190540023456"_s},
            {u"object_name"_s, u"ЖК «Әсем Шығыс»"_s},
            {u"object_address"_s, u"г. Усть-Каменогорск, ул. Қабанбай батыр, 12"_s},
            {u"cadastral_number"_s, u"05-085-012-345"_s},
            {u"participation_way"_s, u"проект банка второго уровня"_s},
            {u"apartments"_s, u"96 квартир, 6 240 м²"_s},
            {u"non_residential"_s, u"4 помещения, 410 м²"_s}};
}

QJsonObject extractFields() {
    return {{u"record_number"_s, u"УЗ-2026-0417"_s},
            {u"record_date"_s, u"14.11.2026"_s},
            {u"contract_number"_s, u"ДУ-88/2026"_s},
            {u"contract_date"_s, u"02.11.2026"_s},
            {u"developer_name"_s, u"ТОО «Құрылыс-Өскемен»"_s},
            {u"developer_bin"_s, u"180440012345"_s},
            {u"participant_name"_s, u"Нұрғалиева Әйгерім Қайратқызы"_s},
            {u"participant_id"_s, u"900315450123"_s},
            {u"object_address"_s, u"г. Усть-Каменогорск, ул. Қабанбай батыр, 12"_s},
            {u"premises"_s, u"47"_s},
            {u"floor"_s, u"5"_s},
            {u"rooms"_s, u"2"_s},
            {u"area_m2"_s, u"64,3"_s},
            {u"price"_s, u"25 720 000"_s}};
}

QString refusalMotivation() {
    return u"Опыт застройщика не подтверждён: Өскемен қаласындағы актілер 10 000 м² кем"_s;
}

Crew crewFor(const QString& kind) {
    if (kind == u"extract"_s) {
        return {u"vko-zyryan"_s, u"zyryan_clerk"_s, u"zyryan_head"_s, u"Асхат Нургалиев"_s, u"zyryan_specialist"_s};
    }
    return {u"vko"_s, u"clerk"_s, u"head"_s, u"Ерлан Жумабеков"_s, u"specialist"_s};
}

qint64 caseAtSigning(const QString& kind) {
    const DemoDatabase& demo = documentDemo();
    const bool extract = kind == u"extract"_s;
    const Crew crew = crewFor(kind);
    Connection admin(demo.superuser, u"case-template"_s);
    // Applicants, checklist and object data of an existing demo case of the service, as the opening.
    const QString opening =
        admin
            .value(u"SELECT jsonb_build_object('service_code', c.service_code, 'office_id', c.office_id, "
                   "'channel', 'portal', 'checklist_variant', c.checklist_variant, 'checklist', c.checklist, "
                   "'object_data', c.object_data, 'applicants', (SELECT jsonb_agg(jsonb_build_object('role', a.role, "
                   "'id_number', a.id_number, 'name', a.name)) FROM ruqsat.case_applicant a WHERE a.case_id = c.id))"
                   "::text FROM ruqsat.cases c WHERE c.office_id = ? AND c.service_code = ? ORDER BY c.id LIMIT 1"_s,
                   {crew.office, extract ? u"E"_s : u"P"_s})
            .toString();
    const auto act = [&](const QString& login, const QString& sql, const QVariantList& values) {
        Connection staff(demo.as(login), u"case-"_s + login);
        return staff.value(sql, values);
    };
    const auto uuid = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    const QString received = act(crew.clerk,
                                 u"SELECT ruqsat.receive_case(?::uuid, ?::jsonb || jsonb_build_object('submitted_at', "
                                 u"date_trunc('second', now()), "
                                 "'received_at', date_trunc('second', now())))::text"_s,
                                 {uuid(), opening})
                                 .toString();
    const qint64 id = QJsonDocument::fromJson(received.toUtf8()).object().value(u"case_id"_s).toInteger();
    REQUIRE(id > 0);
    act(crew.clerk, u"SELECT ruqsat.register_case(?::uuid, ?, 1)::text"_s, {uuid(), id});
    act(crew.head, u"SELECT ruqsat.resolve_case(?::uuid, ?, 2, ?, 'Подготовить')::text"_s,
        {uuid(), id, demo.login(crew.specialist)});
    QJsonObject decision;
    if (kind == u"refusal"_s) {
        decision = {{u"kind"_s, u"refuse"_s},
                    {u"grounds"_s, QJsonArray{u"unreliable_documents"_s, u"non_compliance"_s}},
                    {u"motivation"_s, refusalMotivation()}};
    } else {
        decision = {{u"kind"_s, u"issue"_s}, {u"result_fields"_s, extract ? extractFields() : permitFields()}};
    }
    act(crew.specialist, u"SELECT ruqsat.prepare_result(?::uuid, ?, 3, ?::jsonb)::text"_s,
        {uuid(), id, QString::fromUtf8(QJsonDocument(decision).toJson(QJsonDocument::Compact))});
    return id;
}

QString pdfText(const QByteArray& pdf) {
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // Lines broken by the layout come back joined with spaces, so a test can look for whole phrases.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace ruqsat::test
