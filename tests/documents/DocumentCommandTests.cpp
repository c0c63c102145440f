// ruqsat-admin document export / verify / receipt, run as a script would.
#include "DocumentFixture.h"
#include "ProcessRunner.h"
#include "TestCluster.h"

#include "documents/DocumentIssuer.h"

#include <QFile>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("document export writes the stored bytes, and verify accepts them but not a changed copy",
          "[documents][cli]") {
    const qint64 caseId = test::caseAtSigning(u"permit"_s);
    core::IssuedDocument document;
    {
        test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
        auto signedResult = core::DocumentIssuer(head.name()).sign(caseId, 4, QUuid::createUuid(), u"kk"_s);
        REQUIRE(signedResult.ok());
        document = signedResult->document;
    }
    test::TemporaryDirectory directory;
    const QString db = test::documentDemo().superuser.connInfo();
    const QString first = directory.path() + u"/first.pdf"_s;
    const QString second = directory.path() + u"/second.pdf"_s;

    auto exported = test::runAdmin({u"document"_s, u"export"_s, document.registrationNumber, first, u"--db"_s, db});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(document.sha256));
    REQUIRE(test::runAdmin({u"document"_s, u"export"_s, document.registrationNumber, second, u"--db"_s, db}).exitCode ==
            0);
    CHECK(readFile(first) == document.pdf);
    CHECK(readFile(second) == readFile(first));

    auto verified = test::runAdmin({u"document"_s, u"verify"_s, first, u"--db"_s, db});
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.out.contains(u"Registration number: "_s + document.registrationNumber));
    CHECK(verified.out.contains(u"Case: "_s + QString::number(caseId)));
    CHECK(verified.out.contains(u"Ерлан Жумабеков"_s));
    CHECK(verified.out.contains(u"Signed at: "_s));

    // One byte changed: not issued here.
    QByteArray bytes = readFile(first);
    bytes[100] = static_cast<char>(bytes.at(100) ^ 0x20);
    const QString changed = directory.path() + u"/changed.pdf"_s;
    {
        QFile file(changed);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    auto rejected = test::runAdmin({u"document"_s, u"verify"_s, changed, u"--db"_s, db});
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.out.contains(u"NOT ISSUED HERE"_s));
}

TEST_CASE("document verify-code checks a paper copy's number and code (its QR code)", "[documents][cli]") {
    const qint64 caseId = test::caseAtSigning(u"refusal"_s);
    core::IssuedDocument document;
    {
        test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
        auto signedResult = core::DocumentIssuer(head.name()).sign(caseId, 4, QUuid::createUuid(), u"ru"_s);
        REQUIRE(signedResult.ok());
        document = signedResult->document;
    }
    // Any staff login may check a code, whatever the office.
    const QString db = test::documentDemo().as(u"glubokoe_head"_s).connInfo();
    auto found = test::runAdmin({u"document"_s, u"verify-code"_s, document.registrationNumber,
                                 document.verificationCode.toLower(), u"--db"_s, db});
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    CHECK(found.out.contains(u"Registration number: "_s + document.registrationNumber));
    CHECK(found.out.contains(u"Case: "_s + QString::number(caseId)));
    CHECK(found.out.contains(u"Kind: refusal"_s));
    CHECK(found.out.contains(u"Ерлан Жумабеков"_s));

    // The number with another document's code, or a made-up code: not issued here.
    test::Connection superuser(test::documentDemo().superuser, u"codes"_s);
    const QString otherCode =
        superuser
            .value(u"SELECT verification_code FROM ruqsat.issued_document WHERE registration_number <> ? LIMIT 1"_s,
                   {document.registrationNumber})
            .toString();
    REQUIRE_FALSE(otherCode.isEmpty());
    for (const QString& code : {otherCode, u"0000000000000000"_s}) {
        auto notFound =
            test::runAdmin({u"document"_s, u"verify-code"_s, document.registrationNumber, code, u"--db"_s, db});
        CHECK(notFound.exitCode == 1);
        CHECK(notFound.out.contains(u"NOT ISSUED HERE"_s));
    }
    CHECK(test::runAdmin({u"document"_s, u"verify-code"_s, document.registrationNumber, u"--db"_s, db}).exitCode == 2);
    CHECK(test::runAdmin({u"document"_s, u"verify-code"_s}).exitCode == 2);
}

