#pragma once

#include "common/Result.h"
#include "documents/DocumentIssuer.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace ruqsat::ui {

// Verification of a PDF dropped on a window (issue 7, "the app verifies a PDF dropped on it"): an event
// filter that makes the window accept dropped .pdf files and, on drop, looks each file's SHA-256 up among
// the documents issued by this installation (ruqsat.find_issued_document, allowed to every staff member)
// and says what it is, or that it was not issued here.
class DocumentDropVerifier : public QObject {
    Q_OBJECT
public:
    // Installs itself on `window` (which it also parents to) and sets it to accept drops.
    DocumentDropVerifier(QWidget* window, QString connectionName);

    // The verdict on one file as the user reads it; `verified` tells which it is.
    struct Verdict {
        bool verified = false;
        QString text;
    };
    Verdict verifyFile(const QString& path) const;

Q_SIGNALS:
    void verified(const QString& path, bool issuedHere);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QString m_connectionName;
};

} // namespace ruqsat::ui
