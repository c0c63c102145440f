#include "OverdueReportModel.h"

#include "common/Labels.h"

namespace ruqsat::ui {

namespace {

qint64 seconds(core::Instant instant) {
    return instant.time_since_epoch().count();
}

} // namespace

OverdueReportModel::OverdueReportModel(Session session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_labels(std::move(session)) {}

void OverdueReportModel::setReport(core::OverdueReport report) {
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void OverdueReportModel::retranslate() {
    if (!m_report.rows().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
}

int OverdueReportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_report.rows().size());
}

int OverdueReportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant OverdueReportModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OverdueRow& row = m_report.rows().at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case KindRole:
        return static_cast<int>(row.kind);
    case WorkingSecondsRole:
        return row.workingSeconds;
    case CaseIdRole:
        return row.caseId;
    case Qt::TextAlignmentRole:
        if (column == Column::Case || column == Column::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Kind:
            return ReportLabels::kind(row.kind);
        case Column::Office:
            return m_labels.office(row.officeId);
        case Column::Service:
            return m_labels.service(row.serviceCode);
        case Column::Step:
            return row.step ? Labels::step(*row.step) : ReportLabels::wholeCase();
        case Column::Employee:
            // A whole case is no one person's.
            return core::isCaseKind(row.kind) ? QString() : m_labels.employee(row.employee, row.employeeName);
        case Column::Case:
            return QLocale().toString(row.caseId);
        case Column::Due:
            return m_labels.instant(row.dueAt, row.officeId);
        case Column::Finished:
            return row.finishedAt ? m_labels.instant(*row.finishedAt, row.officeId) : QString();
        case Column::Amount:
            if (role == Qt::ToolTipRole)
                return tr("%1 working seconds").arg(QLocale().toString(row.workingSeconds));
            return m_labels.workingTime(row.workingSeconds, row.officeId);
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Kind:
            return static_cast<int>(row.kind);
        case Column::Case:
            return row.caseId;
        case Column::Due:
            return seconds(row.dueAt);
        case Column::Finished:
            return row.finishedAt ? seconds(*row.finishedAt) : qint64{0};
        case Column::Amount:
            return row.workingSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant OverdueReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Kind:
        return tr("Status");
    case Column::Office:
        return tr("Office");
    case Column::Service:
        return tr("Service");
    case Column::Step:
        return tr("Step");
    case Column::Employee:
        return tr("Employee");
    case Column::Case:
        return tr("Case");
    case Column::Due:
        return tr("Due");
    case Column::Finished:
        return tr("Finished");
    case Column::Amount:
        return tr("Overdue / left (working time)");
    }
    return {};
}

} // namespace ruqsat::ui
