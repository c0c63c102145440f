#pragma once

#include <QString>

namespace ruqsat::core {

// The broad kind of a failure, for code that has to branch on it (exit codes, which widget to mark).
enum class ErrorCode {
    InvalidArgument,    // the caller's input is malformed: a date, an IIN, a duration
    NotFound,           // the thing asked for does not exist (or is not visible to the caller)
    PermissionDenied,   // the actor's role or office does not allow it
    PreconditionFailed, // the case is not in a state that allows it (wrong step, missing signature)
    Conflict,           // someone else changed the row first; reload and try again
    DataError,          // shipped or stored reference data is invalid
    Unavailable,        // a server, a binary or a directory that is needed cannot be reached
    Internal,           // a bug: an invariant that should hold did not
};

// A failure as the user should see it. `reason` is a stable machine-readable code ("wrong_role",
// "stale_version"): the workflow engine and the SQL API return the same reasons for the same refusal.
// `message` is already translated into the user's language.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString reason;
    QString message;

    friend bool operator==(const Error&, const Error&) = default;
};

QString errorCodeName(ErrorCode code);

} // namespace ruqsat::core
