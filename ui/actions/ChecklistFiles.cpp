#include "actions/ChecklistFiles.h"

#include "casecard/AttachmentsModel.h"
#include "common/Labels.h"
#include "workflow/Reason.h"

#include <QAbstractButton>
#include <QColor>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

namespace {

constexpr int codeRole = Qt::UserRole;
constexpr int indexRole = Qt::UserRole + 1; // the file's index in files(), -1 on a document row

QStringList localFiles(const QMimeData* mime) {
    QStringList paths;
    for (const QUrl& url : mime ? mime->urls() : QList<QUrl>{}) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ChecklistFiles::Problem ChecklistFiles::Problem::from(const core::Error& error) {
    Problem problem{error.reason, error.message, false};
    if (!core::AttachmentValidator::message(error.reason).isEmpty()) {
        problem.reworded = true;
    } else if (const std::optional<core::Reason> known = core::reasonFromCode(error.reason)) {
        // A workflow refusal without details of its own (those keep their words).
        problem.reworded = error.message == core::reasonMessage(*known);
    }
    return problem;
}

QString ChecklistFiles::Problem::text() const {
    if (reworded) {
        if (QString own = core::AttachmentValidator::message(reason); !own.isEmpty())
            return own;
        if (const std::optional<core::Reason> known = core::reasonFromCode(reason))
            return core::reasonMessage(*known);
    }
    return asGiven;
}

ChecklistFiles::ChecklistFiles(QString connectionName, QTreeWidget* tree, QAbstractButton* attachButton,
                               QAbstractButton* removeButton, QObject* parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
    , m_tree(tree)
    , m_attach(attachButton)
    , m_remove(removeButton) {
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);
    connect(m_attach, &QAbstractButton::clicked, this, &ChecklistFiles::attachChosen);
    connect(m_remove, &QAbstractButton::clicked, this, &ChecklistFiles::removeChosen);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistFiles::updateButtons);
    updateButtons();
}

void ChecklistFiles::setDocuments(QList<core::ChecklistDocument> documents) {
    m_documents = std::move(documents);
    // Files of documents no longer in the checklist (another variant chosen) are dropped, unless uploaded.
    for (qsizetype i = m_files.size() - 1; i >= 0; --i) {
        const bool listed = std::any_of(m_documents.cbegin(), m_documents.cend(), [&](const auto& document) {
            return document.code == m_files.at(i).documentCode;
        });
        if (!listed && m_files.at(i).attachmentId == 0)
            m_files.removeAt(i);
    }
    rebuild();
}

void ChecklistFiles::setUploaded(const QList<core::AttachmentInfo>& attachments) {
    m_files.clear();
    for (const core::AttachmentInfo& info : attachments) {
        File file;
        file.documentCode = info.documentCode;
        file.fileName = info.fileName;
        file.sizeBytes = info.sizeBytes;
        file.mediaType = info.mediaType;
        file.attachmentId = info.id;
        m_files.append(file);
    }
    rebuild();
}

void ChecklistFiles::rebuild() {
    const QString current = currentDocumentCode();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem* restore = nullptr;
    const auto documentRow = [this](const QString& code, const QString& name) {
        auto* item = new QTreeWidgetItem(m_tree, QStringList{name});
        item->setData(0, codeRole, code);
        item->setData(0, indexRole, -1);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    QHash<QString, QTreeWidgetItem*> rows;
    for (const core::ChecklistDocument& document : std::as_const(m_documents)) {
        QTreeWidgetItem* item = documentRow(document.code, Labels::localized(document.names));
        rows.insert(document.code, item);
        if (document.code == current)
            restore = item;
    }
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const File& file = m_files.at(i);
        QTreeWidgetItem* parent = rows.value(file.documentCode);
        if (!parent) {
            parent = documentRow(file.documentCode, file.documentCode);
            rows.insert(file.documentCode, parent);
        }
        QString problem = file.problem.text();
        if (problem.isEmpty() && file.attachmentId != 0)
            problem = tr("attached");
        auto* item = new QTreeWidgetItem(
            parent,
            QStringList{u"    "_s + file.fileName,
                        file.sizeBytes > 0 ? AttachmentsModel::sizeText(file.sizeBytes) : QString(),
                        file.mediaType.isEmpty() ? QString() : AttachmentsModel::typeText(file.mediaType), problem});
        item->setData(0, codeRole, file.documentCode);
        item->setData(0, indexRole, static_cast<int>(i));
        item->setToolTip(0, file.path.isEmpty() ? file.fileName : file.path);
        if (!file.problem.isEmpty()) {
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(3, problem);
        }
    }
    m_tree->expandAll();
    if (restore)
        m_tree->setCurrentItem(restore);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void ChecklistFiles::updateButtons() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_attach->setEnabled(!currentDocumentCode().isEmpty());
    m_remove->setEnabled(item && item->parent() != nullptr);
}

QString ChecklistFiles::currentDocumentCode() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, codeRole).toString() : QString();
}

