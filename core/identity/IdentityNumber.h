#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ruqsat::core {

// The two 12-digit identification numbers of Kazakhstan (domain.md, "IIN and BIN"):
//   IIN  YYMMDD C NNNN K  a person: date of birth, century-and-sex digit, serial, check digit;
//   BIN  YYMM T A NNNNN K a legal entity: registration year and month, type, attribute, serial,
//        check digit.
// Validation checks the structure and the check digit; a number can pass the check digit and still
// be impossible (000000000000), so both are checked. Failures are ErrorCode::InvalidArgument with a
// reason code and a message that says exactly what is wrong:
//   invalid_length, non_digit, invalid_century_digit, impossible_birth_date, invalid_bin_type,
//   invalid_bin_attribute, impossible_registration_month, check_digit_mismatch, check_digit_undefined.
// Surrounding spaces are not trimmed: the caller decides what input it accepts.
enum class IdentityKind { Iin, Bin };

// IIN: the century-and-sex digit C (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd male, even female).
enum class Sex { Male, Female };

// BIN: the type digit T.
enum class BinEntityType {
    ResidentLegalEntity = 4,
    NonResidentLegalEntity = 5,
    JointIndividualEntrepreneurship = 6,
};

// BIN: the attribute digit A.
enum class BinUnit {
    HeadUnit = 0,
    Branch = 1,
    RepresentativeOffice = 2,
    Farm = 3,
};

// A validated number and what its digits say.
struct IdentityNumber {
    IdentityKind kind = IdentityKind::Iin;
    QString digits;

    // IIN only.
    QDate birthDate;
    std::optional<Sex> sex;

    // BIN only. The year has two digits: the BIN does not say its century.
    int registrationYearOfCentury = 0;
    int registrationMonth = 0;
    std::optional<BinEntityType> entityType;
    std::optional<BinUnit> unit;

    friend bool operator==(const IdentityNumber&, const IdentityNumber&) = default;
};

Result<IdentityNumber> validateIin(const QString& text);
Result<IdentityNumber> validateBin(const QString& text);
// For a field that takes either: the fifth digit decides. In an IIN it is the tens digit of the
// day of birth (0-3); in a BIN it is the type digit (4-6). So 0-3 is taken for an IIN, 4-9 for a
// BIN, and an error message says which one the number was taken for.
Result<IdentityNumber> validateIinOrBin(const QString& text);

QString identityKindName(IdentityKind kind); // "IIN", "BIN"

// The twelve digits made of eleven and their check digit, or nothing when no check digit exists for
// them (domain.md, "IIN and BIN"). For making numbers, e.g. demo data; it checks no structure.
std::optional<QString> appendCheckDigit(const QString& firstEleven);

} // namespace ruqsat::core
