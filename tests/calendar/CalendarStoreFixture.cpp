#include "CalendarStoreFixture.h"

#include "TestCluster.h"
#include "calendar/CalendarRepository.h"
#include "store/Database.h"
#include "store/OfficeRegistry.h"

#include <QUuid>

namespace ruqsat::test {

namespace {

QString joined(const QList<qint64>& values) {
    QStringList texts;
    texts.reserve(values.size());
    for (const qint64 value : values)
        texts.append(QString::number(value));
    return texts.join(u',');
}

core::Result<QList<qint64>> column(core::Result<QSqlQuery> query) {
    if (!query)
        return query.error();
    QList<qint64> values;
    while (query->next())
        values.append(query->value(0).toLongLong());
    return values;
}

} // namespace

qint64 seconds(core::Instant instant) {
    return instant.time_since_epoch().count();
}

core::Instant instantOf(qint64 seconds) {
    return core::Instant{std::chrono::seconds{seconds}};
}

CalendarStore::CalendarStore()
    : m_connection(QStringLiteral("calendar-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_settings(TestCluster::instance().createMigratedDatabase(QStringLiteral("calendar"))) {
    auto opened = core::Database::open(m_settings, m_connection);
    REQUIRE(opened.ok());

    struct OfficeRow {
        const char* id;
        const char* zone;
        const char* schedule;
    };
    const OfficeRow offices[] = {
        {almatyOffice, "Asia/Almaty", ""},
        {berlinOffice, "Europe/Berlin",
         R"({"timeZone":"Europe/Berlin","week":[["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],)"
         R"(["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],[],[]]})"},
        // 02:30 does not exist on the last Sunday of March and occurs twice on the last Sunday of October.
        {nightOffice, "Europe/Berlin",
         R"({"timeZone":"Europe/Berlin","week":[["01:00-02:30","02:30-05:00","21:00-24:00"],)"
         R"(["01:00-02:30","02:30-05:00","21:00-24:00"],["01:00-02:30","02:30-05:00","21:00-24:00"],)"
         R"(["01:00-02:30","02:30-05:00","21:00-24:00"],["01:00-02:30","02:30-05:00","21:00-24:00"],)"
         R"(["01:00-02:30","02:30-05:00","21:00-24:00"],["01:00-02:30","02:30-05:00","21:00-24:00"]]})"},
        {saturdayOffice, "Asia/Aqtobe",
         R"({"timeZone":"Asia/Aqtobe","week":[["08:00-12:00","13:00-17:00"],["08:00-12:00","13:00-17:00"],)"
         R"(["08:00-12:00","13:00-17:00"],["08:00-12:00","13:00-17:00"],["08:00-12:00","13:00-16:00"],)"
         R"(["10:00-14:00"],[]]})"},
    };
    core::OfficeRegistry registry(m_connection);
    for (const OfficeRow& row : offices) {
        core::Office office;
        office.id = QString::fromLatin1(row.id);
        office.kind = QStringLiteral("oblast");
        office.nameRu = office.nameKk = office.nameEn = QStringLiteral("Office ") + office.id;
        office.timeZone = QString::fromLatin1(row.zone);
        office.scheduleJson = QString::fromLatin1(row.schedule);
        const core::Status added = registry.add(office);
        INFO((added.ok() ? std::string() : added.error().message.toStdString()));
        REQUIRE(added.ok());
    }
}

CalendarStore::~CalendarStore() {
    core::Database::close(m_connection);
}

QSqlDatabase CalendarStore::db() const {
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery CalendarStore::exec(const QString& sql, const QVariantList& values) const {
    auto query = core::Database::execute(db(), sql, values);
    INFO(sql.toStdString() << (query.ok() ? std::string() : " -> " + query.error().message.toStdString()));
    REQUIRE(query.ok());
    return std::move(query).value();
}

QVariant CalendarStore::scalar(const QString& sql, const QVariantList& values) const {
    QSqlQuery query = exec(sql, values);
    REQUIRE(query.next());
    return query.value(0);
}

qint64 CalendarStore::auditCount() const {
    return scalar(QStringLiteral("SELECT count(*) FROM ruqsat.audit_event")).toLongLong();
}

std::shared_ptr<const core::WorkingCalendar> CalendarStore::coreCalendar(const QString& office) const {
    const auto calendar = core::CalendarRepository(m_connection).officeCalendar(office);
    INFO((calendar.ok() ? std::string() : calendar.error().message.toStdString()));
    REQUIRE(calendar.ok());
    return *calendar;
}

core::Result<QList<qint64>> CalendarStore::sqlDues(const QString& office, const QList<qint64>& starts,
                                                   const QString& duration) const {
    return column(core::Database::execute(
        db(),
        QStringLiteral("SELECT extract(epoch FROM ruqsat.working_due(?, to_timestamp(u.s), ?))::bigint "
                       "FROM unnest(string_to_array(?, ',')::bigint[]) WITH ORDINALITY AS u(s, i) ORDER BY u.i"),
        {office, duration, joined(starts)}));
}

core::Result<QList<qint64>> CalendarStore::sqlBetween(const QString& office, const QList<qint64>& from,
                                                      const QList<qint64>& to) const {
    return column(core::Database::execute(
        db(),
        QStringLiteral("SELECT ruqsat.working_seconds_between(?, to_timestamp(u.a), to_timestamp(u.b)) "
                       "FROM unnest(string_to_array(?, ',')::bigint[], string_to_array(?, ',')::bigint[]) "
                       "WITH ORDINALITY AS u(a, b, i) ORDER BY u.i"),
        {office, joined(from), joined(to)}));
}

} // namespace ruqsat::test
