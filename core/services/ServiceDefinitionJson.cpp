#include "services/ServiceDefinitionJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

QString joinPath(const QString& parent, const QString& key) {
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString& parent, qsizetype index) {
    return parent + u'[' + QString::number(index) + u']';
}

QStringList names(const auto& values, auto nameOf) {
    QStringList result;
    for (const auto& value : values)
        result.append(nameOf(value));
    return result;
}

// Walks one definition document and remembers the first thing wrong with it. Every getter returns a
// harmless default after a failure, so the caller can read straight through and check ok() at the
// end: only the first error is reported, which is the one the author has to fix first.
class DefinitionReader {
    Q_DECLARE_TR_FUNCTIONS(ServiceDefinitionJson)

public:
    explicit DefinitionReader(QString sourceName)
        : m_source(std::move(sourceName)) {}

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }

    void fail(const QString& field, const QString& reason) {
        if (ok())
            m_error = ServiceDefinitionJson::invalid(m_source, field, reason);
    }

    void onlyKnownKeys(const QJsonObject& object, const QString& path, const QStringList& allowed) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(joinPath(path, it.key()),
                     tr("unknown field (allowed here: %1)").arg(allowed.join(QLatin1String(", "))));
        }
    }

    QJsonValue member(const QJsonObject& object, const QString& key, const QString& path) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(joinPath(path, key), tr("missing"));
        return value;
    }

    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required = true) {
        if (!required && !object.contains(key))
            return {};
        const QJsonValue value = member(object, key, path);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(joinPath(path, key), tr("must be a string"));
            return {};
        }
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(joinPath(path, key), tr("must not be empty"));
        return text;
    }

    // A machine code: lower-case snake_case ("land_title") unless `pattern` says otherwise.
    QString code(const QJsonObject& object, const QString& key, const QString& path,
                 const QRegularExpression& pattern = snakeCase()) {
        const QString text = string(object, key, path);
        if (!text.isEmpty() && !pattern.match(text).hasMatch())
            fail(joinPath(path, key), tr("'%1' is not a valid code (expected %2)").arg(text, pattern.pattern()));
        return text;
    }

    int positiveInteger(const QJsonObject& object, const QString& key, const QString& path) {
        const QJsonValue value = member(object, key, path);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > 1'000'000 || std::floor(number) != number) {
            fail(joinPath(path, key), tr("must be a whole number of at least 1"));
            return 0;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QJsonObject& object, const QString& key, const QString& path) {
        const QJsonValue value = member(object, key, path);
        if (!value.isUndefined() && !value.isBool())
            fail(joinPath(path, key), tr("must be true or false"));
        return value.toBool();
    }

    QDate date(const QJsonObject& object, const QString& key, const QString& path) {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return {};
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate result = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !result.isValid())
            fail(joinPath(path, key), tr("'%1' is not a date (expected YYYY-MM-DD)").arg(text));
        return result;
    }

    WorkingDuration duration(const QJsonObject& object, const QString& key, const QString& path) {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return {};
        Result<WorkingDuration> parsed = WorkingDuration::parse(text);
        if (!parsed) {
            fail(joinPath(path, key), tr("'%1' is not a duration (expected minutes, hours or working days: 15m, "
                                         "3h, 8d): %2")
                                          .arg(text, parsed.error().message));
            return {};
        }
        return parsed.value();
    }

    QJsonObject object(const QJsonValue& value, const QString& path) {
        if (!value.isUndefined() && !value.isObject())
            fail(path, tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path) {
        const QJsonValue value = member(parent, key, path);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(joinPath(path, key), tr("must be an array"));
            return {};
        }
        if (value.toArray().isEmpty())
            fail(joinPath(path, key), tr("must not be empty"));
        return value.toArray();
    }

    LocalizedText localized(const QJsonObject& parent, const QString& key, const QString& path) {
        const QString here = joinPath(path, key);
        const QJsonObject texts = object(member(parent, key, path), here);
        if (!ok())
            return {};
        onlyKnownKeys(texts, here, {u"ru"_s, u"kk"_s, u"en"_s});
        return LocalizedText{string(texts, u"ru"_s, here), string(texts, u"kk"_s, here), string(texts, u"en"_s, here)};
    }

    // Reports a code that already occurred in the same list.
    void unique(QSet<QString>& seen, const QString& value, const QString& field, const QString& what) {
        if (value.isEmpty())
            return;
        if (seen.contains(value))
            fail(field, tr("duplicate %1 '%2'").arg(what, value));
        seen.insert(value);
    }

    static const QRegularExpression& snakeCase() {
        static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
        return pattern;
    }

private:
    QString m_source;
    std::optional<Error> m_error;
};

