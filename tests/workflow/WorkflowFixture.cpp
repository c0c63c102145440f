#include "WorkflowFixture.h"

#include "TestPaths.h"

#include <QFile>

#include "calendar/CalendarData.h"
#include "calendar/OfficeSchedule.h"
#include "workflow/CaseProjection.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace ruqsat::core;
using namespace Qt::StringLiterals;

namespace ruqsat::test {

const WorkflowWorld& WorkflowWorld::get() {
    static const WorkflowWorld world = [] {
        WorkflowWorld w;
        const Result<CalendarData> data = CalendarData::shipped();
        REQUIRE(data.ok());
        const OfficeSchedule schedule = OfficeSchedule::standard();
        const Result<std::shared_ptr<const WorkingCalendar>> calendar = WorkingCalendar::build(*data, schedule);
        REQUIRE(calendar.ok());
        w.calendar = *calendar;
        const Result<ServiceCatalogue> catalogue = ServiceCatalogue::shipped();
        REQUIRE(catalogue.ok());
        w.catalogue = *catalogue;
        w.zone = schedule.timeZone();
        w.engine = std::make_shared<const WorkflowEngine>(w.catalogue, w.calendar, w.zone);
        return w;
    }();
    return world;
}

Instant almaty(int year, int month, int day, int hour, int minute, int second) {
    const QDateTime local(QDate(year, month, day), QTime(hour, minute, second), QTimeZone("Asia/Almaty"));
    REQUIRE(local.isValid());
    return instantFromDateTime(local);
}

QString formatAlmaty(Instant instant) {
    return formatIso(instant, QTimeZone("Asia/Almaty"));
}

Actor actor(const QString& name) {
    static const QHash<QString, Actor> people{
        {u"clerk1"_s, {u"clerk1"_s, u"office-1"_s, {Role::Clerk}}},
        {u"head1"_s, {u"head1"_s, u"office-1"_s, {Role::Head}}},
        {u"spec1"_s, {u"spec1"_s, u"office-1"_s, {Role::Specialist}}},
        {u"spec2"_s, {u"spec2"_s, u"office-1"_s, {Role::Specialist}}},
        {u"sup1"_s, {u"sup1"_s, u"office-1"_s, {Role::Supervisor}}},
        {u"admin1"_s, {u"admin1"_s, u"office-1"_s, {Role::Administrator}}},
        {u"boss1"_s, {u"boss1"_s, u"office-1"_s, {Role::Clerk, Role::Head, Role::Specialist}}},
        {u"sup_clerk1"_s, {u"sup_clerk1"_s, u"office-1"_s, {Role::Supervisor, Role::Clerk}}},
        {u"admin_head1"_s, {u"admin_head1"_s, u"office-1"_s, {Role::Administrator, Role::Head}}},
        {u"clerk9"_s, {u"clerk9"_s, u"office-9"_s, {Role::Clerk}}},
        {u"head9"_s, {u"head9"_s, u"office-9"_s, {Role::Head}}},
        {u"spec9"_s, {u"spec9"_s, u"office-9"_s, {Role::Specialist}}},
    };
    INFO("fixture actor " << name.toStdString());
    REQUIRE(people.contains(name));
    return people.value(name);
}

QString defaultActorName(Role role) {
    switch (role) {
    case Role::Clerk:
        return u"clerk1"_s;
    case Role::Head:
        return u"head1"_s;
    case Role::Specialist:
        return u"spec1"_s;
    case Role::Supervisor:
        return u"sup1"_s;
    case Role::Administrator:
        return u"admin1"_s;
    }
    return {};
}

Instant defaultReceivedAt() {
    return almaty(2024, 10, 15, 11, 0);
}

CaseOpening defaultOpening(const QString& service, Channel channel) {
    CaseOpening opening;
    opening.serviceCode = service;
    opening.officeId = u"office-1"_s;
    opening.channel = channel;
    opening.receivedAt = defaultReceivedAt();
    // Through the State Corporation the package travels a day by courier; the portal is immediate.
    opening.submittedAt = channel == Channel::StateCorporation ? almaty(2024, 10, 14, 10, 0) : opening.receivedAt;
    opening.objectData = QJsonObject{{u"object_name"_s, u"Жилой комплекс «Достык»"_s},
                                     {u"address"_s, u"Усть-Каменогорск, ул. Примерная, 1"_s}};
    if (service == u"E"_s) {
        opening.applicants = {Applicant{u"applicant"_s, u"850715301233"_s, u"Иванов Иван Иванович"_s,
                                        u"+7 701 000 0001"_s, u"ivanov@example.kz"_s, u"Усть-Каменогорск"_s}};
        opening.checklistVariant = u"request"_s;
        opening.checklist = {{u"request"_s, true}};
    } else {
        opening.applicants = {Applicant{u"developer"_s, u"040340000126"_s, u"ТОО «Құрылыс Инвест»"_s,
                                        u"+7 7232 000001"_s, u"office@qurylys.example.kz"_s, u"Усть-Каменогорск"_s},
                              Applicant{u"authorised_company"_s, u"200740003457"_s, u"ТОО «Достык Уәкілетті»"_s,
                                        u"+7 7232 000002"_s, u"info@dostyk.example.kz"_s, u"Усть-Каменогорск"_s}};
        opening.checklistVariant = u"bank_project"_s;
        opening.checklist = {{u"application"_s, true},           {u"identity_authority"_s, true},
                             {u"project_documentation"_s, true}, {u"land_title"_s, false},
                             {u"general_contract"_s, true},      {u"technical_supervision_contract"_s, true},
                             {u"developer_experience"_s, true},  {u"bank_financing"_s, true}};
    }
    return opening;
}

Result<Event> CaseRun::perform(const Actor& who, const Action& action, Instant now) {
    Result<Event> event = WorkflowWorld::get().engine->decide(state, who, action, now);
    if (!event)
        return event;
    Result<Case> next = CaseProjection::apply(state, *event);
    REQUIRE(next.ok());
    state = std::move(next).value();
    events.append(*event);
    clock = now;
    return event;
}

Result<Event> CaseRun::performDefault(ActionKind kind, const QString& who) {
    Result<Attempt> chosen = attempt(kind, u"default"_s, *this);
    REQUIRE(chosen.ok());
    return perform(actor(who), chosen->action, chosen->now);
}

namespace {

Error unknownVariant(ActionKind kind, const QString& variant) {
    return makeError(ErrorCode::InvalidArgument, u"unknown_variant"_s,
                     u"no variant '%1' of %2 in the fixture"_s.arg(variant, actionKindName(kind)));
}

Decision issueDecision() {
    return Decision{
        Decision::Kind::Issue, QJsonObject{{u"number"_s, u"R-0001"_s}, {u"date"_s, u"2024-10-24"_s}}, {}, {}};
}

Decision refuseDecision() {
    return Decision{Decision::Kind::Refuse,
                    {},
                    {u"non_compliance"_s},
                    u"Проектная документация не соответствует требованиям закона."_s};
}

Result<Action> receiveVariant(const QString& variant, const CaseRun& run, Instant now) {
    CaseOpening opening = defaultOpening(run.service, run.channel);
    if (variant == u"default"_s || variant == u"stale"_s || variant == u"time_reversed"_s) {
    } else if (variant == u"bad_id"_s) {
        opening.applicants[0].idNumber = u"850715301234"_s; // check digit 4, should be 3
    } else if (variant == u"wrong_id_kind"_s && run.service == u"P"_s) {
        opening.applicants.last().idNumber = u"010228604569"_s; // a valid IIN where the BIN is due
    } else if (variant == u"missing_applicant"_s) {
        opening.applicants.removeLast();
    } else if (variant == u"extra_applicant"_s) {
        opening.applicants.append(Applicant{u"guarantor"_s, u"200740003457"_s, u"ТОО «Гарант»"_s, {}, {}, {}});
    } else if (variant == u"unnamed_applicant"_s) {
        opening.applicants[0].name = u"  "_s;
    } else if (variant == u"unknown_service"_s) {
        opening.serviceCode = u"X"_s;
    } else if (variant == u"before_effective"_s) {
        opening.submittedAt = almaty(2019, 11, 1, 10, 0);
    } else if (variant == u"unknown_checklist"_s) {
        opening.checklistVariant = u"no_such_variant"_s;
    } else if (variant == u"unknown_document"_s) {
        opening.checklist.insert(u"no_such_document"_s, true);
    } else if (variant == u"received_before_submitted"_s) {
        opening.receivedAt = opening.submittedAt - std::chrono::hours(1);
    } else if (variant == u"received_in_future"_s) {
        opening.receivedAt = now + std::chrono::hours(1);
    } else if (variant == u"other_office"_s) {
        opening.officeId = u"office-9"_s;
    } else {
        return unknownVariant(ActionKind::Receive, variant);
    }
    Action action = Action::receive(opening);
    action.expectedVersion = run.state.version; // 0 unless the case exists already
    return action;
}

} // namespace

Result<Attempt> attempt(ActionKind kind, const QString& variant, const CaseRun& run) {
    const qint64 version = run.state.version;
    Instant now = kind == ActionKind::Receive && run.state.state == CaseState::None ? defaultReceivedAt()
                                                                                    : run.clock + actionInterval;
    if (variant == u"time_reversed"_s)
        now = run.clock - std::chrono::minutes(1);

    Action action;
    switch (kind) {
    case ActionKind::Receive: {
        Result<Action> receive = receiveVariant(variant, run, now);
        if (!receive)
            return receive.error();
        action = *receive;
        break;
    }
    case ActionKind::Register:
        action = Action::registerCase(version);
        break;
    case ActionKind::RefuseAtIntake: {
        const QStringList missing = run.service == u"E"_s ? QStringList{u"request"_s} : QStringList{u"land_title"_s};
        action = Action::refuseAtIntake(version, missing, u"Нет документа"_s);
        if (variant == u"no_documents"_s)
            action.missingDocuments.clear();
        else if (variant == u"unknown_document"_s)
            action.missingDocuments = {u"no_such_document"_s};
        else if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s)
            return unknownVariant(kind, variant);
        break;
    }
    case ActionKind::Resolve:
    case ActionKind::Reassign: {
        const bool resolve = kind == ActionKind::Resolve;
        QString assignee = resolve ? u"spec1"_s : u"spec2"_s;
        QString text = resolve ? u"Рассмотреть и подготовить результат"_s : u"Перераспределение нагрузки"_s;
        if (variant == u"assignee_not_specialist"_s)
            assignee = resolve ? u"clerk1"_s : u"head1"_s;
        else if (variant == u"assignee_other_office"_s)
            assignee = u"spec9"_s;
        else if (variant == u"assignee_multi_role"_s)
            assignee = u"boss1"_s;
        else if (variant == u"same_assignee"_s)
            assignee = run.state.assignee.isEmpty() ? u"spec1"_s : run.state.assignee;
        else if (variant == u"no_text"_s)
            text = u"  "_s;
        else if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s &&
                 variant != u"no_assignee"_s)
            return unknownVariant(kind, variant);
        const Actor chosen = variant == u"no_assignee"_s ? Actor{} : actor(assignee);
        action = resolve ? Action::resolve(version, chosen, text) : Action::reassign(version, chosen, text);
        if (variant == u"no_assignee"_s)
            action.assignee.reset(); // the form was sent without choosing anyone
        break;
    }
    case ActionKind::PrepareResult: {
        Decision decision = issueDecision();
        if (variant == u"refuse"_s) {
            decision = refuseDecision();
        } else if (variant == u"issue_no_fields"_s) {
            decision.resultFields = {};
        } else if (variant == u"issue_with_grounds"_s) {
            decision.groundCodes = {u"non_compliance"_s};
        } else if (variant == u"issue_with_motivation"_s) {
            decision.motivation = u"Основания есть"_s;
        } else if (variant == u"refuse_with_fields"_s) {
            decision = refuseDecision();
            decision.resultFields = issueDecision().resultFields;
        } else if (variant == u"refuse_no_grounds"_s) {
            decision = refuseDecision();
            decision.groundCodes.clear();
        } else if (variant == u"refuse_unknown_ground"_s) {
            decision = refuseDecision();
            decision.groundCodes = {u"non_compliance"_s, u"no_such_ground"_s};
        } else if (variant == u"refuse_no_motivation"_s) {
            decision = refuseDecision();
            decision.motivation = u" "_s;
        } else if (variant == u"refuse_nothing"_s) {
            decision = refuseDecision();
            decision.groundCodes.clear();
            decision.motivation.clear();
        } else if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s) {
            return unknownVariant(kind, variant);
        }
        action = Action::prepareResult(version, decision);
        break;
    }
    case ActionKind::ReturnForRework:
        action = Action::returnForRework(version, u"Уточнить площадь квартир"_s);
        if (variant == u"no_comment"_s)
            action.text = u"\t"_s;
        else if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s)
            return unknownVariant(kind, variant);
        break;
    case ActionKind::Sign:
        action = Action::sign(version, u"CERT-0001"_s, u"sha256:0001"_s);
        if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s)
            return unknownVariant(kind, variant);
        break;
    case ActionKind::Dispatch:
        action = Action::dispatch(version);
        if (variant != u"default"_s && variant != u"stale"_s && variant != u"time_reversed"_s)
            return unknownVariant(kind, variant);
        break;
    }
    if (variant == u"stale"_s)
        action.expectedVersion = version == 0 ? 1 : version - 1;
    return Attempt{action, now};
}

