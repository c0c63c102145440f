#include "casecard/ApplicantsModel.h"

#include "common/Labels.h"

namespace ruqsat::ui {

ApplicantsModel::ApplicantsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ApplicantsModel::setApplicants(QList<core::Applicant> applicants, const core::ServiceDefinitionPtr& definition) {
    beginResetModel();
    m_applicants = std::move(applicants);
    m_roleNames.clear();
    for (const core::Applicant& applicant : std::as_const(m_applicants)) {
        QString name = applicant.role;
        if (definition) {
            for (const core::ApplicantSlot& slot : definition->applicants) {
                if (slot.role == applicant.role)
                    name = Labels::localized(slot.names);
            }
        }
        m_roleNames.append(name);
    }
    endResetModel();
}

void ApplicantsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1));
}

int ApplicantsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_applicants.size());
}

int ApplicantsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant ApplicantsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::Applicant& applicant = m_applicants.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Column::Role:
        return m_roleNames.at(index.row());
    case Column::Name:
        return applicant.name;
    case Column::IdNumber:
        return applicant.idNumber;
    case Column::Phone:
        return applicant.phone;
    case Column::Email:
        return applicant.email;
    case Column::Address:
        return applicant.address;
    }
    return {};
}

QVariant ApplicantsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Role:
        return tr("As");
    case Column::Name:
        return tr("Name");
    case Column::IdNumber:
        return tr("IIN / BIN");
    case Column::Phone:
        return tr("Phone");
    case Column::Email:
        return tr("E-mail");
    case Column::Address:
        return tr("Address");
    }
    return {};
}

} // namespace ruqsat::ui
