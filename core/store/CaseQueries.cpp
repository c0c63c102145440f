#include "store/CaseQueries.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// The selection's parameters, bound once in a CTE so that the statement text never changes. A NULL
// parameter means "any"; an empty array too.
const QString parameters = uR"sql(
WITH p AS (
    SELECT ARRAY(SELECT jsonb_array_elements_text(?::jsonb)) AS states,
           ?::name AS assignee,
           ARRAY(SELECT jsonb_array_elements_text(?::jsonb)) AS offices,
           ?::bigint AS only_id
), selected AS (
    SELECT c.*, st.step AS open_step, st.started_at AS step_started, st.due_at AS step_due,
           coalesce(st.due_at, c.case_due) AS sort_due
    FROM ruqsat.cases c
    CROSS JOIN p
    LEFT JOIN LATERAL (SELECT s.step, s.started_at, s.due_at FROM ruqsat.case_step s
                       WHERE s.case_id = c.id AND s.finished_at IS NULL
                       ORDER BY s.ordinal DESC LIMIT 1) st ON true
    WHERE (cardinality(p.states) = 0 OR c.state = ANY (p.states))
      AND (p.assignee IS NULL OR c.assignee = p.assignee)
      AND (cardinality(p.offices) = 0 OR c.office_id = ANY (p.offices))
      AND (p.only_id IS NULL OR c.id = p.only_id)
)
)sql"_s;

// Instants travel as seconds since the epoch: exact, and free of any session time zone.
const QString pageSql = parameters + uR"sql(
SELECT q.id, q.office_id, q.service_code, q.service_version, q.channel,
       coalesce((SELECT string_agg(a.name, '; ' ORDER BY a.name) FROM ruqsat.case_applicant a
                 WHERE a.case_id = q.id), ''),
       coalesce(q.object_data ->> 'name', q.object_data ->> 'contract_number', q.object_data ->> 'address', ''),
       q.state, coalesce(q.assignee::text, ''), coalesce(sf.full_name, ''),
       extract(epoch FROM q.submitted_at)::bigint, extract(epoch FROM q.received_at)::bigint,
       extract(epoch FROM q.case_due)::bigint, q.open_step,
       extract(epoch FROM q.step_started)::bigint, extract(epoch FROM q.step_due)::bigint,
       q.row_version, extract(epoch FROM q.closed_at)::bigint, q.late
FROM selected q
LEFT JOIN ruqsat.staff sf ON sf.login = q.assignee
WHERE ?::bigint IS NULL OR (q.sort_due, q.id) > (to_timestamp(?::double precision), ?::bigint)
ORDER BY q.sort_due, q.id
LIMIT ?
)sql"_s;

const QString countSql = parameters + u"SELECT count(*) FROM selected"_s;

QString jsonArray(const QStringList& values) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QVariantList selectionValues(const CaseSelection& selection, std::optional<qint64> onlyId) {
    QStringList states;
    for (CaseState state : selection.states)
        states.append(caseStateName(state));
    return {jsonArray(states), selection.assignee.isEmpty() ? QVariant() : QVariant(selection.assignee),
            jsonArray(selection.offices), onlyId ? QVariant(*onlyId) : QVariant()};
}

Instant instantAt(const QSqlQuery& query, int column) {
    return Instant{std::chrono::seconds{query.value(column).toLongLong()}};
}

std::optional<Instant> optionalInstantAt(const QSqlQuery& query, int column) {
    if (query.isNull(column))
        return std::nullopt;
    return instantAt(query, column);
}

Result<CaseRow> readRow(const QSqlQuery& query) {
    CaseRow row;
    row.id = query.value(0).toLongLong();
    row.officeId = query.value(1).toString();
    row.serviceCode = query.value(2).toString();
    row.serviceVersion = query.value(3).toInt();
    const auto channel = channelFromName(query.value(4).toString());
    const auto state = caseStateFromName(query.value(7).toString());
    if (!channel || !state) {
        return makeError(
            ErrorCode::DataError, u"invalid_case_row"_s,
            QCoreApplication::translate("CaseQueries", "Case %1 has an unknown channel or state.").arg(row.id));
    }
    row.channel = *channel;
    row.applicants = query.value(5).toString();
    row.objectName = query.value(6).toString();
    row.state = *state;
    row.assignee = query.value(8).toString();
    row.assigneeName = query.value(9).toString();
    row.submittedAt = instantAt(query, 10);
    row.receivedAt = instantAt(query, 11);
    row.caseDue = instantAt(query, 12);
    if (!query.isNull(13))
        row.step = stepCodeFromName(query.value(13).toString());
    row.stepStartedAt = optionalInstantAt(query, 14);
    row.stepDueAt = optionalInstantAt(query, 15);
    row.rowVersion = query.value(16).toLongLong();
    row.closedAt = optionalInstantAt(query, 17);
    row.late = query.value(18).toBool();
    return row;
}

} // namespace

bool CaseSelection::matches(const CaseRow& row) const {
    return (states.isEmpty() || states.contains(row.state)) && (assignee.isEmpty() || assignee == row.assignee) &&
           (offices.isEmpty() || offices.contains(row.officeId));
}

CaseQueries::CaseQueries(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase CaseQueries::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<CasePage> CaseQueries::page(const CaseSelection& selection, int pageSize,
                                   const std::optional<CaseCursor>& after) const {
    if (pageSize < 1) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_page_size"_s,
                         QCoreApplication::translate("CaseQueries", "A page holds at least one case."));
    }
    QVariantList values = selectionValues(selection, std::nullopt);
    const QVariant afterId = after ? QVariant(after->id) : QVariant();
    const QVariant afterDue = after ? QVariant(static_cast<qint64>(after->due.time_since_epoch().count())) : QVariant();
    values << afterId << afterDue << afterId << pageSize;
    auto query = Database::execute(db(), pageSql, values);
    if (!query)
        return query.error();
    CasePage page;
    while (query->next()) {
        auto row = readRow(query.value());
        if (!row)
            return row.error();
        page.rows.append(std::move(row).value());
    }
    if (page.rows.size() == pageSize)
        page.next = CaseCursor{page.rows.last().sortDue(), page.rows.last().id};
    return page;
}

Result<qint64> CaseQueries::count(const CaseSelection& selection) const {
    auto query = Database::execute(db(), countSql, selectionValues(selection, std::nullopt));
    if (!query)
        return query.error();
    if (!query->next())
        return qint64{0};
    return query->value(0).toLongLong();
}

Result<std::optional<CaseRow>> CaseQueries::row(qint64 caseId) const {
    QVariantList values = selectionValues({}, caseId);
    values << QVariant() << QVariant() << QVariant() << 1;
    auto query = Database::execute(db(), pageSql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CaseRow>{};
    auto row = readRow(query.value());
    if (!row)
        return row.error();
    return std::optional<CaseRow>{std::move(row).value()};
}

} // namespace ruqsat::core
