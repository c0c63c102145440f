#include "queue/CaseQueueModel.h"

#include "common/Labels.h"
#include "store/DeadlineText.h"

#include <algorithm>
#include <limits>

namespace ruqsat::ui {

using core::DeadlineStatus;

QColor CaseQueueModel::deadlineColor(DeadlineStatus::State state) {
    switch (state) {
    case DeadlineStatus::State::OnTime:
        return QColor(0x1b, 0x5e, 0x20); // green
    case DeadlineStatus::State::AtRisk:
        return QColor(0x9a, 0x5b, 0x00); // amber, dark enough to read
    case DeadlineStatus::State::Overdue:
        return QColor(0xb7, 0x1c, 0x1c); // red
    }
    return {};
}

CaseQueueModel::CaseQueueModel(Session session, core::CaseSelection selection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(std::move(session))
    , m_selection(std::move(selection)) {}

core::Status CaseQueueModel::reload(int atLeastRows) {
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_total = 0;
    m_lastError.reset();
    const core::CaseQueries queries(m_session.connectionName);
    auto total = queries.count(m_selection);
    auto page = total ? queries.page(m_selection, m_pageSize) : core::Result<core::CasePage>(total.error());
    if (page) {
        m_total = total.value();
        m_next = page->next;
        for (core::CaseRow& row : page->rows) {
            auto deadline = measure(row);
            m_rows.append(Entry{std::move(row), deadline});
        }
        while (m_next && m_rows.size() < atLeastRows) {
            auto more = queries.page(m_selection, m_pageSize, m_next);
            if (!more) {
                m_lastError = more.error();
                m_rows.clear();
                m_next.reset();
                m_total = 0;
                break;
            }
            m_next = more->next;
            if (more->rows.isEmpty())
                break;
            for (core::CaseRow& row : more->rows) {
                auto deadline = measure(row);
                m_rows.append(Entry{std::move(row), deadline});
            }
        }
    } else {
        m_lastError = page.error();
    }
    endResetModel();
    if (m_lastError) {
        Q_EMIT loadFailed(m_lastError->message);
        return *m_lastError;
    }
    return {};
}

void CaseQueueModel::fail(const core::Error& error) {
    m_lastError = error;
    m_next.reset(); // stop asking for more: the view would ask again at once
    Q_EMIT loadFailed(error.message);
}

bool CaseQueueModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_next.has_value();
}

void CaseQueueModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || !m_next || m_fetchScheduled)
        return;
    m_fetchScheduled = true;
    QMetaObject::invokeMethod(this, &CaseQueueModel::fetchNextPage, Qt::QueuedConnection);
}

void CaseQueueModel::fetchNextPage() {
    m_fetchScheduled = false;
    if (!m_next)
        return;
    auto page = core::CaseQueries(m_session.connectionName).page(m_selection, m_pageSize, m_next);
    if (!page) {
        fail(page.error());
        return;
    }
    m_next = page->next;
    if (page->rows.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->rows.size() - 1));
    for (core::CaseRow& row : page->rows) {
        auto deadline = measure(row);
        m_rows.append(Entry{std::move(row), deadline});
    }
    endInsertRows();
}

std::optional<DeadlineStatus> CaseQueueModel::measure(const core::CaseRow& row) const {
    const auto evaluator = m_session.workspace->evaluator(row.officeId);
    if (!evaluator)
        return std::nullopt;
    const core::Instant now = m_session.clock->now();
    // The queue is about the step the case waits at; a closed case is measured by its whole term.
    auto status = row.stepDueAt && row.stepStartedAt
                      ? evaluator->evaluate(*row.stepStartedAt, *row.stepDueAt, std::nullopt, now)
                      : evaluator->evaluate(row.submittedAt, row.caseDue, row.closedAt, now);
    if (!status)
        return std::nullopt; // outside the calendar's years: shown as unknown rather than guessed
    return status.value();
}

void CaseQueueModel::refreshDeadlines() {
    const int column = static_cast<int>(Column::Deadline);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        auto updated = measure(m_rows[row].data);
        if (updated == m_rows[row].deadline)
            continue;
        m_rows[row].deadline = std::move(updated);
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, column), index(last, column));
}

