#pragma once

#include "common/Instant.h"
#include "services/Channel.h"
#include "services/StepCode.h"
#include "workflow/CaseState.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ruqsat::core {

// One applicant of a case. The permit has two, the developer and the authorised company; the
// extract has one (the roles come from the service definition's "applicants").
struct Applicant {
    QString role;     // the service definition's applicant role: "developer", "authorised_company", ...
    QString idNumber; // IIN or BIN, as the service definition's slot requires
    QString name;
    QString phone;
    QString email;
    QString address;

    friend bool operator==(const Applicant&, const Applicant&) = default;
};

// The specialist's draft result (step 3): the permit or extract with its fields, or a motivated
// refusal citing grounds of paragraph 10 of the Standard.
struct Decision {
    enum class Kind { Issue, Refuse };

    Kind kind = Kind::Issue;
    QJsonObject resultFields; // issue only: the fields of the permit or extract (domain.md)
    QStringList groundCodes;  // refuse only: at least one ground of the case's service version
    QString motivation;       // refuse only

    friend bool operator==(const Decision&, const Decision&) = default;
};
QString decisionKindName(Decision::Kind kind); // "issue", "refuse"
std::optional<Decision::Kind> decisionKindFromName(const QString& name);

// The head's signature of the result (step 4). The EDS itself is made by the signing component; the
// case keeps who signed, when, and what identifies the signature.
struct SignatureRecord {
    QString signerLogin;
    Instant signedAt;
    QString certificateSerial;
    QString documentDigest;

    friend bool operator==(const SignatureRecord&, const SignatureRecord&) = default;
};

// The time of one passage through a step. A return for rework opens a second record of the
// preparation step (and later of signing); the history keeps every record.
struct StepRecord {
    StepCode step = StepCode::Registration;
    Instant start;
    Instant due;
    std::optional<Instant> finish;
    QString actor; // who closed it
    // Set when the record closes: finished after its due moment. Finishing exactly at the due moment
    // is on time (domain.md: overdue means the due moment has passed). Never cleared afterwards.
    bool late = false;

    bool isOpen() const { return !finish.has_value(); }

    friend bool operator==(const StepRecord&, const StepRecord&) = default;
};

// The clerk's refusal of an incomplete State Corporation package (receipt of refusal, appendix 3 of
// the Standard, lists what is missing).
struct IntakeRefusal {
    QStringList missingDocuments;
    QString comment;

    friend bool operator==(const IntakeRefusal&, const IntakeRefusal&) = default;
};

// What a case starts with when its documents reach the office (the "receive" action).
struct CaseOpening {
    QString serviceCode; // the version in force on the day of submission is chosen by the engine
    QString officeId;
    Channel channel = Channel::Portal;
    // When the applicant handed the documents to the State Corporation or submitted on the portal:
    // the total term runs from it (regulation paragraph 5, "срок оказания").
    Instant submittedAt;
    // When the documents reached the office: step 1 runs from it.
    Instant receivedAt;
    QList<Applicant> applicants;
    QJsonObject objectData;        // free key/value fields about the construction object
    QString checklistVariant;      // e.g. the permit's way of organising participation
    QMap<QString, bool> checklist; // document code -> provided; unnamed documents count as not provided

    friend bool operator==(const CaseOpening&, const CaseOpening&) = default;
};

// The state of one application, as rebuilt from its events (CaseProjection). Pure data: the
// workflow engine decides what may happen to it, the store persists it.
struct Case {
    QString serviceCode;
    int serviceVersion = 0; // the version the case started under; it keeps it to the end
    QString officeId;
    Channel channel = Channel::Portal;
    Instant submittedAt;
    Instant receivedAt;
    QList<Applicant> applicants;
    QJsonObject objectData;
    QString checklistVariant;
    QMap<QString, bool> checklist; // every document of the variant -> provided

    CaseState state = CaseState::None;
    QString assignee;       // specialist login, from the resolution on
    QString resolutionText; // the head's resolution
    std::optional<Decision> decision;
    std::optional<SignatureRecord> signature;
    std::optional<IntakeRefusal> intakeRefusal;
    QString reworkComment; // the head's last return-for-rework comment

    QList<StepRecord> steps; // every passage through a step, in order
    Instant caseDue;         // due(submittedAt, total term)
    std::optional<Instant> closedAt;
    bool late = false; // closed after caseDue; set when the case closes
    Instant lastEventAt;
    qint64 version = 0; // row version: the number of events applied

    // The open step record, if the case is at a step.
    const StepRecord* currentStep() const;

    friend bool operator==(const Case&, const Case&) = default;
};

} // namespace ruqsat::core
