// Issue 6, point 5: the case card -- all the case's data, the strip of its five steps, its timeline.
#include "UiTestSupport.h"

#include "casecard/ApplicantsModel.h"
#include "casecard/CaseCardDialog.h"
#include "casecard/ChecklistModel.h"
#include "casecard/EventTimelineModel.h"
#include "casecard/StepStrip.h"
#include "documents/IssuedDocumentsPanel.h"

#include <QFrame>
#include <QTabWidget>
#include <QTest>

using namespace ruqsat;
using namespace Qt::StringLiterals;

using core::StepCode;

namespace {

const QList<StepCode> allSteps{StepCode::Registration, StepCode::Resolution, StepCode::Preparation, StepCode::Signing,
                               StepCode::Dispatch};

qint64 demoCase(const QString& where) {
    const QList<qint64> found =
        test::adminNumbers(u"SELECT c.id FROM ruqsat.cases c WHERE "_s + where + u" ORDER BY c.id LIMIT 1"_s);
    REQUIRE(found.size() == 1);
    return found.first();
}

QString texts(const ui::StepStrip* strip, StepCode step) {
    return strip->stepTexts(step).join(u'\n');
}

QString timelineText(const ui::EventTimelineModel* model, int row, ui::EventTimelineModel::Column column) {
    return model->index(row, static_cast<int>(column)).data().toString();
}

} // namespace

TEST_CASE("The card of a case at signing: its data, the current step highlighted, its timeline", "[ui][card]") {
    const qint64 caseId = demoCase(u"c.office_id = 'vko' AND c.state = 'signing' AND c.service_code = 'P'"_s);
    const test::SignedIn head(u"head"_s);
    ui::CaseCardDialog card(head.session(), caseId);
    const test::ModelChecker checker{card.timelineModel(), card.checklistModel(), card.applicantsModel()};
    const auto loaded = card.load();
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    card.show();

    CHECK(card.fieldText(u"caseTitle"_s).startsWith(u"Case %1 · "_s.arg(caseId)));
    CHECK(card.fieldText(u"stateValue"_s) == u"Signing"_s);
    // The specialist by name, as the staff directory has them.
    CHECK((card.fieldText(u"assigneeValue"_s) == u"Динара Оспанова"_s ||
           card.fieldText(u"assigneeValue"_s) == u"Сергей Ким"_s));
    CHECK(card.fieldText(u"termValue"_s).startsWith(u"ends "_s));

    // The step strip: five steps, the signing one highlighted.
    const ui::StepStrip* strip = card.stepStrip();
    CHECK(strip->currentStep() == StepCode::Signing);
    for (StepCode step : allSteps) {
        INFO(core::stepCodeName(step).toStdString());
        REQUIRE(strip->stepBox(step) != nullptr);
        CHECK(strip->stepBox(step)->property("current").toBool() == (step == StepCode::Signing));
    }
    CHECK(texts(strip, StepCode::Registration).contains(u"Clerk · norm 15 min"_s));
    CHECK(texts(strip, StepCode::Registration).contains(u"Finished "_s));
    CHECK(texts(strip, StepCode::Resolution).contains(u"Head · norm 3 h"_s));
    CHECK(texts(strip, StepCode::Preparation).contains(u"Specialist · norm 8 d"_s));
    CHECK(texts(strip, StepCode::Signing).contains(u"Due "_s));
    CHECK(texts(strip, StepCode::Signing).contains(u"Started "_s));
    CHECK_FALSE(texts(strip, StepCode::Signing).contains(u"Finished "_s));
    CHECK(texts(strip, StepCode::Dispatch).contains(u"Not reached"_s));
    CHECK(strip->stepBox(StepCode::Signing)->accessibleDescription() == u"current step"_s);

    // The timeline: every event of the audit log, oldest first, with who and in which role.
    const ui::EventTimelineModel* timeline = card.timelineModel();
    using T = ui::EventTimelineModel::Column;
    REQUIRE(timeline->rowCount() ==
            test::adminNumber(u"SELECT count(*) FROM ruqsat.audit_event WHERE case_id = ?"_s, {caseId}));
    CHECK(timelineText(timeline, 0, T::Action) == u"Received"_s);
    CHECK(timelineText(timeline, 0, T::Role) == u"Clerk"_s);
    CHECK(timelineText(timeline, 0, T::Who).contains(u"Айгерим Сапарова"_s));
    CHECK(timelineText(timeline, 0, T::Who).contains(test::guiDemo().login(u"clerk"_s)));
    CHECK(timelineText(timeline, 1, T::Action) == u"Registered"_s);
    CHECK(timelineText(timeline, 2, T::Action) == u"Resolution written"_s);
    CHECK(timelineText(timeline, 2, T::Comment).contains(u"Рассмотреть и подготовить результат в срок"_s));
    CHECK(timelineText(timeline, timeline->rowCount() - 1, T::Action) == u"Result prepared"_s);
    CHECK_FALSE(timelineText(timeline, 0, T::When).isEmpty());

    // The data: two applicants of the permit, the checklist, the prepared decision, no signature yet.
    CHECK(card.applicantsModel()->rowCount() == 2);
    CHECK(card.checklistModel()->rowCount() >= 7);
    CHECK(card.checklistModel()->missingCount() == 0);
    CHECK(card.fieldText(u"variantValue"_s).contains(u"every document provided"_s));
    CHECK(card.fieldText(u"resolutionValue"_s) == u"Рассмотреть и подготовить результат в срок"_s);
    CHECK(card.fieldText(u"decisionValue"_s) != u"none yet"_s);
    CHECK(card.fieldText(u"signatureValue"_s) == u"not signed"_s);
    CHECK(card.fieldText(u"object_name"_s).contains(u"«"_s));

    INFO(checker.problems().join(u'\n').toStdString());
    CHECK(checker.problems().isEmpty());

    // Escape closes it.
    QTest::keyClick(&card, Qt::Key_Escape);
    CHECK_FALSE(card.isVisible());
}

