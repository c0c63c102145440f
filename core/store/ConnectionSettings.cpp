#include "store/ConnectionSettings.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace ruqsat::core {

namespace {

QString quoted(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::parse(const QString& connInfo) {
    char* errorMessage = nullptr;
    const QByteArray utf8 = connInfo.toUtf8();
    PQconninfoOption* parsed = PQconninfoParse(utf8.constData(), &errorMessage);
    if (parsed == nullptr) {
        QString reason = errorMessage != nullptr ? QString::fromUtf8(errorMessage).trimmed()
                                                 : QCoreApplication::translate("ConnectionSettings", "out of memory");
        PQfreemem(errorMessage);
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("bad_conninfo"),
            QCoreApplication::translate("ConnectionSettings", "Invalid connection string: %1").arg(reason));
    }
    ConnectionSettings settings;
    for (PQconninfoOption* option = parsed; option->keyword != nullptr; ++option) {
        if (option->val != nullptr)
            settings.m_options.append({QString::fromUtf8(option->keyword), QString::fromUtf8(option->val)});
    }
    PQconninfoFree(parsed);
    return settings;
}

ConnectionSettings ConnectionSettings::forSocket(const QString& socketDirectory, int port, const QString& database,
                                                 const QString& user, const QString& password) {
    ConnectionSettings settings;
    settings.m_options = {{QStringLiteral("host"), socketDirectory},
                          {QStringLiteral("port"), QString::number(port)},
                          {QStringLiteral("dbname"), database},
                          {QStringLiteral("user"), user},
                          {QStringLiteral("password"), password}};
    return settings;
}

QString ConnectionSettings::value(const QString& key) const {
    for (const auto& [optionKey, optionValue] : m_options) {
        if (optionKey == key)
            return optionValue;
    }
    return {};
}

ConnectionSettings ConnectionSettings::with(const QString& key, const QString& value) const {
    ConnectionSettings copy = withoutKey(key);
    copy.m_options.append({key, value});
    return copy;
}

ConnectionSettings ConnectionSettings::withoutKey(const QString& key) const {
    ConnectionSettings copy;
    for (const auto& option : m_options) {
        if (option.first != key)
            copy.m_options.append(option);
    }
    return copy;
}

QString ConnectionSettings::connInfo() const {
    QStringList parts;
    for (const auto& [key, value] : m_options)
        parts.append(key + QLatin1Char('=') + quoted(value));
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSettings::describe() const {
    const QString host = value(QStringLiteral("host"));
    const QString service = value(QStringLiteral("service"));
    const QString database = value(QStringLiteral("dbname"));
    const QString user = value(QStringLiteral("user"));
    QStringList parts;
    if (!service.isEmpty())
        parts.append(QCoreApplication::translate("ConnectionSettings", "service %1").arg(service));
    if (host.startsWith(QLatin1Char('/')))
        parts.append(QCoreApplication::translate("ConnectionSettings", "socket %1").arg(host));
    else if (!host.isEmpty())
        parts.append(QCoreApplication::translate("ConnectionSettings", "server %1").arg(host));
    if (!database.isEmpty())
        parts.append(QCoreApplication::translate("ConnectionSettings", "database %1").arg(database));
    if (!user.isEmpty())
        parts.append(QCoreApplication::translate("ConnectionSettings", "user %1").arg(user));
    if (parts.isEmpty())
        return QCoreApplication::translate("ConnectionSettings", "libpq defaults (PG* environment)");
    return parts.join(QStringLiteral(", "));
}

} // namespace ruqsat::core
