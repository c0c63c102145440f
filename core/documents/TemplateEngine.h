#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace ruqsat::core {

// A small Mustache-like template language, so that the document templates in resources/documents are
// data an office can edit without a new release:
//   {{name}}            the value, HTML-escaped; dotted names reach into objects ("office.name");
//                       "." is the current item of a section
//   {{#name}}..{{/name}} repeated for each item of an array, once for a true / non-empty value
//   {{^name}}..{{/name}} once when the value is missing, false, empty
//   {{>name}}           another template (a partial), looked up through the partial loader
// Unknown names render as nothing, so a template may leave out what it does not need.
class TemplateEngine {
public:
    using PartialLoader = std::function<QString(const QString& name)>;

    static QString render(const QString& text, const QJsonObject& context, const PartialLoader& partials = {});

private:
    static QString renderWithin(const QString& text, QList<QJsonValue>& stack, const PartialLoader& partials,
                                int depth);
    static QJsonValue lookup(const QList<QJsonValue>& stack, const QString& name);
};

} // namespace ruqsat::core
