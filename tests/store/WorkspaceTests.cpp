// What a signed-in session loads (issue 6): the staff member, their offices, the installation's services,
// each office's working calendar, and a workflow engine that checks actions before they are sent.
#include "CatchQt.h"
#include "DemoDatabase.h"
#include "TestCluster.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/StaffLogin.h"
#include "store/Workspace.h"

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

const test::DemoDatabase& demo() {
    static const test::DemoDatabase database = test::DemoDatabase::create(12);
    return database;
}

// A demo user's session on a connection of its own, closed at the end of the scope.
class Session {
public:
    explicit Session(const QString& login)
        : m_name(u"workspace-"_s + login) {
        auto actor = core::StaffLogin::signIn(demo().superuser, demo().login(login),
                                              QLatin1String(core::DemoSeeder::demoPassword), m_name);
        INFO((actor ? QString() : actor.error().message).toStdString());
        REQUIRE(actor.ok());
    }
    ~Session() { core::Database::close(m_name); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

TEST_CASE("A session's workspace: the user, their offices, services and calendars", "[workspace]") {
    struct Row {
        QString login;
        QString office;
        QStringList visible;
        QString fullName;
    };
    const QList<Row> rows{
        {u"glubokoe_clerk"_s, u"vko-glubokoe"_s, {u"vko-glubokoe"_s}, u"Алия Касымова"_s},
        {u"head"_s, u"vko"_s, {u"vko"_s}, u"Ерлан Жумабеков"_s},
        {u"supervisor"_s, u"vko"_s, {u"vko"_s, u"vko-glubokoe"_s, u"vko-zyryan"_s}, u"Гульнара Ахметова"_s},
    };
    for (const Row& row : rows) {
        INFO(row.login.toStdString());
        const Session session(row.login);
        auto loaded = core::WorkspaceLoader::load(session.name());
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded.ok());
        const core::Workspace& workspace = *loaded.value();
        CHECK(workspace.actor().login == demo().login(row.login));
        CHECK(workspace.fullName() == row.fullName);
        CHECK(workspace.office().id == row.office);
        QStringList visible;
        for (const core::OfficeInfo& office : workspace.visibleOffices()) {
            visible.append(office.id);
            CHECK(workspace.calendar(office.id) != nullptr);
            CHECK(workspace.evaluator(office.id).has_value());
            CHECK(office.timeZone == "Asia/Almaty");
        }
        CHECK(visible == row.visible);
        CHECK(workspace.findOffice(u"no-such-office"_s) == nullptr);
        CHECK(workspace.calendar(u"no-such-office"_s) == nullptr);
        CHECK_FALSE(workspace.evaluator(u"no-such-office"_s).has_value());
        // The standard schedule of domain.md, in the office's zone.
        CHECK(workspace.calendar()->schedule() == core::OfficeSchedule::standard());
        CHECK(workspace.timeZone(row.office).id() == "Asia/Almaty");
        // The installation's service versions, as stored in the database.
        CHECK(workspace.catalogue().find(u"P"_s, 1).ok());
        CHECK(workspace.catalogue().find(u"E"_s, 1).ok());
        CHECK(workspace.staffName(workspace.actor().login) == row.fullName);
        CHECK(workspace.staffName(u"somebody_else"_s) == u"somebody_else"_s);
    }
}

TEST_CASE("The workspace's engine checks an action before it is sent, as the database would", "[workspace]") {
    const Session clerk(u"clerk"_s);
    auto loaded = core::WorkspaceLoader::load(clerk.name());
    REQUIRE(loaded.ok());
    const core::Workspace& workspace = *loaded.value();

    const QList<qint64> found = [&] {
        QList<qint64> ids;
        auto query = core::Database::execute(QSqlDatabase::database(clerk.name(), false),
                                             u"SELECT id FROM ruqsat.cases WHERE state = 'registration' ORDER BY id"_s);
        REQUIRE(query.ok());
        while (query->next())
            ids.append(query->value(0).toLongLong());
        return ids;
    }();
    REQUIRE_FALSE(found.isEmpty());
    auto state = core::CaseStore(clerk.name()).load(found.first());
    REQUIRE(state.ok());
    const core::Instant now = state->lastEventAt + std::chrono::minutes(1);

    auto allowed =
        workspace.engine().decide(state.value(), workspace.actor(), core::Action::registerCase(state->version), now);
    INFO((allowed ? QString() : allowed.error().message).toStdString());
    CHECK(allowed.ok());
    auto stale = workspace.engine().decide(state.value(), workspace.actor(),
                                           core::Action::registerCase(state->version - 1), now);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().reason == u"stale_version"_s);
    auto wrongStep =
        workspace.engine().decide(state.value(), workspace.actor(), core::Action::dispatch(state->version), now);
    REQUIRE_FALSE(wrongStep.ok());
    CHECK(wrongStep.error().reason == u"wrong_step"_s);
}

TEST_CASE("A connection that is no staff member's has no workspace", "[workspace]") {
    const QString name = u"workspace-superuser"_s;
    REQUIRE(core::Database::open(demo().superuser, name).ok());
    auto loaded = core::WorkspaceLoader::load(name);
    core::Database::close(name);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().reason == u"not_staff"_s);
}
