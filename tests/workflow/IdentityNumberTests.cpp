// IIN and BIN validation (domain.md, "IIN and BIN"). The valid numbers below were built by hand:
// a date or registration month, the digits the structure demands, a serial, and the check digit
// computed with referenceCheckDigit(), an independent restatement of the rule.
#include "identity/IdentityNumber.h"

#include "CatchQt.h"

#include <array>
#include <optional>

using namespace ruqsat::core;
using namespace Qt::StringLiterals;

namespace {

// The rule as domain.md states it, written separately from the code under test.
std::optional<int> referenceCheckDigit(const QString& first11) {
    int a = 0;
    int b = 0;
    const std::array<int, 11> second{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    for (int i = 0; i < 11; ++i) {
        const int digit = first11.at(i).digitValue();
        a += digit * (i + 1);
        b += digit * second[static_cast<std::size_t>(i)];
    }
    if (a % 11 != 10)
        return a % 11;
    if (b % 11 != 10)
        return b % 11;
    return std::nullopt;
}

QString withCheckDigit(const QString& first11) {
    const std::optional<int> k = referenceCheckDigit(first11);
    REQUIRE(k.has_value());
    return first11 + QString::number(*k);
}

struct Invalid {
    const char* text;
    const char* reason;
    const char* inMessage; // a fragment the message must contain
};

} // namespace

TEST_CASE("The hand-built numbers agree with the reference check digit", "[identity]") {
    // Worked by hand for 010228604569: 0*1+1*2+0*3+2*4+2*5+8*6+6*7+0*8+4*9+5*10+6*11 = 262,
    // 262 mod 11 = 9.
    CHECK(referenceCheckDigit(u"01022860456"_s) == 9);
    for (const char* number : {"850715301233", "010228604569", "991231100070", "850715300411", "000229500018",
                               "950106100010", "040340000126", "200740003457", "151051000775", "200762003457",
                               "120343000178", "180150000092", "040340000804"}) {
        const QString text = QString::fromLatin1(number);
        INFO(number);
        CHECK(withCheckDigit(text.left(11)) == text);
    }
    // These first 11 digits need the second weight set...
    CHECK(referenceCheckDigit(u"85071530123"_s) == 3);
    // ...and these have no check digit at all.
    CHECK_FALSE(referenceCheckDigit(u"85071530040"_s).has_value());
    CHECK_FALSE(referenceCheckDigit(u"04034000083"_s).has_value());
}

TEST_CASE("Valid IINs give the date of birth and the sex", "[identity]") {
    struct Valid {
        const char* number;
        QDate birth;
        Sex sex;
    };
    const Valid table[] = {
        {"850715301233", QDate(1985, 7, 15), Sex::Male},   // check digit from the second weight set
        {"010228604569", QDate(2001, 2, 28), Sex::Female}, // 2000s, female
        {"991231100070", QDate(1899, 12, 31), Sex::Male},  // 1800s
        {"850715300411", QDate(1985, 7, 15), Sex::Male},   // second weight set again
        {"000229500018", QDate(2000, 2, 29), Sex::Male},   // 2000 is a leap year
        {"950106100010", QDate(1895, 1, 6), Sex::Male},
    };
    for (const Valid& row : table) {
        INFO(row.number);
        const Result<IdentityNumber> iin = validateIin(QString::fromLatin1(row.number));
        REQUIRE(iin.ok());
        CHECK(iin->kind == IdentityKind::Iin);
        CHECK(iin->digits == QString::fromLatin1(row.number));
        CHECK(iin->birthDate == row.birth);
        CHECK(iin->sex == row.sex);
    }
}

TEST_CASE("Valid BINs give the registration month, type and unit", "[identity]") {
    struct Valid {
        const char* number;
        int year;
        int month;
        BinEntityType type;
        BinUnit unit;
    };
    const Valid table[] = {
        {"040340000126", 4, 3, BinEntityType::ResidentLegalEntity, BinUnit::HeadUnit},
        {"200740003457", 20, 7, BinEntityType::ResidentLegalEntity, BinUnit::HeadUnit},
        {"151051000775", 15, 10, BinEntityType::NonResidentLegalEntity, BinUnit::Branch},
        {"200762003457", 20, 7, BinEntityType::JointIndividualEntrepreneurship, BinUnit::RepresentativeOffice},
        {"120343000178", 12, 3, BinEntityType::ResidentLegalEntity, BinUnit::Farm},
        {"180150000092", 18, 1, BinEntityType::NonResidentLegalEntity, BinUnit::HeadUnit},
        {"040340000804", 4, 3, BinEntityType::ResidentLegalEntity, BinUnit::HeadUnit}, // second weight set
    };
    for (const Valid& row : table) {
        INFO(row.number);
        const Result<IdentityNumber> bin = validateBin(QString::fromLatin1(row.number));
        REQUIRE(bin.ok());
        CHECK(bin->kind == IdentityKind::Bin);
        CHECK(bin->registrationYearOfCentury == row.year);
        CHECK(bin->registrationMonth == row.month);
        CHECK(bin->entityType == row.type);
        CHECK(bin->unit == row.unit);
    }
}

TEST_CASE("Invalid IINs say exactly what is wrong", "[identity]") {
    // Each number is wrong in one respect only; where the check digit is not the point, it is right.
    const Invalid table[] = {
        {"85071530123", "invalid_length", "has 11 characters"},
        {"8507153012331", "invalid_length", "has 13 characters"},
        {"", "invalid_length", "has 0 characters"},
        {"85071530123A", "non_digit", "'A' at position 12"},
        {"8507 5301233", "non_digit", "' ' at position 5"},
        {"-85071530123", "non_digit", "'-' at position 1"},
        {"\u0665"
         "50715301233",
         "non_digit", "at position 1"}, // an Arabic-Indic five is not a digit here
        {"850715001230", "invalid_century_digit", "7th) is 0"},
        {"850715701230", "invalid_century_digit", "7th) is 7"},
        {"850715801230", "invalid_century_digit", "7th) is 8"},
        {"850715901230", "invalid_century_digit", "7th) is 9"},
        {"000000000000", "invalid_century_digit", "7th) is 0"}, // passes the check digit, impossible
        {"850230301230", "impossible_birth_date", "1985-02-30"},
        {"851315301230", "impossible_birth_date", "1985-13-15"},
        {"850700301230", "impossible_birth_date", "1985-07-00"},
        {"000229400011", "impossible_birth_date", "1900-02-29"}, // 1900 was not a leap year
        {"850715301234", "check_digit_mismatch", "is 4, but the first 11 digits give 3"},
        {"010228604560", "check_digit_mismatch", "is 0, but the first 11 digits give 9"},
        {"850715300400", "check_digit_undefined", "computes to 10 with both weight sets"},
        {"850715300409", "check_digit_undefined", "computes to 10 with both weight sets"},
    };
    for (const Invalid& row : table) {
        const QString text = QString::fromUtf8(row.text);
        INFO(text.toStdString());
        const Result<IdentityNumber> iin = validateIin(text);
        REQUIRE_FALSE(iin.ok());
        CHECK(iin.error().code == ErrorCode::InvalidArgument);
        CHECK(iin.error().reason == QString::fromLatin1(row.reason));
        INFO(iin.error().message.toStdString());
        CHECK(iin.error().message.contains(QString::fromUtf8(row.inMessage)));
    }
}

TEST_CASE("Invalid BINs say exactly what is wrong", "[identity]") {
    const QString typeThree = withCheckDigit(u"04033000012"_s);
    const QString typeSeven = withCheckDigit(u"04037000012"_s);
    const QString attributeFour = withCheckDigit(u"04034400012"_s);
    const QString attributeNine = withCheckDigit(u"04034900012"_s);
    const QString monthZero = withCheckDigit(u"04004000012"_s);
    const QString monthThirteen = withCheckDigit(u"04134000012"_s);
    struct Row {
        QString text;
        const char* reason;
        const char* inMessage;
    };
    const Row table[] = {
        {u"04034000012"_s, "invalid_length", "has 11 characters"},
        {u"04034000012x"_s, "non_digit", "'x' at position 12"},
        {typeThree, "invalid_bin_type", "(5th) is 3"},
        {typeSeven, "invalid_bin_type", "(5th) is 7"},
        {attributeFour, "invalid_bin_attribute", "(6th) is 4"},
        {attributeNine, "invalid_bin_attribute", "(6th) is 9"},
        {monthZero, "impossible_registration_month", "(digits 3-4) is 00"},
        {monthThirteen, "impossible_registration_month", "(digits 3-4) is 13"},
        {u"000000000000"_s, "impossible_registration_month", "is 00"}, // passes the check digit, impossible
        {u"040340000127"_s, "check_digit_mismatch", "is 7, but the first 11 digits give 6"},
        {u"040340000830"_s, "check_digit_undefined", "computes to 10 with both weight sets"},
    };
    for (const Row& row : table) {
        INFO(row.text.toStdString());
        const Result<IdentityNumber> bin = validateBin(row.text);
        REQUIRE_FALSE(bin.ok());
        CHECK(bin.error().code == ErrorCode::InvalidArgument);
        CHECK(bin.error().reason == QString::fromLatin1(row.reason));
        INFO(bin.error().message.toStdString());
        CHECK(bin.error().message.contains(QString::fromUtf8(row.inMessage)));
    }
}

TEST_CASE("An IIN is not a BIN and a BIN is not an IIN", "[identity]") {
    // A valid IIN read as a BIN: its fifth digit (tens of the day) is no type digit.
    CHECK(validateBin(u"850715301233"_s).error().reason == u"invalid_bin_type"_s);
    // A valid BIN read as an IIN: day 40 does not exist (serial 3..., so the 7th digit is a century).
    const QString bin = withCheckDigit(u"04034030012"_s);
    REQUIRE(validateBin(bin).ok());
    CHECK(validateIin(bin).error().reason == u"impossible_birth_date"_s);
}

TEST_CASE("validateIinOrBin takes the fifth digit to tell them apart and says which it took", "[identity]") {
    const Result<IdentityNumber> iin = validateIinOrBin(u"010228604569"_s);
    REQUIRE(iin.ok());
    CHECK(iin->kind == IdentityKind::Iin);
    const Result<IdentityNumber> bin = validateIinOrBin(u"200740003457"_s);
    REQUIRE(bin.ok());
    CHECK(bin->kind == IdentityKind::Bin);

    const Result<IdentityNumber> badIin = validateIinOrBin(u"850715301234"_s);
    REQUIRE_FALSE(badIin.ok());
    CHECK(badIin.error().reason == u"check_digit_mismatch"_s);
    CHECK(badIin.error().message.startsWith(u"Taken for an IIN because its fifth digit is 1"_s));

    const Result<IdentityNumber> badBin = validateIinOrBin(withCheckDigit(u"04037000012"_s));
    REQUIRE_FALSE(badBin.ok());
    CHECK(badBin.error().reason == u"invalid_bin_type"_s);
    CHECK(badBin.error().message.startsWith(u"Taken for a BIN because its fifth digit is 7"_s));

    const Result<IdentityNumber> shortNumber = validateIinOrBin(u"12345"_s);
    REQUIRE_FALSE(shortNumber.ok());
    CHECK(shortNumber.error().reason == u"invalid_length"_s);
    CHECK(shortNumber.error().message.contains(u"IIN or BIN"_s));
}
