#include "calendar/CalendarData.h"

#include "calendar/NationalCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ruqsat::core {

namespace {

// Years outside this span are certainly typing errors; it also keeps QDate arithmetic trivial.
constexpr int minimumYear = 1990;
constexpr int maximumYear = 2200;
constexpr int formatVersion = 1;

Error dataError(const QString& sourceName, const QString& field, const QString& reason) {
    return makeError(ErrorCode::DataError, QStringLiteral("invalid_calendar_data"),
                     QCoreApplication::translate("CalendarData", "%1: %2: %3").arg(sourceName, field, reason));
}

QString indexed(const char* list, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

QString member(const QString& path, const char* field) {
    return path.isEmpty() ? QString::fromLatin1(field) : path + u'.' + QLatin1String(field);
}

QString requiredText() {
    return QCoreApplication::translate("CalendarData", "must not be empty.");
}

// Reads one JSON document strictly: every field known, of the right type, with the right shape. The
// first problem found wins, named by its path ("fixedHolidays[4].day").
class JsonReader {
public:
    explicit JsonReader(QString sourceName)
        : m_sourceName(std::move(sourceName)) {}

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    void fail(const QString& field, const QString& reason) {
        if (!m_error)
            m_error = dataError(m_sourceName, field, reason);
    }

    bool checkFields(const QJsonObject& object, const QString& path, std::initializer_list<const char*> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (const char* name : known)
                found = found || it.key() == QLatin1String(name);
            if (!found) {
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                     QCoreApplication::translate("CalendarData", "unknown field."));
                return false;
            }
        }
        return true;
    }

    QJsonArray array(const QJsonObject& object, const char* key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(QLatin1String(key), QCoreApplication::translate("CalendarData", "expected an array."));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonValue& value, const QString& path) {
        if (!value.isObject())
            fail(path, QCoreApplication::translate("CalendarData", "expected an object."));
        return value.toObject();
    }

    std::optional<int> integer(const QJsonObject& object, const QString& path, const char* key, bool nullable) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (nullable && (value.isNull() || value.isUndefined()))
            return std::nullopt;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e6) {
            fail(member(path, key), nullable
                                        ? QCoreApplication::translate("CalendarData", "expected an integer or null.")
                                        : QCoreApplication::translate("CalendarData", "expected an integer."));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QJsonObject& object, const QString& path, const char* key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isBool())
            fail(member(path, key), QCoreApplication::translate("CalendarData", "expected true or false."));
        return value.toBool();
    }

    QString text(const QJsonObject& object, const QString& path, const char* key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            fail(member(path, key), QCoreApplication::translate("CalendarData", "expected a string."));
        return value.toString();
    }

    QDate date(const QJsonObject& object, const QString& path, const char* key) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString value = text(object, path, key);
        if (failed())
            return {};
        const QDate date = pattern.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            fail(member(path, key),
                 QCoreApplication::translate("CalendarData", "'%1' is not a date in the form YYYY-MM-DD.").arg(value));
        }
        return date;
    }

private:
    QString m_sourceName;
    std::optional<Error> m_error;
};

