#include "UiTestSupport.h"

#include "FakeClock.h"

#include "store/Database.h"
#include "store/StaffLogin.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QListWidget>
#include <QMutex>
#include <QTest>

#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;

namespace ruqsat::test {

const DemoDatabase& guiDemo() {
    static const DemoDatabase database = DemoDatabase::create(60);
    return database;
}

SignedIn::SignedIn(const QString& demoLogin)
    : m_clock(std::make_shared<FakeClock>(core::SystemClock().now())) {
    static int counter = 0;
    const QString connection = u"ui-session-%1"_s.arg(++counter);
    const DemoDatabase& demo = guiDemo();
    auto actor = core::StaffLogin::signIn(demo.superuser, demo.login(demoLogin),
                                          QLatin1String(core::DemoSeeder::demoPassword), connection);
    if (!actor)
        throw std::runtime_error(actor.error().message.toStdString());
    auto workspace = core::WorkspaceLoader::load(connection);
    if (!workspace)
        throw std::runtime_error(workspace.error().message.toStdString());
    m_session = ui::Session{connection, workspace.value(), m_clock};
}

SignedIn::~SignedIn() {
    core::Database::close(m_session.connectionName);
}

QList<qint64> adminNumbers(const QString& sql, const QVariantList& values) {
    const QString connection = u"ui-admin"_s;
    QList<qint64> numbers;
    {
        auto db = core::Database::open(guiDemo().superuser, connection);
        REQUIRE(db.ok());
        auto query = core::Database::execute(db.value(), sql, values);
        INFO((query ? QString() : query.error().message).toStdString());
        REQUIRE(query.ok());
        while (query->next())
            numbers.append(query->value(0).toLongLong());
    }
    core::Database::close(connection);
    return numbers;
}

qint64 adminNumber(const QString& sql, const QVariantList& values) {
    const QList<qint64> numbers = adminNumbers(sql, values);
    REQUIRE(numbers.size() == 1);
    return numbers.first();
}

void fetchAll(QAbstractItemModel* model) {
    for (int round = 0; model->canFetchMore({}); ++round) {
        REQUIRE(round < 10000);
        model->fetchMore({});
        QCoreApplication::processEvents();
    }
}

QStringList checkedCodes(const QListWidget* list) {
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return codes;
}

void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

namespace {

QMutex problemsMutex;
QStringList* activeProblems = nullptr;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        QMutexLocker lock(&problemsMutex);
        if (activeProblems && context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") &&
            type >= QtWarningMsg) {
            activeProblems->append(message);
            return;
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

struct ModelChecker::Private {
    QStringList problems;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

ModelChecker::ModelChecker(std::initializer_list<QAbstractItemModel*> models)
    : d(std::make_unique<Private>()) {
    {
        QMutexLocker lock(&problemsMutex);
        REQUIRE(activeProblems == nullptr);
        activeProblems = &d->problems;
    }
    previousHandler = qInstallMessageHandler(collect);
    for (QAbstractItemModel* model : models) {
        d->testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }
}

ModelChecker::~ModelChecker() {
    d->testers.clear();
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&problemsMutex);
    activeProblems = nullptr;
}

QStringList ModelChecker::problems() const {
    QMutexLocker lock(&problemsMutex);
    return d->problems;
}

} // namespace ruqsat::test
