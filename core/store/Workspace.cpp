#include "store/Workspace.h"

#include "calendar/CalendarRepository.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/ServiceRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

const OfficeInfo* Workspace::findOffice(const QString& officeId) const {
    for (const OfficeInfo& office : m_visibleOffices) {
        if (office.id == officeId)
            return &office;
    }
    return nullptr;
}

std::shared_ptr<const WorkingCalendar> Workspace::calendar(const QString& officeId) const {
    return m_calendars.value(officeId);
}

QTimeZone Workspace::timeZone(const QString& officeId) const {
    if (const auto found = calendar(officeId))
        return found->schedule().timeZone();
    return m_calendar->schedule().timeZone();
}

std::optional<DeadlineEvaluator> Workspace::evaluator(const QString& officeId) const {
    auto found = calendar(officeId);
    if (!found)
        return std::nullopt;
    return DeadlineEvaluator(std::move(found));
}

QString Workspace::staffName(const QString& login) const {
    return m_staffNames.value(login, login);
}

Result<std::shared_ptr<const Workspace>> WorkspaceLoader::load(const QString& connectionName) {
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    auto actor = CaseStore(connectionName).currentActor();
    if (!actor)
        return actor.error();

    std::shared_ptr<Workspace> workspace(new Workspace);
    workspace->m_actor = actor.value();

    // Staff the user may see (row-level security: their office, a supervisor's subtree, themselves).
    auto staff = Database::execute(db, u"SELECT login, full_name FROM ruqsat.staff"_s);
    if (!staff)
        return staff.error();
    while (staff->next())
        workspace->m_staffNames.insert(staff->value(0).toString(), staff->value(1).toString());
    workspace->m_fullName = workspace->staffName(actor->login);

    auto offices = Database::execute(db,
                                     u"SELECT id, kind, coalesce(parent_id, ''), name_ru, name_kk, name_en, time_zone "
                                     "FROM ruqsat.office "
                                     "WHERE id IN (SELECT ruqsat.caller_visible_offices()) ORDER BY id <> ?, id"_s,
                                     {actor->officeId});
    if (!offices)
        return offices.error();
    while (offices->next()) {
        OfficeInfo office;
        office.id = offices->value(0).toString();
        office.kind = offices->value(1).toString();
        office.parentId = offices->value(2).toString();
        office.names =
            LocalizedText{offices->value(3).toString(), offices->value(4).toString(), offices->value(5).toString()};
        office.timeZone = offices->value(6).toString().toUtf8();
        workspace->m_visibleOffices.append(office);
    }
    if (workspace->m_visibleOffices.isEmpty() || workspace->m_visibleOffices.first().id != actor->officeId) {
        return makeError(ErrorCode::NotFound, u"unknown_office"_s,
                         QCoreApplication::translate("WorkspaceLoader", "Your office \"%1\" is not in the directory.")
                             .arg(actor->officeId));
    }
    workspace->m_office = workspace->m_visibleOffices.first();

    // The installation's versions of the services, as the SQL API checks actions against them.
    auto catalogue = ServiceRepository(connectionName).load();
    if (!catalogue)
        return catalogue.error();

    // The database's calendar, so that remaining and overdue figures agree with the due moments the
    // database wrote (ruqsat.working_due); offices sharing a schedule share one compiled calendar.
    const CalendarRepository calendars(connectionName);
    auto data = calendars.load();
    if (!data)
        return data.error();
    QList<std::pair<OfficeSchedule, std::shared_ptr<const WorkingCalendar>>> built;
    for (const OfficeInfo& office : std::as_const(workspace->m_visibleOffices)) {
        auto schedule = calendars.officeSchedule(office.id);
        if (!schedule)
            return schedule.error();
        std::shared_ptr<const WorkingCalendar> calendar;
        for (const auto& [knownSchedule, knownCalendar] : std::as_const(built)) {
            if (knownSchedule == schedule.value())
                calendar = knownCalendar;
        }
        if (!calendar) {
            auto compiled = WorkingCalendar::build(data.value(), schedule.value());
            if (!compiled)
                return compiled.error();
            calendar = compiled.value();
            built.append({schedule.value(), calendar});
        }
        workspace->m_calendars.insert(office.id, calendar);
    }
    workspace->m_calendar = workspace->m_calendars.value(actor->officeId);
    workspace->m_engine = std::make_shared<const WorkflowEngine>(std::move(catalogue).value(), workspace->m_calendar,
                                                                 workspace->m_calendar->schedule().timeZone());
    return std::shared_ptr<const Workspace>(std::move(workspace));
}

} // namespace ruqsat::core
