// The work queues' queries (issue 6): keyset pages, selections, and the caller's row-level security.
#include "CatchQt.h"
#include "DemoDatabase.h"
#include "TestCluster.h"
#include "TestConnection.h"

#include "store/CaseQueries.h"
#include "store/Database.h"

#include <QSet>
#include <QSqlRecord>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

using test::Connection;

const test::DemoDatabase& demo() {
    static const test::DemoDatabase database = test::DemoDatabase::create(60);
    return database;
}

// Every page of a selection, checking each page's size and cursor on the way.
QList<core::CaseRow> allPages(const core::CaseQueries& queries, const core::CaseSelection& selection, int pageSize,
                              int* pages = nullptr) {
    QList<core::CaseRow> rows;
    std::optional<core::CaseCursor> after;
    int count = 0;
    for (;;) {
        auto page = queries.page(selection, pageSize, after);
        INFO((page ? QString() : page.error().message).toStdString());
        REQUIRE(page.ok());
        ++count;
        REQUIRE(page->rows.size() <= pageSize);
        if (after && !page->rows.isEmpty()) {
            const core::CaseRow& first = page->rows.first();
            CHECK(std::pair(first.sortDue(), first.id) > std::pair(after->due, after->id));
        }
        rows.append(page->rows);
        if (!page->next) {
            CHECK(page->rows.size() < pageSize);
            break;
        }
        CHECK(page->rows.size() == pageSize);
        after = page->next;
        REQUIRE(count < 10000);
    }
    if (pages)
        *pages = count;
    return rows;
}

QList<qint64> ids(const QList<core::CaseRow>& rows) {
    QList<qint64> result;
    for (const core::CaseRow& row : rows)
        result.append(row.id);
    return result;
}

// The order a queue promises, computed by the superuser without CaseQueries.
const QString expectedOrder = uR"sql(
SELECT c.id FROM ruqsat.cases c
LEFT JOIN ruqsat.case_step s ON s.case_id = c.id AND s.finished_at IS NULL
WHERE (? = '' OR c.state = ?) AND (? = '' OR c.office_id = ?) AND (? = '' OR c.assignee = ?)
ORDER BY coalesce(s.due_at, c.case_due), c.id
)sql"_s;

QList<qint64> expectedIds(const Connection& admin, const QString& state = {}, const QString& office = {},
                          const QString& assignee = {}) {
    QList<qint64> result;
    for (const QVariantList& row : admin.rows(expectedOrder, {state, state, office, office, assignee, assignee}))
        result.append(row.first().toLongLong());
    return result;
}

} // namespace

TEST_CASE("Keyset pages return every case exactly once, in due order, whatever the page size", "[queries]") {
    Connection admin(demo().superuser, u"pages-admin"_s);
    // Ties: the closed cases share one due moment, so only the id orders them across page borders.
    admin.rows(u"UPDATE ruqsat.cases SET case_due = '2026-01-05 12:00+00' WHERE closed_at IS NOT NULL "
               "RETURNING id"_s);
    REQUIRE(admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE closed_at IS NOT NULL"_s) >= 5);
    const QList<qint64> expected = expectedIds(admin);
    REQUIRE(expected.size() >= 50);
    REQUIRE(QSet<qint64>(expected.cbegin(), expected.cend()).size() == expected.size());

    const core::CaseQueries queries(admin.name());
    for (const int pageSize : {1, 7, 50, static_cast<int>(expected.size()), 1000}) {
        INFO("page size " << pageSize);
        int pages = 0;
        const QList<core::CaseRow> rows = allPages(queries, {}, pageSize, &pages);
        CHECK(ids(rows) == expected);
        CHECK(pages == static_cast<int>(expected.size()) / pageSize + 1);
        for (qsizetype i = 1; i < rows.size(); ++i)
            CHECK(std::pair(rows.at(i - 1).sortDue(), rows.at(i - 1).id) <
                  std::pair(rows.at(i).sortDue(), rows.at(i).id));
    }
    auto count = queries.count({});
    REQUIRE(count.ok());
    CHECK(count.value() == expected.size());

    auto bad = queries.page({}, 0);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().reason == u"invalid_page_size"_s);
}

