#include "store/CaseQueues.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString queueKindName(QueueKind kind) {
    switch (kind) {
    case QueueKind::MyRegistrations:
        return u"my_registrations"_s;
    case QueueKind::Dispatch:
        return u"dispatch"_s;
    case QueueKind::Incoming:
        return u"incoming"_s;
    case QueueKind::Signing:
        return u"signing"_s;
    case QueueKind::InPreparation:
        return u"in_preparation"_s;
    case QueueKind::MyCases:
        return u"my_cases"_s;
    case QueueKind::AllOpen:
        return u"all_open"_s;
    }
    return {};
}

QList<Role> CaseQueues::screens(const Actor& actor) {
    QList<Role> roles;
    for (Role role : {Role::Clerk, Role::Head, Role::Specialist, Role::Supervisor}) {
        if (actor.hasRole(role))
            roles.append(role);
    }
    return roles;
}

QList<QueueSpec> CaseQueues::forRole(const Actor& actor, Role role) {
    if (!actor.hasRole(role))
        return {};
    // Clerk and head work on their own office's cases (a supervisor who is also head must not find
    // district cases in the head's queues); the specialist on those assigned to them.
    const QStringList ownOffice{actor.officeId};
    auto at = [&](QueueKind kind, CaseState state) {
        return QueueSpec{kind, role, CaseSelection{{state}, {}, ownOffice}};
    };
    switch (role) {
    case Role::Clerk:
        return {at(QueueKind::MyRegistrations, CaseState::Registration), at(QueueKind::Dispatch, CaseState::Dispatch)};
    case Role::Head:
        return {at(QueueKind::Incoming, CaseState::Resolution), at(QueueKind::Signing, CaseState::Signing),
                at(QueueKind::InPreparation, CaseState::Preparation)};
    case Role::Specialist:
        return {QueueSpec{QueueKind::MyCases, role, CaseSelection{{CaseState::Preparation}, actor.login, ownOffice}}};
    case Role::Supervisor:
        // No office filter: row-level security gives the supervisor's office and every office below it.
        return {QueueSpec{QueueKind::AllOpen, role,
                          CaseSelection{{CaseState::Registration, CaseState::Resolution, CaseState::Preparation,
                                         CaseState::Signing, CaseState::Dispatch},
                                        {},
                                        {}}}};
    case Role::Administrator:
        break;
    }
    return {};
}

} // namespace ruqsat::core
