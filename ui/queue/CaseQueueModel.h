#pragma once

#include "common/Session.h"
#include "store/CaseQueries.h"
#include "workflow/DeadlineStatus.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <optional>

namespace ruqsat::ui {

// One work queue as a table: the cases of a CaseSelection, paged from SQL as the view scrolls
// (canFetchMore/fetchMore over CaseQueries' keyset pages), with the current step's deadline measured
// in working time. refreshDeadlines() re-measures against the session's clock without touching the
// database; reload() reads the queue again.
//
// fetchMore() only schedules the next page; it arrives from the event loop. Views ask for more from
// inside their reactions to model signals (so does QAbstractItemModelTester), and rows inserted in the
// middle of another change's notifications would break them.
class CaseQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column {
        Id,
        Service,
        Applicants,
        Object,
        State,
        Assignee,
        Office,
        Received,
        StepDue,
        Deadline,
        CaseDue
    };
    static constexpr int columnTotal = static_cast<int>(Column::CaseDue) + 1;

    enum Roles {
        CaseIdRole = Qt::UserRole + 1, // qint64
        RowVersionRole,                // qint64, the version an action must name
        DeadlineStateRole,             // int (core::DeadlineStatus::State), invalid when not measured
        SortRole,                      // what the column sorts by
    };

    // Colours of the deadline column (text; the background is a light tint of the same).
    static QColor deadlineColor(core::DeadlineStatus::State state);

    CaseQueueModel(Session session, core::CaseSelection selection, QObject* parent = nullptr);

    const core::CaseSelection& selection() const { return m_selection; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }

    // Reads the first page and the total count again, and further pages at once until at least
    // `atLeastRows` rows are loaded (so that a reload keeps the rows the user had scrolled to). On failure
    // the model is empty and the error kept.
    core::Status reload(int atLeastRows = 0);
    // Re-measures every loaded row's deadline at the clock's "now"; signals the changed cells only.
    void refreshDeadlines();
    // Reads one case again after an action changed it: its row is updated, leaves the queue, or joins it
    // in its place (unless that place lies in a page not loaded yet, which will bring it).
    core::Status refreshCase(qint64 caseId);

    // After a language switch: the headers and every cell's words are told to the views again.
    void retranslate();

    // How many cases the queue holds in the database (loaded or not), as of the last reload.
    qint64 totalCount() const { return m_total; }
    const std::optional<core::Error>& lastError() const { return m_lastError; }

    const core::CaseRow& caseRow(int row) const { return m_rows.at(row).data; }
    const std::optional<core::DeadlineStatus>& deadline(int row) const { return m_rows.at(row).deadline; }
    // The row of a loaded case, or -1.
    int rowOfCase(qint64 caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    struct Entry {
        core::CaseRow data;
        std::optional<core::DeadlineStatus> deadline;
    };

    std::optional<core::DeadlineStatus> measure(const core::CaseRow& row) const;
    QVariant display(const Entry& entry, Column column) const;
    QVariant sortValue(const Entry& entry, Column column) const;
    void fail(const core::Error& error);
    void fetchNextPage();

    Session m_session;
    core::CaseSelection m_selection;
    int m_pageSize = core::CaseQueries::defaultPageSize;
    QList<Entry> m_rows;
    std::optional<core::CaseCursor> m_next;
    bool m_fetchScheduled = false;
    qint64 m_total = 0;
    std::optional<core::Error> m_lastError;
};

} // namespace ruqsat::ui
