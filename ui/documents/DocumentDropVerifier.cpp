#include "documents/DocumentDropVerifier.h"

#include "common/MessageBox.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

namespace {

QStringList pdfPaths(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".pdf"_s, Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

DocumentDropVerifier::DocumentDropVerifier(QWidget* window, QString connectionName)
    : QObject(window)
    , m_window(window)
    , m_connectionName(std::move(connectionName)) {
    setObjectName(u"documentDropVerifier"_s);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

DocumentDropVerifier::Verdict DocumentDropVerifier::verifyFile(const QString& path) const {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, tr("Cannot read %1: %2").arg(name, file.errorString())};
    auto found = core::DocumentIssuer(m_connectionName).verify(file.readAll());
    if (!found)
        return {false, tr("%1 could not be checked: %2").arg(name, found.error().message)};
    if (!found->has_value()) {
        return {false, tr("%1 was NOT issued here: no document issued by this office has exactly these bytes. "
                          "It may have been changed or come from elsewhere.")
                           .arg(name)};
    }
    const core::DocumentVerification& v = **found;
    return {true, tr("%1 is genuine: document %2 of case %3, signed by %4 on %5 (UTC).")
                      .arg(name, v.registrationNumber)
                      .arg(v.caseId)
                      .arg(v.signerName.isEmpty() ? v.signer : v.signerName,
                           core::toUtcDateTime(v.signedAt).toString(u"dd.MM.yyyy HH:mm"_s))};
}

bool DocumentDropVerifier::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!pdfPaths(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = pdfPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            for (const QString& path : paths) {
                const Verdict verdict = verifyFile(path);
                Q_EMIT verified(path, verdict.verified);
                if (verdict.verified)
                    MessageBox::information(m_window, tr("Document verification"), verdict.text);
                else
                    MessageBox::error(m_window, tr("Document verification"), verdict.text);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ruqsat::ui
