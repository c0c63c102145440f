#pragma once

#include "calendar/WorkingDuration.h"
#include "common/Instant.h"
#include "services/Channel.h"
#include "services/LocalizedText.h"
#include "services/Role.h"
#include "services/StepCode.h"
#include "store/CaseQueues.h"
#include "workflow/Action.h"
#include "workflow/CaseState.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace ruqsat::ui {

// The words the screens use for core's codes, translated in one place.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString role(core::Role role);
    static QString roleScreen(core::Role role); // with a mnemonic: "&Clerk"
    static QString state(core::CaseState state);
    static QString step(core::StepCode step);
    static QString channel(core::Channel channel);
    static QString action(core::ActionKind kind);
    static QString queue(core::QueueKind kind);
    // A normative working time as DeadlineText writes amounts: "15 min", "3 h", "8 d".
    static QString duration(const core::WorkingDuration& duration);

    // "03.12.2026 14:05" in the office's zone, as the chosen language writes dates ("03/12/2026 14:05" in
    // English).
    static QString dateTime(core::Instant instant, const QTimeZone& zone);
    // Reference data in the user's language (Russian when the data has nothing better).
    static QString localized(const core::LocalizedText& text);
};

} // namespace ruqsat::ui
