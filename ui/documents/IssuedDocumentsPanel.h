#pragma once

#include "common/Result.h"
#include "common/Session.h"
#include "documents/DocumentIssuer.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ruqsat::ui {

class DocumentPreviewDialog;

// The documents of one case, for the case card: the registered results (number, kind, language,
// signer, time) with Open (preview), Print and Save as PDF of the stored bytes (a result whose PDF is not
// stored yet is previewed and printed rendered from its frozen data, labelled so, never saved), and, for a State
// Corporation case, its receipt (acceptance, or refusal to accept) rendered from the case's data.
class IssuedDocumentsPanel : public QWidget {
    Q_OBJECT
public:
    IssuedDocumentsPanel(Session session, QWidget* parent = nullptr);
    ~IssuedDocumentsPanel() override;

    // Reads the case's documents again (call after the case changed).
    core::Status setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    const QList<core::IssuedDocument>& documents() const { return m_documents; }
    QTableWidget* table() const { return m_table; }

    // The preview of the document on `row` (its stored PDF; without one, rendered from the frozen data and
    // marked not stored: the panel never stores), or of the
    // case's receipt for row -1; window-modal, deleted on close. Null after saying why it failed.
    DocumentPreviewDialog* openDocument(int row);
    DocumentPreviewDialog* openReceipt();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void updateButtons();
    int currentRow() const;
    core::Result<DocumentPreviewDialog*> previewFor(int row);

    Session m_session;
    qint64 m_caseId = 0;
    QString m_caseState;
    QString m_caseChannel;
    QList<core::IssuedDocument> m_documents;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
};

} // namespace ruqsat::ui
