#pragma once

#include <QStringList>

namespace ruqsat::admin {

class AdminContext;

// Each subcommand of ruqsat-admin lives in its own file; `args` starts with the subcommand's name.
int runDbCommand(AdminContext& context, const QStringList& args);
int runCalendarCommand(AdminContext& context, const QStringList& args);
int runServicesCommand(AdminContext& context, const QStringList& args);
int runStaffCommand(AdminContext& context, const QStringList& args);
int runOfficeCommand(AdminContext& context, const QStringList& args);
int runAuditCommand(AdminContext& context, const QStringList& args);
int runDemoCommand(AdminContext& context, const QStringList& args);
int runDocumentCommand(AdminContext& context, const QStringList& args);
int runReportCommand(AdminContext& context, const QStringList& args);

} // namespace ruqsat::admin