QList<PathMove> defaultPath(const QString& state) {
    static const QHash<QString, QList<PathMove>> paths = [] {
        const PathMove receive{ActionKind::Receive, u"clerk1"_s, u"default"_s};
        const PathMove registerCase{ActionKind::Register, u"clerk1"_s, u"default"_s};
        const PathMove resolve{ActionKind::Resolve, u"head1"_s, u"default"_s};
        const PathMove prepare{ActionKind::PrepareResult, u"spec1"_s, u"default"_s};
        const PathMove sign{ActionKind::Sign, u"head1"_s, u"default"_s};
        QHash<QString, QList<PathMove>> p;
        p.insert(u"none"_s, {});
        p.insert(u"registration"_s, {receive});
        p.insert(u"refused_at_intake"_s, {receive, {ActionKind::RefuseAtIntake, u"clerk1"_s, u"default"_s}});
        p.insert(u"resolution"_s, {receive, registerCase});
        p.insert(u"preparation"_s, {receive, registerCase, resolve});
        p.insert(u"preparation_reassigned"_s,
                 {receive, registerCase, resolve, {ActionKind::Reassign, u"head1"_s, u"default"_s}});
        p.insert(u"signing"_s, {receive, registerCase, resolve, prepare});
        p.insert(u"signing_refusal"_s,
                 {receive, registerCase, resolve, {ActionKind::PrepareResult, u"spec1"_s, u"refuse"_s}});
        p.insert(u"preparation_reworked"_s,
                 {receive, registerCase, resolve, prepare, {ActionKind::ReturnForRework, u"head1"_s, u"default"_s}});
        p.insert(u"dispatch"_s, {receive, registerCase, resolve, prepare, sign});
        p.insert(u"completed"_s,
                 {receive, registerCase, resolve, prepare, sign, {ActionKind::Dispatch, u"clerk1"_s, u"default"_s}});
        return p;
    }();
    INFO("state " << state.toStdString());
    REQUIRE(paths.contains(state));
    return paths.value(state);
}

RuleTable readRuleTable(const QString& name) {
    QFile file(QString::fromUtf8(testDataDir) + u"/workflow/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    RuleTable table;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        if (table.header.isEmpty()) {
            table.header = fields;
            continue;
        }
        INFO(name.toStdString() << ":" << lineNumber);
        REQUIRE(fields.size() == table.header.size());
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.insert(table.header.at(i), fields.at(i));
        table.rows.append(row);
        table.lineNumbers.append(lineNumber);
    }
    return table;
}

CaseRun reachState(const QString& service, Channel channel, const QString& state) {
    CaseRun run;
    run.service = service;
    run.channel = channel;
    for (const PathMove& move : defaultPath(state)) {
        Result<Attempt> chosen = attempt(move.kind, move.variant, run);
        REQUIRE(chosen.ok());
        const Result<Event> event = run.perform(actor(move.actor), chosen->action, chosen->now);
        INFO("default path " << actionKindName(move.kind).toStdString() << ": "
                             << (event ? std::string() : event.error().message.toStdString()));
        REQUIRE(event.ok());
    }
    return run;
}

} // namespace ruqsat::test
