#include "queue/CaseQueueProxyModel.h"

#include "queue/CaseQueueModel.h"

namespace ruqsat::ui {

CaseQueueProxyModel::CaseQueueProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CaseQueueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseQueueProxyModel::setQueueModel(CaseQueueModel* model) {
    setSourceModel(model);
}

CaseQueueModel* CaseQueueProxyModel::queueModel() const {
    return qobject_cast<CaseQueueModel*>(sourceModel());
}

void CaseQueueProxyModel::setFilter(const core::CaseQueueFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool CaseQueueProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const CaseQueueModel* model = queueModel();
    if (model == nullptr || sourceParent.isValid())
        return false;
    return m_filter.accepts(model->caseRow(sourceRow), model->deadline(sourceRow));
}

} // namespace ruqsat::ui