QList<Channel> readChannels(DefinitionReader& reader, const QJsonObject& root) {
    QList<Channel> channels;
    const QJsonArray array = reader.array(root, u"channels"_s, {});
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = indexPath(u"channels"_s, i);
        const std::optional<Channel> channel = channelFromName(array.at(i).toString());
        if (!channel) {
            reader.fail(field, DefinitionReader::tr("unknown channel '%1' (known: state_corporation, portal)")
                                   .arg(array.at(i).toVariant().toString()));
        } else if (channels.contains(*channel)) {
            reader.fail(field, DefinitionReader::tr("duplicate channel '%1'").arg(channelName(*channel)));
        } else {
            channels.append(*channel);
        }
    }
    return channels;
}

QList<ApplicantSlot> readApplicants(DefinitionReader& reader, const QJsonObject& root) {
    QList<ApplicantSlot> slots;
    QSet<QString> seen;
    const QJsonArray array = reader.array(root, u"applicants"_s, {});
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = indexPath(u"applicants"_s, i);
        const QJsonObject item = reader.object(array.at(i), path);
        reader.onlyKnownKeys(item, path, {u"role"_s, u"id"_s, u"names"_s});
        ApplicantSlot slot;
        slot.role = reader.code(item, u"role"_s, path);
        reader.unique(seen, slot.role, joinPath(path, u"role"_s), DefinitionReader::tr("applicant role"));
        const QString idKind = reader.string(item, u"id"_s, path);
        if (const auto kind = applicantIdKindFromName(idKind))
            slot.idKind = *kind;
        else if (!idKind.isEmpty())
            reader.fail(joinPath(path, u"id"_s),
                        DefinitionReader::tr("unknown identity kind '%1' (known: iin, bin, iin_or_bin)").arg(idKind));
        slot.names = reader.localized(item, u"names"_s, path);
        slots.append(slot);
    }
    return slots;
}

StepDefinition readStep(DefinitionReader& reader, const QJsonObject& item, const QString& path) {
    reader.onlyKnownKeys(item, path, {u"code"_s, u"role"_s, u"duration"_s, u"outcomes"_s});
    StepDefinition step;
    const QString code = reader.string(item, u"code"_s, path);
    const std::optional<StepCode> stepCode = stepCodeFromName(code);
    if (!stepCode) {
        if (!code.isEmpty())
            reader.fail(joinPath(path, u"code"_s), DefinitionReader::tr("unknown step '%1' (known: %2)")
                                                       .arg(code, names(canonicalSteps(), [](const CanonicalStep& s) {
                                                                      return stepCodeName(s.code);
                                                                  }).join(QLatin1String(", "))));
        return step;
    }
    step.code = *stepCode;
    const CanonicalStep& canonical = canonicalStep(step.code);

    const QString roleText = reader.string(item, u"role"_s, path);
    const std::optional<Role> role = roleFromName(roleText);
    if (!role && !roleText.isEmpty()) {
        reader.fail(joinPath(path, u"role"_s),
                    DefinitionReader::tr("unknown role '%1' (known: %2)")
                        .arg(roleText, names(allRoles(), roleName).join(QLatin1String(", "))));
    } else if (role && *role != canonical.owner) {
        // Regulation paragraph 5 fixes who performs each action; the engine enforces exactly that.
        reader.fail(joinPath(path, u"role"_s),
                    DefinitionReader::tr("step '%1' is performed by '%2' (regulation, paragraph 5), not '%3'")
                        .arg(code, roleName(canonical.owner), roleText));
    }
    step.role = canonical.owner;
    step.duration = reader.duration(item, u"duration"_s, path);

    const QJsonArray outcomes = reader.array(item, u"outcomes"_s, path);
    for (const QJsonValue& outcome : outcomes)
        step.outcomes.append(outcome.toString());
    if (reader.ok() && step.outcomes != canonical.outcomes)
        reader.fail(joinPath(path, u"outcomes"_s),
                    DefinitionReader::tr("step '%1' is closed by exactly these actions, in this order: %2")
                        .arg(code, canonical.outcomes.join(QLatin1String(", "))));
    return step;
}

