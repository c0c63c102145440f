// Placeholder of the session's work in progress; replaced before the session's commit.
#include "AdminContext.h"
#include "Commands.h"

namespace ruqsat::admin {

int runReportCommand(AdminContext& context, const QStringList& args) {
    Q_UNUSED(args);
    return context.usageError(QStringLiteral("not built yet"));
}

} // namespace ruqsat::admin
