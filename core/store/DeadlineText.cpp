#include "store/DeadlineText.h"

#include <algorithm>

namespace ruqsat::core {

int DeadlineText::minutesPerWorkingDay(const OfficeSchedule& schedule) {
    int days = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (!schedule.intervals(weekday).isEmpty())
            ++days;
    }
    // A valid schedule has working time in its week; guard anyway against a division by zero.
    return days == 0 ? 8 * 60 : std::max(1, schedule.weeklyMinutes() / days);
}

QString DeadlineText::duration(qint64 workingSeconds, int minutesPerDay) {
    const qint64 minutes = std::max<qint64>(0, workingSeconds) / 60;
    if (minutes == 0)
        return workingSeconds > 0 ? tr("less than 1 min") : tr("%1 min").arg(0);
    const qint64 perDay = std::max(1, minutesPerDay);
    if (minutes >= perDay) {
        const qint64 days = minutes / perDay;
        const qint64 hours = (minutes % perDay) / 60;
        return hours == 0 ? tr("%1 d").arg(days) : tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (minutes >= 60) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(rest);
    }
    return tr("%1 min").arg(minutes);
}

QString DeadlineText::status(const DeadlineStatus& status, int minutesPerDay) {
    const bool overdue = status.state == DeadlineStatus::State::Overdue;
    if (status.finished) {
        if (!overdue)
            return tr("done on time");
        return status.overdueSeconds >= 60 ? tr("done %1 late").arg(duration(status.overdueSeconds, minutesPerDay))
                                           : tr("done late");
    }
    if (overdue) {
        return status.overdueSeconds >= 60 ? tr("%1 overdue").arg(duration(status.overdueSeconds, minutesPerDay))
                                           : tr("overdue");
    }
    if (status.remainingSeconds <= 0)
        return tr("due now");
    return tr("%1 left").arg(duration(status.remainingSeconds, minutesPerDay));
}

} // namespace ruqsat::core
