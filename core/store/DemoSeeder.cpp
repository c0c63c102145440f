#include "store/DemoSeeder.h"

#include "identity/IdentityNumber.h"
#include "store/Database.h"
#include "store/OfficeRegistry.h"
#include "store/StaffRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

const QString zoneId = u"Asia/Almaty"_s;

struct DemoUser {
    const char* login;
    const char* fullName;
    const char* office;
    RoleSet roles;
};

// A resident legal entity's head-unit BIN registered in the given year and month.
QString makeBin(QRandomGenerator& random, int year, int month) {
    for (;;) {
        const QString first =
            QStringLiteral("%1%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')) +
            u"40"_s + QStringLiteral("%1").arg(random.bounded(100000), 5, 10, QLatin1Char('0'));
        if (auto bin = appendCheckDigit(first))
            return *bin;
    }
}

QString makeIin(QRandomGenerator& random) {
    for (;;) {
        const QDate birth = QDate(1960, 1, 1).addDays(random.bounded(14000));
        const int centuryDigit = (birth.year() >= 2000 ? 5 : 3) + static_cast<int>(random.bounded(2));
        const QString first = birth.toString(u"yyMMdd"_s) + QString::number(centuryDigit) +
                              QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        if (auto iin = appendCheckDigit(first))
            return *iin;
    }
}

QString iso(Instant instant) {
    return toUtcDateTime(instant).toString(Qt::ISODate);
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One case's life: how far it gets, and whether its steps run late.
enum class Target { Registration, Resolution, Preparation, Signing, Dispatch, Completed, RefusedAtIntake, Rework };

class CaseWriter {
public:
    CaseWriter(QSqlDatabase db, Instant now)
        : m_db(std::move(db))
        , m_now(now) {}

    // Records an action at `at` unless that lies in the future; returns whether it was recorded.
    Result<bool> act(const QString& actor, Instant at, qint64 caseId, const QString& action, const QJsonObject& args) {
        if (at > m_now)
            return false;
        auto done =
            Database::execute(m_db, u"SELECT ruqsat.act(?, ?::timestamptz, ?::uuid, nullif(?, 0), ?, ?, ?::jsonb)"_s,
                              {actor, iso(at), QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, m_version,
                               action, compact(args)});
        if (!done)
            return done.error();
        done->next();
        const QJsonObject event = QJsonDocument::fromJson(done->value(0).toString().toUtf8()).object();
        m_caseId = event.value(u"case_id"_s).toInteger();
        m_version = event.value(u"sequence"_s).toInteger();
        ++m_events;
        return true;
    }

    qint64 caseId() const { return m_caseId; }
    int events() const { return m_events; }
    void reset() {
        m_caseId = 0;
        m_version = 0;
    }

private:
    QSqlDatabase m_db;
    Instant m_now;
    qint64 m_caseId = 0;
    qint64 m_version = 0;
    int m_events = 0;
};

} // namespace

Result<DemoSeeder::Summary> DemoSeeder::seed(const QString& connectionName, const Clock& clock,
                                             const Options& options) {
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QString p = options.loginPrefix;
    const QString oblast = u"vko"_s;
    const QString district1 = u"vko-glubokoe"_s;
    const QString district2 = u"vko-zyryan"_s;

    auto existing = Database::execute(db, u"SELECT 1 FROM ruqsat.office WHERE id = ?"_s, {oblast});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        return makeError(ErrorCode::PreconditionFailed, u"demo_present"_s,
                         QCoreApplication::translate("DemoSeeder", "The demo office is already in this database."));
    }

    Summary summary;
    OfficeRegistry offices(connectionName);
    const QList<Office> demoOffices{
        {oblast,
         u"oblast"_s,
         {},
         u"Управление строительства Восточно-Казахстанской области"_s,
         u"Шығыс Қазақстан облысының құрылыс басқармасы"_s,
         u"East Kazakhstan Oblast Construction Department"_s,
         u"Өскемен қ., Горький к-сі, 40"_s,
         u"990340001236"_s,
         zoneId,
         {}},
        {district1,
         u"district"_s,
         oblast,
         u"Отдел строительства Глубоковского района"_s,
         u"Глубокое ауданының құрылыс бөлімі"_s,
         u"Glubokoye District Construction Office"_s,
         u"Глубокое к., Поповича к-сі, 15"_s,
         {},
         zoneId,
         {}},
        {district2,
         u"district"_s,
         oblast,
         u"Отдел строительства Зыряновского района"_s,
         u"Зырян ауданының құрылыс бөлімі"_s,
         u"Zyryanovsk District Construction Office"_s,
         u"Алтай қ., Советская к-сі, 28"_s,
         {},
         zoneId,
         {}},
    };
    for (const Office& office : demoOffices) {
        if (auto added = offices.add(office); !added)
            return added.error();
        summary.offices.append(office.id);
    }

    const QList<DemoUser> users{
        {"clerk", "Айгерим Сапарова", "vko", {Role::Clerk}},
        {"head", "Ерлан Жумабеков", "vko", {Role::Head}},
        {"specialist", "Динара Оспанова", "vko", {Role::Specialist}},
        {"specialist2", "Сергей Ким", "vko", {Role::Specialist}},
        {"supervisor", "Гульнара Ахметова", "vko", {Role::Supervisor}},
        {"admin", "Нурлан Бекетов", "vko", {Role::Administrator}},
        {"glubokoe_clerk", "Алия Касымова", "vko-glubokoe", {Role::Clerk}},
        {"glubokoe_head", "Виктор Петренко", "vko-glubokoe", {Role::Head}},
        {"glubokoe_specialist", "Мадина Тулеуова", "vko-glubokoe", {Role::Specialist}},
        {"zyryan_clerk", "Ольга Литвинова", "vko-zyryan", {Role::Clerk}},
        {"zyryan_head", "Асхат Нургалиев", "vko-zyryan", {Role::Head, Role::Clerk}},
        {"zyryan_specialist", "Бауыржан Ермеков", "vko-zyryan", {Role::Specialist}},
    };
    StaffRegistry staff(connectionName);
    for (const DemoUser& user : users) {
        StaffMember member;
        member.login = p + QLatin1String(user.login);
        member.fullName = QString::fromUtf8(user.fullName);
        member.officeId = QLatin1String(user.office);
        member.roles = user.roles;
        if (auto added = staff.add(member, QLatin1String(demoPassword)); !added)
            return added.error();
        summary.logins.append(member.login);
    }

    struct OfficeCrew {
        QString office, clerk, head, specialist, specialist2;
    };
    const QList<OfficeCrew> crews{
        {oblast, p + u"clerk"_s, p + u"head"_s, p + u"specialist"_s, p + u"specialist2"_s},
        {district1, p + u"glubokoe_clerk"_s, p + u"glubokoe_head"_s, p + u"glubokoe_specialist"_s, {}},
        {district2, p + u"zyryan_clerk"_s, p + u"zyryan_head"_s, p + u"zyryan_specialist"_s, {}},
    };

    const QStringList objects{u"Жилой комплекс «Алтай», 9-этажный дом, блок А"_s, u"ЖК «Достық», 12 этажей"_s,
                              u"Жилой дом по ул. Бажова, 45"_s, u"ЖК «Ертіс Сити», очередь 2"_s,
                              u"Жилой комплекс «Самал», дом 3"_s};
    const QStringList companies{u"ТОО «Шығыс Құрылыс»"_s, u"ТОО «Алтай Строй Инвест»"_s, u"ТОО «Ертіс Девелопмент»"_s,
                                u"ТОО «Өскемен Үй»"_s, u"ТОО «Восток Жилстрой»"_s};
    const QStringList people{u"Асель Нуржанова"_s, u"Иван Смирнов"_s,   u"Жанар Абенова"_s,
                             u"Тимур Ибраев"_s,    u"Елена Ковалёва"_s, u"Данияр Серикбаев"_s};

    const Instant now = clock.now();
    QRandomGenerator random(options.randomSeed);
    const QTimeZone zone(zoneId.toLatin1());
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    CaseWriter writer(db, now);
    const std::array targets{Target::Registration, Target::Resolution,      Target::Preparation, Target::Preparation,
                             Target::Signing,      Target::Dispatch,        Target::Completed,   Target::Completed,
                             Target::Completed,    Target::RefusedAtIntake, Target::Rework};
    const QDate today = toDateTime(now, zone).date();

    for (int i = 0; i < options.caseCount; ++i) {
        writer.reset();
        const OfficeCrew& crew = crews.at(i % crews.size());
        const bool permit = i % 3 != 2;
        Target target = targets.at(static_cast<std::size_t>(i) % targets.size());
        const bool stateCorporation = permit && i % 2 == 0;
        if (target == Target::RefusedAtIntake && !stateCorporation)
            target = Target::Completed;
        const bool late = i % 4 == 1;

        // Submitted 1 to 24 calendar days ago (nearer for cases still at the first steps), on a weekday.
        const int maxAge = target == Target::Registration || target == Target::Resolution ? 3 : 24;
        QDate day = today.addDays(-1 - static_cast<int>(random.bounded(maxAge)));
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        const Instant submitted = instantFromDateTime(
            QDateTime(day, QTime(9 + static_cast<int>(random.bounded(8)), static_cast<int>(random.bounded(60))), zone));
        const Instant received =
            stateCorporation ? submitted + std::chrono::hours(20) : submitted + std::chrono::minutes(3);

        QJsonArray applicants;
        const QString company = companies.at(static_cast<int>(random.bounded(companies.size())));
        if (permit) {
            applicants.append(
                QJsonObject{{u"role"_s, u"developer"_s},
                            {u"id_number"_s, makeBin(random, 2005 + static_cast<int>(random.bounded(15)),
                                                     1 + static_cast<int>(random.bounded(12)))},
                            {u"name"_s, company},
                            {u"phone"_s, u"+7 7232 %1"_s.arg(200000 + random.bounded(700000))},
                            {u"email"_s, u"office@example.kz"_s},
                            {u"address"_s, u"Өскемен қ., Қазақстан к-сі, %1"_s.arg(1 + random.bounded(150))}});
            applicants.append(QJsonObject{{u"role"_s, u"authorised_company"_s},
                                          {u"id_number"_s, makeBin(random, 2010 + static_cast<int>(random.bounded(12)),
                                                                   1 + static_cast<int>(random.bounded(12)))},
                                          {u"name"_s, QString(company + u" Уполномоченная компания"_s)},
                                          {u"phone"_s, QString()},
                                          {u"email"_s, QString()},
                                          {u"address"_s, QString()}});
        } else {
            const bool person = random.bounded(2) == 0;
            applicants.append(
                QJsonObject{{u"role"_s, u"applicant"_s},
                            {u"id_number"_s, person ? makeIin(random)
                                                    : makeBin(random, 2012, 1 + static_cast<int>(random.bounded(12)))},
                            {u"name"_s, person ? people.at(static_cast<int>(random.bounded(people.size()))) : company},
                            {u"phone"_s, u"+7 701 %1"_s.arg(1000000 + random.bounded(8000000))},
                            {u"email"_s, QString()},
                            {u"address"_s, QString()}});
        }
        const QString variant = permit ? (i % 5 == 0 ? u"after_frame"_s : u"bank_project"_s) : u"request"_s;
        QJsonObject checklist;
        checklist.insert(permit ? u"application"_s : u"request"_s, true);
        if (permit) {
            for (const QString& code :
                 {u"identity_authority"_s, u"project_documentation"_s, u"land_title"_s, u"general_contract"_s,
                  u"technical_supervision_contract"_s, u"developer_experience"_s})
                checklist.insert(code, target != Target::RefusedAtIntake || code != u"land_title"_s);
            checklist.insert(variant == u"after_frame"_s ? u"frame_completion"_s : u"bank_financing"_s, true);
        }
        const QJsonObject opening{
            {u"service_code"_s, permit ? u"P"_s : u"E"_s},
            {u"office_id"_s, crew.office},
            {u"channel"_s, stateCorporation ? u"state_corporation"_s : u"portal"_s},
            {u"submitted_at"_s, iso(submitted)},
            {u"received_at"_s, iso(received)},
            {u"applicants"_s, applicants},
            {u"object_data"_s,
             permit
                 ? QJsonObject{{u"name"_s, objects.at(i % objects.size())},
                               {u"address"_s, u"Өскемен қ., %1 ш/а, %2"_s.arg(u"Шығыс"_s).arg(1 + random.bounded(60))},
                               {u"cadastral_number"_s,
                                u"05-085-%1-%2"_s.arg(100 + random.bounded(900)).arg(random.bounded(1000))}}
                 : QJsonObject{{u"contract_number"_s, u"ДДУ-%1/%2"_s.arg(100 + i).arg(today.year() - 1)}}},
            {u"checklist_variant"_s, variant},
            {u"checklist"_s, checklist}};

        // The moments each next action happens, late cases taking far longer than the norm.
        using namespace std::chrono;
        Instant at = received + minutes(late ? 40 : 5);
        // Each next action comes `gap` of working time later (the office's calendar, as the SQL API
        // counts it), so the demo's times are office hours and its late steps are late in working time.
        auto step = [&](const QString& actor, const QString& action, const QJsonObject& args,
                        const QString& gap) -> Result<bool> {
            auto next = Database::execute(db, u"SELECT ruqsat.working_due(?, ?::timestamptz, ?)"_s,
                                          {crew.office, iso(at), gap});
            if (!next)
                return next.error();
            next->next();
            at = instantFromDateTime(next->value(0).toDateTime());
            return writer.act(actor, at, writer.caseId(), action, args);
        };

        auto received_ = writer.act(crew.clerk, at, 0, u"receive"_s, opening);
        if (!received_)
            return received_.error();
        if (!*received_)
            continue;
        ++summary.cases;
        if (target == Target::Registration)
            continue;
        if (target == Target::RefusedAtIntake) {
            auto refused = step(crew.clerk, u"refuse_at_intake"_s,
                                {{u"missing_documents"_s, QJsonArray{u"land_title"_s}},
                                 {u"comment"_s, u"Нет правоустанавливающего документа на земельный участок"_s}},
                                u"10m"_s);
            if (!refused)
                return refused.error();
            continue;
        }
        auto registered = step(crew.clerk, u"register"_s, {}, late ? u"50m"_s : u"8m"_s);
        if (!registered)
            return registered.error();
        if (!*registered || target == Target::Resolution)
            continue;
        auto resolved =
            step(crew.head, u"resolve"_s,
                 {{u"assignee"_s, crew.specialist}, {u"resolution"_s, u"Рассмотреть и подготовить результат в срок"_s}},
                 late ? u"6h"_s : u"2h"_s);
        if (!resolved)
            return resolved.error();
        if (!*resolved)
            continue;
        QString specialist = crew.specialist;
        if (!crew.specialist2.isEmpty() && i % 7 == 3) {
            auto reassigned =
                step(crew.head, u"reassign"_s,
                     {{u"assignee"_s, crew.specialist2}, {u"comment"_s, u"Перераспределение нагрузки"_s}}, u"3h"_s);
            if (!reassigned)
                return reassigned.error();
            specialist = crew.specialist2;
        }
        if (target == Target::Preparation)
            continue;

        const bool refuse = i % 6 == 4;
        const QJsonObject decision =
            refuse ? QJsonObject{{u"kind"_s, u"refuse"_s},
                                 {u"result_fields"_s, QJsonObject{}},
                                 {u"grounds"_s, QJsonArray{u"non_compliance"_s}},
                                 {u"motivation"_s, u"Не подтвержден опыт застройщика: акты ввода в эксплуатацию на "
                                                   u"менее чем 10 000 м² (ст. 9 Закона о долевом участии)."_s}}
                   : QJsonObject{{u"kind"_s, u"issue"_s},
                                 {u"result_fields"_s,
                                  permit ? QJsonObject{{u"object_name"_s, objects.at(i % objects.size())},
                                                       {u"apartments"_s, 72 + i},
                                                       {u"area_m2"_s, 5400 + 37 * i}}
                                         : QJsonObject{{u"record_number"_s, u"%1-%2"_s.arg(today.year()).arg(1000 + i)},
                                                       {u"apartment"_s, 10 + i},
                                                       {u"area_m2"_s, 48 + i % 40}}},
                                 {u"grounds"_s, QJsonArray{}},
                                 {u"motivation"_s, QString()}};
        const QString preparation = permit ? (late ? u"10d"_s : u"5d"_s) : (late ? u"2d"_s : u"5h"_s);
        auto prepared = step(specialist, u"prepare_result"_s, {{u"decision"_s, decision}}, preparation);
        if (!prepared)
            return prepared.error();
        if (!*prepared || target == Target::Preparation)
            continue;
        if (target == Target::Rework) {
            auto returned = step(crew.head, u"return_for_rework"_s,
                                 {{u"comment"_s, u"Уточните площадь нежилых помещений"_s}}, u"40m"_s);
            if (!returned)
                return returned.error();
            if (!*returned)
                continue;
            auto again = step(specialist, u"prepare_result"_s, {{u"decision"_s, decision}}, u"6h"_s);
            if (!again)
                return again.error();
            if (!*again)
                continue;
        }
        if (target == Target::Signing)
            continue;
        auto signedResult =
            step(crew.head, u"sign"_s,
                 {{u"certificate_serial"_s, u"4C1F%1"_s.arg(random.bounded(1000000), 6, 16, QLatin1Char('0'))},
                  {u"document_digest"_s, QString()}},
                 late ? u"2h"_s : u"35m"_s);
        if (!signedResult)
            return signedResult.error();
        if (!*signedResult || target == Target::Dispatch)
            continue;
        auto dispatched = step(crew.clerk, u"dispatch"_s, {}, late ? u"5h"_s : u"1h"_s);
        if (!dispatched)
            return dispatched.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    summary.events = writer.events();
    return summary;
}

} // namespace ruqsat::core
