#include "documents/DocumentPreviewDialog.h"

#include "common/MessageBox.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

namespace {

// Screen resolution of the preview: a readable A4 width without a huge image.
constexpr int previewDpi = 96;

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(core::DocumentRenderer::Request request, QByteArray storedPdf,
                                             QWidget* parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_storedPdf(std::move(storedPdf)) {
    setObjectName(u"documentPreviewDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"Қазақша"_s, u"kk"_s);
    m_language->setCurrentIndex(m_request.language == u"kk"_s ? 1 : 0);
    m_languageLabel->setBuddy(m_language);
    // An issued document is in the language it was stored in; only what is not stored may switch.
    m_language->setEnabled(m_storedPdf.isEmpty());
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"pagesArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* pages = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(pages);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    m_scroll->setWidget(pages);
    layout->addWidget(m_scroll, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(u"printButton"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(u"closeButton"_s);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::askPrint);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentPreviewDialog::askSave);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_request.language = m_language->currentData().toString();
        if (!isVisible()) {
            m_pagesCurrent = false;
            return;
        }
        if (auto rendered = render(); !rendered)
            MessageBox::error(this, windowTitle(), rendered.error().message);
    });
    resize(860, 960);
    retranslate();
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

void DocumentPreviewDialog::retranslate() {
    const QString number = m_request.data.value(u"registration_number"_s).toString();
    setWindowTitle(m_request.draft ? tr("Draft preview") : tr("Document %1").arg(number));
    if (m_request.draft)
        m_title->setText(tr("Draft: not signed, not registered"));
    else if (m_notStored)
        m_title->setText(tr("Document %1: not yet stored; rendered from the registered data. This is not the "
                            "registered file and cannot be saved as PDF.")
                             .arg(number));
    else if (m_storedPdf.isEmpty())
        m_title->setText(tr("Rendered from the case's data"));
    else
        m_title->setText(tr("Issued document %1, as stored").arg(number));
    m_languageLabel->setText(tr("&Language:"));
    m_printButton->setText(tr("&Print..."));
    m_saveButton->setText(tr("&Save as PDF..."));
    m_closeButton->setText(tr("&Close"));
}

void DocumentPreviewDialog::setNotStored(bool notStored) {
    m_notStored = notStored;
    m_saveButton->setEnabled(canSave());
    retranslate();
}

bool DocumentPreviewDialog::canSave() const {
    return !m_notStored;
}

void DocumentPreviewDialog::showEvent(QShowEvent* event) {
    // The pages are drawn when the dialog is shown: printing or saving through a dialog never shown
    // (the documents panel's buttons) needs no page images.
    if (!m_pagesCurrent) {
        if (auto rendered = render(); !rendered)
            m_title->setText(rendered.error().message);
    }
    QDialog::showEvent(event);
}

void DocumentPreviewDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

core::Status DocumentPreviewDialog::render() {
    auto images = core::DocumentRenderer::pages(m_request, previewDpi);
    if (!images)
        return images.error();
    qDeleteAll(m_pageLabels);
    m_pageLabels.clear();
    for (const QImage& image : images.value()) {
        auto* label = new QLabel(m_scroll->widget());
        label->setObjectName(u"page%1"_s.arg(m_pageLabels.size() + 1));
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
        m_pageLabels.append(label);
    }
    m_pagesCurrent = true;
    return {};
}

core::Result<QByteArray> DocumentPreviewDialog::pdfBytes() const {
    if (m_notStored) {
        return core::makeError(core::ErrorCode::PreconditionFailed, u"document_not_stored"_s,
                               tr("This document's PDF is not stored yet: a rendering of it is not the registered "
                                  "file. An administrator stores it with ruqsat-admin document export."));
    }
    if (!m_storedPdf.isEmpty())
        return m_storedPdf;
    return core::DocumentRenderer::pdf(m_request);
}

core::Status DocumentPreviewDialog::savePdf(const QString& path) const {
    auto bytes = pdfBytes();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return core::makeError(core::ErrorCode::Unavailable, u"write_failed"_s,
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

core::Status DocumentPreviewDialog::print(QPrinter* printer) const {
    printer->setDocName(m_request.data.value(u"registration_number"_s).toString());
    return core::DocumentRenderer::print(m_request, printer);
}

void DocumentPreviewDialog::askPrint() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = print(&printer); !printed)
        MessageBox::error(this, windowTitle(), printed.error().message);
}

void DocumentPreviewDialog::askSave() {
    if (!canSave()) {
        MessageBox::error(this, windowTitle(), pdfBytes().error().message);
        return;
    }
    QString name = m_request.data.value(u"registration_number"_s).toString();
    if (name.isEmpty() || m_request.draft)
        name = tr("draft");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as PDF"), name + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = savePdf(path); !saved)
        MessageBox::error(this, windowTitle(), saved.error().message);
}

} // namespace ruqsat::ui
