#include "documents/IssuedDocumentsPanel.h"

#include "common/Labels.h"
#include "common/MessageBox.h"
#include "documents/DocumentData.h"
#include "documents/DocumentPreviewDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

IssuedDocumentsPanel::IssuedDocumentsPanel(Session session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session)) {
    setObjectName(u"issuedDocumentsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    layout->addWidget(m_heading);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"issuedDocumentsTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openDocumentButton"_s);
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(u"printDocumentButton"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveDocumentButton"_s);
    m_receiptButton = new QPushButton(this);
    m_receiptButton->setObjectName(u"receiptButton"_s);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_receiptButton);
    layout->addLayout(buttons);

    const auto withPreview = [this](auto action) {
        return [this, action] {
            auto preview = previewFor(currentRow());
            if (!preview) {
                MessageBox::error(this, m_heading->text(), preview.error().message);
                return;
            }
            action(preview.value());
            preview.value()->deleteLater();
        };
    };
    connect(m_openButton, &QPushButton::clicked, this, [this] { openDocument(currentRow()); });
    connect(m_printButton, &QPushButton::clicked, this,
            withPreview([](DocumentPreviewDialog* preview) { preview->askPrint(); }));
    connect(m_saveButton, &QPushButton::clicked, this,
            withPreview([](DocumentPreviewDialog* preview) { preview->askSave(); }));
    connect(m_receiptButton, &QPushButton::clicked, this, &IssuedDocumentsPanel::openReceipt);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IssuedDocumentsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openDocument(row); });
    retranslate();
    updateButtons();
}

IssuedDocumentsPanel::~IssuedDocumentsPanel() = default;

core::Status IssuedDocumentsPanel::setCase(qint64 caseId) {
    m_caseId = caseId;
    core::DocumentIssuer issuer(m_session.connectionName);
    auto documents = issuer.documentsOfCase(caseId);
    if (!documents)
        return documents.error();
    m_documents = documents.value();
    auto caseDocumentData = issuer.caseData(caseId);
    if (!caseDocumentData)
        return caseDocumentData.error();
    m_caseState = caseDocumentData->value(u"state"_s).toString();
    m_caseChannel = caseDocumentData->value(u"channel"_s).toString();
    fillTable();
    updateButtons();
    return {};
}

int IssuedDocumentsPanel::currentRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? (m_documents.size() == 1 ? 0 : -1) : rows.first().row();
}

void IssuedDocumentsPanel::updateButtons() {
    const int row = currentRow();
    const bool any = row >= 0 && row < m_documents.size();
    m_openButton->setEnabled(any);
    m_printButton->setEnabled(any);
    // A document without its stored PDF has no registered file to save (DocumentPreviewDialog).
    m_saveButton->setEnabled(any && m_documents.at(row).isStored());
    // The State Corporation's receipt exists for its packages only (domain.md, "The State Corporation channel").
    m_receiptButton->setVisible(m_caseChannel == u"state_corporation"_s);
}

void IssuedDocumentsPanel::fillTable() {
    m_table->setRowCount(static_cast<int>(m_documents.size()));
    const QTimeZone zone =
        m_session.workspace ? m_session.workspace->timeZone(m_session.workspace->office().id) : QTimeZone::utc();
    for (int row = 0; row < m_documents.size(); ++row) {
        const core::IssuedDocument& d = m_documents.at(row);
        QString kind;
        switch (d.kind) {
        case core::DocumentKind::Permit:
            kind = tr("Permit");
            break;
        case core::DocumentKind::Extract:
            kind = tr("Extract");
            break;
        case core::DocumentKind::Refusal:
            kind = tr("Motivated refusal");
            break;
        default:
            kind = core::documentKindName(d.kind);
        }
        const QStringList cells{d.registrationNumber, kind, d.language == u"kk"_s ? tr("Kazakh") : tr("Russian"),
                                Labels::dateTime(d.signedAt, zone), d.signerName.isEmpty() ? d.signer : d.signerName};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void IssuedDocumentsPanel::retranslate() {
    m_heading->setText(tr("Issued documents"));
    m_table->setHorizontalHeaderLabels(
        {tr("Registration number"), tr("Document"), tr("Language"), tr("Signed"), tr("Signed by")});
    m_openButton->setText(tr("&Open"));
    m_printButton->setText(tr("&Print..."));
    m_saveButton->setText(tr("Save as &PDF..."));
    m_receiptButton->setText(tr("&Receipt..."));
    fillTable();
}

void IssuedDocumentsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

core::Result<DocumentPreviewDialog*> IssuedDocumentsPanel::previewFor(int row) {
    if (row < 0 || row >= m_documents.size()) {
        return core::makeError(core::ErrorCode::InvalidArgument, u"no_document"_s, tr("Choose a document first."));
    }
    // Only the signing transaction or an administrator stores a document's PDF (0008,
    // store_document_pdf): a result signed elsewhere without one is shown rendered from its frozen data,
    // marked as not stored, and never stored from here.
    auto read = core::DocumentIssuer(m_session.connectionName).document(m_documents.at(row).registrationNumber);
    if (!read)
        return read.error();
    m_documents[row] = read.value();
    const core::IssuedDocument& d = m_documents.at(row);
    auto* preview = new DocumentPreviewDialog({d.kind, d.data, d.language, false}, d.pdf, this);
    preview->setNotStored(!d.hasPdf());
    return preview;
}

DocumentPreviewDialog* IssuedDocumentsPanel::openDocument(int row) {
    auto preview = previewFor(row);
    if (!preview) {
        MessageBox::error(this, tr("Issued documents"), preview.error().message);
        return nullptr;
    }
    preview.value()->setAttribute(Qt::WA_DeleteOnClose);
    preview.value()->setWindowModality(Qt::WindowModal);
    preview.value()->show();
    return preview.value();
}

DocumentPreviewDialog* IssuedDocumentsPanel::openReceipt() {
    auto caseDocumentData = core::DocumentIssuer(m_session.connectionName).caseData(m_caseId);
    if (!caseDocumentData) {
        MessageBox::error(this, tr("Receipt"), caseDocumentData.error().message);
        return nullptr;
    }
    const std::optional<core::DocumentKind> kind = core::DocumentData::receiptKind(caseDocumentData.value());
    if (!kind) {
        MessageBox::error(this, tr("Receipt"), tr("Only a package handed in at the State Corporation has a receipt."));
        return nullptr;
    }
    auto* preview = new DocumentPreviewDialog({*kind, caseDocumentData.value(), u"ru"_s, false}, {}, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowModality(Qt::WindowModal);
    preview->show();
    return preview;
}

} // namespace ruqsat::ui
