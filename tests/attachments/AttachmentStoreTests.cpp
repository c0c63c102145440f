// The SQL API of attached files (resources/migrations/0007_attachments.sql) as the demo users themselves:
// who may attach, when, to which document; the file rules checked again by the server; the audit record;
// and that the cases still replay from their events afterwards.
#include "CaseReplay.h"
#include "DemoDatabase.h"
#include "TestConnection.h"

#include "attachments/AttachmentStore.h"
#include "identity/IdentityNumber.h"
#include "store/AuditVerifier.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "workflow/CaseState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

using test::Connection;

const test::DemoDatabase& demo() {
    static const test::DemoDatabase database = test::DemoDatabase::create(20);
    return database;
}

QString validIin(int serial) {
    for (int n = serial;; ++n) {
        const QString eleven = u"8503153"_s + QString::number(n).rightJustified(4, u'0');
        if (auto number = core::appendCheckDigit(eleven))
            return *number;
    }
}

// A permit application received (not registered) by the oblast clerk through the State Corporation.
qint64 receivedCase(const Connection& clerk, int serial) {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    core::CaseOpening opening;
    opening.serviceCode = u"E"_s;
    opening.officeId = u"vko"_s;
    opening.channel = core::Channel::Portal;
    opening.submittedAt = now - std::chrono::minutes(20);
    opening.receivedAt = now - std::chrono::minutes(10);
    opening.applicants = {core::Applicant{u"applicant"_s, validIin(serial), u"Асель Нурланова"_s, {}, {}, {}}};
    opening.checklistVariant = u"request"_s;
    opening.checklist = {{u"request"_s, true}};
    auto received = core::CaseStore(clerk.name()).perform(0, core::Action::receive(opening), QUuid::createUuid());
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    return received->caseId;
}

const QByteArray pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"_ba;

} // namespace