TEST_CASE("The card of a finished case returned once for rework: every step done, the signature", "[ui][card]") {
    const qint64 caseId =
        demoCase(u"c.office_id = 'vko' AND c.state = 'completed' AND (SELECT count(*) FROM ruqsat.case_step s "
                 "WHERE s.case_id = c.id AND s.step = 'preparation') = 2"_s);
    const test::SignedIn head(u"head"_s);
    ui::CaseCardDialog card(head.session(), caseId);
    REQUIRE(card.load().ok());
    const ui::StepStrip* strip = card.stepStrip();
    CHECK_FALSE(strip->currentStep().has_value());
    for (StepCode step : allSteps) {
        INFO(core::stepCodeName(step).toStdString());
        CHECK_FALSE(strip->stepBox(step)->property("current").toBool());
        CHECK(texts(strip, step).contains(u"Finished "_s));
        CHECK(texts(strip, step).contains(u"done"_s)); // "done on time" or "done ... late"
    }
    CHECK(texts(strip, StepCode::Preparation).contains(u"Pass 2"_s));
    CHECK(card.fieldText(u"stateValue"_s) == u"Completed"_s);
    CHECK(card.fieldText(u"signatureValue"_s).startsWith(u"Signed by Ерлан Жумабеков on "_s));
    CHECK(card.fieldText(u"reworkValue"_s) == u"Уточните площадь нежилых помещений"_s);
    bool returned = false;
    const ui::EventTimelineModel* timeline = card.timelineModel();
    for (int row = 0; row < timeline->rowCount(); ++row)
        returned =
            returned || timelineText(timeline, row, ui::EventTimelineModel::Column::Action) == u"Returned for rework"_s;
    CHECK(returned);
    CHECK(timelineText(timeline, timeline->rowCount() - 1, ui::EventTimelineModel::Column::Action) == u"Dispatched"_s);

    // The registered result is on the card's own tab, numbered for the office, the service and the year.
    ui::IssuedDocumentsPanel* issued = card.issuedDocuments();
    REQUIRE(issued != nullptr);
    CHECK(card.tabs()->indexOf(issued) >= 0);
    REQUIRE(issued->documents().size() == 1);
    CHECK(issued->documents().constFirst().registrationNumber.startsWith(u"VKO-P-"_s));
}

TEST_CASE("The card of a package refused at intake shows what was missing", "[ui][card]") {
    const qint64 caseId = demoCase(u"c.state = 'refused_at_intake'"_s);
    const test::SignedIn supervisor(u"supervisor"_s); // sees every office's cases
    ui::CaseCardDialog card(supervisor.session(), caseId);
    REQUIRE(card.load().ok());
    CHECK(card.fieldText(u"stateValue"_s) == u"Refused at intake"_s);
    CHECK(card.checklistModel()->missingCount() == 1);
    CHECK(card.fieldText(u"variantValue"_s).contains(u"1 document(s) missing"_s));
    CHECK(card.fieldText(u"intakeRefusalValue"_s).startsWith(u"Missing: "_s));
    CHECK(card.fieldText(u"intakeRefusalValue"_s).contains(u"Нет правоустанавливающего документа"_s));
    CHECK_FALSE(card.stepStrip()->currentStep().has_value());
    CHECK(texts(card.stepStrip(), StepCode::Registration).contains(u"Finished "_s));
    for (StepCode step : {StepCode::Resolution, StepCode::Preparation, StepCode::Signing, StepCode::Dispatch})
        CHECK(texts(card.stepStrip(), step).contains(u"Not reached"_s));
    int missingRow = -1;
    for (int row = 0; row < card.checklistModel()->rowCount(); ++row) {
        if (!card.checklistModel()->index(row, 0).data(ui::ChecklistModel::ProvidedRole).toBool())
            missingRow = row;
    }
    REQUIRE(missingRow >= 0);
    CHECK(card.checklistModel()->index(missingRow, 0).data(ui::ChecklistModel::CodeRole).toString() == u"land_title"_s);
    CHECK(card.checklistModel()->index(missingRow, 1).data().toString() == u"missing"_s);
}

TEST_CASE("A case the user may not see has no card", "[ui][card]") {
    const qint64 other = demoCase(u"c.office_id = 'vko-zyryan'"_s);
    const test::SignedIn head(u"head"_s);
    ui::CaseCardDialog card(head.session(), other);
    const auto loaded = card.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().reason == u"unknown_case"_s);
}
