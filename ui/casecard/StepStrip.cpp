#include "casecard/StepStrip.h"

#include "calendar/WorkingCalendar.h"
#include "common/Labels.h"
#include "store/DeadlineText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace ruqsat::ui {

using core::StepCode;

namespace {

QLabel* addLabel(QFrame* frame, QVBoxLayout* layout, const QString& objectName) {
    auto* label = new QLabel(frame);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

} // namespace

StepStrip::StepStrip(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("stepStrip"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (const core::CanonicalStep& step : core::canonicalSteps()) {
        Box box;
        box.frame = new QFrame(this);
        box.frame->setObjectName(QStringLiteral("step_") + core::stepCodeName(step.code));
        box.frame->setFrameShape(QFrame::StyledPanel);
        box.frame->setProperty("current", false);
        auto* column = new QVBoxLayout(box.frame);
        box.title = addLabel(box.frame, column, QStringLiteral("title"));
        box.owner = addLabel(box.frame, column, QStringLiteral("owner"));
        box.due = addLabel(box.frame, column, QStringLiteral("due"));
        box.actual = addLabel(box.frame, column, QStringLiteral("actual"));
        box.status = addLabel(box.frame, column, QStringLiteral("status"));
        column->addStretch();
        row->addWidget(box.frame, 1);
        m_parts.insert(step.code, box);
    }
    // The current step stands out by its frame and background, not by colour alone.
    setStyleSheet(QStringLiteral("QFrame[current=\"true\"] { border: 3px solid palette(highlight); "
                                 "background: palette(alternate-base); }"));
    retranslate();
}

void StepStrip::retranslate() {
    int number = 1;
    for (const core::CanonicalStep& step : core::canonicalSteps()) {
        m_parts.value(step.code).title->setText(
            QStringLiteral("<b>%1. %2</b>").arg(number++).arg(Labels::step(step.code).toHtmlEscaped()));
    }
}

void StepStrip::setCase(const core::Case& state, const core::ServiceDefinitionPtr& definition,
                        const core::Workspace& workspace, core::Instant now) {
    const core::StepRecord* open = state.currentStep();
    m_current = open ? std::optional<StepCode>(open->step) : std::nullopt;
    const QTimeZone zone = workspace.timeZone(state.officeId);
    const std::optional<core::DeadlineEvaluator> evaluator = workspace.evaluator(state.officeId);
    const auto calendar = workspace.calendar(state.officeId);
    const int minutesPerDay = calendar ? core::DeadlineText::minutesPerWorkingDay(calendar->schedule()) : 8 * 60;
    for (auto it = m_parts.begin(); it != m_parts.end(); ++it) {
        const StepCode code = it.key();
        Box& box = it.value();
        const core::CanonicalStep& canonical = core::canonicalStep(code);
        QString owner = Labels::role(canonical.owner);
        if (definition)
            owner = tr("%1 · norm %2").arg(owner, Labels::duration(definition->step(code).duration));
        box.owner->setText(owner);

        const core::StepRecord* latest = nullptr;
        int passes = 0;
        for (const core::StepRecord& record : state.steps) {
            if (record.step == code) {
                latest = &record;
                ++passes;
            }
        }
        const bool current = m_current == code;
        box.frame->setProperty("current", current);
        box.frame->setAccessibleDescription(current ? tr("current step") : QString());
        box.frame->style()->unpolish(box.frame);
        box.frame->style()->polish(box.frame);
        if (!latest) {
            box.due->setText(tr("Not reached"));
            box.actual->clear();
            box.status->clear();
            continue;
        }
        box.due->setText(tr("Due %1").arg(Labels::dateTime(latest->due, zone)));
        QString actual = tr("Started %1").arg(Labels::dateTime(latest->start, zone));
        if (latest->finish) {
            actual += QLatin1Char('\n') + tr("Finished %1").arg(Labels::dateTime(*latest->finish, zone));
            if (!latest->actor.isEmpty())
                actual += QLatin1Char(' ') + tr("by %1").arg(workspace.staffName(latest->actor));
        }
        if (passes > 1)
            actual += QLatin1Char('\n') + tr("Pass %1").arg(passes);
        box.actual->setText(actual);

        QString status;
        QString color;
        if (evaluator) {
            if (auto measured = evaluator->step(*latest, now)) {
                status = core::DeadlineText::status(measured.value(), minutesPerDay);
                if (measured->state == core::DeadlineStatus::State::Overdue)
                    color = QStringLiteral("#b71c1c");
                else if (measured->state == core::DeadlineStatus::State::AtRisk)
                    color = QStringLiteral("#9a5b00");
            }
        } else if (latest->late) {
            status = tr("done late");
        }
        box.status->setText(status);
        box.status->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    }
}

QStringList StepStrip::stepTexts(StepCode step) const {
    const Box box = m_parts.value(step);
    if (!box.frame)
        return {};
    QStringList texts;
    for (const QLabel* label : {box.title, box.owner, box.due, box.actual, box.status})
        texts.append(label->text());
    return texts;
}

} // namespace ruqsat::ui