QJsonValue optionalYear(const std::optional<int>& year) {
    return year ? QJsonValue(*year) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool FixedHoliday::appliesIn(int year) const {
    return (!validFrom || year >= *validFrom) && (!validTo || year <= *validTo);
}

Result<CalendarData> CalendarData::create(QList<CalendarYear> years, QList<FixedHoliday> fixedHolidays,
                                          QList<KurbanAit> kurbanAit, QList<DecreedSwap> swaps,
                                          const QString& sourceName) {
    const auto fail = [&sourceName](const QString& field, const QString& reason) {
        return dataError(sourceName, field, reason);
    };

    if (years.isEmpty())
        return fail(QStringLiteral("years"),
                    QCoreApplication::translate("CalendarData", "at least one year is needed."));
    for (qsizetype i = 0; i < years.size(); ++i) {
        const CalendarYear& year = years.at(i);
        const QString path = indexed("years", i);
        if (year.year < minimumYear || year.year > maximumYear) {
            return fail(member(path, "year"),
                        QCoreApplication::translate("CalendarData", "%1 is not between %2 and %3.")
                            .arg(year.year)
                            .arg(minimumYear)
                            .arg(maximumYear));
        }
        if (i > 0 && year.year != years.at(i - 1).year + 1) {
            return fail(member(path, "year"),
                        QCoreApplication::translate("CalendarData",
                                                    "%1 does not follow %2: the years must be consecutive, ascending.")
                            .arg(year.year)
                            .arg(years.at(i - 1).year));
        }
        if (year.source.trimmed().isEmpty())
            return fail(member(path, "source"), requiredText());
    }
    const int firstYear = years.first().year;
    const int lastYear = years.last().year;
    const auto covered = [&](QDate date) { return date.year() >= firstYear && date.year() <= lastYear; };
    const QString coveredYears = QStringLiteral("%1-%2").arg(firstYear).arg(lastYear);

    for (qsizetype i = 0; i < fixedHolidays.size(); ++i) {
        const FixedHoliday& holiday = fixedHolidays.at(i);
        const QString path = indexed("fixedHolidays", i);
        if (holiday.month < 1 || holiday.month > 12) {
            return fail(member(path, "month"),
                        QCoreApplication::translate("CalendarData", "%1 is not a month (1-12).").arg(holiday.month));
        }
        // 2000 is a leap year: 29 February is a possible (if unlikely) holiday.
        if (!QDate::isValid(2000, holiday.month, holiday.day)) {
            return fail(member(path, "day"), QCoreApplication::translate("CalendarData", "%1 is not a day of month %2.")
                                                 .arg(holiday.day)
                                                 .arg(holiday.month));
        }
        if (holiday.validFrom && holiday.validTo && *holiday.validFrom > *holiday.validTo) {
            return fail(member(path, "validTo"),
                        QCoreApplication::translate("CalendarData", "%1 is before validFrom %2.")
                            .arg(*holiday.validTo)
                            .arg(*holiday.validFrom));
        }
        if (holiday.name.trimmed().isEmpty())
            return fail(member(path, "name"), requiredText());
        if (holiday.source.trimmed().isEmpty())
            return fail(member(path, "source"), requiredText());
        for (qsizetype j = 0; j < i; ++j) {
            const FixedHoliday& other = fixedHolidays.at(j);
            const bool overlap = (!holiday.validFrom || !other.validTo || *holiday.validFrom <= *other.validTo) &&
                                 (!other.validFrom || !holiday.validTo || *other.validFrom <= *holiday.validTo);
            if (other.month == holiday.month && other.day == holiday.day && overlap) {
                return fail(path, QCoreApplication::translate("CalendarData",
                                                              "%1-%2 is already listed as fixedHolidays[%3] for "
                                                              "some of the same years.")
                                      .arg(holiday.month, 2, 10, QLatin1Char('0'))
                                      .arg(holiday.day, 2, 10, QLatin1Char('0'))
                                      .arg(j));
            }
        }
    }

    QSet<int> kurbanAitYears;
    for (qsizetype i = 0; i < kurbanAit.size(); ++i) {
        const KurbanAit& entry = kurbanAit.at(i);
        const QString path = indexed("kurbanAit", i);
        if (!entry.date.isValid())
            return fail(member(path, "date"), QCoreApplication::translate("CalendarData", "not a valid date."));
        if (!covered(entry.date)) {
            return fail(member(path, "date"),
                        QCoreApplication::translate("CalendarData", "%1 is outside the covered years %2.")
                            .arg(entry.date.toString(Qt::ISODate), coveredYears));
        }
        if (kurbanAitYears.contains(entry.date.year())) {
            return fail(member(path, "date"),
                        QCoreApplication::translate("CalendarData", "a second date for %1.").arg(entry.date.year()));
        }
        kurbanAitYears.insert(entry.date.year());
        if (entry.source.trimmed().isEmpty())
            return fail(member(path, "source"), requiredText());
    }
    for (const CalendarYear& year : std::as_const(years)) {
        // A confirmed year without its Kurban Ait would silently count that day off as working.
        if (!year.provisional && !kurbanAitYears.contains(year.year)) {
            return fail(QStringLiteral("kurbanAit"),
                        QCoreApplication::translate("CalendarData", "no date for %1, which is not marked provisional.")
                            .arg(year.year));
        }
    }

    for (qsizetype i = 0; i < swaps.size(); ++i) {
        const DecreedSwap& swap = swaps.at(i);
        const QString path = indexed("swaps", i);
        for (const auto& [field, date] : {std::pair{"dayOff", swap.dayOff}, std::pair{"workingDay", swap.workingDay}}) {
            if (!date.isValid())
                return fail(member(path, field), QCoreApplication::translate("CalendarData", "not a valid date."));
            if (!covered(date)) {
                return fail(member(path, field),
                            QCoreApplication::translate("CalendarData", "%1 is outside the covered years %2.")
                                .arg(date.toString(Qt::ISODate), coveredYears));
            }
        }
        if (swap.dayOff == swap.workingDay) {
            return fail(member(path, "workingDay"),
                        QCoreApplication::translate("CalendarData", "the same date as dayOff."));
        }
        if (swap.source.trimmed().isEmpty())
            return fail(member(path, "source"), requiredText());
    }

    CalendarData data;
    data.m_sourceName = sourceName;
    data.m_years = std::move(years);
    data.m_fixedHolidays = std::move(fixedHolidays);
    data.m_kurbanAit = std::move(kurbanAit);
    data.m_swaps = std::move(swaps);

    // The swaps must fit the other layers (NationalCalendar names the offending swap).
    const Result<NationalCalendar> national = NationalCalendar::compute(data);
    if (!national)
        return national.error();
    return data;
}

Result<CalendarData> CalendarData::fromJson(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return dataError(
            sourceName, QCoreApplication::translate("CalendarData", "offset %1").arg(parseError.offset),
            QCoreApplication::translate("CalendarData", "not valid JSON: %1.").arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return dataError(sourceName, QCoreApplication::translate("CalendarData", "the document"),
                         QCoreApplication::translate("CalendarData", "expected an object."));
    }
    JsonReader reader(sourceName);
    const QJsonObject root = document.object();
    reader.checkFields(root, QString(), {"format", "description", "years", "fixedHolidays", "kurbanAit", "swaps"});
    if (reader.failed())
        return reader.error();
    const std::optional<int> format = reader.integer(root, QString(), "format", false);
    if (!reader.failed() && format != formatVersion) {
        reader.fail(QStringLiteral("format"),
                    QCoreApplication::translate("CalendarData", "version %1 is not supported (expected %2).")
                        .arg(*format)
                        .arg(formatVersion));
    }
    if (root.contains(QLatin1String("description")) && !root.value(QLatin1String("description")).isString())
        reader.fail(QStringLiteral("description"), QCoreApplication::translate("CalendarData", "expected a string."));

    QList<CalendarYear> years;
    const QJsonArray yearArray = reader.array(root, "years");
    for (qsizetype i = 0; i < yearArray.size() && !reader.failed(); ++i) {
        const QString path = indexed("years", i);
        const QJsonObject object = reader.object(yearArray.at(i), path);
        if (!reader.failed() && !reader.checkFields(object, path, {"year", "provisional", "source"}))
            break;
        CalendarYear year;
        year.year = reader.integer(object, path, "year", false).value_or(0);
        year.provisional = reader.boolean(object, path, "provisional");
        year.source = reader.text(object, path, "source");
        years.append(year);
    }

    QList<FixedHoliday> fixedHolidays;
    const QJsonArray holidayArray = reader.failed() ? QJsonArray() : reader.array(root, "fixedHolidays");
    for (qsizetype i = 0; i < holidayArray.size() && !reader.failed(); ++i) {
        const QString path = indexed("fixedHolidays", i);
        const QJsonObject object = reader.object(holidayArray.at(i), path);
        if (!reader.failed() &&
            !reader.checkFields(object, path,
                                {"month", "day", "validFrom", "validTo", "movesFromWeekend", "name", "source"}))
            break;
        FixedHoliday holiday;
        holiday.month = reader.integer(object, path, "month", false).value_or(0);
        holiday.day = reader.integer(object, path, "day", false).value_or(0);
        holiday.validFrom = reader.integer(object, path, "validFrom", true);
        holiday.validTo = reader.integer(object, path, "validTo", true);
        holiday.movesFromWeekend = reader.boolean(object, path, "movesFromWeekend");
        holiday.name = reader.text(object, path, "name");
        holiday.source = reader.text(object, path, "source");
        fixedHolidays.append(holiday);
    }

    QList<KurbanAit> kurbanAit;
    const QJsonArray kurbanArray = reader.failed() ? QJsonArray() : reader.array(root, "kurbanAit");
    for (qsizetype i = 0; i < kurbanArray.size() && !reader.failed(); ++i) {
        const QString path = indexed("kurbanAit", i);
        const QJsonObject object = reader.object(kurbanArray.at(i), path);
        if (!reader.failed() && !reader.checkFields(object, path, {"date", "source"}))
            break;
        KurbanAit entry;
        entry.date = reader.date(object, path, "date");
        entry.source = reader.text(object, path, "source");
        kurbanAit.append(entry);
    }

    QList<DecreedSwap> swaps;
    const QJsonArray swapArray = reader.failed() ? QJsonArray() : reader.array(root, "swaps");
    for (qsizetype i = 0; i < swapArray.size() && !reader.failed(); ++i) {
        const QString path = indexed("swaps", i);
        const QJsonObject object = reader.object(swapArray.at(i), path);
        if (!reader.failed() && !reader.checkFields(object, path, {"dayOff", "workingDay", "source"}))
            break;
        DecreedSwap swap;
        swap.dayOff = reader.date(object, path, "dayOff");
        swap.workingDay = reader.date(object, path, "workingDay");
        swap.source = reader.text(object, path, "source");
        swaps.append(swap);
    }
    if (reader.failed())
        return reader.error();

    Result<CalendarData> data =
        create(std::move(years), std::move(fixedHolidays), std::move(kurbanAit), std::move(swaps), sourceName);
    if (data)
        data->m_description = root.value(QLatin1String("description")).toString();
    return data;
}

Result<CalendarData> CalendarData::shipped() {
    QFile file(shippedResource());
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Internal, QStringLiteral("calendar_resource_missing"),
                         QCoreApplication::translate("CalendarData", "The shipped calendar %1 cannot be read: %2")
                             .arg(shippedResource(), file.errorString()));
    }
    return fromJson(file.readAll(), shippedResource());
}

