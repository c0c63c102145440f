#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"
#include "workflow/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace ruqsat::core {

// Signing a staff member in: a connection as their own PostgreSQL login role (SCRAM password), which
// the database then holds to their rights. Failures come back with a reason the login screen can act
// on, and a message for the user:
//   missing_user, missing_password  (InvalidArgument) nothing to try with
//   server_unreachable              (Unavailable) nothing answers at that address: server down, wrong host
//   server_not_ready                (Unavailable) the server answers but accepts no connections yet
//   invalid_server                  (InvalidArgument) the connection settings cannot be used at all
//   wrong_password                  (PermissionDenied) unknown user or wrong password (the server does
//                                   not tell which, and neither do we)
//   account_disabled                (PermissionDenied) the login role may not log in (StaffRegistry::disable)
//   not_staff                       (PermissionDenied) it logged in, but is not an active staff member
//   login_refused                   (PermissionDenied) any other refusal, with the server's words
// On failure no connection of that name is left open.
class StaffLogin {
    Q_DECLARE_TR_FUNCTIONS(StaffLogin)

public:
    static Result<Actor> signIn(const ConnectionSettings& server, const QString& user, const QString& password,
                                const QString& connectionName);
    // Whether the server answers at all (libpq's PQping, which needs no password): the program checks a
    // configured server before it asks anyone to type one.
    static Status probe(const ConnectionSettings& server);

private:
    static Status ping(const ConnectionSettings& server);
};

} // namespace ruqsat::core