QString ChecklistFiles::problem(const QString& fileName) const {
    for (const File& file : m_files) {
        if (file.fileName == fileName)
            return file.problem.text();
    }
    return {};
}

QStringList ChecklistFiles::refusedNames() const {
    QStringList names;
    for (const File& file : m_files) {
        if (!file.problem.isEmpty())
            names.append(file.fileName);
    }
    return names;
}

bool ChecklistFiles::add(const QString& documentCode, const QString& filePath) {
    if (std::none_of(m_documents.cbegin(), m_documents.cend(),
                     [&](const auto& document) { return document.code == documentCode; }))
        return false;
    const QFileInfo info(filePath);
    File file;
    file.documentCode = documentCode;
    file.path = filePath;
    file.fileName = info.fileName();
    file.sizeBytes = info.size();
    // Checked at once with core's rules: the problem goes next to the file's row.
    auto checked = core::AttachmentValidator::read(filePath);
    if (checked) {
        file.mediaType = core::mediaTypeName(checked->mediaType);
        file.sizeBytes = checked->content.size();
        for (const File& other : std::as_const(m_files)) {
            if (other.documentCode == documentCode && other.file && other.file->sha256 == checked->sha256)
                file.problem = Problem{u"duplicate_attachment"_s, {}, true};
        }
        file.file = std::move(checked).value();
    } else {
        file.problem = Problem::from(checked.error());
    }
    m_files.append(file);
    rebuild();
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        if (m_tree->topLevelItem(row)->data(0, codeRole).toString() == documentCode)
            m_tree->setCurrentItem(m_tree->topLevelItem(row));
    }
    if (file.problem.isEmpty())
        Q_EMIT accepted(documentCode);
    Q_EMIT changed();
    return true;
}

core::Status ChecklistFiles::remove(int index) {
    if (index < 0 || index >= m_files.size())
        return {};
    if (const qint64 uploaded = m_files.at(index).attachmentId; uploaded != 0) {
        if (auto removed = core::AttachmentStore(m_connectionName).remove(uploaded); !removed)
            return removed.error();
    }
    m_files.removeAt(index);
    rebuild();
    Q_EMIT changed();
    return {};
}

core::Status ChecklistFiles::upload(qint64 caseId, QString* refusedFile) {
    const core::AttachmentStore store(m_connectionName);
    for (File& file : m_files) {
        if (file.attachmentId != 0 || !file.file)
            continue;
        auto attached = store.attach(caseId, file.documentCode, *file.file);
        if (!attached) {
            file.problem = Problem::from(attached.error());
            if (refusedFile)
                *refusedFile = file.fileName;
            rebuild();
            return attached.error();
        }
        file.attachmentId = attached.value();
        file.path.clear();
    }
    rebuild();
    return {};
}

void ChecklistFiles::attachChosen() {
    const QString code = currentDocumentCode();
    if (code.isEmpty())
        return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_tree->window(), tr("Attach a file"), QString(),
                                      tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    for (const QString& path : paths)
        add(code, path);
}

void ChecklistFiles::removeChosen() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->parent() == nullptr)
        return;
    if (auto removed = remove(item->data(0, indexRole).toInt()); !removed)
        Q_EMIT failed(removed.error());
}

bool ChecklistFiles::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeChosen();
        return true;
    }
    if (watched != m_tree->viewport())
        return QObject::eventFilter(watched, event);
    // Files dropped onto a document (or one of its files) are attached to it.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (!localFiles(drag->mimeData()).isEmpty() && m_tree->itemAt(drag->position().toPoint()))
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QTreeWidgetItem* item = m_tree->itemAt(drop->position().toPoint());
        if (!item)
            return true;
        const QString code = item->data(0, codeRole).toString();
        for (const QString& path : localFiles(drop->mimeData()))
            add(code, path);
        drop->acceptProposedAction();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ruqsat::ui
