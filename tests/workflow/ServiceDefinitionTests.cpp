// Service definitions as versioned data: the shipped files, their validation and the catalogue.
#include "TestPaths.h"

#include "services/ServiceCatalogue.h"
#include "services/ServiceDefinitionJson.h"

#include "CatchQt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

using namespace ruqsat::core;
using namespace Qt::StringLiterals;

namespace {

QString shippedPath(const QString& name) {
    return QString::fromUtf8(ruqsat::test::sourceDir) + u"/resources/services/"_s + name;
}

QJsonObject shippedJson(const QString& name) {
    QFile file(shippedPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& object) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

// Replaces steps[index] by what `edit` makes of it.
void editStep(QJsonObject& root, int index, const std::function<void(QJsonObject&)>& edit) {
    QJsonArray steps = root.value(u"steps"_s).toArray();
    QJsonObject step = steps.at(index).toObject();
    edit(step);
    steps.replace(index, step);
    root.insert(u"steps"_s, steps);
}

struct StepExpectation {
    StepCode code;
    Role role;
    const char* duration;
};

} // namespace

TEST_CASE("The shipped catalogue holds both services, version 1, as domain.md describes them", "[services]") {
    const Result<ServiceCatalogue> catalogue = ServiceCatalogue::shipped();
    REQUIRE(catalogue.ok());
    REQUIRE(catalogue->definitions().size() == 2);

    const Result<ServiceDefinitionPtr> permit = catalogue->find(u"P"_s, 1);
    REQUIRE(permit.ok());
    const ServiceDefinition& p = **permit;
    CHECK(p.names.ru == u"Выдача разрешения на привлечение денег дольщиков"_s);
    CHECK_FALSE(p.names.kk.isEmpty());
    CHECK_FALSE(p.names.en.isEmpty());
    CHECK(p.channels == QList<Channel>{Channel::StateCorporation, Channel::Portal});
    CHECK(p.term.toString() == u"10d"_s);
    CHECK(p.effectiveFrom == QDate(2019, 11, 7));
    CHECK(p.legalSource.contains(u"№ 353"_s));
    CHECK(p.legalSource.contains(u"№ 389"_s));
    CHECK(p.editableDefaults);
    REQUIRE(p.applicants.size() == 2);
    CHECK(p.applicants.at(0).role == u"developer"_s);
    CHECK(p.applicants.at(1).role == u"authorised_company"_s);
    const StepExpectation permitSteps[] = {{StepCode::Registration, Role::Clerk, "15m"},
                                           {StepCode::Resolution, Role::Head, "3h"},
                                           {StepCode::Preparation, Role::Specialist, "8d"},
                                           {StepCode::Signing, Role::Head, "1h"},
                                           {StepCode::Dispatch, Role::Clerk, "3h"}};
    REQUIRE(p.steps.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(p.steps.at(i).code == permitSteps[i].code);
        CHECK(p.steps.at(i).role == permitSteps[i].role);
        CHECK(p.steps.at(i).duration.toString() == QString::fromLatin1(permitSteps[i].duration));
    }
    // One checklist per way of organising participation the permit concerns (domain.md).
    REQUIRE(p.checklist(u"bank_project"_s) != nullptr);
    REQUIRE(p.checklist(u"after_frame"_s) != nullptr);
    for (const char* code : {"application", "identity_authority", "project_documentation", "land_title",
                             "general_contract", "technical_supervision_contract", "developer_experience"}) {
        CHECK(p.checklist(u"bank_project"_s)->hasDocument(QString::fromLatin1(code)));
        CHECK(p.checklist(u"after_frame"_s)->hasDocument(QString::fromLatin1(code)));
    }

    const Result<ServiceDefinitionPtr> extract = catalogue->find(u"E"_s, 1);
    REQUIRE(extract.ok());
    const ServiceDefinition& e = **extract;
    CHECK(e.channels == QList<Channel>{Channel::Portal});
    CHECK(e.term.toString() == u"3d"_s);
    REQUIRE(e.applicants.size() == 1);
    const StepExpectation extractSteps[] = {{StepCode::Registration, Role::Clerk, "15m"},
                                            {StepCode::Resolution, Role::Head, "3h"},
                                            {StepCode::Preparation, Role::Specialist, "1d"},
                                            {StepCode::Signing, Role::Head, "1h"},
                                            {StepCode::Dispatch, Role::Clerk, "15m"}};
    REQUIRE(e.steps.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(e.steps.at(i).code == extractSteps[i].code);
        CHECK(e.steps.at(i).role == extractSteps[i].role);
        CHECK(e.steps.at(i).duration.toString() == QString::fromLatin1(extractSteps[i].duration));
    }
    REQUIRE(e.checklist(u"request"_s) != nullptr);

    // The four usual grounds of paragraph 10, each in three languages with its source.
    for (const ServiceDefinition* definition : {&p, &e}) {
        REQUIRE(definition->refusalGrounds.size() == 4);
        for (const char* code : {"unreliable_documents", "non_compliance", "court_prohibition", "court_deprivation"}) {
            const RefusalGround* ground = definition->refusalGround(QString::fromLatin1(code));
            REQUIRE(ground != nullptr);
            CHECK_FALSE(ground->texts.ru.isEmpty());
            CHECK_FALSE(ground->texts.kk.isEmpty());
            CHECK_FALSE(ground->texts.en.isEmpty());
            CHECK(ground->legalSource.contains(u"пункт 10"_s));
        }
    }
}

TEST_CASE("A definition survives writing and reading unchanged", "[services]") {
    const Result<ServiceCatalogue> catalogue = ServiceCatalogue::shipped();
    REQUIRE(catalogue.ok());
    for (const ServiceDefinitionPtr& definition : catalogue->definitions()) {
        const QByteArray json = QJsonDocument(ServiceDefinitionJson::write(*definition)).toJson();
        const Result<ServiceDefinition> again = ServiceDefinitionJson::read(json, u"again.json"_s);
        REQUIRE(again.ok());
        CHECK(again.value() == *definition);
    }
}

TEST_CASE("The catalogue picks a version by code and version, or by the date in force", "[services]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeJson(dir.filePath(u"permit-2019.json"_s), shippedJson(u"permit-2019.json"_s));
    QJsonObject second = shippedJson(u"permit-2019.json"_s);
    second.insert(u"version"_s, 2);
    second.insert(u"effective_from"_s, u"2024-01-01"_s);
    editStep(second, 2, [](QJsonObject& step) { step.insert(u"duration"_s, u"6d"_s); });
    writeJson(dir.filePath(u"permit-2024.json"_s), second);

    const Result<ServiceCatalogue> catalogue = ServiceCatalogue::fromDirectory(dir.path());
    REQUIRE(catalogue.ok());
    CHECK(catalogue->inForce(u"P"_s, QDate(2023, 12, 31)).value()->version == 1);
    CHECK(catalogue->inForce(u"P"_s, QDate(2024, 1, 1)).value()->version == 2);
    CHECK(catalogue->inForce(u"P"_s, QDate(2027, 6, 1)).value()->version == 2);
    CHECK(catalogue->find(u"P"_s, 1).value()->step(StepCode::Preparation).duration.toString() == u"8d"_s);
    CHECK(catalogue->find(u"P"_s, 2).value()->step(StepCode::Preparation).duration.toString() == u"6d"_s);

    const Result<ServiceDefinitionPtr> before = catalogue->inForce(u"P"_s, QDate(2019, 11, 6));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::NotFound);
    CHECK(before.error().reason == u"unknown_service"_s);
    CHECK(catalogue->find(u"P"_s, 3).error().code == ErrorCode::NotFound);
    CHECK(catalogue->find(u"X"_s, 1).error().code == ErrorCode::NotFound);
}

