// ruqsat-admin report: the supervisor's reports for schedulers and scripts. `report overdue` prints
// the overdue report (issue 8) with the same core code as the supervisor's screen, so its figures are
// the screen's: rows as CSV or JSON (core/reports/OverdueReportFormat), amounts in working seconds.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "calendar/WorkingDuration.h"
#include "common/Clock.h"
#include "reports/OverdueReportFormat.h"
#include "reports/OverdueReportQuery.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ruqsat::admin {

namespace {

QString reportDescription() {
    return QStringLiteral(
        "Reports for supervisors and schedulers.\n\n"
        "  overdue   the overdue report: open steps past their due moment now (kind \"overdue\"), steps\n"
        "            finished late in the period --from/--to (kind \"late\"; finishing exactly at the due\n"
        "            moment is on time), and with --at-risk the open steps that will be overdue within\n"
        "            that much working time (kind \"at_risk\"); and the whole cases against their total\n"
        "            term: open cases past it now (kind \"case_overdue\") and cases completed or refused\n"
        "            after it in the period (kind \"case_late\"; their step and step_ordinal are empty).\n"
        "            Amounts (working_seconds) are WORKING time of the office's schedule: from due to now,\n"
        "            from due to the finish, or left until due.\n\n"
        "The database decides what is reported: a login with the supervisor role\n"
        "sees its office and every office below it; a superuser (--cluster) sees every office; any other\n"
        "role is refused.\n\n"
        "Options of 'overdue':\n"
        "  --office CODE     that office and the offices below it (default: every office you may see)\n"
        "  --from DATE --to DATE\n"
        "                    the period of finished-late steps and cases: from the start of DATE --from up to, NOT\n"
        "                    including, DATE --to (YYYY-MM-DD, days in the zone of --office, else of your\n"
        "                    office); without them, no finished-late rows\n"
        "  --at-risk HORIZON e.g. 8h or 90m of working time (hours or minutes)\n"
        "  --at INSTANT      the report's \"now\", ISO 8601 with an offset (2026-12-03T10:00:00+05:00);\n"
        "                    default: the current time\n"
        "  --format csv|json csv (default): one line per row with a header; json: the rows and the\n"
        "                    totals per office, service, step and employee (steps and cases apart)\n\n"
        "Exit status: 0 success, 1 failure (database, refused), 2 bad command line.");
}

int runOverdue(AdminContext& context, const QCommandLineParser& parser, const QCommandLineOption& officeOption,
               const QCommandLineOption& fromOption, const QCommandLineOption& toOption,
               const QCommandLineOption& formatOption, const QCommandLineOption& atRiskOption,
               const QCommandLineOption& atOption) {
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.usageError(QStringLiteral("unknown --format '%1': use csv or json").arg(format));
    if (parser.isSet(fromOption) != parser.isSet(toOption))
        return context.usageError(QStringLiteral("give both --from and --to, or neither"));

    core::OverdueReportRequest request;
    request.office = parser.value(officeOption).trimmed();
    if (parser.isSet(officeOption) && request.office.isEmpty())
        return context.usageError(QStringLiteral("--office needs an office code"));

    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(fromOption)) {
        auto fromDate = dateArgument(parser.value(fromOption), QStringLiteral("--from"));
        if (!fromDate)
            return context.fail(fromDate.error());
        auto toDate = dateArgument(parser.value(toOption), QStringLiteral("--to"));
        if (!toDate)
            return context.fail(toDate.error());
        if (*fromDate >= *toDate) {
            return context.usageError(QStringLiteral("--from %1 must be before --to %2 (the period ends before --to)")
                                          .arg(parser.value(fromOption), parser.value(toOption)));
        }
        from = *fromDate;
        to = *toDate;
    }

    if (parser.isSet(atRiskOption)) {
        auto horizon = core::WorkingDuration::parse(parser.value(atRiskOption));
        if (!horizon)
            return context.usageError(QStringLiteral("--at-risk: %1").arg(horizon.error().message));
        if (horizon->unit == core::WorkingDuration::Unit::Days) {
            return context.usageError(
                QStringLiteral("--at-risk '%1': give the horizon in working hours or minutes, e.g. 8h or 90m")
                    .arg(parser.value(atRiskOption)));
        }
        request.atRiskHorizonSeconds = horizon->workingMinutes() * 60;
    }

    if (parser.isSet(atOption)) {
        const QString text = parser.value(atOption);
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
        if (!at.isValid() || !withOffset.match(text).hasMatch()) {
            return context.usageError(
                QStringLiteral("malformed --at '%1': expected ISO 8601 with an offset, e.g. 2026-12-03T10:00:00+05:00")
                    .arg(text));
        }
        request.now = core::instantFromDateTime(at);
    } else {
        request.now = core::SystemClock().now();
    }

    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    const core::OverdueReportQuery query(database.name());
    if (!request.office.isEmpty() || from) {
        // Also tells an unknown --office apart (a usage error) before the report runs.
        auto zone = query.periodZone(request.office);
        if (!zone)
            return context.fail(zone.error());
        if (from) {
            const auto [periodFrom, periodTo] = core::OverdueReportQuery::periodOfDates(*from, *to, zone.value());
            request.periodFrom = periodFrom;
            request.periodTo = periodTo;
        }
    }
    auto report = query.run(request);
    if (!report)
        return context.fail(report.error());
    const QByteArray text = format == QLatin1String("json") ? core::OverdueReportFormat::toJson(report.value())
                                                            : core::OverdueReportFormat::toCsv(report.value());
    context.out() << QString::fromUtf8(text);
    context.out().flush();
    return ExitSuccess;
}

} // namespace

int runReportCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("overdue"), QStringLiteral("The report to print (overdue)."));
    const QCommandLineOption officeOption(
        QStringLiteral("office"), QStringLiteral("That office and the offices below it."), QStringLiteral("CODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First day of the period."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Day after the period's last day."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption atRiskOption(QStringLiteral("at-risk"),
                                          QStringLiteral("At-risk horizon in working time (8h, 90m)."),
                                          QStringLiteral("HORIZON"));
    const QCommandLineOption atOption(QStringLiteral("at"), QStringLiteral("The report's now (ISO 8601)."),
                                      QStringLiteral("INSTANT"));
    parser.addOptions({officeOption, fromOption, toOption, formatOption, atRiskOption, atOption});
    context.addDatabaseOptions(parser);
    if (auto stop = context.parse(parser, args, reportDescription()))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(QStringLiteral("name a report: overdue"));
    if (positional.first() != QLatin1String("overdue"))
        return context.usageError(
            QStringLiteral("unknown report '%1': the reports are: overdue").arg(positional.first()));
    if (positional.size() > 1)
        return context.usageError(QStringLiteral("unexpected argument '%1'").arg(positional.at(1)));
    return runOverdue(context, parser, officeOption, fromOption, toOption, formatOption, atRiskOption, atOption);
}

} // namespace ruqsat::admin
