#include "documents/TemplateEngine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// Partials including each other in a loop stop here instead of recursing for ever.
constexpr int maxDepth = 16;

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(value.toInteger())
                                                                          : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

bool truthy(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
    case QJsonValue::Double:
        return true;
    default:
        return false;
    }
}

// The position of the {{/name}} that closes a section opened before `from`, allowing nested sections of
// the same name; -1 when there is none.
qsizetype findClose(const QString& text, const QString& name, qsizetype from, qsizetype* closeEnd) {
    const QString open1 = u"{{#"_s + name + u"}}"_s;
    const QString open2 = u"{{^"_s + name + u"}}"_s;
    const QString close = u"{{/"_s + name + u"}}"_s;
    int depth = 1;
    qsizetype position = from;
    while (true) {
        const qsizetype nextClose = text.indexOf(close, position);
        if (nextClose < 0)
            return -1;
        qsizetype nextOpen = text.indexOf(open1, position);
        const qsizetype other = text.indexOf(open2, position);
        if (nextOpen < 0 || (other >= 0 && other < nextOpen))
            nextOpen = other;
        if (nextOpen >= 0 && nextOpen < nextClose) {
            ++depth;
            position = nextOpen + open1.size();
            continue;
        }
        if (--depth == 0) {
            *closeEnd = nextClose + close.size();
            return nextClose;
        }
        position = nextClose + close.size();
    }
}

} // namespace

QString TemplateEngine::render(const QString& text, const QJsonObject& context, const PartialLoader& partials) {
    QList<QJsonValue> stack{context};
    return renderWithin(text, stack, partials, 0);
}

QJsonValue TemplateEngine::lookup(const QList<QJsonValue>& stack, const QString& name) {
    if (name == u"."_s)
        return stack.last();
    const QStringList parts = name.split(u'.');
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        if (!stack.at(i).isObject() || !stack.at(i).toObject().contains(parts.first()))
            continue;
        QJsonValue value = stack.at(i).toObject().value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p)
            value = value.toObject().value(parts.at(p));
        return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString TemplateEngine::renderWithin(const QString& text, QList<QJsonValue>& stack, const PartialLoader& partials,
                                     int depth) {
    QString out;
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(u"{{"_s, position);
        if (open < 0) {
            out += QStringView(text).mid(position);
            break;
        }
        out += QStringView(text).mid(position, open - position);
        const qsizetype close = text.indexOf(u"}}"_s, open + 2);
        if (close < 0) {
            out += QStringView(text).mid(open);
            break;
        }
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        position = close + 2;
        if (tag.isEmpty())
            continue;
        const QChar sigil = tag.front();
        const QString name = tag.mid(1).trimmed();
        if (sigil == u'#' || sigil == u'^') {
            qsizetype sectionEnd = 0;
            const qsizetype bodyEnd = findClose(text, name, position, &sectionEnd);
            if (bodyEnd < 0)
                break; // an unclosed section ends the template
            const QString body = text.mid(position, bodyEnd - position);
            position = sectionEnd;
            const QJsonValue value = lookup(stack, name);
            if (sigil == u'^') {
                if (!truthy(value))
                    out += renderWithin(body, stack, partials, depth);
                continue;
            }
            if (!truthy(value))
                continue;
            const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue& item : items) {
                stack.append(item);
                out += renderWithin(body, stack, partials, depth);
                stack.removeLast();
            }
        } else if (sigil == u'>') {
            if (partials && depth < maxDepth)
                out += renderWithin(partials(name), stack, partials, depth + 1);
        } else if (sigil == u'/' || sigil == u'!') {
            // A stray closing tag or a comment: nothing.
        } else {
            out += scalarText(lookup(stack, tag)).toHtmlEscaped().replace(u'\n', u"<br/>"_s);
        }
    }
    return out;
}

} // namespace ruqsat::core