TEST_CASE("document export stores a demo-signed result as an administrator, not as a clerk", "[documents][cli]") {
    test::Connection superuser(test::documentDemo().superuser, u"demo-signed-admin"_s);
    const QString number =
        superuser
            .value(u"SELECT registration_number FROM ruqsat.issued_document WHERE pdf IS NULL AND kind = 'refusal' "
                   "ORDER BY registration_number DESC LIMIT 1"_s)
            .toString();
    REQUIRE_FALSE(number.isEmpty());
    test::TemporaryDirectory directory;
    const QString path = directory.path() + u"/stored.pdf"_s;

    auto clerk = test::runAdmin(
        {u"document"_s, u"export"_s, number, path, u"--db"_s, test::documentDemo().as(u"clerk"_s).connInfo()});
    CHECK(clerk.exitCode == 1);
    CHECK(clerk.err.contains(u"not stored yet"_s));
    CHECK(superuser.value(u"SELECT pdf IS NULL FROM ruqsat.issued_document WHERE registration_number = ?"_s, {number})
              .toBool());

    const QString adminDb = test::documentDemo().as(u"admin"_s).connInfo();
    auto exported = test::runAdmin({u"document"_s, u"export"_s, number, path, u"--db"_s, adminDb});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(superuser
              .value(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'store_document_pdf' AND role = "
                     "'administrator' AND payload ->> 'registration_number' = ?"_s,
                     {number})
              .toInt() == 1);
    CHECK(test::runAdmin({u"document"_s, u"verify"_s, path, u"--db"_s, adminDb}).exitCode == 0);
    // The chain still verifies with the new administrative record in it.
    auto audit = test::runAdmin({u"audit"_s, u"verify"_s, u"--db"_s, test::documentDemo().superuser.connInfo()});
    INFO(audit.out.toStdString());
    CHECK(audit.exitCode == 0);
}

TEST_CASE("document export renders a demo-signed result once; usage errors exit 2", "[documents][cli]") {
    test::Connection admin(test::documentDemo().superuser, u"demo-signed"_s);
    const QString number =
        admin
            .value(u"SELECT registration_number FROM ruqsat.issued_document WHERE pdf IS NULL AND kind = 'extract' "
                   "ORDER BY registration_number LIMIT 1"_s)
            .toString();
    test::TemporaryDirectory directory;
    const QString db = test::documentDemo().superuser.connInfo();
    const QString a = directory.path() + u"/a.pdf"_s;
    const QString b = directory.path() + u"/b.pdf"_s;
    REQUIRE(test::runAdmin({u"document"_s, u"export"_s, number, a, u"--language"_s, u"kk"_s, u"--db"_s, db}).exitCode ==
            0);
    REQUIRE(test::runAdmin({u"document"_s, u"export"_s, number, b, u"--db"_s, db}).exitCode == 0);
    CHECK(readFile(a) == readFile(b));
    CHECK(test::pdfText(readFile(a)).contains(u"ҮЗІНДІ"_s));
    CHECK(test::runAdmin({u"document"_s, u"verify"_s, b, u"--db"_s, db}).exitCode == 0);

    const QString receipt = directory.path() + u"/receipt.pdf"_s;
    const QString refused =
        admin.value(u"SELECT id::text FROM ruqsat.cases WHERE state = 'refused_at_intake' LIMIT 1"_s).toString();
    REQUIRE(
        test::runAdmin({u"document"_s, u"receipt"_s, u"receipt-refusal"_s, refused, receipt, u"--db"_s, db}).exitCode ==
        0);
    CHECK(test::pdfText(readFile(receipt)).contains(u"РАСПИСКА об отказе в приеме документов"_s));
    // A refused package has no receipt of acceptance.
    CHECK(test::runAdmin({u"document"_s, u"receipt"_s, u"receipt-acceptance"_s, refused, receipt, u"--db"_s, db})
              .exitCode == 1);

    CHECK(test::runAdmin({u"document"_s, u"export"_s, u"NO-SUCH-1"_s, a, u"--db"_s, db}).exitCode == 1);
    CHECK(test::runAdmin({u"document"_s, u"verify"_s, directory.path() + u"/missing.pdf"_s, u"--db"_s, db}).exitCode ==
          1);
    for (const QStringList& usage :
         {QStringList{u"document"_s}, QStringList{u"document"_s, u"export"_s, number},
          QStringList{u"document"_s, u"verify"_s}, QStringList{u"document"_s, u"frobnicate"_s, a},
          QStringList{u"document"_s, u"export"_s, number, a, u"--language"_s, u"en"_s},
          QStringList{u"document"_s, u"receipt"_s, u"permit"_s, refused, a}}) {
        INFO(usage.join(u' ').toStdString());
        CHECK(test::runAdmin(usage).exitCode == 2);
    }
}
