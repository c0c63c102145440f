#include "calendar/CalendarRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace ruqsat::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CalendarRepository", text);
}

Instant instantFromEpoch(const QVariant& seconds) {
    return Instant{std::chrono::seconds{seconds.toLongLong()}};
}

QVariant optionalInt(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant isoDate(QDate date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString holidayText(const QJsonObject& holiday) {
    const QJsonValue from = holiday.value(QLatin1String("validFrom"));
    const QJsonValue to = holiday.value(QLatin1String("validTo"));
    QString years;
    if (!from.isNull() && !to.isNull() && from.toInt() == to.toInt())
        years = tr("%1 only").arg(from.toInt());
    else if (!from.isNull() || !to.isNull())
        years = (from.isNull() ? QString() : QString::number(from.toInt())) + u'-' +
                (to.isNull() ? QString() : QString::number(to.toInt()));
    else
        years = tr("every year");
    return tr("%1-%2 \"%3\" (%4%5)")
        .arg(twoDigits(holiday.value(QLatin1String("month")).toInt()),
             twoDigits(holiday.value(QLatin1String("day")).toInt()), holiday.value(QLatin1String("name")).toString(),
             years,
             holiday.value(QLatin1String("movesFromWeekend")).toBool() ? QString() : tr(", not moved off a weekend"));
}

QString swapText(const QJsonObject& swap) {
    return tr("%1 off <- %2 worked")
        .arg(swap.value(QLatin1String("dayOff")).toString(), swap.value(QLatin1String("workingDay")).toString());
}

} // namespace

QString CalendarEdit::summary() const {
    const QJsonObject oldValue = payload.value(QLatin1String("old")).toObject();
    const QJsonObject newValue = payload.value(QLatin1String("new")).toObject();
    if (action == QLatin1String("calendar_add_holiday"))
        return tr("added holiday %1").arg(holidayText(newValue));
    if (action == QLatin1String("calendar_remove_holiday"))
        return tr("removed holiday %1").arg(holidayText(oldValue));
    if (action == QLatin1String("calendar_add_swap"))
        return tr("added swap %1").arg(swapText(newValue));
    if (action == QLatin1String("calendar_remove_swap"))
        return tr("removed swap %1").arg(swapText(oldValue));
    if (action == QLatin1String("calendar_set_kurban_ait")) {
        const QString date = newValue.value(QLatin1String("date")).toString();
        if (oldValue.isEmpty())
            return tr("Kurban Ait set to %1").arg(date);
        return tr("Kurban Ait moved from %1 to %2").arg(oldValue.value(QLatin1String("date")).toString(), date);
    }
    if (action == QLatin1String("calendar_add_year")) {
        const int year = newValue.value(QLatin1String("year")).toInt();
        if (newValue.value(QLatin1String("provisional")).toBool())
            return tr("added year %1 (provisional)").arg(year);
        return tr("added year %1 (Kurban Ait %2)").arg(year).arg(newValue.value(QLatin1String("kurbanAit")).toString());
    }
    if (action == QLatin1String("calendar_set_year_provisional")) {
        const int year = newValue.value(QLatin1String("year")).toInt();
        return newValue.value(QLatin1String("provisional")).toBool() ? tr("year %1 marked provisional").arg(year)
                                                                     : tr("year %1 confirmed").arg(year);
    }
    if (action == QLatin1String("calendar_recompute")) {
        QStringList changes;
        for (const QJsonValue& value : payload.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            QString field = change.value(QLatin1String("field")).toString();
            if (field == QLatin1String("step_due")) {
                field = tr("step %1 (%2)")
                            .arg(change.value(QLatin1String("step_ordinal")).toInt())
                            .arg(change.value(QLatin1String("step")).toString());
            }
            changes.append(tr("%1 %2 -> %3")
                               .arg(field, change.value(QLatin1String("old")).toString(),
                                    change.value(QLatin1String("new")).toString()));
        }
        return tr("case %1: recomputed %2")
            .arg(payload.value(QLatin1String("case_id")).toInteger())
            .arg(changes.join(QStringLiteral("; ")));
    }
    return action;
}

QString RecomputedDue::fieldDescription() const {
    switch (field) {
    case Field::CaseDue:
        return QStringLiteral("case_due");
    case Field::StepDue:
        return QStringLiteral("step %1 (%2)").arg(stepOrdinal).arg(step);
    case Field::FirstPreparationDue:
        return QStringLiteral("first_preparation_due");
    }
    return {};
}

CalendarRepository::CalendarRepository(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase CalendarRepository::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<CalendarData> CalendarRepository::load() const {
    // One statement: the four layers from one snapshot.
    auto query = Database::execute(db(), QStringLiteral("SELECT ruqsat.calendar_document()::text"));
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, QStringLiteral("no_calendar"), tr("The database returned no calendar."));
    return CalendarData::fromJson(query->value(0).toString().toUtf8(), tr("the database's calendar"));
}

Result<OfficeSchedule> CalendarRepository::officeSchedule(const QString& officeId) const {
    auto query = Database::execute(db(), QStringLiteral("SELECT ruqsat.office_schedule(?)::text"), {officeId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, QStringLiteral("no_schedule"), tr("The database returned no schedule."));
    return OfficeSchedule::fromJson(query->value(0).toString());
}

Result<std::shared_ptr<const WorkingCalendar>> CalendarRepository::officeCalendar(const QString& officeId) const {
    const Result<CalendarData> data = load();
    if (!data)
        return data.error();
    const Result<OfficeSchedule> schedule = officeSchedule(officeId);
    if (!schedule)
        return schedule.error();
    return WorkingCalendar::build(*data, *schedule);
}

Result<qint64> CalendarRepository::callEdit(const QString& sql, const QVariantList& values) {
    auto query = Database::execute(db(), sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, QStringLiteral("no_audit_record"),
                         tr("The calendar edit returned no audit record."));
    return query->value(0).toLongLong();
}

Result<qint64> CalendarRepository::addHoliday(const FixedHoliday& holiday) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_add_holiday(?::integer, ?::integer, ?::integer, "
                                   "?::integer, ?::boolean, ?, ?)"),
                    {holiday.month, holiday.day, optionalInt(holiday.validFrom), optionalInt(holiday.validTo),
                     holiday.movesFromWeekend, holiday.name, holiday.source});
}

