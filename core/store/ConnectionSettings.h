#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ruqsat::core {

// Where and as whom to connect: a libpq connection string ("host=... dbname=...") or URI
// ("postgresql://..."), validated with libpq's own parser. Fields left out are filled by libpq from
// the PG* environment variables and the service file, as psql would.
class ConnectionSettings {
public:
    ConnectionSettings() = default;

    static Result<ConnectionSettings> parse(const QString& connInfo);
    // A private cluster's socket directory, e.g. the embedded default's.
    static ConnectionSettings forSocket(const QString& socketDirectory, int port, const QString& database,
                                        const QString& user, const QString& password);

    QString value(const QString& key) const;
    ConnectionSettings with(const QString& key, const QString& value) const;
    ConnectionSettings withoutKey(const QString& key) const;

    // The normalised key='value' form, password included: give it only to libpq.
    QString connInfo() const;
    // For people and logs: the same without the password.
    QString describe() const;

    const QList<QPair<QString, QString>>& options() const { return m_options; }

private:
    QList<QPair<QString, QString>> m_options; // in the order given, keys unique
};

} // namespace ruqsat::core