TEST_CASE("Selections by state, office and assignee, narrowed by the caller's rights", "[queries][security]") {
    Connection admin(demo().superuser, u"selection-admin"_s);
    const QString specialist = demo().login(u"specialist"_s);

    struct Probe {
        QString login;
        core::CaseSelection selection;
        QString state, office, assignee; // what the superuser counts
    };
    const QList<Probe> probes{
        {u"glubokoe_clerk"_s,
         {{core::CaseState::Registration}, {}, {u"vko-glubokoe"_s}},
         u"registration"_s,
         u"vko-glubokoe"_s,
         {}},
        {u"clerk"_s, {{core::CaseState::Dispatch}, {}, {u"vko"_s}}, u"dispatch"_s, u"vko"_s, {}},
        {u"head"_s, {{core::CaseState::Signing}, {}, {u"vko"_s}}, u"signing"_s, u"vko"_s, {}},
        {u"specialist"_s,
         {{core::CaseState::Preparation}, specialist, {u"vko"_s}},
         u"preparation"_s,
         u"vko"_s,
         specialist},
        // Another office's cases are not the caller's to see, whatever the selection says.
        {u"glubokoe_clerk"_s, {{core::CaseState::Registration}, {}, {u"vko"_s}}, u"none"_s, {}, {}},
    };
    for (const Probe& probe : probes) {
        INFO(probe.login.toStdString() << " " << probe.state.toStdString() << " " << probe.office.toStdString());
        Connection staff(demo().as(probe.login), u"selection-staff"_s);
        const core::CaseQueries queries(staff.name());
        const QList<qint64> expected = expectedIds(admin, probe.state, probe.office, probe.assignee);
        CHECK(ids(allPages(queries, probe.selection, 3)) == expected);
        auto count = queries.count(probe.selection);
        REQUIRE(count.ok());
        CHECK(count.value() == expected.size());
    }

    // Several states at once: the supervisor's open cases of every office below theirs.
    Connection supervisor(demo().as(u"supervisor"_s), u"selection-supervisor"_s);
    const core::CaseSelection open{{core::CaseState::Registration, core::CaseState::Resolution,
                                    core::CaseState::Preparation, core::CaseState::Signing, core::CaseState::Dispatch},
                                   {},
                                   {}};
    const QList<core::CaseRow> rows = allPages(core::CaseQueries(supervisor.name()), open, 10);
    CHECK(rows.size() == admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE closed_at IS NULL"_s));
    QSet<QString> offices;
    for (const core::CaseRow& row : rows) {
        offices.insert(row.officeId);
        CHECK(row.step.has_value());
        CHECK_FALSE(row.closedAt.has_value());
    }
    CHECK(offices == QSet<QString>{u"vko"_s, u"vko-glubokoe"_s, u"vko-zyryan"_s});
}

TEST_CASE("A queue row carries the case's data and its open step", "[queries]") {
    Connection admin(demo().superuser, u"row-admin"_s);
    const auto expected = admin.rows(uR"sql(
        SELECT c.id, c.service_code, c.service_version, c.channel, c.state, c.assignee::text, s.full_name,
               extract(epoch FROM st.started_at)::bigint, extract(epoch FROM st.due_at)::bigint,
               extract(epoch FROM c.case_due)::bigint, c.row_version, c.object_data ->> 'name',
               (SELECT string_agg(a.name, '; ' ORDER BY a.name) FROM ruqsat.case_applicant a WHERE a.case_id = c.id),
               st.step
        FROM ruqsat.cases c
        JOIN ruqsat.case_step st ON st.case_id = c.id AND st.finished_at IS NULL
        JOIN ruqsat.staff s ON s.login = c.assignee
        WHERE c.office_id = 'vko' AND c.state = 'preparation' AND c.service_code = 'P'
        ORDER BY c.id LIMIT 1)sql"_s);
    REQUIRE(expected.size() == 1);
    const QVariantList& want = expected.first();

    Connection head(demo().as(u"head"_s), u"row-head"_s);
    const core::CaseQueries queries(head.name());
    auto found = queries.row(want.at(0).toLongLong());
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const core::CaseRow& row = **found;
    CHECK(row.officeId == u"vko"_s);
    CHECK(row.serviceCode == want.at(1).toString());
    CHECK(row.serviceVersion == want.at(2).toInt());
    CHECK(core::channelName(row.channel) == want.at(3).toString());
    CHECK(row.state == core::CaseState::Preparation);
    CHECK(row.assignee == want.at(5).toString());
    CHECK(row.assigneeName == want.at(6).toString());
    REQUIRE(row.stepStartedAt.has_value());
    REQUIRE(row.stepDueAt.has_value());
    CHECK(row.stepStartedAt->time_since_epoch().count() == want.at(7).toLongLong());
    CHECK(row.stepDueAt->time_since_epoch().count() == want.at(8).toLongLong());
    CHECK(row.caseDue.time_since_epoch().count() == want.at(9).toLongLong());
    CHECK(row.rowVersion == want.at(10).toLongLong());
    CHECK(row.objectName == want.at(11).toString());
    CHECK(row.applicants == want.at(12).toString());
    CHECK(row.applicants.contains(u"; "_s)); // the permit has two applicants
    CHECK(row.step == core::StepCode::Preparation);
    CHECK(want.at(13).toString() == u"preparation"_s);
    CHECK_FALSE(row.closedAt.has_value());

    // The same row in the queue's page.
    const QList<core::CaseRow> page = allPages(queries, {{core::CaseState::Preparation}, {}, {u"vko"_s}}, 100);
    const auto inPage =
        std::find_if(page.cbegin(), page.cend(), [&](const core::CaseRow& r) { return r.id == row.id; });
    REQUIRE(inPage != page.cend());
    CHECK(*inPage == row);

    // A case of another office is not there for this head.
    const qint64 other = admin.scalar(u"SELECT min(id) FROM ruqsat.cases WHERE office_id = 'vko-zyryan'"_s);
    auto hidden = queries.row(other);
    REQUIRE(hidden.ok());
    CHECK_FALSE(hidden->has_value());
}
