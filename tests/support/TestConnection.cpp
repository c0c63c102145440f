#include "TestConnection.h"

#include "store/Database.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace ruqsat::test {

Connection::Connection(const core::ConnectionSettings& settings, QString name)
    : m_name(std::move(name)) {
    auto db = core::Database::open(settings, m_name);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
}

Connection::~Connection() {
    core::Database::close(m_name);
}

QSqlDatabase Connection::db() const {
    return QSqlDatabase::database(m_name, false);
}

core::Result<QSqlQuery> Connection::run(const QString& sql, const QVariantList& values) const {
    return core::Database::execute(db(), sql, values);
}

core::Status Connection::script(const QString& sql) const {
    return core::Database::executeScript(db(), sql);
}

QVariant Connection::value(const QString& sql, const QVariantList& values) const {
    auto query = run(sql, values);
    INFO(sql.toStdString() << ": " << (query ? QString() : query.error().message).toStdString());
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return query->value(0);
}

QList<QVariantList> Connection::rows(const QString& sql, const QVariantList& values) const {
    auto query = run(sql, values);
    INFO(sql.toStdString() << ": " << (query ? QString() : query.error().message).toStdString());
    REQUIRE(query.ok());
    QList<QVariantList> result;
    while (query->next()) {
        QVariantList row;
        for (int i = 0; i < query->record().count(); ++i)
            row.append(query->value(i));
        result.append(row);
    }
    return result;
}

} // namespace ruqsat::test
