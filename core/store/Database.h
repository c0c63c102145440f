#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ruqsat::core {

// Opening and using Qt Sql connections to PostgreSQL. A connection is named and belongs to the thread
// that opened it; code looks it up by name when it needs it (QSqlDatabase::database) rather than
// keeping a QSqlDatabase in a member.
class Database {
public:
    // Opens the connection `name` for the calling thread, replacing an older one of that name.
    static Result<QSqlDatabase> open(const ConnectionSettings& settings, const QString& name);
    static void close(const QString& name);

    // Runs one statement with bound values. Never builds SQL from values.
    static Result<QSqlQuery> execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // Runs a script of several statements (a migration) in the simple-query protocol, no values.
    static Status executeScript(const QSqlDatabase& db, const QString& sql);

    // Maps a Qt Sql error to ours. The SQL API raises errors whose message starts with a reason code
    // ("wrong_role: ..."); those keep their reason. SQLSTATEs map to error codes (40001 -> Conflict, ...).
    static Error toError(const QSqlError& error);
};

// One short transaction: begin on construction, roll back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace ruqsat::core
