#pragma once

#include "services/ServiceCatalogue.h"
#include "workflow/Case.h"

#include <QAbstractTableModel>
#include <QList>

namespace ruqsat::ui {

// The applicants of a case (the permit's developer and authorised company, the extract's applicant).
class ApplicantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Role, Name, IdNumber, Phone, Email, Address };
    static constexpr int columnTotal = static_cast<int>(Column::Address) + 1;

    explicit ApplicantsModel(QObject* parent = nullptr);

    // `definition` names the applicant roles; it may be null.
    void setApplicants(QList<core::Applicant> applicants, const core::ServiceDefinitionPtr& definition);

    // Header and cell texts in the user's language again (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Applicant> m_applicants;
    QStringList m_roleNames;
};

} // namespace ruqsat::ui