QList<StepDefinition> readSteps(DefinitionReader& reader, const QJsonObject& root) {
    QList<StepDefinition> steps;
    QSet<QString> seen;
    const QJsonArray array = reader.array(root, u"steps"_s, {});
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = indexPath(u"steps"_s, i);
        const QJsonObject item = reader.object(array.at(i), path);
        reader.unique(seen, item.value(u"code"_s).toString(), joinPath(path, u"code"_s), DefinitionReader::tr("step"));
        if (reader.ok())
            steps.append(readStep(reader, item, path));
    }
    if (!reader.ok())
        return steps;
    // The workflow runs the regulation's five steps in its order; a definition only times them.
    const QList<CanonicalStep>& canonical = canonicalSteps();
    for (const CanonicalStep& expected : canonical) {
        if (!seen.contains(stepCodeName(expected.code)))
            reader.fail(u"steps"_s, DefinitionReader::tr("step '%1' is missing").arg(stepCodeName(expected.code)));
    }
    for (qsizetype i = 0; i < steps.size() && reader.ok(); ++i) {
        if (steps.at(i).code != canonical.at(i).code)
            reader.fail(joinPath(indexPath(u"steps"_s, i), u"code"_s),
                        DefinitionReader::tr("expected step '%1' here: steps follow the regulation's order (%2)")
                            .arg(stepCodeName(canonical.at(i).code), names(canonical, [](const CanonicalStep& s) {
                                                                         return stepCodeName(s.code);
                                                                     }).join(QLatin1String(", "))));
    }
    return steps;
}

QList<Checklist> readChecklists(DefinitionReader& reader, const QJsonObject& root) {
    QList<Checklist> checklists;
    QSet<QString> variants;
    const QJsonArray array = reader.array(root, u"checklists"_s, {});
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = indexPath(u"checklists"_s, i);
        const QJsonObject item = reader.object(array.at(i), path);
        reader.onlyKnownKeys(item, path, {u"variant"_s, u"names"_s, u"documents"_s});
        Checklist checklist;
        checklist.variant = reader.code(item, u"variant"_s, path);
        reader.unique(variants, checklist.variant, joinPath(path, u"variant"_s),
                      DefinitionReader::tr("checklist variant"));
        checklist.names = reader.localized(item, u"names"_s, path);
        QSet<QString> codes;
        const QJsonArray documents = reader.array(item, u"documents"_s, path);
        for (qsizetype j = 0; j < documents.size() && reader.ok(); ++j) {
            const QString documentPath = indexPath(joinPath(path, u"documents"_s), j);
            const QJsonObject documentItem = reader.object(documents.at(j), documentPath);
            reader.onlyKnownKeys(documentItem, documentPath, {u"code"_s, u"names"_s});
            ChecklistDocument document;
            document.code = reader.code(documentItem, u"code"_s, documentPath);
            reader.unique(codes, document.code, joinPath(documentPath, u"code"_s), DefinitionReader::tr("document"));
            document.names = reader.localized(documentItem, u"names"_s, documentPath);
            checklist.documents.append(document);
        }
        checklists.append(checklist);
    }
    return checklists;
}

QList<RefusalGround> readRefusalGrounds(DefinitionReader& reader, const QJsonObject& root) {
    QList<RefusalGround> grounds;
    QSet<QString> codes;
    const QJsonArray array = reader.array(root, u"refusal_grounds"_s, {});
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = indexPath(u"refusal_grounds"_s, i);
        const QJsonObject item = reader.object(array.at(i), path);
        reader.onlyKnownKeys(item, path, {u"code"_s, u"texts"_s, u"legal_source"_s});
        RefusalGround ground;
        ground.code = reader.code(item, u"code"_s, path);
        reader.unique(codes, ground.code, joinPath(path, u"code"_s), DefinitionReader::tr("refusal ground"));
        ground.texts = reader.localized(item, u"texts"_s, path);
        ground.legalSource = reader.string(item, u"legal_source"_s, path);
        grounds.append(ground);
    }
    return grounds;
}

QJsonObject writeLocalized(const LocalizedText& text) {
    return QJsonObject{{u"ru"_s, text.ru}, {u"kk"_s, text.kk}, {u"en"_s, text.en}};
}

} // namespace

Error ServiceDefinitionJson::invalid(const QString& sourceName, const QString& field, const QString& reason) {
    return makeError(
        ErrorCode::DataError, u"invalid_service_definition"_s,
        QCoreApplication::translate("ServiceDefinitionJson", "%1: field '%2': %3").arg(sourceName, field, reason));
}

