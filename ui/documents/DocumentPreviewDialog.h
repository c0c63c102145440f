#pragma once

#include "common/Result.h"
#include "documents/DocumentRenderer.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QShowEvent;
class QVBoxLayout;

namespace ruqsat::ui {

// A document on screen, page by page (images rendered by core's DocumentRenderer), with Print (the
// system print dialog) and Save as PDF. An issued document is shown with its stored PDF: saving writes
// those bytes unchanged, so the file verifies. A draft or a receipt has no stored bytes: its language
// can be switched, and saving renders it. A registered result whose PDF is not stored yet (signed by
// another client; only an administrator stores it later) is shown rendered from its frozen data, labelled
// so, and cannot be saved as PDF: a rendering is not the registered file and would not verify.
class DocumentPreviewDialog : public QDialog {
    Q_OBJECT
public:
    // `storedPdf` empty: the document is not stored (draft, receipt).
    DocumentPreviewDialog(core::DocumentRenderer::Request request, QByteArray storedPdf = {},
                          QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Marks a registered result shown without its stored PDF (see above): relabels it and disables Save.
    void setNotStored(bool notStored);
    bool isNotStored() const { return m_notStored; }
    bool canSave() const;

    // The pages drawn (when the dialog was shown, and again on a language switch while shown).
    int pageCount() const { return m_pageLabels.size(); }
    const core::DocumentRenderer::Request& request() const { return m_request; }
    // The bytes "Save as PDF" writes.
    core::Result<QByteArray> pdfBytes() const;
    // Writes pdfBytes() to `path`.
    core::Status savePdf(const QString& path) const;
    core::Status print(QPrinter* printer) const;
    // Renders the pages again (after a language switch).
    core::Status render();

public Q_SLOTS:
    void askPrint();
    void askSave();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    core::DocumentRenderer::Request m_request;
    QByteArray m_storedPdf;
    bool m_notStored = false;
    QLabel* m_title = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QList<QLabel*> m_pageLabels;
    bool m_pagesCurrent = false; // the page images show the request as it is now
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace ruqsat::ui
