#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace ruqsat::core {

// The roles a user of the provider's office can hold. Clerk, head and specialist are the three
// participants of the regulation (paragraph 7 of both regulations, domain.md); supervisor and
// administrator are Ruqsat's own roles: they watch and configure but perform no workflow action.
enum class Role { Clerk, Head, Specialist, Supervisor, Administrator };

// Stable names, as in service definitions, events and the database: "clerk", "head", ...
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
// Every role, in the order of the enum.
const QList<Role>& allRoles();

// The roles one user holds (a small office may give one person several).
class RoleSet {
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    bool contains(Role role) const { return (m_bits & bit(role)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    void insert(Role role) { m_bits |= bit(role); }
    QStringList names() const;

    friend bool operator==(const RoleSet&, const RoleSet&) = default;

private:
    static unsigned bit(Role role) { return 1U << static_cast<unsigned>(role); }
    unsigned m_bits = 0;
};

} // namespace ruqsat::core