TEST_CASE("The clerk attaches a checked file to a received case; the hash is stored and audited",
          "[attachments][postgres]") {
    Connection clerk(demo().as(u"clerk"_s), u"attach-clerk"_s);
    Connection admin(demo().superuser, u"attach-admin"_s);
    const qint64 caseId = receivedCase(clerk, 100);
    const qint64 versionBefore =
        admin.value(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toLongLong();

    core::AttachmentStore store(clerk.name());
    auto attached = store.attach(caseId, u"request"_s, u"Запрос.pdf"_s, pdf);
    INFO((attached ? QString() : attached.error().message).toStdString());
    REQUIRE(attached.ok());

    const QString expectedHash = core::AttachmentValidator::sha256Hex(pdf);
    CHECK(admin.value(u"SELECT sha256 FROM ruqsat.attachment WHERE id = ?"_s, {*attached}).toString() == expectedHash);
    CHECK(admin.value(u"SELECT added_by FROM ruqsat.attachment WHERE id = ?"_s, {*attached}).toString() ==
          demo().login(u"clerk"_s));

    auto listed = store.list(caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == *attached);
    CHECK(listed->first().documentCode == u"request"_s);
    CHECK(listed->first().fileName == u"Запрос.pdf"_s);
    CHECK(listed->first().mediaType == u"application/pdf"_s);
    CHECK(listed->first().sizeBytes == pdf.size());
    CHECK(listed->first().sha256 == expectedHash);
    auto content = store.content(*attached);
    REQUIRE(content.ok());
    CHECK(*content == pdf);

    // The audit record: in the chain, outside the case's replayed events, naming the case and the file.
    auto audit =
        admin.run(u"SELECT case_id IS NULL, sequence IS NULL, actor, role, payload::text FROM ruqsat.audit_event "
                  "WHERE action = 'attach_document' AND (payload ->> 'attachment_id')::bigint = ?"_s,
                  {*attached});
    REQUIRE(audit.ok());
    REQUIRE(audit->next());
    CHECK(audit->value(0).toBool());
    CHECK(audit->value(1).toBool());
    CHECK(audit->value(2).toString() == demo().login(u"clerk"_s));
    CHECK(audit->value(3).toString() == u"clerk"_s);
    const QJsonObject payload = QJsonDocument::fromJson(audit->value(4).toString().toUtf8()).object();
    CHECK(payload.value(u"case_id"_s).toInteger() == caseId);
    CHECK(payload.value(u"sha256"_s).toString() == expectedHash);
    CHECK(payload.value(u"document_code"_s).toString() == u"request"_s);
    CHECK(payload.value(u"size_bytes"_s).toInteger() == pdf.size());
    // The case did not move: its version (and so the clerk's open form) stays valid.
    CHECK(admin.value(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toLongLong() == versionBefore);

    // The same file twice for the same document is refused.
    auto again = store.attach(caseId, u"request"_s, u"copy.pdf"_s, pdf);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().reason == u"duplicate_attachment"_s);
    CHECK(again.error().code == core::ErrorCode::Conflict);
}

TEST_CASE("Only a clerk of the case's office attaches, only before registration, only checklist documents",
          "[attachments][postgres]") {
    Connection clerk(demo().as(u"clerk"_s), u"rules-clerk"_s);
    const qint64 caseId = receivedCase(clerk, 200);

    struct Row {
        const char* login;
        const char* reason;
    };
    // The function is granted to clerks only: others are stopped by PostgreSQL itself.
    for (const Row& row : {Row{"head", "insufficient_privilege"}, Row{"specialist", "insufficient_privilege"},
                           Row{"supervisor", "insufficient_privilege"}, Row{"glubokoe_clerk", "wrong_office"}}) {
        INFO(row.login);
        Connection other(demo().as(QString::fromLatin1(row.login)), u"rules-other"_s);
        auto refused = core::AttachmentStore(other.name()).attach(caseId, u"request"_s, u"a.pdf"_s, pdf);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == QLatin1String(row.reason));
        CHECK(refused.error().code == core::ErrorCode::PermissionDenied);
    }

    core::AttachmentStore store(clerk.name());
    auto unknown = store.attach(caseId, u"land_title"_s, u"a.pdf"_s, pdf);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().reason == u"unknown_document"_s);
    auto noCase = store.attach(999999, u"request"_s, u"a.pdf"_s, pdf);
    REQUIRE_FALSE(noCase.ok());
    CHECK(noCase.error().reason == u"unknown_case"_s);

    // The server checks the file again, whatever a client sends.
    struct Raw {
        const char* what;
        QString mediaType;
        QByteArray content;
        QString fileName;
        const char* reason;
    };
    const QList<Raw> raws{
        {"a program declared as PDF", u"application/pdf"_s, QByteArray("MZ\x90\0", 4), u"a.pdf"_s,
         "unsupported_file_type"},
        {"a PDF declared as PNG", u"image/png"_s, pdf, u"a.png"_s, "file_type_mismatch"},
        {"a type not allowed", u"text/plain"_s, pdf, u"a.txt"_s, "unsupported_file_type"},
        {"an empty file", u"application/pdf"_s, QByteArray(""), u"a.pdf"_s, "empty_file"},
        {"a name with a folder", u"application/pdf"_s, pdf, u"../a.pdf"_s, "invalid_file_name"},
    };
    for (const Raw& raw : raws) {
        INFO(raw.what);
        auto refused = clerk.run(u"SELECT ruqsat.attach_document(?, 'request', ?, ?, ?)"_s,
                                 {caseId, raw.fileName, raw.mediaType, raw.content});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == QLatin1String(raw.reason));
    }
    // Over the limit, by one byte (the server's own check; the client refuses it before sending).
    QByteArray big = "%PDF-"_ba;
    big.append(QByteArray(core::AttachmentValidator::maxSizeBytes + 1 - big.size(), ' '));
    auto tooBig =
        clerk.run(u"SELECT ruqsat.attach_document(?, 'request', 'big.pdf', 'application/pdf', ?)"_s, {caseId, big});
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().reason == u"file_too_large"_s);

    // Direct writes stay denied.
    auto insert = clerk.run(u"INSERT INTO ruqsat.attachment (case_id, document_code, file_name, media_type, "
                            "size_bytes, sha256, content, added_by) VALUES (?, 'request', 'a.pdf', "
                            "'application/pdf', 4, encode(sha256('%PDF'::bytea), 'hex'), '%PDF'::bytea, "
                            "session_user)"_s,
                            {caseId});
    REQUIRE_FALSE(insert.ok());
    CHECK(insert.error().reason == u"insufficient_privilege"_s);

    // A file attached by mistake is removed before registration, with an audit record.
    auto wrong = store.attach(caseId, u"request"_s, u"wrong.png"_s, QByteArray("\x89PNG\r\n\x1A\n\0\0", 10));
    REQUIRE(wrong.ok());
    auto removed = store.remove(*wrong);
    INFO((removed ? QString() : removed.error().message).toStdString());
    REQUIRE(removed.ok());
    CHECK(store.list(caseId)->isEmpty());
    Connection admin(demo().superuser, u"rules-admin"_s);
    CHECK(admin
              .value(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'detach_document' AND "
                     "(payload ->> 'attachment_id')::bigint = ?"_s,
                     {*wrong})
              .toLongLong() == 1);
    auto removedTwice = store.remove(*wrong);
    REQUIRE_FALSE(removedTwice.ok());
    CHECK(removedTwice.error().reason == u"unknown_attachment"_s);

    // Registered: the documents are with the head now, the set is fixed.
    auto kept = store.attach(caseId, u"request"_s, u"kept.pdf"_s, pdf);
    REQUIRE(kept.ok());
    const qint64 version = admin.value(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}).toLongLong();
    auto registered =
        core::CaseStore(clerk.name()).perform(caseId, core::Action::registerCase(version), QUuid::createUuid());
    INFO((registered ? QString() : registered.error().message).toStdString());
    REQUIRE(registered.ok());
    auto late = store.attach(caseId, u"request"_s, u"late.pdf"_s, "%PDF-1.4 late"_ba);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().reason == u"wrong_step"_s);
    CHECK(late.error().code == core::ErrorCode::PreconditionFailed);
    auto removeLate = store.remove(*kept);
    REQUIRE_FALSE(removeLate.ok());
    CHECK(removeLate.error().reason == u"wrong_step"_s);

    // The head sees the file of a case of the office, and reads it back intact.
    Connection head(demo().as(u"head"_s), u"rules-head"_s);
    auto seen = core::AttachmentStore(head.name()).list(caseId);
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(core::AttachmentStore(head.name()).content(seen->first().id).value() == pdf);
    // Another office's clerk does not see it at all.
    Connection district(demo().as(u"glubokoe_clerk"_s), u"rules-district"_s);
    CHECK(core::AttachmentStore(district.name()).list(caseId)->isEmpty());
    auto hidden = core::AttachmentStore(district.name()).content(seen->first().id);
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().reason == u"unknown_attachment"_s);
}

