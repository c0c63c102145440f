#pragma once

#include "store/CaseQueries.h"
#include "workflow/DeadlineStatus.h"

#include <QString>

#include <optional>

namespace ruqsat::core {

// What the user typed and chose above a work queue, as a predicate over its rows (the queue's proxy
// model only asks this). Text: every whitespace-separated word must occur, case-insensitively, in the
// case number, the applicants, the object, or the assignee's login or name; a word that is a number
// also matches the case number exactly. Deadline: all, at risk or overdue, or overdue only.
struct CaseQueueFilter {
    enum class Deadline { Any, AtRiskOrOverdue, Overdue };

    QString text;
    Deadline deadline = Deadline::Any;

    bool isEmpty() const { return text.trimmed().isEmpty() && deadline == Deadline::Any; }
    // `status`: the row's current deadline status, none when it could not be measured (such a row
    // passes only the Any deadline filter).
    bool accepts(const CaseRow& row, const std::optional<DeadlineStatus>& status) const;

    friend bool operator==(const CaseQueueFilter&, const CaseQueueFilter&) = default;
};

} // namespace ruqsat::core
