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
