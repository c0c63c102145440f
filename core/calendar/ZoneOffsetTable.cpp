#include "calendar/ZoneOffsetTable.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace ruqsat::core {

ZoneOffsetTable ZoneOffsetTable::build(const QTimeZone& zone, qint64 fromUtc, qint64 toUtc) {
    ZoneOffsetTable table;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, QTimeZone::utc());
    const QDateTime to = QDateTime::fromSecsSinceEpoch(toUtc, QTimeZone::utc());
    table.m_starts.push_back(std::numeric_limits<qint64>::min());
    table.m_offsets.push_back(zone.offsetFromUtc(from));
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
        for (const QTimeZone::OffsetData& transition : transitions) {
            const qint64 at = transition.atUtc.toSecsSinceEpoch();
            // Transitions that only rename the zone or change the DST flag keep the offset.
            if (at <= fromUtc || transition.offsetFromUtc == table.m_offsets.back())
                continue;
            table.m_starts.push_back(at);
            table.m_offsets.push_back(transition.offsetFromUtc);
        }
    }
    return table;
}

int ZoneOffsetTable::offsetAt(qint64 utcSeconds) const {
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), utcSeconds);
    return m_offsets[static_cast<size_t>(next - m_starts.begin() - 1)];
}

qint64 ZoneOffsetTable::toUtc(qint64 localSeconds) const {
    // Periods are few (two a year at most in the zones that change at all) and this runs only while a
    // calendar is built, so a scan is clear and fast enough. The first period whose own offset maps
    // the wall-clock time inside it gives the earliest instant.
    const size_t count = m_starts.size();
    for (size_t i = 0; i < count; ++i) {
        const qint64 candidate = localSeconds - m_offsets[i];
        const bool afterStart = i == 0 || candidate >= m_starts[i];
        const bool beforeEnd = i + 1 == count || candidate < m_starts[i + 1];
        if (afterStart && beforeEnd)
            return candidate;
        // Clocks jumped forward at m_starts[i + 1] over this wall-clock time: take the jump.
        if (!beforeEnd && localSeconds - m_offsets[i + 1] < m_starts[i + 1])
            return m_starts[i + 1];
    }
    return localSeconds - m_offsets.back();
}

} // namespace ruqsat::core
