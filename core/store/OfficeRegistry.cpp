#include "store/OfficeRegistry.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ruqsat::core {

OfficeRegistry::OfficeRegistry(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase OfficeRegistry::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status OfficeRegistry::add(const Office& office) {
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto inserted = Database::execute(
        db(),
        QStringLiteral("INSERT INTO ruqsat.office (id, kind, parent_id, name_ru, name_kk, name_en, address, bin, "
                       "time_zone, schedule) VALUES (?, ?, nullif(?, ''), ?, ?, ?, ?, nullif(?, ''), ?, "
                       "nullif(?, '')::jsonb)"),
        {office.id, office.kind, office.parentId, office.nameRu, office.nameKk, office.nameEn, office.address,
         office.bin, office.timeZone, office.scheduleJson});
    if (!inserted) {
        Error error = inserted.error();
        error.message =
            QCoreApplication::translate("OfficeRegistry", "Cannot add office %1: %2").arg(office.id, error.message);
        return error;
    }
    const QJsonObject payload{{QStringLiteral("office_id"), office.id},
                              {QStringLiteral("kind"), office.kind},
                              {QStringLiteral("parent_id"), office.parentId},
                              {QStringLiteral("name_ru"), office.nameRu},
                              {QStringLiteral("time_zone"), office.timeZone}};
    auto audited = Database::execute(db(), QStringLiteral("SELECT ruqsat.audit_admin('office_add', ?::jsonb)"),
                                     {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<QList<Office>> OfficeRegistry::list() const {
    auto query = Database::execute(db(), QStringLiteral("SELECT id, kind, coalesce(parent_id, ''), name_ru, name_kk, "
                                                        "name_en, address, coalesce(bin, ''), time_zone, "
                                                        "coalesce(schedule::text, '') FROM ruqsat.office ORDER BY id"));
    if (!query)
        return query.error();
    QList<Office> offices;
    while (query->next()) {
        Office office;
        office.id = query->value(0).toString();
        office.kind = query->value(1).toString();
        office.parentId = query->value(2).toString();
        office.nameRu = query->value(3).toString();
        office.nameKk = query->value(4).toString();
        office.nameEn = query->value(5).toString();
        office.address = query->value(6).toString();
        office.bin = query->value(7).toString();
        office.timeZone = query->value(8).toString();
        office.scheduleJson = query->value(9).toString();
        offices.append(office);
    }
    return offices;
}

} // namespace ruqsat::core
