#include "ReportLabels.h"

#include "common/Labels.h"
#include "store/DeadlineText.h"

#include <QLocale>

namespace ruqsat::ui {

ReportLabels::ReportLabels(Session session)
    : m_session(std::move(session)) {}

QString ReportLabels::kind(core::OverdueKind kind) {
    switch (kind) {
    case core::OverdueKind::OverdueNow:
        return tr("Overdue now");
    case core::OverdueKind::Late:
        return tr("Finished late");
    case core::OverdueKind::AtRisk:
        return tr("At risk");
    case core::OverdueKind::CaseOverdueNow:
        return tr("Case overdue now");
    case core::OverdueKind::CaseLate:
        return tr("Case finished late");
    }
    return {};
}

QString ReportLabels::grouping(core::OverdueGrouping grouping) {
    switch (grouping) {
    case core::OverdueGrouping::Office:
        return tr("Office");
    case core::OverdueGrouping::Service:
        return tr("Service");
    case core::OverdueGrouping::Step:
        return tr("Step");
    case core::OverdueGrouping::Employee:
        return tr("Employee");
    }
    return {};
}

QString ReportLabels::wholeCase() {
    return tr("Whole case");
}

QString ReportLabels::office(const QString& officeId) const {
    const core::OfficeInfo* info = m_session.workspace ? m_session.workspace->findOffice(officeId) : nullptr;
    return info ? Labels::localized(info->names) : officeId;
}

QString ReportLabels::service(const QString& code) const {
    if (m_session.workspace) {
        for (const core::ServiceDefinitionPtr& definition : m_session.workspace->catalogue().definitions()) {
            if (definition->code == code)
                return Labels::localized(definition->names);
        }
    }
    return code;
}

QString ReportLabels::employee(const QString& login, const QString& name) const {
    if (login.isEmpty())
        return tr("Office queue");
    return name.isEmpty() ? login : name;
}

QString ReportLabels::group(const QString& key, core::OverdueGrouping grouping) const {
    switch (grouping) {
    case core::OverdueGrouping::Office:
        return office(key);
    case core::OverdueGrouping::Service:
        return service(key);
    case core::OverdueGrouping::Step:
        if (key.isEmpty())
            return wholeCase();
        if (const auto step = core::stepCodeFromName(key))
            return Labels::step(*step);
        return key;
    case core::OverdueGrouping::Employee:
        return employee(key, m_session.workspace && !key.isEmpty() ? m_session.workspace->staffName(key) : QString());
    }
    return key;
}

QString ReportLabels::instant(core::Instant instant, const QString& officeId) const {
    const QTimeZone zone = m_session.workspace ? m_session.workspace->timeZone(officeId) : QTimeZone::utc();
    return QLocale().toString(core::toDateTime(instant, zone), QLocale::ShortFormat);
}

QString ReportLabels::workingTime(qint64 seconds, const QString& officeId) const {
    const auto calendar = m_session.workspace ? m_session.workspace->calendar(officeId) : nullptr;
    const int minutesPerDay = calendar ? core::DeadlineText::minutesPerWorkingDay(calendar->schedule()) : 8 * 60;
    return core::DeadlineText::duration(seconds, minutesPerDay);
}

} // namespace ruqsat::ui