TEST_CASE("A broken definition is rejected naming the file, the field and the reason", "[services]") {
    struct Breakage {
        const char* name;
        std::function<void(QJsonObject&)> edit;
        const char* field;
        const char* reason;
    };
    const Breakage table[] = {
        {"missing code", [](QJsonObject& r) { r.remove(u"code"_s); }, "code", "missing"},
        {"missing term", [](QJsonObject& r) { r.remove(u"term"_s); }, "term", "missing"},
        {"missing Kazakh name",
         [](QJsonObject& r) {
             r.insert(u"names"_s, QJsonObject{{u"ru"_s, u"x"_s}, {u"en"_s, u"x"_s}});
         },
         "names.kk", "missing"},
        {"empty legal source", [](QJsonObject& r) { r.insert(u"legal_source"_s, u" "_s); }, "legal_source",
         "must not be empty"},
        {"bad duration",
         [](QJsonObject& r) { editStep(r, 2, [](QJsonObject& s) { s.insert(u"duration"_s, u"8x"_s); }); },
         "steps[2].duration", "'8x' is not a duration"},
        {"fractional duration",
         [](QJsonObject& r) { editStep(r, 1, [](QJsonObject& s) { s.insert(u"duration"_s, u"1.5h"_s); }); },
         "steps[1].duration", "'1.5h' is not a duration"},
        {"term in hours", [](QJsonObject& r) { r.insert(u"term"_s, u"80h"_s); }, "term", "counts working days"},
        {"unknown role", [](QJsonObject& r) { editStep(r, 1, [](QJsonObject& s) { s.insert(u"role"_s, u"boss"_s); }); },
         "steps[1].role", "unknown role 'boss'"},
        {"role not the regulation's",
         [](QJsonObject& r) { editStep(r, 1, [](QJsonObject& s) { s.insert(u"role"_s, u"clerk"_s); }); },
         "steps[1].role", "performed by 'head'"},
        {"duplicate step",
         [](QJsonObject& r) { editStep(r, 3, [](QJsonObject& s) { s.insert(u"code"_s, u"resolution"_s); }); },
         "steps[3].code", "duplicate step 'resolution'"},
        {"unknown step",
         [](QJsonObject& r) { editStep(r, 4, [](QJsonObject& s) { s.insert(u"code"_s, u"archiving"_s); }); },
         "steps[4].code", "unknown step 'archiving'"},
        {"missing step",
         [](QJsonObject& r) {
             QJsonArray steps = r.value(u"steps"_s).toArray();
             steps.removeAt(3);
             r.insert(u"steps"_s, steps);
         },
         "steps", "step 'signing' is missing"},
        {"steps out of order",
         [](QJsonObject& r) {
             QJsonArray steps = r.value(u"steps"_s).toArray();
             const QJsonValue first = steps.at(0);
             steps.replace(0, steps.at(1));
             steps.replace(1, first);
             r.insert(u"steps"_s, steps);
         },
         "steps[0].code", "expected step 'registration' here"},
        {"wrong outcomes",
         [](QJsonObject& r) { editStep(r, 3, [](QJsonObject& s) { s.insert(u"outcomes"_s, QJsonArray{u"sign"_s}); }); },
         "steps[3].outcomes", "sign, return_for_rework"},
        {"bad date", [](QJsonObject& r) { r.insert(u"effective_from"_s, u"2019-02-30"_s); }, "effective_from",
         "'2019-02-30' is not a date"},
        {"date in another format", [](QJsonObject& r) { r.insert(u"effective_from"_s, u"07.11.2019"_s); },
         "effective_from", "is not a date"},
        {"version zero", [](QJsonObject& r) { r.insert(u"version"_s, 0); }, "version", "whole number"},
        {"version not whole", [](QJsonObject& r) { r.insert(u"version"_s, 1.5); }, "version", "whole number"},
        {"unknown channel", [](QJsonObject& r) { r.insert(u"channels"_s, QJsonArray{u"post"_s}); }, "channels[0]",
         "unknown channel 'post'"},
        {"no channel", [](QJsonObject& r) { r.insert(u"channels"_s, QJsonArray{}); }, "channels", "must not be empty"},
        {"misspelt field", [](QJsonObject& r) { r.insert(u"chanels"_s, QJsonArray{u"portal"_s}); }, "chanels",
         "unknown field"},
        {"duplicate ground",
         [](QJsonObject& r) {
             QJsonArray grounds = r.value(u"refusal_grounds"_s).toArray();
             grounds.append(grounds.at(0));
             r.insert(u"refusal_grounds"_s, grounds);
         },
         "refusal_grounds[4].code", "duplicate refusal ground 'unreliable_documents'"},
        {"ground without source",
         [](QJsonObject& r) {
             QJsonArray grounds = r.value(u"refusal_grounds"_s).toArray();
             QJsonObject ground = grounds.at(1).toObject();
             ground.remove(u"legal_source"_s);
             grounds.replace(1, ground);
             r.insert(u"refusal_grounds"_s, grounds);
         },
         "refusal_grounds[1].legal_source", "missing"},
        {"editable flag not a boolean", [](QJsonObject& r) { r.insert(u"editable_defaults"_s, u"yes"_s); },
         "editable_defaults", "true or false"},
        {"unsupported format", [](QJsonObject& r) { r.insert(u"format"_s, 2); }, "format", "unsupported format"},
    };

    for (const Breakage& row : table) {
        INFO(row.name);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        // A valid extract next to the broken permit: the whole catalogue must still refuse to load.
        writeJson(dir.filePath(u"extract-2019.json"_s), shippedJson(u"extract-2019.json"_s));
        QJsonObject broken = shippedJson(u"permit-2019.json"_s);
        row.edit(broken);
        writeJson(dir.filePath(u"permit-broken.json"_s), broken);

        const Result<ServiceCatalogue> catalogue = ServiceCatalogue::fromDirectory(dir.path());
        REQUIRE_FALSE(catalogue.ok());
        const Error& error = catalogue.error();
        INFO(error.message.toStdString());
        CHECK(error.code == ErrorCode::DataError);
        CHECK(error.reason == u"invalid_service_definition"_s);
        CHECK(error.message.contains(u"permit-broken.json: "_s));
        CHECK(error.message.contains(u"field '"_s + QString::fromLatin1(row.field) + u"': "_s));
        CHECK(error.message.contains(QString::fromLatin1(row.reason)));
    }
}

