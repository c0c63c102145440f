#pragma once

#include "calendar/OfficeSchedule.h"
#include "workflow/DeadlineStatus.h"

#include <QCoreApplication>
#include <QString>

namespace ruqsat::core {

// Deadlines in words, as the queues and the case card show them: the remaining or overdue WORKING
// time ("2 h 15 min left", "3 d 4 h overdue"). A working day is the office's average working day
// (8 hours for the standard schedule of domain.md), so "1 d" is a day of work, not 24 hours. Amounts
// are rounded down to the unit shown: a deadline never looks further away than it is.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)

public:
    // Working minutes of an average working day of the schedule (weekly minutes over days with hours).
    static int minutesPerWorkingDay(const OfficeSchedule& schedule);

    // "3 d 4 h", "3 d", "2 h 15 min", "2 h", "45 min", "less than 1 min" (0 seconds: "0 min").
    static QString duration(qint64 workingSeconds, int minutesPerDay);

    // Open: "2 h 15 min left", "due now" (nothing left, not yet past), "3 d 4 h overdue", "overdue"
    // (past the due moment with no working time elapsed since, e.g. in the evening). Finished: "done on
    // time", "done 1 h 5 min late".
    static QString status(const DeadlineStatus& status, int minutesPerDay);

    // Orders by urgency: the most overdue first, then the least time left.
    static qint64 sortKey(const DeadlineStatus& status) { return status.remainingSeconds - status.overdueSeconds; }
};

} // namespace ruqsat::core
