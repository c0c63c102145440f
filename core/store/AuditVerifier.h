#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ruqsat::core {

// Walks the audit log's hash chain (resources/migrations/0004_audit.sql documents the canonical form)
// and recomputes every hash here, outside the database, so a row changed behind the triggers' back, a
// deleted row or a reordered chain is found.
class AuditVerifier {
public:
    struct Report {
        qint64 verified = 0;              // rows whose link held, before the first broken one
        std::optional<qint64> brokenAtId; // the first row whose link does not hold
        QString problem;                  // what is wrong with it
    };

    static Result<Report> verify(const QSqlDatabase& db);
    // The hash of one row's canonical text chained to `previousHash`.
    static QString hashOf(const QString& canonicalWithoutPrevious, const QString& previousHash);
};

} // namespace ruqsat::core
