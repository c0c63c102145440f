#include "CalendarTestData.h"

#include "TestPaths.h"
#include "calendar/CalendarData.h"
#include "calendar/OfficeSchedule.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <mutex>

namespace ruqsat::test {

std::shared_ptr<const core::WorkingCalendar> shippedCalendar(const QByteArray& zone) {
    static std::mutex mutex;
    static QHash<QByteArray, std::shared_ptr<const core::WorkingCalendar>> calendars;
    const std::lock_guard lock(mutex);
    if (const auto found = calendars.constFind(zone); found != calendars.cend())
        return *found;

    const auto data = core::CalendarData::shipped();
    REQUIRE(data.ok());
    std::array<QList<core::WorkingInterval>, 7> week;
    const core::OfficeSchedule standard = core::OfficeSchedule::standard();
    for (int day = 1; day <= 7; ++day)
        week[static_cast<size_t>(day - 1)] = standard.intervals(day);
    const auto schedule = core::OfficeSchedule::create(zone, week);
    REQUIRE(schedule.ok());
    const auto calendar = core::WorkingCalendar::build(*data, *schedule);
    REQUIRE(calendar.ok());
    calendars.insert(zone, *calendar);
    return *calendar;
}

core::Instant localInstant(const QString& text, const QByteArray& zone) {
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    INFO(text.toStdString());
    REQUIRE(local.isValid());
    const QDateTime zoned(local.date(), local.time(), QTimeZone(zone));
    REQUIRE(zoned.isValid());
    return core::instantFromDateTime(zoned);
}

QString iso(core::Instant instant, const QByteArray& zone) {
    return core::formatIso(instant, QTimeZone(zone));
}

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    INFO(file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

QByteArray readDataFile(const QString& relativePath) {
    return readFile(QString::fromUtf8(testDataDir) + u'/' + relativePath);
}

QByteArray readSourceFile(const QString& relativePath) {
    return readFile(QString::fromUtf8(sourceDir) + u'/' + relativePath);
}

QList<QStringList> readTable(const QString& name) {
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(readDataFile(QStringLiteral("calendar/") + name));
    for (const QString& rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        rows.append(line.split(whitespace));
    }
    REQUIRE_FALSE(rows.isEmpty());
    return rows;
}

} // namespace ruqsat::test
