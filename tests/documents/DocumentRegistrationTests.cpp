// Registration numbers, immutability of the stored PDF and verification, enforced by the database
// (resources/migrations/0008_documents.sql), tested as the demo users themselves.
#include "DocumentFixture.h"

#include "documents/DocumentIssuer.h"
#include "store/AuditVerifier.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The sequence numbers of the office's permit register this year, in order.
QList<int> permitSequences(const test::Connection& admin) {
    auto query = admin.run(u"SELECT sequence FROM ruqsat.issued_document WHERE office_id = 'vko' AND service_code = "
                           "'P' AND year = (SELECT max(year) FROM ruqsat.issued_document) ORDER BY sequence"_s);
    REQUIRE(query.ok());
    QList<int> sequences;
    while (query->next())
        sequences.append(query->value(0).toInt());
    return sequences;
}

} // namespace

TEST_CASE("Signing registers the result and stores its PDF in the same transaction", "[documents][registration]") {
    const qint64 caseId = test::caseAtSigning(u"permit"_s);
    test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
    core::DocumentIssuer issuer(head.name());
    const QUuid action = QUuid::createUuid();
    auto signedResult = issuer.sign(caseId, 4, action, u"kk"_s);
    REQUIRE(signedResult.ok());
    const core::IssuedDocument& document = signedResult->document;
    CHECK(signedResult->performed.caseId == caseId);
    CHECK(document.registrationNumber.contains(QRegularExpression(u"^VKO-P-20[0-9]{2}-[0-9]{5}$"_s)));
    CHECK(document.verificationCode.contains(QRegularExpression(u"^[0-9A-F]{16}$"_s)));
    CHECK(document.signer == test::documentDemo().login(u"head"_s));

    // What the database holds is what was returned.
    auto stored = issuer.document(document.registrationNumber);
    REQUIRE(stored.ok());
    CHECK(stored->pdf == document.pdf);
    CHECK(stored->sha256 == core::DocumentIssuer::sha256Hex(document.pdf));
    CHECK(stored->language == u"kk"_s);
    CHECK(head.value(u"SELECT state FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toString() == u"dispatch"_s);
    // The store is audited as the signer's, outside the case's own events.
    test::Connection superuser(test::documentDemo().superuser, u"audit"_s);
    CHECK(
        superuser
            .value(
                u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'store_document_pdf' AND case_id IS NULL "
                "AND role = 'head' AND actor = ? AND payload ->> 'registration_number' = ? AND "
                "payload ->> 'sha256' = ? AND payload ->> 'language' = 'kk' AND (payload ->> 'case_id')::bigint = ?"_s,
                {document.signer, document.registrationNumber, document.sha256, caseId})
            .toInt() == 1);

    // A retry after a lost reply returns the same signature and document.
    auto again = issuer.sign(caseId, 4, action, u"kk"_s);
    REQUIRE(again.ok());
    CHECK(again->document.registrationNumber == document.registrationNumber);
    CHECK(again->document.pdf == document.pdf);

    auto listed = issuer.documentsOfCase(caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().registrationNumber == document.registrationNumber);
}

TEST_CASE("Verification finds an issued file by its hash, for any office, and nothing after a change",
          "[documents][registration]") {
    const qint64 caseId = test::caseAtSigning(u"extract"_s);
    test::Connection head(test::documentDemo().as(u"zyryan_head"_s), u"head"_s);
    auto signedResult = core::DocumentIssuer(head.name()).sign(caseId, 4, QUuid::createUuid(), u"ru"_s);
    REQUIRE(signedResult.ok());
    const QByteArray pdf = signedResult->document.pdf;

    // A head of another office cannot read the document, but can verify a file handed to them.
    test::Connection other(test::documentDemo().as(u"glubokoe_head"_s), u"other"_s);
    core::DocumentIssuer otherIssuer(other.name());
    CHECK(otherIssuer.document(signedResult->document.registrationNumber).error().code == core::ErrorCode::NotFound);
    auto found = otherIssuer.verify(pdf);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->registrationNumber == signedResult->document.registrationNumber);
    CHECK((*found)->caseId == caseId);
    CHECK((*found)->signerName == u"Асхат Нургалиев"_s);
    CHECK((*found)->signedAt == signedResult->document.signedAt);

    QByteArray changed = pdf;
    changed[changed.size() / 2] = static_cast<char>(changed.at(changed.size() / 2) ^ 0x01);
    auto notFound = otherIssuer.verify(changed);
    REQUIRE(notFound.ok());
    CHECK_FALSE(notFound->has_value());

    // A paper copy: the number and the code printed on it.
    CHECK(other
              .value(u"SELECT count(*) FROM ruqsat.find_issued_document_by_code(?, ?)"_s,
                     {signedResult->document.registrationNumber, signedResult->document.verificationCode.toLower()})
              .toInt() == 1);
    CHECK(other
              .value(u"SELECT count(*) FROM ruqsat.find_issued_document_by_code(?, '0000000000000000')"_s,
                     {signedResult->document.registrationNumber})
              .toInt() == 0);
}

TEST_CASE("A stored PDF cannot be changed or deleted, by staff or by the owner", "[documents][registration]") {
    const qint64 caseId = test::caseAtSigning(u"refusal"_s);
    QString number;
    QByteArray pdf;
    {
        test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
        auto signedResult = core::DocumentIssuer(head.name()).sign(caseId, 4, QUuid::createUuid(), u"ru"_s);
        REQUIRE(signedResult.ok());
        number = signedResult->document.registrationNumber;
        pdf = signedResult->document.pdf;
    }
    const QStringList changes{
        u"UPDATE ruqsat.issued_document SET pdf = '\\x255044462d'::bytea WHERE registration_number = '%1'"_s.arg(
            number),
        u"UPDATE ruqsat.issued_document SET data = '{}' WHERE registration_number = '%1'"_s.arg(number),
        u"UPDATE ruqsat.issued_document SET language = 'kk' WHERE registration_number = '%1'"_s.arg(number),
        u"DELETE FROM ruqsat.issued_document WHERE registration_number = '%1'"_s.arg(number),
        u"TRUNCATE ruqsat.issued_document CASCADE"_s,
    };
    for (const QString& change : changes) {
        INFO(change.toStdString());
        {
            test::Connection owner(test::documentDemo().superuser, u"owner"_s);
            const core::Status done = owner.script(u"SET ROLE ruqsat_owner; "_s + change);
            REQUIRE_FALSE(done.ok());
            CHECK(done.error().reason == u"document_immutable"_s);
        }
        for (const QString& login : {u"head"_s, u"clerk"_s}) {
            test::Connection staff(test::documentDemo().as(login), u"staff"_s);
            const core::Status done = staff.script(change);
            REQUIRE_FALSE(done.ok());
            CHECK(done.error().reason == u"insufficient_privilege"_s);
        }
    }
    // Through the API, as the owner: the same bytes again are accepted as a no-op, other bytes are refused.
    {
        test::Connection owner(test::documentDemo().superuser, u"owner"_s);
        CHECK(owner.value(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, pdf}).toString() ==
              core::DocumentIssuer::sha256Hex(pdf));
        auto other = owner.run(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, QByteArray(pdf + "\n%%")});
        REQUIRE_FALSE(other.ok());
        CHECK(other.error().reason == u"document_stored"_s);
    }
    // The signer, after the signing transaction, stores nothing, not even the same bytes.
    test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
    auto later = head.run(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, pdf});
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().reason == u"wrong_role"_s);
    // A specialist stores no document at all.
    test::Connection specialist(test::documentDemo().as(u"specialist"_s), u"specialist"_s);
    auto refused = specialist.run(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, pdf});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == u"wrong_role"_s);

    test::Connection admin(test::documentDemo().superuser, u"check"_s);
    CHECK(admin.value(u"SELECT sha256 FROM ruqsat.issued_document WHERE registration_number = ?"_s, {number})
              .toString() == core::DocumentIssuer::sha256Hex(pdf));
}