core::Status CaseQueueModel::refreshCase(qint64 caseId) {
    auto read = core::CaseQueries(m_session.connectionName).row(caseId);
    if (!read)
        return read.error();
    const int existing = rowOfCase(caseId);
    auto removeExisting = [&] {
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    };
    if (!read->has_value() || !m_selection.matches(**read)) {
        if (existing >= 0) {
            removeExisting();
            --m_total;
        }
        return {};
    }
    core::CaseRow row = std::move(read.value()).value();
    if (existing < 0)
        ++m_total;
    // Rows are loaded in the queries' (due, id) order. A row whose place lies beyond the last loaded
    // one is left to the page that will bring it, so that it never shows twice.
    const auto key = std::pair(row.sortDue(), row.id);
    if (m_next && key > std::pair(m_next->due, m_next->id)) {
        if (existing >= 0)
            removeExisting();
        return {};
    }
    auto deadline = measure(row);
    if (existing >= 0) {
        m_rows[existing] = Entry{std::move(row), deadline};
        Q_EMIT dataChanged(index(existing, 0), index(existing, columnTotal - 1));
        return {};
    }
    const auto place = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Entry& entry) {
        return std::pair(entry.data.sortDue(), entry.data.id) > key;
    });
    const int at = static_cast<int>(place - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, Entry{std::move(row), deadline});
    endInsertRows();
    return {};
}

void CaseQueueModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1));
}

int CaseQueueModel::rowOfCase(qint64 caseId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).data.id == caseId)
            return row;
    }
    return -1;
}

int CaseQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant CaseQueueModel::display(const Entry& entry, Column column) const {
    const core::CaseRow& row = entry.data;
    const QTimeZone zone = m_session.workspace->timeZone(row.officeId);
    switch (column) {
    case Column::Id:
        return row.id;
    case Column::Service:
        return row.serviceCode;
    case Column::Applicants:
        return row.applicants;
    case Column::Object:
        return row.objectName;
    case Column::State:
        return Labels::state(row.state);
    case Column::Assignee:
        return row.assigneeName.isEmpty() ? row.assignee : row.assigneeName;
    case Column::Office:
        if (const core::OfficeInfo* office = m_session.workspace->findOffice(row.officeId))
            return Labels::localized(office->names);
        return row.officeId;
    case Column::Received:
        return Labels::dateTime(row.receivedAt, zone);
    case Column::StepDue:
        return row.stepDueAt ? Labels::dateTime(*row.stepDueAt, zone) : QString();
    case Column::Deadline: {
        if (!entry.deadline)
            return tr("unknown");
        const auto calendar = m_session.workspace->calendar(row.officeId);
        return core::DeadlineText::status(*entry.deadline,
                                          core::DeadlineText::minutesPerWorkingDay(calendar->schedule()));
    }
    case Column::CaseDue:
        return Labels::dateTime(row.caseDue, zone);
    }
    return {};
}

QVariant CaseQueueModel::sortValue(const Entry& entry, Column column) const {
    const core::CaseRow& row = entry.data;
    switch (column) {
    case Column::Id:
        return row.id;
    case Column::Received:
        return static_cast<qint64>(row.receivedAt.time_since_epoch().count());
    case Column::StepDue:
        return static_cast<qint64>(row.sortDue().time_since_epoch().count());
    case Column::Deadline:
        // Unmeasured rows last.
        return entry.deadline ? core::DeadlineText::sortKey(*entry.deadline) : std::numeric_limits<qint64>::max();
    case Column::CaseDue:
        return static_cast<qint64>(row.caseDue.time_since_epoch().count());
    default:
        return display(entry, column);
    }
}

QVariant CaseQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case Qt::ToolTipRole:
        if (column == Column::Service) {
            if (auto definition =
                    m_session.workspace->catalogue().find(entry.data.serviceCode, entry.data.serviceVersion))
                return Labels::localized(definition.value()->names);
        }
        if (column == Column::Deadline && entry.data.stepDueAt) {
            return tr("Step due %1")
                .arg(Labels::dateTime(*entry.data.stepDueAt, m_session.workspace->timeZone(entry.data.officeId)));
        }
        if (column == Column::Applicants || column == Column::Object)
            return display(entry, column);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Deadline && entry.deadline)
            return deadlineColor(entry.deadline->state);
        return {};
    case Qt::BackgroundRole:
        if (column == Column::Deadline && entry.deadline && entry.deadline->state != DeadlineStatus::State::OnTime) {
            QColor tint = deadlineColor(entry.deadline->state);
            tint.setAlpha(40);
            return tint;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Id)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case CaseIdRole:
        return entry.data.id;
    case RowVersionRole:
        return entry.data.rowVersion;
    case DeadlineStateRole:
        return entry.deadline ? QVariant(static_cast<int>(entry.deadline->state)) : QVariant();
    case SortRole:
        return sortValue(entry, column);
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Id:
        return tr("No.");
    case Column::Service:
        return tr("Service");
    case Column::Applicants:
        return tr("Applicants");
    case Column::Object:
        return tr("Object");
    case Column::State:
        return tr("Step");
    case Column::Assignee:
        return tr("Specialist");
    case Column::Office:
        return tr("Office");
    case Column::Received:
        return tr("Received");
    case Column::StepDue:
        return tr("Step due");
    case Column::Deadline:
        return tr("Deadline");
    case Column::CaseDue:
        return tr("Term ends");
    }
    return {};
}

} // namespace ruqsat::ui
