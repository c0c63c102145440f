#pragma once

#include "services/ServiceCatalogue.h"
#include "workflow/Case.h"

#include <QAbstractTableModel>
#include <QList>

namespace ruqsat::ui {

// The paragraph 9 checklist of a case: each document of its variant, provided or missing, in the
// order of the service definition.
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Document, Status };
    static constexpr int columnTotal = static_cast<int>(Column::Status) + 1;
    enum Roles { CodeRole = Qt::UserRole + 1, ProvidedRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    // `definition` names the documents; it may be null (codes are shown then).
    void setCase(const core::Case& state, const core::ServiceDefinitionPtr& definition);
    int missingCount() const;

    // Header and cell texts in the user's language again (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        QString code;
        QString name;
        bool provided = false;
    };
    QList<Item> m_items;
};

} // namespace ruqsat::ui
