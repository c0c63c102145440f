#include "casecard/EventTimelineModel.h"

#include "common/Labels.h"

#include <QJsonArray>

namespace ruqsat::ui {

using core::ActionKind;

EventTimelineModel::EventTimelineModel(Session session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(std::move(session)) {}

void EventTimelineModel::setEvents(QList<core::Event> events, core::ServiceDefinitionPtr definition, QTimeZone zone) {
    beginResetModel();
    m_zone = std::move(zone);
    m_events = std::move(events);
    m_definition = std::move(definition);
    endResetModel();
}

QString EventTimelineModel::documentName(const QString& code) const {
    const core::ChecklistDocument* document = m_definition ? m_definition->document(code) : nullptr;
    return document ? Labels::localized(document->names) : code;
}

QString EventTimelineModel::groundText(const QString& code) const {
    if (m_definition) {
        if (const core::RefusalGround* ground = m_definition->refusalGround(code))
            return Labels::localized(ground->texts);
    }
    return code;
}

QString EventTimelineModel::comment(const core::Event& event) const {
    const QJsonObject& payload = event.payload;
    auto text = [&](const char* key) { return payload.value(QLatin1String(key)).toString(); };
    auto withComment = [](QString head, const QString& note) {
        return note.isEmpty() ? head : tr("%1: %2").arg(head, note);
    };
    switch (event.action) {
    case ActionKind::Receive:
        return tr("Through %1")
            .arg(Labels::channel(core::channelFromName(text("channel")).value_or(core::Channel::Portal)));
    case ActionKind::Register:
    case ActionKind::Dispatch:
        return {};
    case ActionKind::RefuseAtIntake: {
        QStringList missing;
        for (const QJsonValue& code : payload.value(QLatin1String("missing_documents")).toArray())
            missing.append(documentName(code.toString()));
        return withComment(tr("Missing: %1").arg(missing.join(QStringLiteral("; "))), text("comment"));
    }
    case ActionKind::Resolve:
        return withComment(tr("To %1").arg(m_session.workspace->staffName(text("assignee"))), text("resolution"));
    case ActionKind::Reassign:
        return withComment(tr("From %1 to %2")
                               .arg(m_session.workspace->staffName(text("previous_assignee")),
                                    m_session.workspace->staffName(text("assignee"))),
                           text("comment"));
    case ActionKind::PrepareResult: {
        const QJsonObject decision = payload.value(QLatin1String("decision")).toObject();
        if (decision.value(QLatin1String("kind")).toString() == QLatin1String("refuse")) {
            QStringList grounds;
            for (const QJsonValue& code : decision.value(QLatin1String("grounds")).toArray())
                grounds.append(groundText(code.toString()));
            return withComment(tr("Motivated refusal (%1)").arg(grounds.join(QStringLiteral("; "))),
                               decision.value(QLatin1String("motivation")).toString());
        }
        return tr("Result to issue");
    }
    case ActionKind::ReturnForRework:
        return text("comment");
    case ActionKind::Sign: {
        const QString serial = text("certificate_serial");
        return serial.isEmpty() ? QString() : tr("Certificate %1").arg(serial);
    }
    }
    return {};
}

void EventTimelineModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1));
}

int EventTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant EventTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Event& event = m_events.at(index.row());
    if (role == SequenceRole)
        return event.sequence;
    if (role == ActionNameRole)
        return core::actionKindName(event.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::When:
        return Labels::dateTime(event.at, m_zone);
    case Column::Who: {
        const QString name = m_session.workspace->staffName(event.actorLogin);
        return name == event.actorLogin ? name : tr("%1 (%2)").arg(name, event.actorLogin);
    }
    case Column::Role:
        return Labels::role(event.role);
    case Column::Action:
        return Labels::action(event.action);
    case Column::Comment:
        return comment(event);
    }
    return {};
}

QVariant EventTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::When:
        return tr("When");
    case Column::Who:
        return tr("Who");
    case Column::Role:
        return tr("Role");
    case Column::Action:
        return tr("Action");
    case Column::Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace ruqsat::ui
