// Staff accounts, the audit chain's verification and the demo office (issue 5), on a real cluster.
#include "FakeClock.h"
#include "ProcessRunner.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include "store/AuditVerifier.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"
#include "store/OfficeRegistry.h"
#include "store/StaffRegistry.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

// Whether `login` can connect with `password` to the database of `settings`.
bool canLogIn(const core::ConnectionSettings& settings, const QString& login, const QString& password) {
    const QString name = u"login-probe"_s;
    const bool ok = core::Database::open(settings.with(u"user"_s, login).with(u"password"_s, password), name).ok();
    core::Database::close(name);
    return ok;
}

struct Admin {
    core::ConnectionSettings settings;
    QString name = u"administration"_s;
    explicit Admin(core::ConnectionSettings s)
        : settings(std::move(s)) {
        REQUIRE(core::Database::open(settings, name).ok());
    }
    ~Admin() { core::Database::close(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    qint64 scalar(const QString& sql) const {
        auto query = core::Database::execute(db(), sql);
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0).toLongLong();
    }
};

core::Office office(const QString& id) {
    core::Office o;
    o.id = id;
    o.kind = u"oblast"_s;
    o.nameRu = u"Управление"_s;
    o.nameKk = u"Басқарма"_s;
    o.nameEn = u"Department"_s;
    return o;
}

} // namespace

TEST_CASE("Staff accounts: add, log in, grant, revoke, disable, new password", "[administration]") {
    Admin admin(test::TestCluster::instance().createMigratedDatabase(u"staff"_s));
    REQUIRE(core::OfficeRegistry(admin.name).add(office(u"east"_s)).ok());
    core::StaffRegistry staff(admin.name);

    core::StaffMember member;
    member.login = u"aigerim_s"_s;
    member.fullName = u"Айгерим Сапарова"_s;
    member.officeId = u"east"_s;
    member.roles = {core::Role::Clerk};
    REQUIRE(staff.add(member, u"first-password"_s).ok());
    CHECK(canLogIn(admin.settings, member.login, u"first-password"_s));
    CHECK_FALSE(canLogIn(admin.settings, member.login, u"wrong-password"_s));

    auto listed = staff.list(u"east"_s);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().roles == core::RoleSet{core::Role::Clerk});
    CHECK(listed->first().fullName == member.fullName);

    REQUIRE(staff.grant(member.login, core::Role::Head).ok());
    CHECK(staff.list()->first().roles == (core::RoleSet{core::Role::Clerk, core::Role::Head}));
    REQUIRE(staff.revoke(member.login, core::Role::Clerk).ok());
    CHECK(staff.list()->first().roles == core::RoleSet{core::Role::Head});

    REQUIRE(staff.setPassword(member.login, u"second-password"_s).ok());
    CHECK_FALSE(canLogIn(admin.settings, member.login, u"first-password"_s));
    CHECK(canLogIn(admin.settings, member.login, u"second-password"_s));

    REQUIRE(staff.disable(member.login).ok());
    CHECK_FALSE(canLogIn(admin.settings, member.login, u"second-password"_s));
    CHECK_FALSE(staff.list()->first().active);
    REQUIRE(staff.enable(member.login).ok());
    CHECK(canLogIn(admin.settings, member.login, u"second-password"_s));

    // Every change left its audit record, and the chain holds.
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE payload ->> 'login' = 'aigerim_s'"_s) == 6);
    auto report = core::AuditVerifier::verify(admin.db());
    REQUIRE(report.ok());
    CHECK_FALSE(report->brokenAtId.has_value());

    SECTION("bad input is refused before anything is written") {
        core::StaffMember bad = member;
        bad.login = u"Robert'); DROP TABLE ruqsat.staff;--"_s;
        CHECK(staff.add(bad, u"long-enough"_s).error().reason == u"invalid_login"_s);
        bad.login = u"ruqsat_owner2"_s;
        CHECK(staff.add(bad, u"long-enough"_s).error().reason == u"invalid_login"_s);
        bad.login = u"new_clerk"_s;
        CHECK(staff.add(bad, u"short"_s).error().reason == u"weak_password"_s);
        bad.roles = {};
        CHECK(staff.add(bad, u"long-enough"_s).error().reason == u"missing_roles"_s);
        bad.roles = {core::Role::Clerk};
        bad.officeId = u"no-such-office"_s;
        CHECK_FALSE(staff.add(bad, u"long-enough"_s).ok());
        // The failed add left no login role behind.
        CHECK(admin.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'new_clerk'"_s) == 0);
        CHECK(staff.add(member, u"long-enough"_s).error().reason == u"login_taken"_s);
        CHECK(staff.disable(u"nobody_here"_s).error().reason == u"unknown_staff"_s);
    }
}

