#pragma once

#include "common/Session.h"
#include "reports/OverdueReport.h"

#include <QCoreApplication>
#include <QString>

namespace ruqsat::ui {

// The words the overdue report shows for core's values, in the user's language and locale: kinds,
// groups, offices, services, employees, instants, working time. Shared by its models and its PDF.
class ReportLabels {
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)

public:
    explicit ReportLabels(Session session);

    static QString kind(core::OverdueKind kind);
    static QString grouping(core::OverdueGrouping grouping);
    // What a case row shows for its step: the row is the whole case against its total term.
    static QString wholeCase();
    QString office(const QString& officeId) const;
    QString service(const QString& code) const;
    QString employee(const QString& login, const QString& name) const;
    // The label of a group key under a grouping ("" employee: "Office queue"; "" step: "Whole case").
    QString group(const QString& key, core::OverdueGrouping grouping) const;
    // An instant in the office's zone, in the locale's short format.
    QString instant(core::Instant instant, const QString& officeId) const;
    // Working time in words ("1 d 2 h") in the office's working day (core::DeadlineText).
    QString workingTime(qint64 seconds, const QString& officeId) const;

private:
    Session m_session;
};

} // namespace ruqsat::ui
