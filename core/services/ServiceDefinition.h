#pragma once

#include "calendar/WorkingDuration.h"
#include "services/Channel.h"
#include "services/LocalizedText.h"
#include "services/Role.h"
#include "services/StepCode.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ruqsat::core {

// Which identity number an applicant gives: an IIN (a person), a BIN (a legal entity) or either.
enum class ApplicantIdKind { Iin, Bin, IinOrBin };
QString applicantIdKindName(ApplicantIdKind kind); // "iin", "bin", "iin_or_bin"
std::optional<ApplicantIdKind> applicantIdKindFromName(const QString& name);

// One applicant a service expects. The permit has two, the developer and the authorised company
// (domain.md); the extract has one.
struct ApplicantSlot {
    QString role; // "developer", "authorised_company", "applicant"
    ApplicantIdKind idKind = ApplicantIdKind::IinOrBin;
    LocalizedText names;

    friend bool operator==(const ApplicantSlot&, const ApplicantSlot&) = default;
};

// One step of the regulation with its normative duration (paragraph 5).
struct StepDefinition {
    StepCode code = StepCode::Registration;
    Role role = Role::Clerk;
    WorkingDuration duration;
    QStringList outcomes; // the workflow actions that close the step, as in canonicalStep()

    friend bool operator==(const StepDefinition&, const StepDefinition&) = default;
};

// One document of the paragraph 9 list.
struct ChecklistDocument {
    QString code;
    LocalizedText names;

    friend bool operator==(const ChecklistDocument&, const ChecklistDocument&) = default;
};

// The paragraph 9 list for one variant: for the permit, one per way of organising participation
// (domain.md: a second-tier bank's project, or money attracted after the frame is built).
struct Checklist {
    QString variant;
    LocalizedText names;
    QList<ChecklistDocument> documents;

    const ChecklistDocument* document(const QString& code) const;
    bool hasDocument(const QString& code) const { return document(code) != nullptr; }

    friend bool operator==(const Checklist&, const Checklist&) = default;
};

// One ground of paragraph 10 on which the result may be refused.
struct RefusalGround {
    QString code;
    LocalizedText texts;
    QString legalSource;

    friend bool operator==(const RefusalGround&, const RefusalGround&) = default;
};

// One version of a service as reference data (domain.md, "keep it as editable, versioned reference
// data"): its steps and deadlines, its checklist and refusal grounds, the date it takes effect and
// the act it comes from. A case keeps the (code, version) it started under. Read and written by
// ServiceDefinitionJson, looked up through ServiceCatalogue.
struct ServiceDefinition {
    QString code; // "P" permit, "E" extract
    int version = 0;
    LocalizedText names;
    QDate effectiveFrom;
    QString legalSource;
    QString notes; // optional remarks on the data, e.g. what is still to be confirmed
    QList<Channel> channels;
    QList<ApplicantSlot> applicants;
    QList<StepDefinition> steps; // the five canonical steps, in legal order
    WorkingDuration term;        // the total term, in working days
    QList<Checklist> checklists;
    QList<RefusalGround> refusalGrounds;
    // True while the checklist and the grounds are our defaults rather than the law's text: the text
    // of paragraphs 9 and 10 of the Standard (order No. 387 of 26.06.2017) was not available.
    bool editableDefaults = false;
    QString editableDefaultsNote;

    bool allowsChannel(Channel channel) const { return channels.contains(channel); }
    // Every valid definition has all five steps.
    const StepDefinition& step(StepCode stepCode) const;
    const Checklist* checklist(const QString& variant) const;
    const RefusalGround* refusalGround(const QString& groundCode) const;
    // A document by its code in the first of the service's checklists that has it (variants that list
    // the same document share its code).
    const ChecklistDocument* document(const QString& documentCode) const;

    friend bool operator==(const ServiceDefinition&, const ServiceDefinition&) = default;
};

} // namespace ruqsat::core
