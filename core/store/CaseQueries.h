#pragma once

#include "common/Instant.h"
#include "common/Result.h"
#include "services/Channel.h"
#include "services/StepCode.h"
#include "workflow/CaseState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace ruqsat::core {

// One line of a work queue: what a list of cases shows without replaying each case's events. Read from
// ruqsat.cases and its open ruqsat.case_step record, through the caller's row-level security.
struct CaseRow {
    qint64 id = 0;
    QString officeId;
    QString serviceCode;
    int serviceVersion = 0;
    Channel channel = Channel::Portal;
    QString applicants; // the applicants' names, "; "-separated, by name
    QString objectName; // object_data's name, else its contract number, else its address
    CaseState state = CaseState::None;
    QString assignee;     // login, empty before the resolution
    QString assigneeName; // full name from the staff directory, when the caller may see it
    Instant submittedAt;
    Instant receivedAt;
    Instant caseDue;
    // The open step record (none once the case is closed).
    std::optional<StepCode> step;
    std::optional<Instant> stepStartedAt;
    std::optional<Instant> stepDueAt;
    qint64 rowVersion = 0;
    std::optional<Instant> closedAt;
    bool late = false;

    // The moment a queue is ordered by: the open step's due, else (closed) the case's.
    Instant sortDue() const { return stepDueAt.value_or(caseDue); }

    friend bool operator==(const CaseRow&, const CaseRow&) = default;
};

// Which cases a queue holds. Every part is optional (empty: any); they combine with AND, and row-level
// security narrows the result further to what the caller may see.
struct CaseSelection {
    QList<CaseState> states;
    QString assignee;    // a login
    QStringList offices; // office ids

    // Whether the selection holds this row (what the query's WHERE says, for a row read on its own).
    bool matches(const CaseRow& row) const;

    friend bool operator==(const CaseSelection&, const CaseSelection&) = default;
};

// Where the next page starts: after this row in (sortDue, id) order.
struct CaseCursor {
    Instant due;
    qint64 id = 0;

    friend bool operator==(const CaseCursor&, const CaseCursor&) = default;
};

struct CasePage {
    QList<CaseRow> rows;
    // Set when the page was full: pass it as `after` for the next page.
    std::optional<CaseCursor> next;
};

// Read-only queries behind the work queues. Keyset pagination (ORDER BY the due moment, id; WHERE after
// the cursor) lets a long list page from SQL at the same cost on every page; the order puts the most
// urgent case first. Prepared statements with bound values; the connection is looked up by name.
class CaseQueries {
public:
    static constexpr int defaultPageSize = 200;

    explicit CaseQueries(QString connectionName);

    Result<CasePage> page(const CaseSelection& selection, int pageSize,
                          const std::optional<CaseCursor>& after = std::nullopt) const;
    Result<qint64> count(const CaseSelection& selection) const;
    // One case as a queue shows it (after an action changed it); none if the caller cannot see it.
    Result<std::optional<CaseRow>> row(qint64 caseId) const;

private:
    QSqlDatabase db() const;

    QString m_connectionName;
};

} // namespace ruqsat::core
