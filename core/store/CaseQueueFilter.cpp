#include "store/CaseQueueFilter.h"

#include <QRegularExpression>

namespace ruqsat::core {

namespace {

bool matchesWord(const CaseRow& row, const QString& word) {
    bool isNumber = false;
    const qint64 number = word.toLongLong(&isNumber);
    if (isNumber && number == row.id)
        return true;
    for (const QString* field : {&row.applicants, &row.objectName, &row.assignee, &row.assigneeName}) {
        if (field->contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool CaseQueueFilter::accepts(const CaseRow& row, const std::optional<DeadlineStatus>& status) const {
    switch (deadline) {
    case Deadline::Any:
        break;
    case Deadline::AtRiskOrOverdue:
        if (!status || status->state == DeadlineStatus::State::OnTime)
            return false;
        break;
    case Deadline::Overdue:
        if (!status || status->state != DeadlineStatus::State::Overdue)
            return false;
        break;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!matchesWord(row, word))
            return false;
    }
    return true;
}

} // namespace ruqsat::core
