// ruqsat-admin calendar: the working-time calendar from the command line, for administrators who
// check a deadline by hand, edit the calendar when a decree is published, and for scripts. Without a
// database it reads the calendar shipped with Ruqsat; with --db or --cluster, that database's calendar
// (and with --office, that office's zone and hours).
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "calendar/CalendarData.h"
#include "calendar/CalendarRepository.h"
#include "calendar/OfficeSchedule.h"
#include "calendar/WorkingCalendar.h"
#include "calendar/WorkingDuration.h"
#include "common/Instant.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
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
        "and an office schedule; edits of the calendar kept in a database, and their history.\n\n"
        "Subcommands that compute (the shipped calendar and the standard office schedule, Monday to\n"
        "Friday 09:00-13:00 and 14:30-18:30, unless --db/--cluster names a database, whose calendar is\n"
        "used instead, and --office ID one of its offices, whose zone and hours are used):\n"
        "  nonworking YEAR     every non-working date of YEAR (YYYY-MM-DD), one a line, ascending\n"
        "  due START DURATION  the due moment of DURATION (15m, 3h or 8d: minutes, hours, working days)\n"
        "                      started at START, as ISO 8601 with the zone's offset\n"
        "  between A B         the working minutes from A to B (0 when B is not after A)\n\n"
        "START, A and B are local times YYYY-MM-DDTHH:MM in the zone of --tz (default Asia/Almaty) or of\n"
        "the office. A provisional year of the data (published decrees still missing) gives a warning on\n"
        "stderr.\n\n"
        "Subcommands that edit a database's calendar (--db or --cluster; a superuser or a login with the\n"
        "administrator role; --source names the decree or law, required). Each edit is one transaction\n"
        "with one audit record; deadlines already recorded on cases do not change (see recompute):\n"
        "  add-holiday MM-DD --name NAME [--from YEAR] [--to YEAR] [--no-move] --source TEXT\n"
        "  remove-holiday MM-DD [--year YEAR] --source TEXT\n"
        "  add-swap DAY_OFF WORKING_DAY --source TEXT   (dates YYYY-MM-DD)\n"
        "  remove-swap DAY_OFF --source TEXT\n"
        "  set-kurban-ait DATE --source TEXT\n"
        "  add-year YEAR [--provisional | --kurban-ait DATE] --source TEXT\n"
        "  confirm-year YEAR --source TEXT\n"
        "  history             every edit: when, who, what, source\n"
        "  recompute [--apply --source TEXT]\n"
        "                      the recorded due moments of open cases that the current calendar\n"
        "                      computes differently, one line each: CASE WHAT RECORDED RECOMPUTED;\n"
        "                      with --apply they are written, with one audit record per case\n\n"
        "Run 'ruqsat-admin calendar SUBCOMMAND --help' for the options of a subcommand.");
}

Error usage(const QString& message) {
    return core::makeError(ErrorCode::InvalidArgument, QStringLiteral("bad_usage"), message);
}

// A refusal of the database is a failed operation (exit 1) even when the database calls the input
// invalid (a swap that does not fit): the command line itself was well-formed.
int failOperation(AdminContext& context, const Error& error) {
    context.err() << "ruqsat-admin: " << error.message << Qt::endl;
    return ExitFailure;
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

Result<int> yearFrom(const QString& text, const QString& what) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}$"));
    if (!pattern.match(text).hasMatch())
        return usage(QStringLiteral("malformed %1 '%2': expected four digits").arg(what, text));
    return text.toInt();
}

// "MM-DD" of a fixed holiday; 29 February is allowed (it is a day of some years).
Result<std::pair<int, int>> monthDayFrom(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int month = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int day = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (!QDate::isValid(2000, month, day))
        return usage(QStringLiteral("malformed MM-DD '%1': expected a month and day such as 03-08").arg(text));
    return std::pair{month, day};
}

// The standard hours in another zone, for --tz without an office.
Result<core::OfficeSchedule> standardScheduleIn(const QTimeZone& zone) {
    const core::OfficeSchedule standard = core::OfficeSchedule::standard();
    std::array<QList<core::WorkingInterval>, 7> week;
    for (int day = 1; day <= 7; ++day)
        week[static_cast<size_t>(day - 1)] = standard.intervals(day);
    return core::OfficeSchedule::create(zone.id(), week);
}

