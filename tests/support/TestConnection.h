#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace ruqsat::test {

// A named database connection for the current scope, with the few ways tests read through it. Opening
// it fails the test (REQUIRE) when the database refuses; the destructor closes it.
class Connection {
public:
    Connection(const core::ConnectionSettings& settings, QString name);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase db() const;
    const QString& name() const { return m_name; }
    core::Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;
    // Statements PostgreSQL cannot prepare (TRUNCATE, SET ROLE), without values.
    core::Status script(const QString& sql) const;
    // The first column of the first row; fails the test on an error or no row.
    QVariant value(const QString& sql, const QVariantList& values = {}) const;
    qint64 scalar(const QString& sql, const QVariantList& values = {}) const { return value(sql, values).toLongLong(); }
    // Every row, each as its columns' values; fails the test on an error.
    QList<QVariantList> rows(const QString& sql, const QVariantList& values = {}) const;

private:
    QString m_name;
};

} // namespace ruqsat::test