TEST_CASE("Text that is not a JSON object is rejected with its file", "[services]") {
    const Result<ServiceDefinition> notJson = ServiceDefinitionJson::read("{\"code\": ", u"cut.json"_s);
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.startsWith(u"cut.json: field '(document)': not valid JSON"_s));
    const Result<ServiceDefinition> array = ServiceDefinitionJson::read("[]", u"array.json"_s);
    REQUIRE_FALSE(array.ok());
    CHECK(array.error().message.contains(u"must be a JSON object"_s));
}

TEST_CASE("The catalogue refuses the same version twice and versions that go back in time", "[services]") {
    SECTION("same code and version in two files") {
        QTemporaryDir dir;
        writeJson(dir.filePath(u"a.json"_s), shippedJson(u"permit-2019.json"_s));
        writeJson(dir.filePath(u"b.json"_s), shippedJson(u"permit-2019.json"_s));
        const Result<ServiceCatalogue> catalogue = ServiceCatalogue::fromDirectory(dir.path());
        REQUIRE_FALSE(catalogue.ok());
        CHECK(catalogue.error().message.contains(u"field 'version'"_s));
        CHECK(catalogue.error().message.contains(u"a.json"_s));
        CHECK(catalogue.error().message.contains(u"b.json"_s));
    }
    SECTION("a later version that takes effect earlier") {
        QTemporaryDir dir;
        writeJson(dir.filePath(u"v1.json"_s), shippedJson(u"permit-2019.json"_s));
        QJsonObject second = shippedJson(u"permit-2019.json"_s);
        second.insert(u"version"_s, 2);
        second.insert(u"effective_from"_s, u"2018-01-01"_s);
        writeJson(dir.filePath(u"v2.json"_s), second);
        const Result<ServiceCatalogue> catalogue = ServiceCatalogue::fromDirectory(dir.path());
        REQUIRE_FALSE(catalogue.ok());
        CHECK(catalogue.error().message.contains(u"v2.json: field 'effective_from'"_s));
        CHECK(catalogue.error().message.contains(u"not after version 1"_s));
    }
    SECTION("an empty directory") {
        QTemporaryDir dir;
        CHECK_FALSE(ServiceCatalogue::fromDirectory(dir.path()).ok());
    }
}
