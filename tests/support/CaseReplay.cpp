#include "CaseReplay.h"

#include "store/CaseStore.h"
#include "workflow/CaseState.h"

#include <catch2/catch.hpp>

namespace ruqsat::test {

int checkEveryCaseReplays(const Connection& connection) {
    struct Row {
        qint64 id;
        QString state;
        qint64 version;
        QString assignee;
    };
    // Read the list first: one connection runs one query at a time.
    QList<Row> rows;
    for (const QVariantList& row :
         connection.rows(QStringLiteral("SELECT id, state, row_version, coalesce(assignee, '') FROM ruqsat.cases "
                                        "ORDER BY id")))
        rows.append({row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toLongLong(), row.at(3).toString()});
    const core::CaseStore store(connection.name());
    for (const Row& row : rows) {
        auto loaded = store.load(row.id);
        INFO("case " << row.id << ": " << (loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded.ok());
        CHECK(core::caseStateName(loaded->state) == row.state);
        CHECK(loaded->version == row.version);
        CHECK(loaded->assignee == row.assignee);
    }
    return static_cast<int>(rows.size());
}

} // namespace ruqsat::test
