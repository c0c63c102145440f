#include "calendar/WorkingDuration.h"

#include <QCoreApplication>

namespace ruqsat::core {

namespace {

// Sane upper bounds: the longest term of the regulation is 10 working days; anything near these
// limits is a typing error, and the bounds keep every later computation far from overflow.
constexpr int maxMinutes = 100000;
constexpr int maxHours = 2000;
constexpr int maxDays = 366;

Error durationError(const QString& reason, const QString& text, const QString& what) {
    return makeError(ErrorCode::InvalidArgument, reason,
                     QCoreApplication::translate("WorkingDuration", "Invalid duration '%1': %2").arg(text, what));
}

} // namespace

Result<WorkingDuration> WorkingDuration::parse(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty_duration"),
                         QCoreApplication::translate("WorkingDuration",
                                                     "The duration is empty: write a whole number and a unit, "
                                                     "e.g. 15m, 3h or 8d."));
    }
    if (text.startsWith(u'-')) {
        return durationError(QStringLiteral("negative_duration"), text,
                             QCoreApplication::translate("WorkingDuration", "a duration cannot be negative."));
    }

    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits).isDigit() && text.at(digits).unicode() < 128)
        ++digits;
    const QString number = text.left(digits);
    const QString unit = text.mid(digits).trimmed();

    // "abc", "m", "1.5h", "2,5d": no whole number in front of the unit.
    if (digits == 0 || unit.startsWith(u'.') || unit.startsWith(u',')) {
        return durationError(QStringLiteral("malformed_duration"), text,
                             QCoreApplication::translate("WorkingDuration",
                                                         "the amount must be a whole number of minutes, hours or days, "
                                                         "e.g. 15m, 3h or 8d."));
    }
    if (unit.isEmpty()) {
        return durationError(
            QStringLiteral("missing_duration_unit"), text,
            QCoreApplication::translate("WorkingDuration",
                                        "the unit is missing: write m (minutes), h (hours) or d (working days) "
                                        "after the number."));
    }

    WorkingDuration duration;
    int maximum = 0;
    if (unit == QLatin1String("m")) {
        duration.unit = Unit::Minutes;
        maximum = maxMinutes;
    } else if (unit == QLatin1String("h")) {
        duration.unit = Unit::Hours;
        maximum = maxHours;
    } else if (unit == QLatin1String("d")) {
        duration.unit = Unit::Days;
        maximum = maxDays;
    } else {
        return durationError(QStringLiteral("unknown_duration_unit"), text,
                             QCoreApplication::translate("WorkingDuration",
                                                         "unknown unit '%1': use m (minutes), h (hours) or d "
                                                         "(working days).")
                                 .arg(unit));
    }

    // More than nine digits cannot be within any maximum; avoid overflowing the conversion.
    bool converted = false;
    const int amount = number.size() <= 9 ? number.toInt(&converted) : 0;
    if (!converted || amount > maximum) {
        return durationError(
            QStringLiteral("duration_too_long"), text,
            QCoreApplication::translate("WorkingDuration", "the longest allowed is %1%2.").arg(maximum).arg(unit));
    }
    if (amount == 0) {
        return durationError(
            QStringLiteral("zero_duration"), text,
            QCoreApplication::translate("WorkingDuration", "a duration must be at least 1%1.").arg(unit));
    }
    duration.amount = amount;
    return duration;
}

QString WorkingDuration::toString() const {
    switch (unit) {
    case Unit::Minutes:
        return QString::number(amount) + u'm';
    case Unit::Hours:
        return QString::number(amount) + u'h';
    case Unit::Days:
        return QString::number(amount) + u'd';
    }
    return QString::number(amount);
}

qint64 WorkingDuration::workingMinutes() const {
    switch (unit) {
    case Unit::Minutes:
        return amount;
    case Unit::Hours:
        return qint64{amount} * 60;
    case Unit::Days:
        return 0;
    }
    return 0;
}

} // namespace ruqsat::core