TEST_CASE("audit verify finds a row changed behind the triggers' back", "[administration][audit]") {
    const core::ConnectionSettings settings = test::TestCluster::instance().createMigratedDatabase(u"chain"_s);
    Admin admin(settings);
    core::OfficeRegistry offices(admin.name);
    for (const QString& id : {u"first"_s, u"second"_s, u"third"_s})
        REQUIRE(offices.add(office(id)).ok());

    auto verify = [&] {
        const test::ProcessOutput output = test::runAdmin({u"audit"_s, u"verify"_s, u"--db"_s, settings.connInfo()});
        return std::pair{output.exitCode, QString(output.out + output.err)};
    };
    auto [intactCode, intactText] = verify();
    INFO(intactText.toStdString());
    CHECK(intactCode == 0);
    CHECK(intactText.contains(u"3 events verified"_s));

    // Only a superuser can even try: disable the guard, change the middle row, restore the guard.
    REQUIRE(core::Database::executeScript(admin.db(), u"ALTER TABLE ruqsat.audit_event DISABLE TRIGGER "
                                                      "audit_event_no_update; UPDATE ruqsat.audit_event SET payload = "
                                                      "'{\"office_id\": \"forged\"}' WHERE id = 2; ALTER TABLE "
                                                      "ruqsat.audit_event ENABLE TRIGGER audit_event_no_update"_s)
                .ok());
    auto [brokenCode, brokenText] = verify();
    INFO(brokenText.toStdString());
    CHECK(brokenCode == 1);
    CHECK(brokenText.contains(u"broken at event 2"_s));
    CHECK(brokenText.contains(u"1 events before it verified"_s));
}

TEST_CASE("The demo office has cases at every step, overdue and finished late", "[administration][demo]") {
    Admin admin(test::TestCluster::instance().createMigratedDatabase(u"demoseed"_s));
    // A fixed "now", a Thursday noon in Almaty, so the data is the same whenever the test runs.
    test::FakeClock clock(
        core::instantFromDateTime(QDateTime(QDate(2026, 12, 3), QTime(12, 0), QTimeZone("Asia/Almaty"))));
    core::DemoSeeder::Options options;
    options.loginPrefix = u"seed_"_s;
    auto summary = core::DemoSeeder::seed(admin.name, clock, options);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->offices.size() == 3);
    CHECK(summary->logins.size() == 12);
    CHECK(summary->cases >= 45);

    for (const QString& state : {u"registration"_s, u"resolution"_s, u"preparation"_s, u"signing"_s, u"dispatch"_s,
                                 u"completed"_s, u"refused_at_intake"_s}) {
        INFO(state.toStdString());
        CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE state = '%1'"_s.arg(state)) > 0);
    }
    CHECK(admin.scalar(u"SELECT count(DISTINCT service_code) FROM ruqsat.cases"_s) == 2);
    CHECK(admin.scalar(u"SELECT count(DISTINCT office_id) FROM ruqsat.cases"_s) == 3);
    const QString now = u"'2026-12-03 12:00+05'::timestamptz"_s;
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.case_step WHERE finished_at IS NULL AND due_at < "_s + now) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.case_step WHERE late"_s) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE late"_s) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'return_for_rework'"_s) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'reassign'"_s) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE decision ->> 'kind' = 'refuse'"_s) > 0);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event"_s) == summary->events + 3 + 12);

    // A second seed is refused rather than doubling the office.
    auto again = core::DemoSeeder::seed(admin.name, clock, options);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().reason == u"demo_present"_s);
}
