#pragma once

#include "reports/OverdueReport.h"

#include <QByteArray>

namespace ruqsat::core {

// The report as files for other programs: what `ruqsat-admin report overdue --format csv|json` prints
// and what the screen's "Export CSV" writes, so a scheduler's figures equal the screen's. Instants are
// ISO 8601 in the office's zone; amounts are working seconds (integers, never rounded). A case row
// (kinds case_overdue, case_late) has step and step_ordinal empty (JSON null): it is the whole case.
class OverdueReportFormat {
public:
    // RFC 4180 CSV, UTF-8, CRLF line ends, a header line:
    // kind,office,service,service_version,step,step_ordinal,case_id,employee,employee_name,started_at,
    // due_at,finished_at,working_seconds
    static QByteArray toCsv(const OverdueReport& report);
    // {"now", "period_from", "period_to", "office", "at_risk_horizon_seconds", "rows": [...],
    //  "totals": {"office": [...], "service": [...], "step": [...], "employee": [...]}, "total": {...}}
    static QByteArray toJson(const OverdueReport& report);
};

} // namespace ruqsat::core
