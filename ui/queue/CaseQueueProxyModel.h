#pragma once

#include "store/CaseQueueFilter.h"

#include <QSortFilterProxyModel>

namespace ruqsat::ui {

class CaseQueueModel;

// Sorting and filtering of a CaseQueueModel. Thin on purpose: the predicate is core's CaseQueueFilter,
// the sort keys are the model's SortRole.
class CaseQueueProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseQueueProxyModel(QObject* parent = nullptr);

    void setQueueModel(CaseQueueModel* model);
    CaseQueueModel* queueModel() const;

    const core::CaseQueueFilter& filter() const { return m_filter; }
    void setFilter(const core::CaseQueueFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    core::CaseQueueFilter m_filter;
};

} // namespace ruqsat::ui
