#include "calendar/ZoneOffsetTable.h"

#include "CatchQt.h"

#include <QDateTime>

#include <random>

using ruqsat::core::ZoneOffsetTable;

namespace {

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// Wall-clock seconds of a local date and time, the table's convention.
qint64 local(const char* isoWithoutZone) {
    const QDateTime wall = QDateTime::fromString(QString::fromLatin1(isoWithoutZone), Qt::ISODate);
    return QDateTime(wall.date(), wall.time(), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("The offset table agrees with QTimeZone", "[calendar][zone]") {
    const qint64 from = utc("2016-12-29T00:00:00Z");
    const qint64 to = utc("2028-01-03T00:00:00Z");
    for (const char* id : {"Asia/Almaty", "Asia/Qyzylorda", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
                           "Asia/Kolkata", "UTC"}) {
        INFO(id);
        const QTimeZone zone{QByteArray(id)};
        REQUIRE(zone.isValid());
        const ZoneOffsetTable table = ZoneOffsetTable::build(zone, from, to);
        std::mt19937_64 random(11);
        std::uniform_int_distribution<qint64> pick(from, to);
        for (int i = 0; i < 5000; ++i) {
            const qint64 at = pick(random);
            INFO(at);
            REQUIRE(table.offsetAt(at) == zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())));
            // Away from a clock change a wall-clock time has exactly one instant: the same as Qt's.
            const qint64 wall = table.toLocal(at);
            if (table.offsetAt(at - 3 * 3600) == table.offsetAt(at + 3 * 3600)) {
                REQUIRE(table.toUtc(wall) == at);
                const QDateTime asUtc = QDateTime::fromSecsSinceEpoch(wall, QTimeZone::utc());
                REQUIRE(QDateTime(asUtc.date(), asUtc.time(), zone).toSecsSinceEpoch() == at);
            }
        }
    }
}

TEST_CASE("Kazakhstan's move to UTC+5 and summer time gaps and overlaps", "[calendar][zone]") {
    const ZoneOffsetTable almaty =
        ZoneOffsetTable::build(QTimeZone("Asia/Almaty"), utc("2017-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"));
    CHECK(almaty.transitionCount() == 1);
    CHECK(almaty.offsetAt(utc("2024-02-29T17:59:59Z")) == 6 * 3600);
    CHECK(almaty.offsetAt(utc("2024-02-29T18:00:00Z")) == 5 * 3600);
    // 23:00-24:00 on 29 February 2024 happened twice: the earlier instant is taken.
    CHECK(almaty.toUtc(local("2024-02-29T23:30:00")) == utc("2024-02-29T17:30:00Z"));
    CHECK(almaty.toUtc(local("2024-03-01T00:00:00")) == utc("2024-02-29T19:00:00Z"));
    CHECK(almaty.toUtc(local("2024-03-01T09:00:00")) == utc("2024-03-01T04:00:00Z"));
    CHECK(almaty.toUtc(local("2024-02-29T09:00:00")) == utc("2024-02-29T03:00:00Z"));

    const ZoneOffsetTable berlin =
        ZoneOffsetTable::build(QTimeZone("Europe/Berlin"), utc("2024-01-01T00:00:00Z"), utc("2025-01-01T00:00:00Z"));
    CHECK(berlin.transitionCount() == 2);
    // 02:00-03:00 on 31 March 2024 did not exist: the moment of the jump.
    CHECK(berlin.toUtc(local("2024-03-31T02:30:00")) == utc("2024-03-31T01:00:00Z"));
    CHECK(berlin.toUtc(local("2024-03-31T03:00:00")) == utc("2024-03-31T01:00:00Z"));
    CHECK(berlin.toUtc(local("2024-03-31T01:59:00")) == utc("2024-03-31T00:59:00Z"));
    // 02:00-03:00 on 27 October 2024 happened twice: the earlier (summer time) instant.
    CHECK(berlin.toUtc(local("2024-10-27T02:30:00")) == utc("2024-10-27T00:30:00Z"));

    // Never backwards, minute by minute across both changes.
    for (const char* day : {"2024-03-31T00:00:00", "2024-10-27T00:00:00"}) {
        qint64 previous = berlin.toUtc(local(day));
        for (int minute = 1; minute < 6 * 60; ++minute) {
            const qint64 next = berlin.toUtc(local(day) + minute * 60);
            REQUIRE(next >= previous);
            previous = next;
        }
    }
}
