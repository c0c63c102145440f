#pragma once

#include "common/Result.h"
#include "services/Role.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ruqsat::core {

// A member of an office's staff. The login is their own PostgreSQL LOGIN role; the roles they hold are
// PostgreSQL group memberships (ruqsat_clerk, ruqsat_head, ...).
struct StaffMember {
    QString login;
    QString fullName;
    QString officeId;
    QString position;
    bool active = true;
    RoleSet roles;
};

// Staff administration: creating login roles, granting Ruqsat roles, disabling accounts. Needs a
// connection as a role allowed to create roles (a superuser or a CREATEROLE administrator). Every change
// is one transaction that also writes its audit record. Passwords never travel in clear text: libpq turns
// them into SCRAM verifiers on this side of the connection.
class StaffRegistry {
public:
    static constexpr int minimumPasswordLength = 8;

    explicit StaffRegistry(QString connectionName);

    // "aigerim_b": lowercase letters, digits and '_', 3 to 63 characters, starting with a letter, not
    // "pg_" or "ruqsat_".
    static Status validateLogin(const QString& login);
    static Status validatePassword(const QString& password);

    Status add(const StaffMember& member, const QString& password);
    Result<QList<StaffMember>> list(const QString& officeId = {}) const;
    Status disable(const QString& login);
    Status enable(const QString& login);
    Status setPassword(const QString& login, const QString& password);
    Status grant(const QString& login, Role role);
    Status revoke(const QString& login, Role role);

private:
    QSqlDatabase db() const;
    Result<QString> scramVerifier(const QString& login, const QString& password) const;
    Status requireStaff(const QString& login) const;
    Status audit(const QString& action, const QString& login, const QString& detail) const;
    // One account change in one transaction: the staff row (when `active` is given), the role statement
    // (built with the login quoted) and the audit record.
    Status changeAccount(const QString& login, const QString& roleStatement, std::optional<bool> active,
                         const QString& auditAction, const QString& detail);

    QString m_connectionName;
};

} // namespace ruqsat::core
