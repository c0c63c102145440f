#pragma once

#include "common/Session.h"
#include "services/ServiceCatalogue.h"
#include "workflow/Event.h"

#include <QAbstractTableModel>
#include <QList>

namespace ruqsat::ui {

// A case's history as a table, oldest first: when, who, in which role, what, and the words that came
// with it (the resolution, a comment, the decision, the missing documents).
class EventTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { When, Who, Role, Action, Comment };
    static constexpr int columnTotal = static_cast<int>(Column::Comment) + 1;
    enum Roles { SequenceRole = Qt::UserRole + 1, ActionNameRole };

    explicit EventTimelineModel(Session session, QObject* parent = nullptr);

    // `definition` names documents and grounds (it may be null); times are shown in `zone`, the office's.
    void setEvents(QList<core::Event> events, core::ServiceDefinitionPtr definition, QTimeZone zone);
    const core::Event& event(int row) const { return m_events.at(row); }
    // The text of the Comment column for an event.
    QString comment(const core::Event& event) const;

    // Header and cell texts in the user's language again (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString documentName(const QString& code) const;
    QString groundText(const QString& code) const;

    Session m_session;
    QTimeZone m_zone;
    QList<core::Event> m_events;
    core::ServiceDefinitionPtr m_definition;
};

} // namespace ruqsat::ui
