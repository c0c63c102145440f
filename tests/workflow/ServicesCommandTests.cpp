// `ruqsat-admin services`: what an administrator or a script sees of the shipped definitions.
#include "ProcessRunner.h"

#include "CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using Run = ruqsat::test::ProcessOutput;
using ruqsat::test::runAdmin;

QJsonObject serviceIn(const QJsonArray& array, const QString& code) {
    for (const QJsonValue& value : array) {
        if (value.toObject().value(u"code"_s).toString() == code)
            return value.toObject();
    }
    FAIL("service " << code.toStdString() << " not listed");
    return {};
}

QStringList stepsAsText(const QJsonObject& service) {
    QStringList steps;
    for (const QJsonValue& step : service.value(u"steps"_s).toArray()) {
        const QJsonObject object = step.toObject();
        steps.append(object.value(u"code"_s).toString() + u'/' + object.value(u"role"_s).toString() + u'/' +
                     object.value(u"duration"_s).toString());
    }
    return steps;
}

} // namespace

TEST_CASE("ruqsat-admin services --json lists both services with their steps and terms", "[services][admin]") {
    const Run run = runAdmin({u"services"_s, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    const QJsonArray services = document.array();
    REQUIRE(services.size() == 2);

    const QJsonObject permit = serviceIn(services, u"P"_s);
    CHECK(permit.value(u"version"_s).toInt() == 1);
    CHECK(permit.value(u"term"_s).toString() == u"10d"_s);
    CHECK(permit.value(u"effective_from"_s).toString() == u"2019-11-07"_s);
    CHECK_FALSE(permit.value(u"legal_source"_s).toString().isEmpty());
    CHECK(permit.value(u"channels"_s).toArray() == QJsonArray{u"state_corporation"_s, u"portal"_s});
    CHECK(stepsAsText(permit) == QStringList{u"registration/clerk/15m"_s, u"resolution/head/3h"_s,
                                             u"preparation/specialist/8d"_s, u"signing/head/1h"_s,
                                             u"dispatch/clerk/3h"_s});

    const QJsonObject extract = serviceIn(services, u"E"_s);
    CHECK(extract.value(u"version"_s).toInt() == 1);
    CHECK(extract.value(u"term"_s).toString() == u"3d"_s);
    CHECK(extract.value(u"channels"_s).toArray() == QJsonArray{u"portal"_s});
    CHECK(stepsAsText(extract) == QStringList{u"registration/clerk/15m"_s, u"resolution/head/3h"_s,
                                              u"preparation/specialist/1d"_s, u"signing/head/1h"_s,
                                              u"dispatch/clerk/15m"_s});
}

TEST_CASE("ruqsat-admin services prints a readable table", "[services][admin]") {
    const Run run = runAdmin({u"services"_s});
    REQUIRE(run.exitCode == 0);
    const QString text = run.out;
    CHECK(text.contains(u"Service P version 1"_s));
    CHECK(text.contains(u"Service E version 1"_s));
    CHECK(text.contains(u"preparation    specialist   8d"_s));
    CHECK(text.contains(u"preparation    specialist   1d"_s));
    CHECK(text.contains(u"10d (working days)"_s));
}

TEST_CASE("ruqsat-admin services refuses a stray argument with the usage exit code", "[services][admin]") {
    const Run run = runAdmin({u"services"_s, u"extra"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"unexpected argument 'extra'"_s));
}
