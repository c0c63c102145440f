#include "common/Error.h"

namespace ruqsat::core {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::DataError:
        return QStringLiteral("data_error");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace ruqsat::core
