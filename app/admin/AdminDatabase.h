#pragma once

#include "AdminContext.h"

#include "store/Database.h"

#include <QSqlDatabase>

#include <optional>

namespace ruqsat::admin {

// The database connection of one ruqsat-admin subcommand, from its --db / --cluster options, closed
// when the subcommand ends.
class AdminDatabase {
public:
    static constexpr const char* connectionName = "ruqsat-admin";

    AdminDatabase() = default;
    ~AdminDatabase() { core::Database::close(QLatin1String(connectionName)); }
    AdminDatabase(const AdminDatabase&) = delete;
    AdminDatabase& operator=(const AdminDatabase&) = delete;

    // Opens the connection; on failure returns the exit code after printing the error.
    std::optional<int> open(AdminContext& context, const QCommandLineParser& parser) {
        auto settings = context.databaseSettings(parser);
        if (!settings)
            return context.fail(settings.error());
        auto db = core::Database::open(settings.value(), QLatin1String(connectionName));
        if (!db)
            return context.fail(db.error());
        return std::nullopt;
    }
    QString name() const { return QLatin1String(connectionName); }
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
};

} // namespace ruqsat::admin
