#pragma once

#include <QTimeZone>

#include <vector>

namespace ruqsat::core {

// The UTC offsets of one time zone over a span of instants, read once from the system tz database
// (QTimeZone::transitions) into a sorted table. Converting between UTC and local wall-clock seconds
// is then a lookup, with no QDateTime involved; WorkingCalendar uses it to place each day's working
// intervals on the UTC time line (Asia/Almaty went from UTC+6 to UTC+5 on 2024-03-01).
//
// Local seconds count wall-clock time as if it were UTC: days since 1970-01-01 times 86400 plus the
// seconds after local midnight.
class ZoneOffsetTable {
public:
    // Offsets valid for instants in [fromUtc, toUtc]; outside, the nearest known offset applies.
    static ZoneOffsetTable build(const QTimeZone& zone, qint64 fromUtc, qint64 toUtc);

    // Seconds east of UTC at the instant.
    int offsetAt(qint64 utcSeconds) const;
    qint64 toLocal(qint64 utcSeconds) const { return utcSeconds + offsetAt(utcSeconds); }
    // The instant of a wall-clock time. A time that occurs twice (clocks set back) gives the earlier
    // instant; a time skipped by a jump forward gives the instant of the jump, the first moment the
    // clock shows a later time. So the mapping never goes backwards.
    qint64 toUtc(qint64 localSeconds) const;
    // How many offset changes the table holds.
    qsizetype transitionCount() const { return static_cast<qsizetype>(m_starts.size()) - 1; }

private:
    // Period i has offset m_offsets[i] from m_starts[i] (inclusive) to m_starts[i + 1] (exclusive);
    // m_starts[0] is the smallest qint64.
    std::vector<qint64> m_starts;
    std::vector<int> m_offsets;
};

} // namespace ruqsat::core
