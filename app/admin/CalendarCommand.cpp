// ruqsat-admin calendar: the working-time calendar from the command line, for administrators who
// check a deadline by hand and for scripts. Reads the calendar shipped with Ruqsat; the variant that
// reads an office's calendar from the database comes with the store.
#include "AdminContext.h"
#include "Commands.h"

#include "calendar/CalendarData.h"
#include "calendar/OfficeSchedule.h"
#include "calendar/WorkingCalendar.h"
#include "calendar/WorkingDuration.h"
#include "common/Instant.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <memory>

namespace ruqsat::admin {

namespace {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::WorkingCalendar;

const QString defaultZone = QStringLiteral("Asia/Almaty");

QString calendarDescription() {
    return QStringLiteral(
        "Working-time calendar: non-working days and due moments, computed from the Kazakhstan calendar\n"
        "shipped with Ruqsat and the standard office schedule (Monday to Friday 09:00-13:00 and\n"
        "14:30-18:30).\n\n"
        "Subcommands:\n"
        "  nonworking YEAR     every non-working date of YEAR (YYYY-MM-DD), one a line, ascending\n"
        "  due START DURATION  the due moment of DURATION (15m, 3h or 8d: minutes, hours, working days)\n"
        "                      started at START, as ISO 8601 with the zone's offset\n"
        "  between A B         the working minutes from A to B (0 when B is not after A)\n\n"
        "START, A and B are local times YYYY-MM-DDTHH:MM in the zone of --tz (default Asia/Almaty).\n"
        "A provisional year of the data (published decrees still missing) gives a warning on stderr.\n"
        "Run 'ruqsat-admin calendar SUBCOMMAND --help' for the options of a subcommand.");
}

Error usage(const QString& message) {
    return core::makeError(ErrorCode::InvalidArgument, QStringLiteral("bad_usage"), message);
}

Result<QTimeZone> zoneFrom(const QCommandLineParser& parser, const QCommandLineOption& option) {
    const QString id = parser.isSet(option) ? parser.value(option) : defaultZone;
    const QTimeZone zone(id.toUtf8());
    if (id.isEmpty() || !zone.isValid())
        return usage(QStringLiteral("unknown time zone '%1' (expected an IANA name such as Asia/Almaty)").arg(id));
    return zone;
}

// A local time "YYYY-MM-DDTHH:MM" in `zone`.
Result<core::Instant> instantFrom(const QString& text, const QString& what, const QTimeZone& zone) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QDate date = match.hasMatch()
                           ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
                           : QDate();
    const QTime time = match.hasMatch() ? QTime(match.captured(4).toInt(), match.captured(5).toInt()) : QTime();
    if (!date.isValid() || !time.isValid()) {
        return usage(
            QStringLiteral("malformed %1 '%2': expected a local date and time YYYY-MM-DDTHH:MM").arg(what, text));
    }
    const QDateTime local(date, time, zone);
    if (!local.isValid() || local.date() != date || local.time() != time) {
        return usage(QStringLiteral("%1 %2 does not exist in %3 (the clocks skip it)")
                         .arg(what, text, QString::fromUtf8(zone.id())));
    }
    return core::instantFromDateTime(local);
}

Result<std::shared_ptr<const WorkingCalendar>> calendarFor(const QTimeZone& zone) {
    const Result<core::CalendarData> data = core::CalendarData::shipped();
    if (!data)
        return data.error();
    const core::OfficeSchedule standard = core::OfficeSchedule::standard();
    std::array<QList<core::WorkingInterval>, 7> week;
    for (int day = 1; day <= 7; ++day)
        week[static_cast<size_t>(day - 1)] = standard.intervals(day);
    const Result<core::OfficeSchedule> schedule = core::OfficeSchedule::create(zone.id(), week);
    if (!schedule)
        return schedule.error();
    return WorkingCalendar::build(*data, *schedule);
}

// One warning line per provisional year between the two dates: its holidays may still change.
void warnProvisional(AdminContext& context, const WorkingCalendar& calendar, QDate from, QDate to) {
    if (to < from)
        std::swap(from, to);
    for (int year = from.year(); year <= to.year(); ++year) {
        if (calendar.isProvisional(year)) {
            context.err() << "ruqsat-admin: warning: the calendar for " << year
                          << " is provisional (its Kurban Ait date and decreed day swaps are not published yet);"
                             " the result may change"
                          << Qt::endl;
        }
    }
}

// QCommandLineParser reads "-5m" as options; a leading minus followed by a digit is a negative value,
// so such arguments go after "--", which keeps them positional (they are the last in practice).
QStringList protectNegativeValues(const QStringList& args) {
    static const QRegularExpression negative(QStringLiteral("^-\\d"));
    QStringList plain;
    QStringList negatives;
    for (const QString& arg : args)
        (negative.match(arg).hasMatch() ? negatives : plain).append(arg);
    if (!negatives.isEmpty())
        plain << QStringLiteral("--") << negatives;
    return plain;
}

QStringList subcommandArgs(const QStringList& args) {
    QStringList result = protectNegativeValues(args.mid(1));
    result.first() = QStringLiteral("calendar ") + result.first();
    return result;
}

int runNonWorking(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("YEAR"), QStringLiteral("The year, e.g. 2024."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar nonworking YEAR\n\n"
                                                       "Every non-working date of YEAR, one YYYY-MM-DD a line, "
                                                       "ascending: weekends, holidays, moved and decreed days off.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("calendar nonworking: expected one argument, YEAR"));
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    if (!yearPattern.match(positional.first()).hasMatch())
        return context.fail(usage(QStringLiteral("malformed YEAR '%1': expected four digits").arg(positional.first())));
    const int year = positional.first().toInt();

    const auto calendar = calendarFor(QTimeZone(defaultZone.toUtf8()));
    if (!calendar)
        return context.fail(calendar.error());
    const Result<QList<QDate>> dates = (*calendar)->nonWorkingDates(year);
    if (!dates)
        return context.fail(dates.error());
    warnProvisional(context, **calendar, QDate(year, 1, 1), QDate(year, 1, 1));
    for (const QDate& date : *dates)
        context.out() << date.toString(Qt::ISODate) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int runDue(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption zoneOption(
        QStringLiteral("tz"),
        QStringLiteral("IANA time zone of START and of the office (default %1).").arg(defaultZone),
        QStringLiteral("ZONE"));
    parser.addOption(zoneOption);
    parser.addPositionalArgument(QStringLiteral("START"), QStringLiteral("Local start time, YYYY-MM-DDTHH:MM."));
    parser.addPositionalArgument(QStringLiteral("DURATION"),
                                 QStringLiteral("15m, 3h (working minutes, hours) or 8d (working days)."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar due [--tz ZONE] START DURATION\n\n"
                                                       "The due moment of a step of DURATION started at START, "
                                                       "as ISO 8601 with the zone's offset.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("calendar due: expected two arguments, START and DURATION"));

    const Result<QTimeZone> zone = zoneFrom(parser, zoneOption);
    if (!zone)
        return context.fail(zone.error());
    const Result<core::Instant> start = instantFrom(positional.at(0), QStringLiteral("START"), *zone);
    if (!start)
        return context.fail(start.error());
    const Result<core::WorkingDuration> duration = core::WorkingDuration::parse(positional.at(1));
    if (!duration)
        return context.fail(duration.error());

    const auto calendar = calendarFor(*zone);
    if (!calendar)
        return context.fail(calendar.error());
    const Result<core::Instant> due = (*calendar)->due(*start, *duration);
    if (!due)
        return context.fail(due.error());
    warnProvisional(context, **calendar, core::toDateTime(*start, *zone).date(), core::toDateTime(*due, *zone).date());
    context.out() << core::formatIso(*due, *zone) << Qt::endl;
    return ExitSuccess;
}

int runBetween(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption zoneOption(
        QStringLiteral("tz"), QStringLiteral("IANA time zone of A, B and the office (default %1).").arg(defaultZone),
        QStringLiteral("ZONE"));
    parser.addOption(zoneOption);
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("Local time, YYYY-MM-DDTHH:MM."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Local time, YYYY-MM-DDTHH:MM."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar between [--tz ZONE] A B\n\n"
                                                       "The working minutes from A to B (0 when B is not after A).")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("calendar between: expected two arguments, A and B"));

    const Result<QTimeZone> zone = zoneFrom(parser, zoneOption);
    if (!zone)
        return context.fail(zone.error());
    const Result<core::Instant> from = instantFrom(positional.at(0), QStringLiteral("A"), *zone);
    if (!from)
        return context.fail(from.error());
    const Result<core::Instant> to = instantFrom(positional.at(1), QStringLiteral("B"), *zone);
    if (!to)
        return context.fail(to.error());

    const auto calendar = calendarFor(*zone);
    if (!calendar)
        return context.fail(calendar.error());
    const Result<qint64> seconds = (*calendar)->workingSecondsBetween(*from, *to);
    if (!seconds)
        return context.fail(seconds.error());
    warnProvisional(context, **calendar, core::toDateTime(*from, *zone).date(), core::toDateTime(*to, *zone).date());
    context.out() << *seconds / 60 << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runCalendarCommand(AdminContext& context, const QStringList& args) {
    const QString subcommand = args.value(1);
    if (subcommand == QLatin1String("nonworking"))
        return runNonWorking(context, args);
    if (subcommand == QLatin1String("due"))
        return runDue(context, args);
    if (subcommand == QLatin1String("between"))
        return runBetween(context, args);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("nonworking, due or between."));
    if (const auto stop = context.parse(parser, args, calendarDescription()))
        return *stop;
    if (subcommand.isEmpty())
        return context.usageError(QStringLiteral("calendar: missing subcommand (nonworking, due or between)"));
    return context.usageError(
        QStringLiteral("calendar: unknown subcommand '%1' (expected nonworking, due or between)").arg(subcommand));
}

} // namespace ruqsat::admin