// The options shared by nonworking, due and between: --tz, --office and the database.
class CalendarOptions {
public:
    CalendarOptions(AdminContext& context, QCommandLineParser& parser, bool withZone)
        : m_context(context)
        , m_parser(parser)
        , m_withZone(withZone)
        , m_zone(QStringLiteral("tz"),
                 QStringLiteral("IANA time zone of the times and of the office (default %1).").arg(defaultZone),
                 QStringLiteral("ZONE"))
        , m_office(QStringLiteral("office"),
                   QStringLiteral("With --db or --cluster: compute for this office (its zone and hours)."),
                   QStringLiteral("ID")) {
        if (withZone)
            parser.addOption(m_zone);
        parser.addOption(m_office);
        context.addDatabaseOptions(parser);
    }

    // Usage errors of the combination, before anything is computed.
    std::optional<Error> check() const {
        if (m_parser.isSet(m_office) && !m_context.databaseGiven(m_parser))
            return usage(QStringLiteral("--office needs the database: give --db or --cluster"));
        if (m_parser.isSet(m_office) && m_withZone && m_parser.isSet(m_zone))
            return usage(QStringLiteral("give either --tz or --office: an office has its own zone"));
        return std::nullopt;
    }

    bool usesOffice() const { return m_parser.isSet(m_office); }

    // The zone of the times given: --tz, or the office's. Reads the office's schedule on the way.
    Result<QTimeZone> zone() {
        if (!usesOffice())
            return givenZone();
        const Result<core::OfficeSchedule> schedule = officeSchedule();
        if (!schedule)
            return schedule.error();
        return schedule->timeZone();
    }

    Result<std::shared_ptr<const WorkingCalendar>> calendar() {
        if (!m_context.databaseGiven(m_parser)) {
            const Result<core::CalendarData> data = core::CalendarData::shipped();
            if (!data)
                return data.error();
            const Result<QTimeZone> tz = givenZone();
            if (!tz)
                return tz.error();
            const Result<core::OfficeSchedule> schedule = standardScheduleIn(*tz);
            if (!schedule)
                return schedule.error();
            return WorkingCalendar::build(*data, *schedule);
        }
        if (auto failed = openDatabase())
            return *failed;
        const Result<core::CalendarData> data = core::CalendarRepository(m_database.name()).load();
        if (!data)
            return data.error();
        Result<core::OfficeSchedule> schedule = officeSchedule();
        if (!usesOffice()) {
            const Result<QTimeZone> tz = givenZone();
            if (!tz)
                return tz.error();
            schedule = standardScheduleIn(*tz);
        }
        if (!schedule)
            return schedule.error();
        return WorkingCalendar::build(*data, *schedule);
    }

private:
    // --tz, or the default zone for the subcommands without the option.
    Result<QTimeZone> givenZone() const {
        if (!m_withZone)
            return QTimeZone(defaultZone.toUtf8());
        return zoneFrom(m_parser, m_zone);
    }

    std::optional<Error> openDatabase() {
        if (m_open)
            return std::nullopt;
        const Result<core::ConnectionSettings> settings = m_context.databaseSettings(m_parser);
        if (!settings)
            return settings.error();
        const auto opened = core::Database::open(*settings, m_database.name());
        if (!opened)
            return opened.error();
        m_open = true;
        return std::nullopt;
    }

    Result<core::OfficeSchedule> officeSchedule() {
        if (!usesOffice())
            return core::OfficeSchedule::standard();
        if (auto failed = openDatabase())
            return *failed;
        return core::CalendarRepository(m_database.name()).officeSchedule(m_parser.value(m_office));
    }

    AdminContext& m_context;
    QCommandLineParser& m_parser;
    bool m_withZone = true;
    QCommandLineOption m_zone;
    QCommandLineOption m_office;
    AdminDatabase m_database;
    bool m_open = false;
};

