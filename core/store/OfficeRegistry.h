#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ruqsat::core {

// A local executive body running Ruqsat: an oblast office, or a district or city office under one.
struct Office {
    QString id;   // short code, e.g. "vko", "vko-oskemen"
    QString kind; // "oblast", "district", "city"
    QString parentId;
    QString nameRu;
    QString nameKk;
    QString nameEn;
    QString address;
    QString bin;
    QString timeZone = QStringLiteral("Asia/Almaty");
    QString scheduleJson; // empty: the standard schedule
};

// Offices, as the administrator keeps them. Each change writes its audit record in the same transaction.
class OfficeRegistry {
public:
    explicit OfficeRegistry(QString connectionName);

    Status add(const Office& office);
    Result<QList<Office>> list() const;

private:
    QSqlDatabase db() const;
    QString m_connectionName;
};

} // namespace ruqsat::core
