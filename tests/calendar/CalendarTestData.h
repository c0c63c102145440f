#pragma once

#include "CatchQt.h"
#include "calendar/WorkingCalendar.h"
#include "common/Instant.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// Shared by the calendar tests: the shipped calendar per zone, local-time parsing and the data files
// under tests/data/calendar.
namespace ruqsat::test {

// The shipped calendar with the standard schedule in `zone`, built once per zone.
std::shared_ptr<const core::WorkingCalendar> shippedCalendar(const QByteArray& zone = QByteArrayLiteral("Asia/Almaty"));

// "2024-03-07T11:00" as a local time in the zone; fails the test when malformed.
core::Instant localInstant(const QString& text, const QByteArray& zone = QByteArrayLiteral("Asia/Almaty"));
QString iso(core::Instant instant, const QByteArray& zone = QByteArrayLiteral("Asia/Almaty"));

// The lines of tests/data/calendar/<name> that are neither empty nor comments, each split on
// whitespace.
QList<QStringList> readTable(const QString& name);
QByteArray readDataFile(const QString& relativePath);
// A file of the source tree, e.g. "resources/calendar/kz.json".
QByteArray readSourceFile(const QString& relativePath);

} // namespace ruqsat::test