TEST_CASE("A result signed without a PDF is stored by an administrator only, once, and audited",
          "[documents][registration]") {
    // The demo seeder signs through the SQL API without rendering: its documents have numbers and data.
    test::Connection superuser(test::documentDemo().superuser, u"superuser"_s);
    const QString signer = test::documentDemo().login(u"head"_s);
    auto pick = superuser.run(u"SELECT registration_number, case_id FROM ruqsat.issued_document WHERE pdf IS NULL "
                              "AND kind = 'permit' AND signer = ? ORDER BY registration_number LIMIT 1"_s,
                              {signer});
    REQUIRE(pick.ok());
    REQUIRE(pick->next());
    const QString number = pick->value(0).toString();
    const qint64 caseId = pick->value(1).toLongLong();
    const auto auditRows = [&] {
        return superuser
            .value(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'store_document_pdf' AND "
                   "payload ->> 'registration_number' = ?"_s,
                   {number})
            .toInt();
    };
    const qint64 versionBefore =
        superuser.value(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toLongLong();

    // A forgery that starts like a PDF: a clerk, another office's head and the signer himself in a later
    // transaction are all refused, through the SQL API and through DocumentIssuer.
    const QByteArray forged("%PDF-1.4\n% not rendered by Ruqsat\n%%EOF\n");
    for (const QString& login : {u"clerk"_s, u"zyryan_head"_s, u"glubokoe_head"_s, u"head"_s, u"specialist"_s}) {
        INFO(login.toStdString());
        test::Connection staff(test::documentDemo().as(login), u"staff"_s);
        auto refused = staff.run(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, forged});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == u"wrong_role"_s);
        if (login == u"clerk"_s || login == u"head"_s) {
            auto notStored = core::DocumentIssuer(staff.name()).ensureStored(number, u"ru"_s);
            REQUIRE_FALSE(notStored.ok());
            CHECK(notStored.error().reason == u"document_not_stored"_s);
            CHECK(notStored.error().code == core::ErrorCode::PermissionDenied);
        }
    }
    // Not inside an explicit transaction either: the signing transaction is long over.
    {
        test::Connection head(test::documentDemo().as(u"head"_s), u"head-tx"_s);
        core::Transaction transaction(head.db());
        REQUIRE(transaction.begun().ok());
        auto refused = head.run(u"SELECT ruqsat.store_document_pdf(?, 'ru', ?)"_s, {number, forged});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == u"wrong_role"_s);
    }
    CHECK(superuser.value(u"SELECT pdf IS NULL FROM ruqsat.issued_document WHERE registration_number = ?"_s, {number})
              .toBool());
    CHECK(auditRows() == 0);

    // The administrator's path (ruqsat-admin document export): rendered by Ruqsat, stored once, audited.
    test::Connection admin(test::documentDemo().as(u"admin"_s), u"admin"_s);
    core::DocumentIssuer issuer(admin.name());
    auto first = issuer.ensureStored(number, u"kk"_s);
    REQUIRE(first.ok());
    REQUIRE(first->hasPdf());
    CHECK(first->pdf.startsWith("%PDF-"));
    auto second = issuer.ensureStored(number, u"ru"_s);
    REQUIRE(second.ok());
    CHECK(second->pdf == first->pdf);
    CHECK(second->language == u"kk"_s);
    auto verified = issuer.verify(first->pdf);
    REQUIRE(verified.ok());
    REQUIRE(verified->has_value());
    CHECK((*verified)->registrationNumber == number);

    CHECK(auditRows() == 1);
    auto audit =
        superuser.run(u"SELECT actor, role, case_id IS NULL, (payload ->> 'case_id')::bigint, payload ->> 'sha256', "
                      "payload ->> 'language' FROM ruqsat.audit_event WHERE action = 'store_document_pdf' AND "
                      "payload ->> 'registration_number' = ?"_s,
                      {number});
    REQUIRE(audit.ok());
    REQUIRE(audit->next());
    CHECK(audit->value(0).toString() == test::documentDemo().login(u"admin"_s));
    CHECK(audit->value(1).toString() == u"administrator"_s);
    CHECK(audit->value(2).toBool());
    CHECK(audit->value(3).toLongLong() == caseId);
    CHECK(audit->value(4).toString() == first->sha256);
    CHECK(audit->value(5).toString() == u"kk"_s);
    // The case itself did not move, and the audit chain still verifies.
    CHECK(superuser.value(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toLongLong() ==
          versionBefore);
    auto chain = core::AuditVerifier::verify(superuser.db());
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->brokenAtId.has_value());
    CHECK(chain->verified > 0);
}

