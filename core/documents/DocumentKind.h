#pragma once

#include <QString>

#include <optional>

namespace ruqsat::core {

// The documents Ruqsat renders (issue 7). The first three are the results of the two services
// (domain.md: "Result: the permit ... or a motivated refusal on the grounds of paragraph 10"), signed by
// the head and registered; the receipts are the State Corporation's (domain.md, "The State Corporation
// channel": acceptance of a complete package, refusal to accept an incomplete one, appendix 3 of the
// Standard), rendered on demand from the case and not registered here.
enum class DocumentKind { Permit, Extract, Refusal, AcceptanceReceipt, IntakeRefusalReceipt };

// "permit", "extract", "refusal", "receipt-acceptance", "receipt-refusal": the template's file name.
QString documentKindName(DocumentKind kind);
std::optional<DocumentKind> documentKindFromName(const QString& name);
// Signed and registered (a result), as opposed to a receipt.
bool isRegistered(DocumentKind kind);
// The result document a decision gives: a motivated refusal for a refusal, else the service's result --
// the extract for the extract service "E", the permit otherwise (domain.md, "Result"). The one C++ rule;
// ruqsat.document_data (0008) computes the same "kind" in SQL for the frozen data.
DocumentKind resultKindFor(bool refused, const QString& serviceCode);

} // namespace ruqsat::core