// Errors while computing: a refusal of the data (outside the calendar, bad duration) is a usage error
// as before; a database that cannot be reached or an unknown office is a failure.
int failComputing(AdminContext& context, const Error& error) {
    if (error.code == ErrorCode::InvalidArgument)
        return context.fail(error);
    return failOperation(context, error);
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
    CalendarOptions options(context, parser, false);
    parser.addPositionalArgument(QStringLiteral("YEAR"), QStringLiteral("The year, e.g. 2024."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar nonworking YEAR [--db CONNINFO | "
                                                       "--cluster DIR] [--office ID]\n\n"
                                                       "Every non-working date of YEAR, one YYYY-MM-DD a line, "
                                                       "ascending: weekends, holidays, moved and decreed days off.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("calendar nonworking: expected one argument, YEAR"));
    if (const auto wrong = options.check())
        return context.fail(*wrong);
    const Result<int> year = yearFrom(positional.first(), QStringLiteral("YEAR"));
    if (!year)
        return context.fail(year.error());

    const auto calendar = options.calendar();
    if (!calendar)
        return failComputing(context, calendar.error());
    const Result<QList<QDate>> dates = (*calendar)->nonWorkingDates(*year);
    if (!dates)
        return context.fail(dates.error());
    warnProvisional(context, **calendar, QDate(*year, 1, 1), QDate(*year, 1, 1));
    for (const QDate& date : *dates)
        context.out() << date.toString(Qt::ISODate) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int runDue(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    CalendarOptions options(context, parser, true);
    parser.addPositionalArgument(QStringLiteral("START"), QStringLiteral("Local start time, YYYY-MM-DDTHH:MM."));
    parser.addPositionalArgument(QStringLiteral("DURATION"),
                                 QStringLiteral("15m, 3h (working minutes, hours) or 8d (working days)."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar due [--tz ZONE] [--db CONNINFO | "
                                                       "--cluster DIR] [--office ID] START DURATION\n\n"
                                                       "The due moment of a step of DURATION started at START, "
                                                       "as ISO 8601 with the zone's offset.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("calendar due: expected two arguments, START and DURATION"));
    if (const auto wrong = options.check())
        return context.fail(*wrong);
    const Result<core::WorkingDuration> duration = core::WorkingDuration::parse(positional.at(1));

    const Result<QTimeZone> zone = options.zone();
    if (!zone)
        return failComputing(context, zone.error());
    const Result<core::Instant> start = instantFrom(positional.at(0), QStringLiteral("START"), *zone);
    if (!start)
        return context.fail(start.error());
    if (!duration)
        return context.fail(duration.error());

    const auto calendar = options.calendar();
    if (!calendar)
        return failComputing(context, calendar.error());
    const Result<core::Instant> due = (*calendar)->due(*start, *duration);
    if (!due)
        return context.fail(due.error());
    warnProvisional(context, **calendar, core::toDateTime(*start, *zone).date(), core::toDateTime(*due, *zone).date());
    context.out() << core::formatIso(*due, *zone) << Qt::endl;
    return ExitSuccess;
}

int runBetween(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    CalendarOptions options(context, parser, true);
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("Local time, YYYY-MM-DDTHH:MM."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Local time, YYYY-MM-DDTHH:MM."));
    if (const auto stop = context.parse(parser, subcommandArgs(args),
                                        QStringLiteral("ruqsat-admin calendar between [--tz ZONE] [--db CONNINFO | "
                                                       "--cluster DIR] [--office ID] A B\n\n"
                                                       "The working minutes from A to B (0 when B is not after A).")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("calendar between: expected two arguments, A and B"));
    if (const auto wrong = options.check())
        return context.fail(*wrong);

    const Result<QTimeZone> zone = options.zone();
    if (!zone)
        return failComputing(context, zone.error());
    const Result<core::Instant> from = instantFrom(positional.at(0), QStringLiteral("A"), *zone);
    if (!from)
        return context.fail(from.error());
    const Result<core::Instant> to = instantFrom(positional.at(1), QStringLiteral("B"), *zone);
    if (!to)
        return context.fail(to.error());

    const auto calendar = options.calendar();
    if (!calendar)
        return failComputing(context, calendar.error());
    const Result<qint64> seconds = (*calendar)->workingSecondsBetween(*from, *to);
    if (!seconds)
        return context.fail(seconds.error());
    warnProvisional(context, **calendar, core::toDateTime(*from, *zone).date(), core::toDateTime(*to, *zone).date());
    context.out() << *seconds / 60 << Qt::endl;
    return ExitSuccess;
}

// ---------------------------------------------------------------------------------------------------
// Edits of a database's calendar.

struct EditOptions {
    QCommandLineOption source{QStringLiteral("source"),
                              QStringLiteral("The legal source of the change: the decree or law, with its number and "
                                             "date. Required."),
                              QStringLiteral("TEXT")};
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("add-holiday: the holiday's name."),
                            QStringLiteral("NAME")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("add-holiday: the first year it applies in."),
                            QStringLiteral("YEAR")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("add-holiday: the last year it applies in."),
                          QStringLiteral("YEAR")};
    QCommandLineOption noMove{QStringLiteral("no-move"),
                              QStringLiteral("add-holiday: on a weekend it does not move to the next working day "
                                             "(as 7 January).")};
    QCommandLineOption year{QStringLiteral("year"),
                            QStringLiteral("remove-holiday: the entry applying in this year, when the date is listed "
                                           "for several spans of years."),
                            QStringLiteral("YEAR")};
    QCommandLineOption provisional{QStringLiteral("provisional"),
                                   QStringLiteral("add-year: the year's decrees are not published yet.")};
    QCommandLineOption kurbanAit{QStringLiteral("kurban-ait"),
                                 QStringLiteral("add-year: the first day of Kurban Ait (needed unless provisional)."),
                                 QStringLiteral("DATE")};
    QCommandLineOption apply{QStringLiteral("apply"), QStringLiteral("recompute: write the recomputed due moments.")};
};

struct EditSpec {
    const char* name;
    int operands;
    const char* synopsis;
};

constexpr EditSpec editSpecs[] = {
    {"add-holiday", 1, "add-holiday MM-DD --name NAME [--from YEAR] [--to YEAR] [--no-move] --source TEXT"},
    {"remove-holiday", 1, "remove-holiday MM-DD [--year YEAR] --source TEXT"},
    {"add-swap", 2, "add-swap DAY_OFF WORKING_DAY --source TEXT"},
    {"remove-swap", 1, "remove-swap DAY_OFF --source TEXT"},
    {"set-kurban-ait", 1, "set-kurban-ait DATE --source TEXT"},
    {"add-year", 1, "add-year YEAR [--provisional | --kurban-ait DATE] --source TEXT"},
    {"confirm-year", 1, "confirm-year YEAR --source TEXT"},
    {"history", 0, "history"},
    {"recompute", 0, "recompute [--apply --source TEXT]"},
};

const EditSpec* editSpec(const QString& name) {
    for (const EditSpec& spec : editSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

// The options each edit accepts besides --source and the database's.
QStringList allowedOptions(const QString& edit) {
    if (edit == QLatin1String("add-holiday"))
        return {QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("no-move")};
    if (edit == QLatin1String("remove-holiday"))
        return {QStringLiteral("year")};
    if (edit == QLatin1String("add-year"))
        return {QStringLiteral("provisional"), QStringLiteral("kurban-ait")};
    if (edit == QLatin1String("recompute"))
        return {QStringLiteral("apply")};
    return {};
}

QString utcIso(core::Instant at) {
    return core::formatIso(at, QTimeZone::utc());
}

int printHistory(AdminContext& context, core::CalendarRepository& repository) {
    const auto edits = repository.history();
    if (!edits)
        return failOperation(context, edits.error());
    for (const core::CalendarEdit& edit : *edits) {
        context.out() << utcIso(edit.at) << '\t' << edit.actor << '\t' << edit.action << '\t' << edit.summary() << '\t'
                      << "source: " << edit.source << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int recompute(AdminContext& context, core::CalendarRepository& repository, bool apply, const QString& source) {
    const auto dues = apply ? repository.applyRecomputedDues(source) : repository.recomputedDues();
    if (!dues)
        return failOperation(context, dues.error());
    QSet<qint64> cases;
    int changes = 0;
    for (const core::RecomputedDue& due : *dues) {
        const QTimeZone zone(due.timeZone);
        if (!due.recomputed) {
            context.err() << "ruqsat-admin: warning: case " << due.caseId << ' ' << due.fieldDescription()
                          << ": cannot recompute: " << due.problem << Qt::endl;
            continue;
        }
        context.out() << due.caseId << '\t' << due.fieldDescription() << '\t' << core::formatIso(due.recorded, zone)
                      << '\t' << core::formatIso(*due.recomputed, zone) << '\n';
        cases.insert(due.caseId);
        ++changes;
    }
    if (apply)
        context.out() << "# changed " << changes << " recorded due moment(s) of " << cases.size() << " case(s)\n";
    else if (changes == 0)
        context.out() << "# every recorded due moment of the open cases agrees with the current calendar\n";
    else
        context.out() << "# " << changes << " recorded due moment(s) of " << cases.size()
                      << " case(s) differ; nothing changed (write them with --apply --source TEXT)\n";
    context.out().flush();
    return ExitSuccess;
}

int runEdit(AdminContext& context, const QStringList& args) {
    const QString edit = args.value(1);
    const EditSpec* spec = editSpec(edit);
    QCommandLineParser parser;
    EditOptions options;
    parser.addOptions({options.source, options.name, options.from, options.to, options.noMove, options.year,
                       options.provisional, options.kurbanAit, options.apply});
    context.addDatabaseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ARGS"), QStringLiteral("See the synopsis."));
    if (const auto stop =
            context.parse(parser, subcommandArgs(args),
                          QStringLiteral("ruqsat-admin calendar %1 (--db CONNINFO | --cluster DIR)\n\n"
                                         "Options other than --source apply to the subcommands they name.")
                              .arg(QLatin1String(spec->synopsis))))
        return *stop;

    const QStringList operands = parser.positionalArguments();
    const QString synopsis = QStringLiteral("calendar ") + QLatin1String(spec->synopsis);
    if (operands.size() != spec->operands)
        return context.usageError(QStringLiteral("expected: %1").arg(synopsis));
    // Every edit, and recompute --apply, names its legal source; history and the listing do not.
    const bool needsSource =
        edit != QLatin1String("history") && (edit != QLatin1String("recompute") || parser.isSet(options.apply));
    QStringList allowed = allowedOptions(edit) + QStringList{QStringLiteral("db"), QStringLiteral("cluster")};
    if (needsSource)
        allowed.append(QStringLiteral("source"));
    for (const QString& option : parser.optionNames()) {
        if (!allowed.contains(option))
            return context.usageError(QStringLiteral("calendar %1 does not take --%2").arg(edit, option));
    }
    if (!context.databaseGiven(parser))
        return context.usageError(QStringLiteral("calendar %1 works on a database: give --db or --cluster").arg(edit));
    const QString source = parser.value(options.source).trimmed();
    if (needsSource && source.isEmpty())
        return context.usageError(
            QStringLiteral("calendar %1 needs --source TEXT: the decree or law with its number and date").arg(edit));

    // Operands and options, checked before anything is written.
    core::FixedHoliday holiday;
    std::pair<int, int> monthDay;
    std::optional<int> year;
    QDate firstDate;
    QDate secondDate;
    std::optional<QDate> kurbanAit;
    if (edit == QLatin1String("add-holiday") || edit == QLatin1String("remove-holiday")) {
        const auto parsed = monthDayFrom(operands.at(0));
        if (!parsed)
            return context.fail(parsed.error());
        monthDay = *parsed;
    }
    if (edit == QLatin1String("add-holiday")) {
        holiday.month = monthDay.first;
        holiday.day = monthDay.second;
        holiday.name = parser.value(options.name).trimmed();
        holiday.movesFromWeekend = !parser.isSet(options.noMove);
        holiday.source = source;
        if (holiday.name.isEmpty())
            return context.usageError(QStringLiteral("calendar add-holiday needs --name NAME"));
        for (const auto& [option, target] :
             {std::pair{&options.from, &holiday.validFrom}, std::pair{&options.to, &holiday.validTo}}) {
            if (!parser.isSet(*option))
                continue;
            const Result<int> parsed = yearFrom(parser.value(*option), QLatin1String("--") + option->names().first());
            if (!parsed)
                return context.fail(parsed.error());
            *target = *parsed;
        }
        if (holiday.validFrom && holiday.validTo && *holiday.validFrom > *holiday.validTo)
            return context.usageError(
                QStringLiteral("--to %1 is before --from %2").arg(*holiday.validTo).arg(*holiday.validFrom));
    }
    if (edit == QLatin1String("remove-holiday") && parser.isSet(options.year)) {
        const Result<int> parsed = yearFrom(parser.value(options.year), QStringLiteral("--year"));
        if (!parsed)
            return context.fail(parsed.error());
        year = *parsed;
    }
    if (edit == QLatin1String("add-swap") || edit == QLatin1String("remove-swap") ||
        edit == QLatin1String("set-kurban-ait")) {
        const Result<QDate> parsed =
            dateArgument(operands.at(0),
                         edit == QLatin1String("set-kurban-ait") ? QStringLiteral("DATE") : QStringLiteral("DAY_OFF"));
        if (!parsed)
            return context.fail(parsed.error());
        firstDate = *parsed;
    }
    if (edit == QLatin1String("add-swap")) {
        const Result<QDate> parsed = dateArgument(operands.at(1), QStringLiteral("WORKING_DAY"));
        if (!parsed)
            return context.fail(parsed.error());
        secondDate = *parsed;
    }
    if (edit == QLatin1String("add-year") || edit == QLatin1String("confirm-year")) {
        const Result<int> parsed = yearFrom(operands.at(0), QStringLiteral("YEAR"));
        if (!parsed)
            return context.fail(parsed.error());
        year = *parsed;
    }
    if (edit == QLatin1String("add-year")) {
        if (parser.isSet(options.provisional) == parser.isSet(options.kurbanAit))
            return context.usageError(
                QStringLiteral("calendar add-year needs either --provisional or --kurban-ait DATE (a confirmed "
                               "year has its Kurban Ait date)"));
        if (parser.isSet(options.kurbanAit)) {
            const Result<QDate> parsed = dateArgument(parser.value(options.kurbanAit), QStringLiteral("--kurban-ait"));
            if (!parsed)
                return context.fail(parsed.error());
            kurbanAit = *parsed;
        }
    }

    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    core::CalendarRepository repository(database.name());
    if (edit == QLatin1String("history"))
        return printHistory(context, repository);
    if (edit == QLatin1String("recompute"))
        return recompute(context, repository, parser.isSet(options.apply), source);

    Result<qint64> audited = qint64{0};
    QString done;
    if (edit == QLatin1String("add-holiday")) {
        audited = repository.addHoliday(holiday);
        done = QStringLiteral("Added the holiday %1-%2 \"%3\"")
                   .arg(monthDay.first, 2, 10, QLatin1Char('0'))
                   .arg(monthDay.second, 2, 10, QLatin1Char('0'))
                   .arg(holiday.name);
    } else if (edit == QLatin1String("remove-holiday")) {
        audited = repository.removeHoliday(monthDay.first, monthDay.second, year, source);
        done = QStringLiteral("Removed the holiday %1-%2")
                   .arg(monthDay.first, 2, 10, QLatin1Char('0'))
                   .arg(monthDay.second, 2, 10, QLatin1Char('0'));
    } else if (edit == QLatin1String("add-swap")) {
        audited = repository.addSwap(core::DecreedSwap{firstDate, secondDate, source});
        done = QStringLiteral("Added the swap: %1 off, %2 worked")
                   .arg(firstDate.toString(Qt::ISODate), secondDate.toString(Qt::ISODate));
    } else if (edit == QLatin1String("remove-swap")) {
        audited = repository.removeSwap(firstDate, source);
        done = QStringLiteral("Removed the swap making %1 a day off").arg(firstDate.toString(Qt::ISODate));
    } else if (edit == QLatin1String("set-kurban-ait")) {
        audited = repository.setKurbanAit(core::KurbanAit{firstDate, source});
        done = QStringLiteral("Kurban Ait %1 is on %2").arg(firstDate.year()).arg(firstDate.toString(Qt::ISODate));
    } else if (edit == QLatin1String("add-year")) {
        audited = repository.addYear(core::CalendarYear{*year, !kurbanAit.has_value(), source}, kurbanAit);
        done = QStringLiteral("The calendar now covers %1%2")
                   .arg(*year)
                   .arg(kurbanAit ? QString() : QStringLiteral(" (provisional)"));
    } else if (edit == QLatin1String("confirm-year")) {
        audited = repository.setYearProvisional(*year, false, source);
        done = QStringLiteral("%1 is confirmed").arg(*year);
    }
    if (!audited)
        return failOperation(context, audited.error());
    context.out() << done << " (audit record " << *audited
                  << "); deadlines already recorded on cases are unchanged: see 'calendar recompute'" << Qt::endl;
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
    if (editSpec(subcommand) != nullptr)
        return runEdit(context, args);

    const QString names = QStringLiteral(
        "nonworking, due, between, add-holiday, remove-holiday, add-swap, remove-swap, set-kurban-ait, add-year, "
        "confirm-year, history or recompute");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), names + u'.');
    if (const auto stop = context.parse(parser, args, calendarDescription()))
        return *stop;
    if (subcommand.isEmpty())
        return context.usageError(QStringLiteral("calendar: missing subcommand (%1)").arg(names));
    return context.usageError(QStringLiteral("calendar: unknown subcommand '%1' (expected %2)").arg(subcommand, names));
}

} // namespace ruqsat::admin