TEST_CASE("Another office's clerk cannot tell its files from missing ones; two detaches audit once",
          "[attachments][postgres]") {
    Connection clerk(demo().as(u"clerk"_s), u"detach-clerk"_s);
    Connection admin(demo().superuser, u"detach-admin"_s);
    const qint64 caseId = receivedCase(clerk, 260);
    const core::AttachmentStore store(clerk.name());
    auto first = store.attach(caseId, u"request"_s, u"one.pdf"_s, pdf);
    REQUIRE(first.ok());

    // The same answer for a file of another office's case as for no file at all.
    Connection district(demo().as(u"glubokoe_clerk"_s), u"detach-district"_s);
    auto foreign = core::AttachmentStore(district.name()).remove(*first);
    REQUIRE_FALSE(foreign.ok());
    auto missing = core::AttachmentStore(district.name()).remove(*first + 1000000);
    REQUIRE_FALSE(missing.ok());
    CHECK(foreign.error().reason == u"unknown_attachment"_s);
    CHECK(missing.error().reason == u"unknown_attachment"_s);
    CHECK(foreign.error().reason == missing.error().reason);
    CHECK(foreign.error().code == missing.error().code);
    CHECK(store.list(caseId)->size() == 1);

    // Two clerks' sessions remove the same file at once: the second waits for the first's lock, then
    // finds nothing to remove.
    QSqlDatabase clerkDb = QSqlDatabase::database(clerk.name(), false);
    REQUIRE(clerkDb.transaction());
    auto removedFirst = clerk.run(u"SELECT ruqsat.detach_document(?)"_s, {*first});
    INFO((removedFirst ? QString() : removedFirst.error().message).toStdString());
    REQUIRE(removedFirst.ok());
    const core::ConnectionSettings settings = demo().as(u"clerk"_s);
    const qint64 attachmentId = *first;
    QString secondReason = u"not run"_s;
    std::thread second([&] {
        const QString name = u"detach-second"_s;
        if (auto db = core::Database::open(settings, name); !db) {
            secondReason = u"not connected"_s;
            return;
        }
        auto removed = core::AttachmentStore(name).remove(attachmentId);
        secondReason = removed ? u"removed"_s : removed.error().reason;
        core::Database::close(name);
    });
    // Wait until the second session waits on the lock, then let the first commit.
    bool waiting = false;
    for (int i = 0; i < 100 && !waiting; ++i) {
        waiting = admin
                      .value(u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                             "datname = current_database() AND usename = ?"_s,
                             {demo().login(u"clerk"_s)})
                      .toLongLong() > 0;
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK(waiting);
    REQUIRE(clerkDb.commit());
    second.join();
    CHECK(secondReason == u"unknown_attachment"_s);
    CHECK(admin
              .value(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'detach_document' AND "
                     "(payload ->> 'attachment_id')::bigint = ?"_s,
                     {attachmentId})
              .toLongLong() == 1);
    CHECK(store.list(caseId)->isEmpty());
}

TEST_CASE("After attachments every case still replays to its stored state, and the audit chain holds",
          "[attachments][postgres][replay]") {
    Connection clerk(demo().as(u"clerk"_s), u"replay-clerk"_s);
    // Attach to a demo case at registration too, if the demo has one in the clerk's office.
    Connection admin(demo().superuser, u"replay-admin"_s);
    {
        const qint64 caseId = receivedCase(clerk, 300);
        REQUIRE(core::AttachmentStore(clerk.name()).attach(caseId, u"request"_s, u"r.pdf"_s, pdf).ok());
    }
    REQUIRE(admin.value(u"SELECT count(*) FROM ruqsat.audit_event WHERE action = 'attach_document'"_s).toLongLong() >
            0);
    REQUIRE(test::checkEveryCaseReplays(admin) >= demo().summary.cases);
    auto verified = core::AuditVerifier::verify(QSqlDatabase::database(admin.name(), false));
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAtId.has_value());
    CHECK(verified->verified == admin.value(u"SELECT count(*) FROM ruqsat.audit_event"_s).toLongLong());
}
