#include "common/Labels.h"

#include <QLocale>

namespace ruqsat::ui {

using core::ActionKind;
using core::CaseState;
using core::Role;
using core::StepCode;

QString Labels::role(Role role) {
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Head:
        return tr("Head");
    case Role::Specialist:
        return tr("Specialist");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString Labels::roleScreen(Role role) {
    switch (role) {
    case Role::Clerk:
        return tr("&Clerk");
    case Role::Head:
        return tr("&Head");
    case Role::Specialist:
        return tr("&Specialist");
    case Role::Supervisor:
        return tr("S&upervisor");
    case Role::Administrator:
        return tr("&Administrator");
    }
    return {};
}

QString Labels::state(CaseState state) {
    switch (state) {
    case CaseState::None:
        return tr("Not received");
    case CaseState::Registration:
        return tr("Registration");
    case CaseState::Resolution:
        return tr("Resolution");
    case CaseState::Preparation:
        return tr("Preparation");
    case CaseState::Signing:
        return tr("Signing");
    case CaseState::Dispatch:
        return tr("Dispatch");
    case CaseState::Completed:
        return tr("Completed");
    case CaseState::RefusedAtIntake:
        return tr("Refused at intake");
    }
    return {};
}

QString Labels::step(StepCode step) {
    switch (step) {
    case StepCode::Registration:
        return tr("Registration");
    case StepCode::Resolution:
        return tr("Resolution");
    case StepCode::Preparation:
        return tr("Preparation of the result");
    case StepCode::Signing:
        return tr("Signing");
    case StepCode::Dispatch:
        return tr("Dispatch");
    }
    return {};
}

QString Labels::channel(core::Channel channel) {
    switch (channel) {
    case core::Channel::StateCorporation:
        return tr("State Corporation");
    case core::Channel::Portal:
        return tr("Portal");
    }
    return {};
}

QString Labels::action(ActionKind kind) {
    switch (kind) {
    case ActionKind::Receive:
        return tr("Received");
    case ActionKind::Register:
        return tr("Registered");
    case ActionKind::RefuseAtIntake:
        return tr("Refused at intake");
    case ActionKind::Resolve:
        return tr("Resolution written");
    case ActionKind::Reassign:
        return tr("Reassigned");
    case ActionKind::PrepareResult:
        return tr("Result prepared");
    case ActionKind::ReturnForRework:
        return tr("Returned for rework");
    case ActionKind::Sign:
        return tr("Signed");
    case ActionKind::Dispatch:
        return tr("Dispatched");
    }
    return {};
}

QString Labels::queue(core::QueueKind kind) {
    switch (kind) {
    case core::QueueKind::MyRegistrations:
        return tr("My registrations");
    case core::QueueKind::Dispatch:
        return tr("Dispatch queue");
    case core::QueueKind::Incoming:
        return tr("Incoming");
    case core::QueueKind::Signing:
        return tr("Signing");
    case core::QueueKind::InPreparation:
        return tr("In preparation");
    case core::QueueKind::MyCases:
        return tr("My cases");
    case core::QueueKind::AllOpen:
        return tr("All open cases");
    }
    return {};
}

QString Labels::duration(const core::WorkingDuration& duration) {
    switch (duration.unit) {
    case core::WorkingDuration::Unit::Minutes:
        return tr("%1 min").arg(duration.amount);
    case core::WorkingDuration::Unit::Hours:
        return tr("%1 h").arg(duration.amount);
    case core::WorkingDuration::Unit::Days:
        return tr("%1 d").arg(duration.amount);
    }
    return {};
}

QString Labels::dateTime(core::Instant instant, const QTimeZone& zone) {
    // The language's short date (LanguageManager sets the default locale), always with the full year:
    // "03.12.2026 14:05" in Russian and Kazakh, "03/12/2026 14:05" in English. Before any language is
    // chosen (the C locale) the Kazakhstan style.
    const QLocale locale;
    QString format =
        locale.language() == QLocale::C ? QStringLiteral("dd.MM.yyyy") : locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(core::toDateTime(instant, zone), format + QStringLiteral(" HH:mm"));
}

QString Labels::localized(const core::LocalizedText& text) {
    return text.text(QLocale().name());
}

} // namespace ruqsat::ui
