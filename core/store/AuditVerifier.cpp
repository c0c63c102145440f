#include "store/AuditVerifier.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ruqsat::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("AuditVerifier", text);
}

const QString genesis(64, QLatin1Char('0'));

} // namespace

QString AuditVerifier::hashOf(const QString& canonicalWithoutPrevious, const QString& previousHash) {
    const QByteArray canonical = (canonicalWithoutPrevious + QLatin1Char('|') + previousHash).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<AuditVerifier::Report> AuditVerifier::verify(const QSqlDatabase& db) {
    // Every field as text, formatted as the insert trigger formats it.
    auto rows = Database::execute(
        db, QStringLiteral("SELECT id, concat_ws('|', id::text, coalesce(case_id::text, ''), "
                           "coalesce(sequence::text, ''), actor::text, role, "
                           "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), action, "
                           "coalesce(from_step, ''), coalesce(to_step, ''), coalesce(client_action_id::text, ''), "
                           "payload::text), prev_hash, hash FROM ruqsat.audit_event ORDER BY id"));
    if (!rows)
        return rows.error();
    Report report;
    QString previous = genesis;
    qint64 expectedId = 1;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString canonical = rows->value(1).toString();
        const QString storedPrevious = rows->value(2).toString();
        const QString storedHash = rows->value(3).toString();
        if (id != expectedId) {
            report.brokenAtId = id;
            report.problem = tr("row %1 follows row %2: rows are missing").arg(id).arg(expectedId - 1);
            return report;
        }
        if (storedPrevious != previous) {
            report.brokenAtId = id;
            report.problem = tr("its link to the previous row does not match that row's hash");
            return report;
        }
        if (hashOf(canonical, previous) != storedHash) {
            report.brokenAtId = id;
            report.problem = tr("its content does not match its hash: the row was changed");
            return report;
        }
        previous = storedHash;
        ++expectedId;
        ++report.verified;
    }
    return report;
}

} // namespace ruqsat::core
