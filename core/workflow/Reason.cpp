#include "workflow/Reason.h"

#include "common/Result.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

const QList<Reason>& allReasons() {
    static const QList<Reason> reasons{
        Reason::WrongRole,        Reason::WrongOffice,         Reason::NotAssignee,
        Reason::StaleVersion,     Reason::TimeBeforeLastEvent, Reason::CaseClosed,
        Reason::WrongStep,        Reason::WrongChannel,        Reason::MissingResult,
        Reason::MissingSignature, Reason::InvalidAssignee,     Reason::MissingResolutionText,
        Reason::MissingDocuments, Reason::UnknownDocument,     Reason::MissingGrounds,
        Reason::UnknownGround,    Reason::MissingMotivation,   Reason::MissingResultFields,
        Reason::InvalidDecision,  Reason::MissingComment,      Reason::UnknownService,
        Reason::UnknownChecklist, Reason::InvalidApplicant,    Reason::InvalidDates,
        Reason::InvalidEvent,
    };
    return reasons;
}

QString reasonCode(Reason reason) {
    switch (reason) {
    case Reason::WrongRole:
        return u"wrong_role"_s;
    case Reason::WrongOffice:
        return u"wrong_office"_s;
    case Reason::NotAssignee:
        return u"not_assignee"_s;
    case Reason::StaleVersion:
        return u"stale_version"_s;
    case Reason::TimeBeforeLastEvent:
        return u"time_before_last_event"_s;
    case Reason::CaseClosed:
        return u"case_closed"_s;
    case Reason::WrongStep:
        return u"wrong_step"_s;
    case Reason::WrongChannel:
        return u"wrong_channel"_s;
    case Reason::MissingResult:
        return u"missing_result"_s;
    case Reason::MissingSignature:
        return u"missing_signature"_s;
    case Reason::InvalidAssignee:
        return u"invalid_assignee"_s;
    case Reason::MissingResolutionText:
        return u"missing_resolution_text"_s;
    case Reason::MissingDocuments:
        return u"missing_documents"_s;
    case Reason::UnknownDocument:
        return u"unknown_document"_s;
    case Reason::MissingGrounds:
        return u"missing_grounds"_s;
    case Reason::UnknownGround:
        return u"unknown_ground"_s;
    case Reason::MissingMotivation:
        return u"missing_motivation"_s;
    case Reason::MissingResultFields:
        return u"missing_result_fields"_s;
    case Reason::InvalidDecision:
        return u"invalid_decision"_s;
    case Reason::MissingComment:
        return u"missing_comment"_s;
    case Reason::UnknownService:
        return u"unknown_service"_s;
    case Reason::UnknownChecklist:
        return u"unknown_checklist"_s;
    case Reason::InvalidApplicant:
        return u"invalid_applicant"_s;
    case Reason::InvalidDates:
        return u"invalid_dates"_s;
    case Reason::InvalidEvent:
        return u"invalid_event"_s;
    }
    return {};
}

std::optional<Reason> reasonFromCode(const QString& code) {
    for (Reason reason : allReasons()) {
        if (reasonCode(reason) == code)
            return reason;
    }
    return std::nullopt;
}

ErrorCode reasonErrorCode(Reason reason) {
    switch (reason) {
    case Reason::WrongRole:
    case Reason::WrongOffice:
    case Reason::NotAssignee:
        return ErrorCode::PermissionDenied;
    case Reason::StaleVersion:
        return ErrorCode::Conflict;
    case Reason::CaseClosed:
    case Reason::WrongStep:
    case Reason::WrongChannel:
    case Reason::MissingResult:
    case Reason::MissingSignature:
        return ErrorCode::PreconditionFailed;
    case Reason::TimeBeforeLastEvent:
    case Reason::InvalidAssignee:
    case Reason::MissingResolutionText:
    case Reason::MissingDocuments:
    case Reason::UnknownDocument:
    case Reason::MissingGrounds:
    case Reason::UnknownGround:
    case Reason::MissingMotivation:
    case Reason::MissingResultFields:
    case Reason::InvalidDecision:
    case Reason::MissingComment:
    case Reason::UnknownService:
    case Reason::UnknownChecklist:
    case Reason::InvalidApplicant:
    case Reason::InvalidDates:
        return ErrorCode::InvalidArgument;
    case Reason::InvalidEvent:
        return ErrorCode::DataError;
    }
    return ErrorCode::Internal;
}