Result<qint64> CalendarRepository::removeHoliday(int month, int day, std::optional<int> appliesIn,
                                                 const QString& legalSource) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_remove_holiday(?::integer, ?::integer, ?::integer, ?)"),
                    {month, day, optionalInt(appliesIn), legalSource});
}

Result<qint64> CalendarRepository::addSwap(const DecreedSwap& swap) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_add_swap(?::date, ?::date, ?)"),
                    {isoDate(swap.dayOff), isoDate(swap.workingDay), swap.source});
}

Result<qint64> CalendarRepository::removeSwap(QDate dayOff, const QString& legalSource) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_remove_swap(?::date, ?)"), {isoDate(dayOff), legalSource});
}

Result<qint64> CalendarRepository::setKurbanAit(const KurbanAit& entry) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_set_kurban_ait(?::date, ?)"),
                    {isoDate(entry.date), entry.source});
}

Result<qint64> CalendarRepository::addYear(const CalendarYear& year, std::optional<QDate> kurbanAit) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_add_year(?::integer, ?::boolean, ?::date, ?)"),
                    {year.year, year.provisional, kurbanAit ? isoDate(*kurbanAit) : QVariant(), year.source});
}

Result<qint64> CalendarRepository::setYearProvisional(int year, bool provisional, const QString& legalSource) {
    return callEdit(QStringLiteral("SELECT ruqsat.calendar_set_year_provisional(?::integer, ?::boolean, ?)"),
                    {year, provisional, legalSource});
}

Result<QList<CalendarEdit>> CalendarRepository::history() const {
    auto query = Database::execute(db(), QStringLiteral("SELECT id, actor, extract(epoch FROM at)::bigint, action, "
                                                        "payload::text FROM ruqsat.audit_event "
                                                        "WHERE case_id IS NULL AND left(action, 9) = 'calendar_' "
                                                        "ORDER BY id"));
    if (!query)
        return query.error();
    QList<CalendarEdit> edits;
    while (query->next()) {
        CalendarEdit edit;
        edit.auditId = query->value(0).toLongLong();
        edit.actor = query->value(1).toString();
        edit.at = instantFromEpoch(query->value(2));
        edit.action = query->value(3).toString();
        edit.payload = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object();
        edit.source = edit.payload.value(QLatin1String("source")).toString();
        edits.append(edit);
    }
    return edits;
}

Result<QList<RecomputedDue>> CalendarRepository::readDues(const QString& sql, const QVariantList& values) const {
    auto query = Database::execute(db(), sql, values);
    if (!query)
        return query.error();
    QList<RecomputedDue> dues;
    while (query->next()) {
        RecomputedDue due;
        due.caseId = query->value(0).toLongLong();
        due.officeId = query->value(1).toString();
        due.timeZone = query->value(2).toString().toUtf8();
        const QString field = query->value(3).toString();
        due.field = field == QLatin1String("step_due")                ? RecomputedDue::Field::StepDue
                    : field == QLatin1String("first_preparation_due") ? RecomputedDue::Field::FirstPreparationDue
                                                                      : RecomputedDue::Field::CaseDue;
        due.stepOrdinal = query->value(4).toInt();
        due.step = query->value(5).toString();
        due.recorded = instantFromEpoch(query->value(6));
        if (!query->value(7).isNull())
            due.recomputed = instantFromEpoch(query->value(7));
        due.problem = query->value(8).toString();
        dues.append(due);
    }
    return dues;
}

Result<QList<RecomputedDue>> CalendarRepository::recomputedDues() const {
    return readDues(
        QStringLiteral("SELECT case_id, office_id, time_zone, field, step_ordinal, step, "
                       "extract(epoch FROM recorded)::bigint, extract(epoch FROM recomputed)::bigint, problem "
                       "FROM ruqsat.calendar_recomputed_dues()"),
        {});
}

Result<QList<RecomputedDue>> CalendarRepository::applyRecomputedDues(const QString& legalSource) {
    return readDues(QStringLiteral("SELECT case_id, office_id, time_zone, field, step_ordinal, step, "
                                   "extract(epoch FROM recorded)::bigint, extract(epoch FROM recomputed)::bigint, "
                                   "problem FROM ruqsat.calendar_apply_recomputed_dues(?)"),
                    {legalSource});
}

} // namespace ruqsat::core
