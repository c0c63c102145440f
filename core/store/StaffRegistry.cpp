#include "store/StaffRegistry.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace ruqsat::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("StaffRegistry", text);
}

QString groupRole(Role role) {
    return QStringLiteral("ruqsat_") + roleName(role);
}

// Identifiers cannot be bound; logins are validated to [a-z0-9_] before they get here, and quoted anyway.
QString quotedIdentifier(const QString& identifier) {
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

StaffRegistry::StaffRegistry(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase StaffRegistry::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status StaffRegistry::validateLogin(const QString& login) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{2,62}$"));
    if (!pattern.match(login).hasMatch()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid_login"),
                         tr("The login \"%1\" is not valid: use 3 to 63 lowercase Latin letters, digits and '_', "
                            "starting with a letter.")
                             .arg(login));
    }
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("ruqsat_"))) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid_login"),
                         tr("The login \"%1\" is reserved: logins cannot start with pg_ or ruqsat_.").arg(login));
    }
    return {};
}

Status StaffRegistry::validatePassword(const QString& password) {
    if (password.size() < minimumPasswordLength) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("weak_password"),
                         tr("The password must have at least %1 characters.").arg(minimumPasswordLength));
    }
    return {};
}

Result<QString> StaffRegistry::scramVerifier(const QString& login, const QString& password) const {
    const QVariant handle = db().driver()->handle();
    PGconn* connection = nullptr;
    // Qt registers the handle under the struct's own name (pg_conn*) or the typedef's (PGconn*).
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        connection = *static_cast<PGconn* const*>(handle.constData());
    if (connection == nullptr)
        return makeError(ErrorCode::Internal, QStringLiteral("no_connection"),
                         tr("Not connected to PostgreSQL (driver handle %1).").arg(QLatin1String(handle.typeName())));
    char* encrypted =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (encrypted == nullptr) {
        return makeError(ErrorCode::Internal, QStringLiteral("password_encryption_failed"),
                         tr("Cannot encrypt the password: %1").arg(QString::fromUtf8(PQerrorMessage(connection))));
    }
    QString verifier = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return verifier;
}

Status StaffRegistry::requireStaff(const QString& login) const {
    auto found = Database::execute(db(), QStringLiteral("SELECT 1 FROM ruqsat.staff WHERE login = ?"), {login});
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown_staff"),
                         tr("No staff member \"%1\".").arg(login));
    return {};
}

Status StaffRegistry::audit(const QString& action, const QString& login, const QString& detail) const {
    QJsonObject payload{{QStringLiteral("login"), login}};
    if (!detail.isEmpty())
        payload.insert(QStringLiteral("detail"), detail);
    auto audited =
        Database::execute(db(), QStringLiteral("SELECT ruqsat.audit_admin(?, ?::jsonb)"),
                          {action, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!audited)
        return audited.error();
    return {};
}

Status StaffRegistry::add(const StaffMember& member, const QString& password) {
    if (auto valid = validateLogin(member.login); !valid)
        return valid;
    if (auto valid = validatePassword(password); !valid)
        return valid;
    if (member.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("missing_name"), tr("The full name is empty."));
    if (member.roles.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("missing_roles"),
                         tr("A staff member needs at least one role."));
    auto verifier = scramVerifier(member.login, password);
    if (!verifier)
        return verifier.error();

    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto exists = Database::execute(db(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {member.login});
    if (!exists)
        return exists.error();
    if (exists->next())
        return makeError(ErrorCode::Conflict, QStringLiteral("login_taken"),
                         tr("A database role \"%1\" exists already.").arg(member.login));
    // The verifier is hex, base64 and '$:=' only: safe inside a literal.
    QStringList groups{QStringLiteral("ruqsat_staff")};
    for (const Role role : allRoles()) {
        if (member.roles.contains(role))
            groups.append(groupRole(role));
    }
    const QString create =
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
            .arg(quotedIdentifier(member.login), verifier.value(), groups.join(QStringLiteral(", ")));
    if (auto created = Database::executeScript(db(), create); !created)
        return created;
    auto inserted = Database::execute(
        db(), QStringLiteral("INSERT INTO ruqsat.staff (login, full_name, office_id, position) VALUES (?, ?, ?, ?)"),
        {member.login, member.fullName, member.officeId, member.position});
    if (!inserted) {
        Error error = inserted.error();
        if (error.reason == QLatin1String("invalid_data"))
            error.message =
                tr("Cannot add %1: no office \"%2\"?  (%3)").arg(member.login, member.officeId, error.message);
        return error;
    }
    if (auto audited = audit(QStringLiteral("staff_add"), member.login, member.roles.names().join(QLatin1Char(',')));
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<StaffMember>> StaffRegistry::list(const QString& officeId) const {
    auto query = Database::execute(
        db(),
        QStringLiteral("SELECT s.login, s.full_name, s.office_id, s.position, s.active, "
                       "coalesce((SELECT string_agg(r.role, ',' ORDER BY r.role) FROM ruqsat.staff_role r "
                       "WHERE r.login = s.login), '') "
                       "FROM ruqsat.staff s WHERE ? = '' OR s.office_id = ? ORDER BY s.office_id, s.login"),
        {officeId, officeId});
    if (!query)
        return query.error();
    QList<StaffMember> members;
    while (query->next()) {
        StaffMember member;
        member.login = query->value(0).toString();
        member.fullName = query->value(1).toString();
        member.officeId = query->value(2).toString();
        member.position = query->value(3).toString();
        member.active = query->value(4).toBool();
        for (const QString& name : query->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto role = roleFromName(name))
                member.roles.insert(*role);
        }
        members.append(member);
    }
    return members;
}

Status StaffRegistry::changeAccount(const QString& login, const QString& roleStatement, std::optional<bool> active,
                                    const QString& auditAction, const QString& detail) {
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    if (auto known = requireStaff(login); !known)
        return known;
    if (active) {
        auto updated = Database::execute(
            db(), QStringLiteral("UPDATE ruqsat.staff SET active = ?, row_version = row_version + 1 WHERE login = ?"),
            {*active, login});
        if (!updated)
            return updated.error();
    }
    if (auto altered = Database::executeScript(db(), roleStatement); !altered)
        return altered;
    if (auto audited = audit(auditAction, login, detail); !audited)
        return audited;
    return transaction.commit();
}

Status StaffRegistry::disable(const QString& login) {
    return changeAccount(login, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quotedIdentifier(login)), false,
                         QStringLiteral("staff_disable"), {});
}

Status StaffRegistry::enable(const QString& login) {
    return changeAccount(login, QStringLiteral("ALTER ROLE %1 LOGIN").arg(quotedIdentifier(login)), true,
                         QStringLiteral("staff_enable"), {});
}

Status StaffRegistry::setPassword(const QString& login, const QString& password) {
    if (auto valid = validatePassword(password); !valid)
        return valid;
    auto verifier = scramVerifier(login, password);
    if (!verifier)
        return verifier.error();
    return changeAccount(login,
                         QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(quotedIdentifier(login), verifier.value()),
                         std::nullopt, QStringLiteral("staff_set_password"), {});
}

Status StaffRegistry::grant(const QString& login, Role role) {
    return changeAccount(login, QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), quotedIdentifier(login)),
                         std::nullopt, QStringLiteral("staff_grant"), roleName(role));
}

Status StaffRegistry::revoke(const QString& login, Role role) {
    return changeAccount(login, QStringLiteral("REVOKE %1 FROM %2").arg(groupRole(role), quotedIdentifier(login)),
                         std::nullopt, QStringLiteral("staff_revoke"), roleName(role));
}

} // namespace ruqsat::core
