// ruqsat-admin document: export an issued document, verify a file against the issued documents
// (issue 7), and render receipts of a case.
#include "AdminContext.h"
#include "AdminDatabase.h"
#include "Commands.h"

#include "documents/DocumentData.h"
#include "documents/DocumentIssuer.h"
#include "documents/DocumentRenderer.h"

#include <QFile>
#include <QSaveFile>

namespace ruqsat::admin {

namespace {

int writeFile(AdminContext& context, const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return context.fail(core::makeError(core::ErrorCode::Unavailable, QStringLiteral("write_failed"),
                                            QStringLiteral("cannot write %1: %2").arg(path, file.errorString())));
    }
    return ExitSuccess;
}

int exportDocument(AdminContext& context, const QCommandLineParser& parser, const QString& number, const QString& path,
                   const QString& language) {
    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    // The first export of a result signed without a PDF renders it from the frozen data and stores it
    // (administrators and the owner only: 0008, store_document_pdf, audited); every later one writes the
    // stored bytes.
    auto document = core::DocumentIssuer(database.name()).ensureStored(number, language);
    if (!document)
        return context.fail(document.error());
    if (int written = writeFile(context, path, document->pdf); written != ExitSuccess)
        return written;
    context.out() << "Wrote " << document->registrationNumber << " (" << document->language << ", "
                  << document->pdf.size() << " bytes, SHA-256 " << document->sha256 << ") to " << path << Qt::endl;
    return ExitSuccess;
}

void printVerification(AdminContext& context, const core::DocumentVerification& v) {
    context.out() << "Registration number: " << v.registrationNumber << '\n'
                  << "Case: " << v.caseId << '\n'
                  << "Kind: " << v.kind << " (" << v.language << ")\n"
                  << "Signer: " << v.signerName << " (" << v.signer << ")\n"
                  << "Signed at: " << core::toUtcDateTime(v.signedAt).toString(Qt::ISODate) << Qt::endl;
}

int verifyDocument(AdminContext& context, const QCommandLineParser& parser, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(core::makeError(core::ErrorCode::Unavailable, QStringLiteral("read_failed"),
                                            QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    }
    const QByteArray bytes = file.readAll();
    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    auto found = core::DocumentIssuer(database.name()).verify(bytes);
    if (!found)
        return context.fail(found.error());
    if (!found->has_value()) {
        context.out() << "NOT ISSUED HERE: no document issued by this installation has the SHA-256 "
                      << core::DocumentIssuer::sha256Hex(bytes) << " of " << path << Qt::endl;
        return ExitFailure;
    }
    printVerification(context, **found);
    return ExitSuccess;
}

// A paper copy: the registration number and the verification code printed on it (or its QR code's
// RUQSAT-VERIFY:<number>:<code>).
int verifyCode(AdminContext& context, const QCommandLineParser& parser, const QString& number, const QString& code) {
    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    auto found = core::DocumentIssuer(database.name()).verifyCode(number, code);
    if (!found)
        return context.fail(found.error());
    if (!found->has_value()) {
        context.out() << "NOT ISSUED HERE: no document issued by this installation has the registration number "
                      << number << " with the verification code " << code << Qt::endl;
        return ExitFailure;
    }
    printVerification(context, **found);
    return ExitSuccess;
}

int renderReceipt(AdminContext& context, const QCommandLineParser& parser, const QString& kindName,
                  const QString& caseText, const QString& path, const QString& language) {
    const auto kind = core::documentKindFromName(kindName);
    if (!kind || core::isRegistered(*kind))
        return context.usageError(QStringLiteral("receipt takes receipt-acceptance or receipt-refusal"));
    bool ok = false;
    const qint64 caseId = caseText.toLongLong(&ok);
    if (!ok || caseId <= 0)
        return context.usageError(QStringLiteral("CASE is a case number"));
    AdminDatabase database;
    if (auto failed = database.open(context, parser))
        return *failed;
    auto data = core::DocumentIssuer(database.name()).caseData(caseId);
    if (!data)
        return context.fail(data.error());
    if (core::DocumentData::receiptKind(data.value()) != kind) {
        return context.fail(core::makeError(core::ErrorCode::PreconditionFailed, QStringLiteral("no_such_receipt"),
                                            QStringLiteral("case %1 has no %2 (a receipt of refusal is for a package "
                                                           "refused at intake, of acceptance for another State "
                                                           "Corporation package)")
                                                .arg(caseId)
                                                .arg(kindName)));
    }
    auto pdf = core::DocumentRenderer::pdf({*kind, data.value(), language, false});
    if (!pdf)
        return context.fail(pdf.error());
    if (int written = writeFile(context, path, pdf.value()); written != ExitSuccess)
        return written;
    context.out() << "Wrote the " << kindName << " of case " << caseId << " to " << path << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runDocumentCommand(AdminContext& context, const QStringList& args) {
    QCommandLineParser parser;
    context.addDatabaseOptions(parser);
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("ru or kk: the language of a PDF rendered now (default ru)."),
                                      QStringLiteral("LANG"), QStringLiteral("ru"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("export, verify, verify-code or receipt"));
    if (auto done = context.parse(
            parser, args,
            QStringLiteral(
                "Subcommands:\n"
                "  export REGNO FILE          write the issued document REGNO (its stored PDF; a result\n"
                "                             signed without one is rendered and stored first)\n"
                "  verify FILE                look the file's SHA-256 up among the issued documents:\n"
                "                             prints its registration and exits 0, else exits 1\n"
                "  verify-code REGNO CODE     look a paper copy's registration number and verification\n"
                "                             code (its QR code) up: exits 0 with the registration, else 1\n"
                "  receipt KIND CASE FILE     render the State Corporation's receipt of a case\n"
                "                             (KIND receipt-acceptance or receipt-refusal; not registered)\n")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString lang = parser.value(language);
    if (!core::DocumentRenderer::isLanguage(lang))
        return context.usageError(QStringLiteral("--language takes ru or kk"));
    const QString command = positional.value(0);
    if (command == QLatin1String("export") && positional.size() == 3)
        return exportDocument(context, parser, positional.at(1), positional.at(2),
                              parser.isSet(language) ? lang : QString());
    if (command == QLatin1String("verify") && positional.size() == 2)
        return verifyDocument(context, parser, positional.at(1));
    if (command == QLatin1String("verify-code") && positional.size() == 3)
        return verifyCode(context, parser, positional.at(1), positional.at(2));
    if (command == QLatin1String("receipt") && positional.size() == 4)
        return renderReceipt(context, parser, positional.at(1), positional.at(2), positional.at(3), lang);
    return context.usageError(
        QStringLiteral("usage: document export REGNO FILE | document verify FILE | document verify-code REGNO CODE | "
                       "document receipt KIND CASE FILE"));
}

} // namespace ruqsat::admin
