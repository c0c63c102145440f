#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "services/LocalizedText.h"
#include "services/ServiceCatalogue.h"
#include "workflow/Actor.h"
#include "workflow/DeadlineEvaluator.h"
#include "workflow/WorkflowEngine.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ruqsat::core {

// An office as the signed-in user's screens show it.
struct OfficeInfo {
    QString id;
    QString kind; // "oblast", "district", "city"
    QString parentId;
    LocalizedText names;
    QByteArray timeZone;
};

// Everything a signed-in session needs from the database, read once at sign-in: who the user is, their
// office, the offices they may see (a supervisor's include those below), the service catalogue of this
// installation, each visible office's working calendar (the database's calendar layers with the
// office's schedule, so local deadline figures match ruqsat.working_due), and a workflow engine for the
// user's office so that a screen can check an action before sending it (instant feedback; the SQL API
// checks it again and decides). Immutable: share it between screens.
class Workspace {
public:
    const Actor& actor() const { return m_actor; }
    // The staff directory's full name, else the login.
    const QString& fullName() const { return m_fullName; }
    const OfficeInfo& office() const { return m_office; }
    // The user's office first, then the others they see, by id.
    const QList<OfficeInfo>& visibleOffices() const { return m_visibleOffices; }
    const OfficeInfo* findOffice(const QString& officeId) const;

    const ServiceCatalogue& catalogue() const { return m_engine->catalogue(); }
    const WorkflowEngine& engine() const { return *m_engine; }

    // The user's office's calendar; another visible office's, or null for an office not visible.
    const std::shared_ptr<const WorkingCalendar>& calendar() const { return m_calendar; }
    std::shared_ptr<const WorkingCalendar> calendar(const QString& officeId) const;
    QTimeZone timeZone(const QString& officeId) const;
    // Measures steps against their due moments in that office's working time; none for an unknown office.
    std::optional<DeadlineEvaluator> evaluator(const QString& officeId) const;

    // A colleague's full name (staff the user may see), else the login itself.
    QString staffName(const QString& login) const;

private:
    friend class WorkspaceLoader;
    Workspace() = default;

    Actor m_actor;
    QString m_fullName;
    OfficeInfo m_office;
    QList<OfficeInfo> m_visibleOffices;
    std::shared_ptr<const WorkflowEngine> m_engine;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QHash<QString, std::shared_ptr<const WorkingCalendar>> m_calendars; // by office id
    QHash<QString, QString> m_staffNames;                               // login -> full name
};

// Builds the Workspace of the connection's staff member (CaseStore::currentActor) through their own
// rights. Fails when the connection is not an active staff member's, or when the installation's
// service definitions or calendar do not load: nothing should run under half-loaded rules.
class WorkspaceLoader {
public:
    static Result<std::shared_ptr<const Workspace>> load(const QString& connectionName);
};

} // namespace ruqsat::core
