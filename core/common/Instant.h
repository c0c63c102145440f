#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>

namespace ruqsat::core {

// A moment in time, UTC, to the second. Stored as timestamptz; shown in the office's time zone.
using Instant = std::chrono::sys_seconds;

inline Instant instantFromDateTime(const QDateTime& dateTime) {
    return Instant{std::chrono::seconds{dateTime.toSecsSinceEpoch()}};
}

inline QDateTime toDateTime(Instant instant, const QTimeZone& zone) {
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), zone);
}

inline QDateTime toUtcDateTime(Instant instant) {
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), QTimeZone::utc());
}

// ISO 8601 with the zone's offset at that moment, e.g. 2024-03-27T18:30:00+05:00.
inline QString formatIso(Instant instant, const QTimeZone& zone) {
    return toDateTime(instant, zone).toString(Qt::ISODate);
}

} // namespace ruqsat::core
