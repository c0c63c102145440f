#include "store/StaffLogin.h"

#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

// PQping answers without authenticating, in the same terms whatever the server's language.
Status StaffLogin::ping(const ConnectionSettings& server) {
    const QByteArray connInfo = server.withoutKey(u"password"_s).connInfo().toUtf8();
    switch (PQping(connInfo.constData())) {
    case PQPING_OK:
        return {};
    case PQPING_REJECT:
        return makeError(ErrorCode::Unavailable, u"server_not_ready"_s,
                         tr("The server %1 is not accepting connections at the moment (it may be starting or "
                            "shutting down). Try again in a minute.")
                             .arg(server.describe()));
    case PQPING_NO_RESPONSE:
        return makeError(ErrorCode::Unavailable, u"server_unreachable"_s,
                         tr("Cannot connect to %1: the server does not answer. Check the address, or ask the "
                            "administrator whether the server is running.")
                             .arg(server.describe()));
    case PQPING_NO_ATTEMPT:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, u"invalid_server"_s,
                     tr("The connection settings %1 cannot be used.").arg(server.describe()));
}

Status StaffLogin::probe(const ConnectionSettings& server) {
    return ping(server);
}

Result<Actor> StaffLogin::signIn(const ConnectionSettings& server, const QString& user, const QString& password,
                                 const QString& connectionName) {
    if (user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"missing_user"_s, tr("Enter your user name."));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"missing_password"_s, tr("Enter your password."));

    const ConnectionSettings settings = server.with(u"user"_s, user.trimmed()).with(u"password"_s, password);
    if (auto opened = Database::open(settings, connectionName); !opened) {
        // Tell "nobody there" from "they said no": only the latter is about the account.
        if (auto reachable = ping(settings); !reachable)
            return reachable.error();
        const QString text = opened.error().message;
        // The server's own words (English in a default installation); anything else is shown as it came.
        if (text.contains(QLatin1String("password authentication failed"))) {
            return makeError(ErrorCode::PermissionDenied, u"wrong_password"_s, tr("Wrong user name or password."));
        }
        if (text.contains(QLatin1String("is not permitted to log in"))) {
            return makeError(
                ErrorCode::PermissionDenied, u"account_disabled"_s,
                tr("The account \"%1\" is disabled. Ask the administrator to enable it.").arg(user.trimmed()));
        }
        return makeError(ErrorCode::PermissionDenied, u"login_refused"_s,
                         tr("The server refused the sign-in: %1").arg(text));
    }
    // (The opened handle is gone here, so closing the connection below leaves nothing in use.)

    auto actor = CaseStore(connectionName).currentActor();
    if (!actor) {
        Database::close(connectionName);
        if (actor.error().reason == u"not_staff"_s) {
            return makeError(ErrorCode::PermissionDenied, u"not_staff"_s,
                             tr("The account \"%1\" is not an active staff member of any office. Ask the "
                                "administrator.")
                                 .arg(user.trimmed()));
        }
        return actor.error();
    }
    return actor;
}

} // namespace ruqsat::core
