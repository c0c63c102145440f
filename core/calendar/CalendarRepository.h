#pragma once

#include "calendar/CalendarData.h"
#include "calendar/OfficeSchedule.h"
#include "calendar/WorkingCalendar.h"
#include "common/Instant.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ruqsat::core {

// One edit of the working calendar as the audit log recorded it (ruqsat.audit_event, actions
// "calendar_..."): who, when, what, on which legal source.
struct CalendarEdit {
    qint64 auditId = 0;
    QString actor;
    Instant at;
    QString action; // calendar_add_holiday, calendar_remove_holiday, calendar_add_swap, ... calendar_recompute
    QString source;
    // As recorded: {"source", "old", "new"}; for calendar_recompute {"case_id", "source", "changes"}.
    QJsonObject payload;

    // One line for people, e.g. `added holiday 04-15 "Spring Day" (2025 only)`.
    QString summary() const;
};

// A due moment recorded on an open case that the current calendar computes differently (domain.md:
// edits of the calendar must not silently rewrite deadlines already communicated, so such a difference
// is listed, and changed only on request).
struct RecomputedDue {
    enum class Field {
        CaseDue,             // ruqsat.cases.case_due: the total term from submission
        StepDue,             // ruqsat.case_step.due_at of the open step record
        FirstPreparationDue, // ruqsat.cases.first_preparation_due, reused by a return for rework
    };

    qint64 caseId = 0;
    QString officeId;
    QByteArray timeZone; // the office's, to show the moments in
    Field field = Field::CaseDue;
    int stepOrdinal = 0; // StepDue: the record's ordinal
    QString step;        // StepDue: the step's code
    Instant recorded;
    // None when the current calendar cannot give it (`problem` says why, e.g. outside the covered years).
    std::optional<Instant> recomputed;
    QString problem;

    // "case_due", "step 3 (preparation)", "first_preparation_due".
    QString fieldDescription() const;
};

// The working calendar kept in the database (resources/migrations/0006_calendar.sql): reading it into
// core's CalendarData and OfficeSchedule, so that core computes exactly what the database's
// ruqsat.working_due does, and its administration. Every edit is one SQL function call, so one
// transaction that checks the caller's role and the data, writes the change, rebuilds the derived days
// and writes one audit record; it returns that record's id. The connection is looked up by name.
class CalendarRepository {
public:
    explicit CalendarRepository(QString connectionName);

    // The stored layers, validated by CalendarData::fromJson.
    Result<CalendarData> load() const;
    // The office's zone (ruqsat.office.time_zone) and hours (its schedule, or the standard one).
    Result<OfficeSchedule> officeSchedule(const QString& officeId) const;
    // Both together: what ruqsat.working_due computes for that office.
    Result<std::shared_ptr<const WorkingCalendar>> officeCalendar(const QString& officeId) const;

    // `holiday.source` is the legal source of the edit.
    Result<qint64> addHoliday(const FixedHoliday& holiday);
    // The holiday on that month and day applying in `appliesIn`, or without it the only one listed.
    Result<qint64> removeHoliday(int month, int day, std::optional<int> appliesIn, const QString& legalSource);
    Result<qint64> addSwap(const DecreedSwap& swap);
    Result<qint64> removeSwap(QDate dayOff, const QString& legalSource);
    // Sets or corrects the first day of Kurban Ait of the date's year.
    Result<qint64> setKurbanAit(const KurbanAit& entry);
    // The next year after the last covered (or before the first); a confirmed one needs `kurbanAit`.
    Result<qint64> addYear(const CalendarYear& year, std::optional<QDate> kurbanAit);
    Result<qint64> setYearProvisional(int year, bool provisional, const QString& legalSource);

    // Every edit of the calendar and every recomputation of recorded dues, oldest first.
    Result<QList<CalendarEdit>> history() const;
    // The recorded due moments of open cases that differ from the current calendar; changes nothing.
    Result<QList<RecomputedDue>> recomputedDues() const;
    // Writes them (one audit record per changed case) and returns them, with those it could not
    // recompute (which stay as they are).
    Result<QList<RecomputedDue>> applyRecomputedDues(const QString& legalSource);

private:
    QSqlDatabase db() const;
    Result<qint64> callEdit(const QString& sql, const QVariantList& values);
    Result<QList<RecomputedDue>> readDues(const QString& sql, const QVariantList& values) const;

    QString m_connectionName;
};

} // namespace ruqsat::core
