#include "calendar/OfficeSchedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace ruqsat::core {

namespace {

constexpr int minutesPerDay = 24 * 60;

QString weekdayName(int isoWeekday) {
    // English names regardless of the locale: the message text itself is translated.
    return QLocale::c().dayName(isoWeekday, QLocale::LongFormat);
}

QString formatMinute(int minute) {
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString formatInterval(const WorkingInterval& interval) {
    return formatMinute(interval.startMinute) + u'-' + formatMinute(interval.endMinute);
}

Error scheduleError(const QString& what) {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid_schedule"),
                     QCoreApplication::translate("OfficeSchedule", "Invalid office schedule: %1").arg(what));
}

Error scheduleDataError(const QString& what) {
    return makeError(ErrorCode::DataError, QStringLiteral("invalid_schedule_data"),
                     QCoreApplication::translate("OfficeSchedule", "Invalid stored office schedule: %1").arg(what));
}

} // namespace

OfficeSchedule OfficeSchedule::standard() {
    // domain.md, "Working time and deadlines": 09:00-18:30 with lunch 13:00-14:30, Monday to Friday.
    const QList<WorkingInterval> day{{9 * 60, 13 * 60}, {14 * 60 + 30, 18 * 60 + 30}};
    OfficeSchedule schedule;
    schedule.m_zoneId = QByteArrayLiteral("Asia/Almaty");
    schedule.m_zone = QTimeZone(schedule.m_zoneId);
    schedule.m_week = {day, day, day, day, day, {}, {}};
    return schedule;
}

Result<OfficeSchedule> OfficeSchedule::create(const QByteArray& ianaZoneId,
                                              const std::array<QList<WorkingInterval>, 7>& week) {
    const QTimeZone zone(ianaZoneId);
    if (ianaZoneId.isEmpty() || !zone.isValid()) {
        return scheduleError(QCoreApplication::translate("OfficeSchedule", "unknown time zone '%1'.")
                                 .arg(QString::fromUtf8(ianaZoneId)));
    }
    bool anyWorkingTime = false;
    for (int day = 0; day < 7; ++day) {
        int previousEnd = -1;
        for (const WorkingInterval& interval : week[static_cast<size_t>(day)]) {
            if (interval.startMinute < 0 || interval.endMinute > minutesPerDay ||
                interval.startMinute >= interval.endMinute) {
                return scheduleError(QCoreApplication::translate("OfficeSchedule",
                                                                 "%1: the interval %2..%3 (minutes after midnight) "
                                                                 "must start before it ends, within 0..1440.")
                                         .arg(weekdayName(day + 1))
                                         .arg(interval.startMinute)
                                         .arg(interval.endMinute));
            }
            if (interval.startMinute < previousEnd) {
                return scheduleError(
                    QCoreApplication::translate("OfficeSchedule",
                                                "%1: the interval %2 overlaps or precedes the one before it; "
                                                "list intervals in order without overlaps.")
                        .arg(weekdayName(day + 1), formatInterval(interval)));
            }
            previousEnd = interval.endMinute;
            anyWorkingTime = true;
        }
    }
    if (!anyWorkingTime)
        return scheduleError(QCoreApplication::translate("OfficeSchedule", "the week has no working hours."));

    OfficeSchedule schedule;
    schedule.m_zoneId = ianaZoneId;
    schedule.m_zone = zone;
    schedule.m_week = week;
    return schedule;
}

const QList<WorkingInterval>& OfficeSchedule::intervals(int isoWeekday) const {
    static const QList<WorkingInterval> none;
    if (isoWeekday < 1 || isoWeekday > 7)
        return none;
    return m_week[static_cast<size_t>(isoWeekday - 1)];
}

int OfficeSchedule::weeklyMinutes() const {
    int total = 0;
    for (const auto& day : m_week) {
        for (const WorkingInterval& interval : day)
            total += interval.endMinute - interval.startMinute;
    }
    return total;
}

QString OfficeSchedule::toJson() const {
    QJsonArray week;
    for (const auto& day : m_week) {
        QJsonArray intervals;
        for (const WorkingInterval& interval : day)
            intervals.append(formatInterval(interval));
        week.append(intervals);
    }
    const QJsonObject object{{QStringLiteral("timeZone"), QString::fromUtf8(m_zoneId)}, {QStringLiteral("week"), week}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<OfficeSchedule> OfficeSchedule::fromJson(const QString& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return scheduleDataError(QCoreApplication::translate("OfficeSchedule", "not valid JSON (%1 at offset %2).")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
    }
    if (!document.isObject())
        return scheduleDataError(QCoreApplication::translate("OfficeSchedule", "expected a JSON object."));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("timeZone") && it.key() != QLatin1String("week"))
            return scheduleDataError(
                QCoreApplication::translate("OfficeSchedule", "unknown field '%1'.").arg(it.key()));
    }
    const QJsonValue zone = object.value(QLatin1String("timeZone"));
    if (!zone.isString())
        return scheduleDataError(QCoreApplication::translate("OfficeSchedule", "timeZone: expected a zone name."));
    const QJsonValue weekValue = object.value(QLatin1String("week"));
    if (!weekValue.isArray() || weekValue.toArray().size() != 7) {
        return scheduleDataError(
            QCoreApplication::translate("OfficeSchedule", "week: expected an array of 7 days, Monday first."));
    }

    static const QRegularExpression intervalPattern(QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"));
    std::array<QList<WorkingInterval>, 7> week;
    const QJsonArray days = weekValue.toArray();
    for (int day = 0; day < 7; ++day) {
        const QJsonValue dayValue = days.at(day);
        if (!dayValue.isArray()) {
            return scheduleDataError(
                QCoreApplication::translate("OfficeSchedule", "week[%1]: expected an array of intervals.").arg(day));
        }
        const QJsonArray intervals = dayValue.toArray();
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QRegularExpressionMatch match = intervalPattern.match(intervals.at(i).toString());
            const auto minuteOf = [&match](int hourGroup) {
                const int hour = match.captured(hourGroup).toInt();
                const int minute = match.captured(hourGroup + 1).toInt();
                return minute < 60 ? hour * 60 + minute : -1;
            };
            const int start = match.hasMatch() ? minuteOf(1) : -1;
            const int end = match.hasMatch() ? minuteOf(3) : -1;
            if (start < 0 || end < 0) {
                return scheduleDataError(
                    QCoreApplication::translate("OfficeSchedule", "week[%1][%2]: expected \"HH:MM-HH:MM\".")
                        .arg(day)
                        .arg(i));
            }
            week[static_cast<size_t>(day)].append(WorkingInterval{start, end});
        }
    }
    Result<OfficeSchedule> schedule = create(zone.toString().toUtf8(), week);
    if (!schedule)
        return scheduleDataError(schedule.error().message);
    return schedule;
}

} // namespace ruqsat::core
