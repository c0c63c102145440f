#pragma once

#include "services/Role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ruqsat::core {

// The five steps of both regulations (paragraph 5, "actions 1-5"), in their legal order. The workflow
// engine implements exactly these; a service definition gives their durations and must agree with
// the owners and outcomes below (ServiceDefinitionJson rejects one that does not).
enum class StepCode { Registration, Resolution, Preparation, Signing, Dispatch };

// Stable names: "registration", "resolution", "preparation", "signing", "dispatch".
QString stepCodeName(StepCode step);
std::optional<StepCode> stepCodeFromName(const QString& name);

// What the engine fixes about a step: who owns it and which actions close it (the "outcomes" of
// a service definition's step). Regulation paragraph 5: 1 clerk registers (or, product rule, the
// clerk refuses an incomplete State Corporation package), 2 head writes the resolution,
// 3 specialist prepares the result, 4 head signs (or returns the draft for rework), 5 clerk sends.
struct CanonicalStep {
    StepCode code;
    Role owner;
    QStringList outcomes; // names of the workflow actions that close the step
};

// The five canonical steps in legal order.
const QList<CanonicalStep>& canonicalSteps();
const CanonicalStep& canonicalStep(StepCode step);

} // namespace ruqsat::core
