// The template language of resources/documents (core/documents/TemplateEngine.h), table-driven.
#include "documents/TemplateEngine.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace ruqsat;
using namespace Qt::StringLiterals;

TEST_CASE("Templates fill values, sections and partials", "[documents][template]") {
    const QJsonObject context{
        {u"name"_s, u"ТОО «Әсем» & <Co>"_s},
        {u"office"_s, QJsonObject{{u"name"_s, u"Басқарма"_s}, {u"bin"_s, u""_s}}},
        {u"draft"_s, false},
        {u"count"_s, 3},
        {u"grounds"_s, QJsonArray{QJsonObject{{u"number"_s, u"1"_s}, {u"text"_s, u"бірінші"_s}},
                                  QJsonObject{{u"number"_s, u"2"_s}, {u"text"_s, u"второй"_s}}}},
        {u"empty"_s, QJsonArray{}},
        {u"multiline"_s, u"a\nb"_s},
    };
    const auto partials = [](const QString& name) { return name == u"sign"_s ? u"[{{office.name}}]"_s : QString(); };
    struct Row {
        QString text;
        QString expected;
    };
    const QList<Row> rows{
        {u"{{name}}"_s, u"ТОО «Әсем» &amp; &lt;Co&gt;"_s},
        {u"{{ office.name }}"_s, u"Басқарма"_s},
        {u"{{count}} шт."_s, u"3 шт."_s},
        {u"{{missing}}!"_s, u"!"_s},
        {u"{{#grounds}}{{number}}) {{text}}; {{/grounds}}"_s, u"1) бірінші; 2) второй; "_s},
        {u"{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}"_s, u"none"_s},
        {u"{{#office.bin}}BIN {{office.bin}}{{/office.bin}}{{^office.bin}}no BIN{{/office.bin}}"_s, u"no BIN"_s},
        {u"{{#draft}}DRAFT{{/draft}}{{^draft}}signed{{/draft}}"_s, u"signed"_s},
        {u"{{#grounds}}{{#text}}<{{.}}>{{/text}}{{/grounds}}"_s, u"<бірінші><второй>"_s},
        {u"{{#office}}{{name}} / {{count}}{{/office}}"_s, u"Басқарма / 3"_s},
        {u"{{>sign}}"_s, u"[Басқарма]"_s},
        {u"{{>unknown}}."_s, u"."_s},
        {u"{{multiline}}"_s, u"a<br/>b"_s},
        {u"{{#grounds}}unclosed"_s, u""_s},
        {u"no tags at all"_s, u"no tags at all"_s},
    };
    for (const Row& row : rows) {
        INFO(row.text.toStdString());
        CHECK(core::TemplateEngine::render(row.text, context, partials).toStdString() == row.expected.toStdString());
    }
}

TEST_CASE("A partial that includes itself stops", "[documents][template]") {
    const auto partials = [](const QString&) { return u"x{{>self}}"_s; };
    const QString out = core::TemplateEngine::render(u"{{>self}}"_s, {}, partials);
    CHECK(out == QString(16, u'x'));
}