Result<ServiceDefinition> ServiceDefinitionJson::read(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    DefinitionReader reader(sourceName);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(sourceName, u"(document)"_s,
                       QCoreApplication::translate("ServiceDefinitionJson", "not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return invalid(sourceName, u"(document)"_s,
                       QCoreApplication::translate("ServiceDefinitionJson", "must be a JSON object"));
    const QJsonObject root = document.object();
    reader.onlyKnownKeys(root, {},
                         {u"format"_s, u"code"_s, u"version"_s, u"names"_s, u"effective_from"_s, u"legal_source"_s,
                          u"notes"_s, u"channels"_s, u"applicants"_s, u"steps"_s, u"term"_s, u"checklists"_s,
                          u"refusal_grounds"_s, u"editable_defaults"_s, u"editable_defaults_note"_s});

    if (reader.ok() && reader.positiveInteger(root, u"format"_s, {}) != formatVersion && reader.ok())
        reader.fail(u"format"_s,
                    QCoreApplication::translate("ServiceDefinitionJson", "unsupported format (expected %1)")
                        .arg(formatVersion));

    ServiceDefinition definition;
    static const QRegularExpression serviceCode(u"^[A-Z][A-Z0-9]*$"_s);
    definition.code = reader.code(root, u"code"_s, {}, serviceCode);
    definition.version = reader.positiveInteger(root, u"version"_s, {});
    definition.names = reader.localized(root, u"names"_s, {});
    definition.effectiveFrom = reader.date(root, u"effective_from"_s, {});
    definition.legalSource = reader.string(root, u"legal_source"_s, {});
    definition.notes = reader.string(root, u"notes"_s, {}, false);
    if (reader.ok())
        definition.channels = readChannels(reader, root);
    if (reader.ok())
        definition.applicants = readApplicants(reader, root);
    if (reader.ok())
        definition.steps = readSteps(reader, root);
    definition.term = reader.duration(root, u"term"_s, {});
    if (reader.ok() && definition.term.unit != WorkingDuration::Unit::Days)
        reader.fail(u"term"_s, QCoreApplication::translate("ServiceDefinitionJson",
                                                           "the total term counts working days (e.g. 10d), not '%1'")
                                   .arg(definition.term.toString()));
    if (reader.ok())
        definition.checklists = readChecklists(reader, root);
    if (reader.ok())
        definition.refusalGrounds = readRefusalGrounds(reader, root);
    definition.editableDefaults = reader.boolean(root, u"editable_defaults"_s, {});
    definition.editableDefaultsNote = reader.string(root, u"editable_defaults_note"_s, {}, false);
    if (!reader.ok())
        return reader.error();
    return definition;
}

Result<ServiceDefinition> ServiceDefinitionJson::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(
            path, u"(document)"_s,
            QCoreApplication::translate("ServiceDefinitionJson", "cannot be read: %1").arg(file.errorString()));
    return read(file.readAll(), path);
}

QJsonObject ServiceDefinitionJson::write(const ServiceDefinition& definition) {
    QJsonArray channels;
    for (Channel channel : definition.channels)
        channels.append(channelName(channel));
    QJsonArray applicants;
    for (const ApplicantSlot& slot : definition.applicants)
        applicants.append(QJsonObject{{u"role"_s, slot.role},
                                      {u"id"_s, applicantIdKindName(slot.idKind)},
                                      {u"names"_s, writeLocalized(slot.names)}});
    QJsonArray steps;
    for (const StepDefinition& step : definition.steps)
        steps.append(QJsonObject{{u"code"_s, stepCodeName(step.code)},
                                 {u"role"_s, roleName(step.role)},
                                 {u"duration"_s, step.duration.toString()},
                                 {u"outcomes"_s, QJsonArray::fromStringList(step.outcomes)}});
    QJsonArray checklists;
    for (const Checklist& checklist : definition.checklists) {
        QJsonArray documents;
        for (const ChecklistDocument& document : checklist.documents)
            documents.append(QJsonObject{{u"code"_s, document.code}, {u"names"_s, writeLocalized(document.names)}});
        checklists.append(QJsonObject{{u"variant"_s, checklist.variant},
                                      {u"names"_s, writeLocalized(checklist.names)},
                                      {u"documents"_s, documents}});
    }
    QJsonArray grounds;
    for (const RefusalGround& ground : definition.refusalGrounds)
        grounds.append(QJsonObject{{u"code"_s, ground.code},
                                   {u"texts"_s, writeLocalized(ground.texts)},
                                   {u"legal_source"_s, ground.legalSource}});

    QJsonObject root{
        {u"format"_s, formatVersion},
        {u"code"_s, definition.code},
        {u"version"_s, definition.version},
        {u"names"_s, writeLocalized(definition.names)},
        {u"effective_from"_s, definition.effectiveFrom.toString(Qt::ISODate)},
        {u"legal_source"_s, definition.legalSource},
        {u"channels"_s, channels},
        {u"applicants"_s, applicants},
        {u"steps"_s, steps},
        {u"term"_s, definition.term.toString()},
        {u"checklists"_s, checklists},
        {u"refusal_grounds"_s, grounds},
        {u"editable_defaults"_s, definition.editableDefaults},
    };
    if (!definition.notes.isEmpty())
        root.insert(u"notes"_s, definition.notes);
    if (!definition.editableDefaultsNote.isEmpty())
        root.insert(u"editable_defaults_note"_s, definition.editableDefaultsNote);
    return root;
}

} // namespace ruqsat::core