QByteArray CalendarData::toJson() const {
    QJsonArray years;
    for (const CalendarYear& year : m_years) {
        years.append(QJsonObject{{QStringLiteral("year"), year.year},
                                 {QStringLiteral("provisional"), year.provisional},
                                 {QStringLiteral("source"), year.source}});
    }
    QJsonArray holidays;
    for (const FixedHoliday& holiday : m_fixedHolidays) {
        holidays.append(QJsonObject{{QStringLiteral("month"), holiday.month},
                                    {QStringLiteral("day"), holiday.day},
                                    {QStringLiteral("validFrom"), optionalYear(holiday.validFrom)},
                                    {QStringLiteral("validTo"), optionalYear(holiday.validTo)},
                                    {QStringLiteral("movesFromWeekend"), holiday.movesFromWeekend},
                                    {QStringLiteral("name"), holiday.name},
                                    {QStringLiteral("source"), holiday.source}});
    }
    QJsonArray kurbanAit;
    for (const KurbanAit& entry : m_kurbanAit) {
        kurbanAit.append(QJsonObject{{QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
                                     {QStringLiteral("source"), entry.source}});
    }
    QJsonArray swaps;
    for (const DecreedSwap& swap : m_swaps) {
        swaps.append(QJsonObject{{QStringLiteral("dayOff"), swap.dayOff.toString(Qt::ISODate)},
                                 {QStringLiteral("workingDay"), swap.workingDay.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), swap.source}});
    }
    QJsonObject root{{QStringLiteral("format"), formatVersion},
                     {QStringLiteral("years"), years},
                     {QStringLiteral("fixedHolidays"), holidays},
                     {QStringLiteral("kurbanAit"), kurbanAit},
                     {QStringLiteral("swaps"), swaps}};
    if (!m_description.isEmpty())
        root.insert(QStringLiteral("description"), m_description);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CalendarData::isProvisional(int year) const {
    for (const CalendarYear& entry : m_years) {
        if (entry.year == year)
            return entry.provisional;
    }
    return false;
}

QList<int> CalendarData::provisionalYears() const {
    QList<int> result;
    for (const CalendarYear& entry : m_years) {
        if (entry.provisional)
            result.append(entry.year);
    }
    return result;
}

std::optional<KurbanAit> CalendarData::kurbanAit(int year) const {
    for (const KurbanAit& entry : m_kurbanAit) {
        if (entry.date.year() == year)
            return entry;
    }
    return std::nullopt;
}

} // namespace ruqsat::core
