#include "identity/IdentityNumber.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

using Digits = std::array<int, 12>;

Error invalid(const char* reason, const QString& message) {
    return makeError(ErrorCode::InvalidArgument, QString::fromLatin1(reason), message);
}

// Length and characters, common to both kinds. `what` is "IIN", "BIN" or "IIN or BIN".
Result<Digits> readDigits(const QString& text, const QString& what) {
    if (text.size() != 12)
        return invalid("invalid_length",
                       QCoreApplication::translate("IdentityNumber", "An %1 has 12 digits; '%2' has %3 characters.")
                           .arg(what, text)
                           .arg(text.size()));
    Digits digits{};
    for (qsizetype i = 0; i < 12; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return invalid("non_digit", QCoreApplication::translate(
                                            "IdentityNumber", "An %1 has only digits; '%2' has '%3' at position %4.")
                                            .arg(what, text, QString(c))
                                            .arg(i + 1));
        digits[static_cast<std::size_t>(i)] = c.unicode() - u'0';
    }
    return digits;
}

int twoDigits(const Digits& d, std::size_t at) {
    return d[at] * 10 + d[at + 1];
}

// domain.md, "IIN and BIN": weights 1..11; if the sum mod 11 is 10, weights 3..11,1,2; if 10 again,
// no check digit exists and the number is invalid.
std::optional<int> checkDigit(const Digits& d) {
    int sum = 0;
    for (std::size_t i = 0; i < 11; ++i)
        sum += d[i] * static_cast<int>(i + 1);
    int k = sum % 11;
    if (k != 10)
        return k;
    static constexpr std::array<int, 11> weights{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (std::size_t i = 0; i < 11; ++i)
        sum += d[i] * weights[i];
    k = sum % 11;
    if (k == 10)
        return std::nullopt;
    return k;
}

Status verifyCheckDigit(const Digits& d, const QString& what) {
    const std::optional<int> expected = checkDigit(d);
    if (!expected)
        return invalid("check_digit_undefined",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The %1's check digit computes to 10 with both weight sets, so no "
                                                   "valid %1 starts with these 11 digits.")
                           .arg(what));
    if (*expected != d[11])
        return invalid("check_digit_mismatch",
                       QCoreApplication::translate(
                           "IdentityNumber", "The %1's check digit (12th) is %2, but the first 11 digits give %3.")
                           .arg(what)
                           .arg(d[11])
                           .arg(*expected));
    return {};
}

QString joined(const Digits& d) {
    QString text;
    for (int digit : d)
        text.append(QChar(u'0' + digit));
    return text;
}

Result<IdentityNumber> iinFromDigits(const Digits& d) {
    const QString iin = QCoreApplication::translate("IdentityNumber", "IIN");
    // C: 1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s; odd male, even female.
    const int c = d[6];
    if (c < 1 || c > 6)
        return invalid("invalid_century_digit",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The IIN's century-and-sex digit (7th) is %1; only 1 to 6 are "
                                                   "assigned.")
                           .arg(c));
    const int century = 1800 + (c - 1) / 2 * 100;
    const QDate birth(century + twoDigits(d, 0), twoDigits(d, 2), twoDigits(d, 4));
    if (!birth.isValid())
        return invalid("impossible_birth_date",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The IIN's date of birth (digits 1-6 with century digit %1) would "
                                                   "be %2-%3-%4, which does not exist.")
                           .arg(c)
                           .arg(century + twoDigits(d, 0))
                           .arg(twoDigits(d, 2), 2, 10, QLatin1Char('0'))
                           .arg(twoDigits(d, 4), 2, 10, QLatin1Char('0')));
    if (Status check = verifyCheckDigit(d, iin); !check)
        return check.error();
    IdentityNumber number;
    number.kind = IdentityKind::Iin;
    number.digits = joined(d);
    number.birthDate = birth;
    number.sex = c % 2 == 1 ? Sex::Male : Sex::Female;
    return number;
}

Result<IdentityNumber> binFromDigits(const Digits& d) {
    const QString bin = QCoreApplication::translate("IdentityNumber", "BIN");
    const int month = twoDigits(d, 2);
    if (month < 1 || month > 12)
        return invalid("impossible_registration_month",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The BIN's registration month (digits 3-4) is %1; a month is 01 to "
                                                   "12.")
                           .arg(month, 2, 10, QLatin1Char('0')));
    const int type = d[4];
    if (type < 4 || type > 6)
        return invalid("invalid_bin_type",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The BIN's type digit (5th) is %1; it must be 4 (resident legal "
                                                   "entity), 5 (non-resident) or 6 (joint individual "
                                                   "entrepreneurship).")
                           .arg(type));
    const int attribute = d[5];
    if (attribute > 3)
        return invalid("invalid_bin_attribute",
                       QCoreApplication::translate("IdentityNumber",
                                                   "The BIN's attribute digit (6th) is %1; it must be 0 (head unit), 1 "
                                                   "(branch), 2 (representative office) or 3 (farm).")
                           .arg(attribute));
    if (Status check = verifyCheckDigit(d, bin); !check)
        return check.error();
    IdentityNumber number;
    number.kind = IdentityKind::Bin;
    number.digits = joined(d);
    number.registrationYearOfCentury = twoDigits(d, 0);
    number.registrationMonth = month;
    number.entityType = static_cast<BinEntityType>(type);
    number.unit = static_cast<BinUnit>(attribute);
    return number;
}

} // namespace

Result<IdentityNumber> validateIin(const QString& text) {
    Result<Digits> digits = readDigits(text, QCoreApplication::translate("IdentityNumber", "IIN"));
    if (!digits)
        return digits.error();
    return iinFromDigits(*digits);
}

Result<IdentityNumber> validateBin(const QString& text) {
    Result<Digits> digits = readDigits(text, QCoreApplication::translate("IdentityNumber", "BIN"));
    if (!digits)
        return digits.error();
    return binFromDigits(*digits);
}

Result<IdentityNumber> validateIinOrBin(const QString& text) {
    Result<Digits> digits = readDigits(text, QCoreApplication::translate("IdentityNumber", "IIN or BIN"));
    if (!digits)
        return digits.error();
    const int fifth = (*digits)[4];
    Result<IdentityNumber> number = fifth <= 3 ? iinFromDigits(*digits) : binFromDigits(*digits);
    if (number)
        return number;
    const QString takenAs =
        fifth <= 3
            ? QCoreApplication::translate("IdentityNumber",
                                          "Taken for an IIN because its fifth digit is %1 (a BIN's type digit is 4-6).")
                  .arg(fifth)
            : QCoreApplication::translate(
                  "IdentityNumber",
                  "Taken for a BIN because its fifth digit is %1 (in an IIN it starts the day of birth, "
                  "0-3).")
                  .arg(fifth);
    Error error = number.error();
    error.message = takenAs + u' ' + error.message;
    return error;
}

std::optional<QString> appendCheckDigit(const QString& firstEleven) {
    if (firstEleven.size() != 11)
        return std::nullopt;
    Digits digits{};
    for (qsizetype i = 0; i < 11; ++i) {
        const QChar c = firstEleven.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits[static_cast<std::size_t>(i)] = c.unicode() - u'0';
    }
    const std::optional<int> check = checkDigit(digits);
    if (!check)
        return std::nullopt;
    return firstEleven + QChar(u'0' + *check);
}

QString identityKindName(IdentityKind kind) {
    return kind == IdentityKind::Iin ? u"IIN"_s : u"BIN"_s;
}

} // namespace ruqsat::core
