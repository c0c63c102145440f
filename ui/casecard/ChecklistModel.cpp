#include "casecard/ChecklistModel.h"

#include "common/Labels.h"

#include <QColor>

#include <algorithm>

namespace ruqsat::ui {

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ChecklistModel::setCase(const core::Case& state, const core::ServiceDefinitionPtr& definition) {
    beginResetModel();
    m_items.clear();
    QStringList listed;
    if (const core::Checklist* checklist = definition ? definition->checklist(state.checklistVariant) : nullptr) {
        for (const core::ChecklistDocument& document : checklist->documents) {
            m_items.append(
                Item{document.code, Labels::localized(document.names), state.checklist.value(document.code)});
            listed.append(document.code);
        }
    }
    // Whatever the case records beyond its definition (it should not happen) is shown, not hidden.
    for (auto it = state.checklist.cbegin(); it != state.checklist.cend(); ++it) {
        if (!listed.contains(it.key()))
            m_items.append(Item{it.key(), it.key(), it.value()});
    }
    endResetModel();
}

int ChecklistModel::missingCount() const {
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item& i) { return !i.provided; }));
}

void ChecklistModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == Column::Document)
            return item.name;
        return item.provided ? tr("provided") : tr("missing");
    case Qt::ForegroundRole:
        if (column == Column::Status && !item.provided)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case CodeRole:
        return item.code;
    case ProvidedRole:
        return item.provided;
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return static_cast<Column>(section) == Column::Document ? tr("Document") : tr("Status");
}

} // namespace ruqsat::ui