QString reasonMessage(Reason reason) {
    switch (reason) {
    case Reason::WrongRole:
        return QCoreApplication::translate("Reason", "Your role does not allow this action.");
    case Reason::WrongOffice:
        return QCoreApplication::translate("Reason", "The case belongs to another office.");
    case Reason::NotAssignee:
        return QCoreApplication::translate("Reason", "Only the specialist the case is assigned to can prepare its "
                                                     "result.");
    case Reason::StaleVersion:
        return QCoreApplication::translate("Reason", "Someone else changed the case in the meantime. Reload it and "
                                                     "try again; your input is kept.");
    case Reason::TimeBeforeLastEvent:
        return QCoreApplication::translate("Reason", "The time of the action is earlier than the case's last "
                                                     "action.");
    case Reason::CaseClosed:
        return QCoreApplication::translate("Reason", "The case is closed.");
    case Reason::WrongStep:
        return QCoreApplication::translate("Reason", "The case is not at the step this action belongs to.");
    case Reason::WrongChannel:
        return QCoreApplication::translate("Reason", "This is not possible for an application received through "
                                                     "this channel.");
    case Reason::MissingResult:
        return QCoreApplication::translate("Reason", "There is no prepared result to sign.");
    case Reason::MissingSignature:
        return QCoreApplication::translate("Reason", "The result has not been signed.");
    case Reason::InvalidAssignee:
        return QCoreApplication::translate("Reason", "Choose another specialist of this office.");
    case Reason::MissingResolutionText:
        return QCoreApplication::translate("Reason", "Write the resolution for the specialist.");
    case Reason::MissingDocuments:
        return QCoreApplication::translate("Reason", "Name at least one missing document.");
    case Reason::UnknownDocument:
        return QCoreApplication::translate("Reason", "The document is not in the checklist of this service.");
    case Reason::MissingGrounds:
        return QCoreApplication::translate("Reason", "A refusal must cite at least one ground.");
    case Reason::UnknownGround:
        return QCoreApplication::translate("Reason", "The ground is not among the refusal grounds of this service.");
    case Reason::MissingMotivation:
        return QCoreApplication::translate("Reason", "A refusal must be motivated.");
    case Reason::MissingResultFields:
        return QCoreApplication::translate("Reason", "Fill in the result before issuing it.");
    case Reason::InvalidDecision:
        return QCoreApplication::translate("Reason", "A result is either issued with its fields or refused with "
                                                     "grounds and a motivation, not both.");
    case Reason::MissingComment:
        return QCoreApplication::translate("Reason", "Say what has to be reworked.");
    case Reason::UnknownService:
        return QCoreApplication::translate("Reason", "There is no such service in force.");
    case Reason::UnknownChecklist:
        return QCoreApplication::translate("Reason", "There is no such document checklist for this service.");
    case Reason::InvalidApplicant:
        return QCoreApplication::translate("Reason", "The applicants are not as the service requires.");
    case Reason::InvalidDates:
        return QCoreApplication::translate("Reason", "The dates of submission and receipt are not possible.");
    case Reason::InvalidEvent:
        return QCoreApplication::translate("Reason", "A stored event does not fit the case.");
    }
    return {};
}

Error reasonError(Reason reason, const QString& detail) {
    QString message = reasonMessage(reason);
    if (!detail.isEmpty())
        message += u' ' + detail;
    return makeError(reasonErrorCode(reason), reasonCode(reason), message);
}

} // namespace ruqsat::core