TEST_CASE("Registration numbers stay unique and gap-free under concurrent signing", "[documents][registration]") {
    constexpr int signers = 4;
    constexpr int casesPerSigner = 5;
    QList<qint64> cases;
    for (int i = 0; i < signers * casesPerSigner; ++i)
        cases.append(test::caseAtSigning(i % 3 == 2 ? u"refusal"_s : u"permit"_s));

    const core::ConnectionSettings headSettings = test::documentDemo().as(u"head"_s);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < signers; ++t) {
        threads.emplace_back([&, t] {
            // Each thread its own connection, as four heads' workstations would have.
            const QString name = u"concurrent-signer-%1"_s.arg(t);
            {
                auto db = core::Database::open(headSettings, name);
                if (!db) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < casesPerSigner; ++i) {
                    const qint64 caseId = cases.at(i * signers + t);
                    auto signedResult = core::Database::execute(
                        db.value(), u"SELECT ruqsat.sign_result(?::uuid, ?, 4, '', '')"_s, {uuid(), caseId});
                    if (!signedResult)
                        ++failures;
                }
            }
            core::Database::close(name);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    CHECK(failures == 0);

    test::Connection admin(test::documentDemo().superuser, u"numbers"_s);
    QSet<QString> numbers;
    for (qint64 caseId : std::as_const(cases)) {
        numbers.insert(
            admin.value(u"SELECT registration_number FROM ruqsat.issued_document WHERE case_id = ?"_s, {caseId})
                .toString());
    }
    CHECK(numbers.size() == cases.size());
    const QList<int> sequences = permitSequences(admin);
    REQUIRE_FALSE(sequences.isEmpty());
    for (int i = 0; i < sequences.size(); ++i)
        CHECK(sequences.at(i) == i + 1);
    CHECK(admin
              .value(u"SELECT last_number FROM ruqsat.registration_counter WHERE office_id = 'vko' AND "
                     "service_code = 'P' AND year = (SELECT max(year) FROM ruqsat.issued_document)"_s)
              .toInt() == sequences.size());
}

TEST_CASE("A rolled-back signing gives its number back", "[documents][registration]") {
    const qint64 first = test::caseAtSigning(u"permit"_s);
    const qint64 second = test::caseAtSigning(u"permit"_s);
    test::Connection head(test::documentDemo().as(u"head"_s), u"head"_s);
    QString abandoned;
    {
        core::Transaction transaction(head.db());
        REQUIRE(transaction.begun().ok());
        REQUIRE(head.run(u"SELECT ruqsat.sign_result(?::uuid, ?, 4, '', '')"_s, {uuid(), first}).ok());
        abandoned = head.value(u"SELECT registration_number FROM ruqsat.issued_document WHERE case_id = ?"_s, {first})
                        .toString();
        // No commit: the transaction rolls back here.
    }
    REQUIRE_FALSE(abandoned.isEmpty());
    CHECK(head.value(u"SELECT count(*) FROM ruqsat.issued_document WHERE case_id = ?"_s, {first}).toInt() == 0);
    CHECK(head.value(u"SELECT state FROM ruqsat.cases WHERE id = ?"_s, {first}).toString() == u"signing"_s);

    auto signedResult = core::DocumentIssuer(head.name()).sign(second, 4, QUuid::createUuid(), u"ru"_s);
    REQUIRE(signedResult.ok());
    CHECK(signedResult->document.registrationNumber == abandoned);
}
