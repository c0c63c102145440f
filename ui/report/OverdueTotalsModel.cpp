#include "OverdueTotalsModel.h"

#include <QFont>
#include <QLocale>

namespace ruqsat::ui {

OverdueTotalsModel::OverdueTotalsModel(Session session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_labels(session)
    , m_officeId(session.workspace ? session.workspace->office().id : QString()) {}

void OverdueTotalsModel::setReport(const core::OverdueReport& report, core::OverdueGrouping grouping) {
    beginResetModel();
    m_grouping = grouping;
    m_groups = report.totals(grouping);
    m_total = report.grandTotal();
    endResetModel();
}

void OverdueTotalsModel::retranslate() {
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
}

int OverdueTotalsModel::rowCount(const QModelIndex& parent) const {
    // The groups and the total line.
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size()) + 1;
}

int OverdueTotalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant OverdueTotalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = index.row() == m_groups.size();
    const core::OverdueTotals& totals = isTotal ? m_total : m_groups.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case GroupKeyRole:
        return isTotal ? QVariant() : QVariant(totals.key);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column != Column::Group)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole: {
        const bool display = role == Qt::DisplayRole;
        switch (column) {
        case Column::Group:
            return isTotal ? tr("Total") : m_labels.group(totals.key, m_grouping);
        case Column::OverdueCount:
            return display ? QVariant(QLocale().toString(totals.overdueCount)) : QVariant(totals.overdueCount);
        case Column::OverdueTime:
            return display ? QVariant(m_labels.workingTime(totals.overdueSeconds, m_officeId))
                           : QVariant(totals.overdueSeconds);
        case Column::LateCount:
            return display ? QVariant(QLocale().toString(totals.lateCount)) : QVariant(totals.lateCount);
        case Column::LateTime:
            return display ? QVariant(m_labels.workingTime(totals.lateSeconds, m_officeId))
                           : QVariant(totals.lateSeconds);
        case Column::AtRiskCount:
            return display ? QVariant(QLocale().toString(totals.atRiskCount)) : QVariant(totals.atRiskCount);
        case Column::CaseOverdueCount:
            return display ? QVariant(QLocale().toString(totals.caseOverdueCount)) : QVariant(totals.caseOverdueCount);
        case Column::CaseOverdueTime:
            return display ? QVariant(m_labels.workingTime(totals.caseOverdueSeconds, m_officeId))
                           : QVariant(totals.caseOverdueSeconds);
        case Column::CaseLateCount:
            return display ? QVariant(QLocale().toString(totals.caseLateCount)) : QVariant(totals.caseLateCount);
        case Column::CaseLateTime:
            return display ? QVariant(m_labels.workingTime(totals.caseLateSeconds, m_officeId))
                           : QVariant(totals.caseLateSeconds);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant OverdueTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Group:
        return ReportLabels::grouping(m_grouping);
    case Column::OverdueCount:
        return tr("Overdue now");
    case Column::OverdueTime:
        return tr("Overdue (working time)");
    case Column::LateCount:
        return tr("Finished late");
    case Column::LateTime:
        return tr("Late by (working time)");
    case Column::AtRiskCount:
        return tr("At risk");
    case Column::CaseOverdueCount:
        return tr("Cases overdue now");
    case Column::CaseOverdueTime:
        return tr("Cases overdue (working time)");
    case Column::CaseLateCount:
        return tr("Cases finished late");
    case Column::CaseLateTime:
        return tr("Cases late by (working time)");
    }
    return {};
}

} // namespace ruqsat::ui
