#include "casecard/AttachmentsModel.h"

#include "common/Labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

AttachmentsModel::AttachmentsModel(Session session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(std::move(session)) {}

void AttachmentsModel::setAttachments(QList<core::AttachmentInfo> attachments, core::ServiceDefinitionPtr definition,
                                      QTimeZone zone) {
    beginResetModel();
    m_items = std::move(attachments);
    m_definition = std::move(definition);
    m_zone = std::move(zone);
    endResetModel();
}

void AttachmentsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1));
}

QString AttachmentsModel::typeText(const QString& mediaType) {
    if (mediaType == u"application/pdf"_s)
        return u"PDF"_s;
    if (mediaType == u"image/jpeg"_s)
        return u"JPEG"_s;
    if (mediaType == u"image/png"_s)
        return u"PNG"_s;
    if (mediaType == u"image/tiff"_s)
        return u"TIFF"_s;
    return mediaType;
}

QString AttachmentsModel::sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString AttachmentsModel::documentName(const QString& code) const {
    const core::ChecklistDocument* document = m_definition ? m_definition->document(code) : nullptr;
    return document ? Labels::localized(document->names) : code;
}

int AttachmentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AttachmentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant AttachmentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AttachmentInfo& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Column::Document:
            return documentName(item.documentCode);
        case Column::FileName:
            return item.fileName;
        case Column::Type:
            return typeText(item.mediaType);
        case Column::Size:
            return sizeText(item.sizeBytes);
        case Column::Sha256:
            return item.sha256.left(12);
        case Column::Added:
            return tr("%1, %2").arg(m_session.workspace ? m_session.workspace->staffName(item.addedBy) : item.addedBy,
                                    Labels::dateTime(item.addedAt, m_zone));
        }
        return {};
    case Qt::ToolTipRole:
        if (static_cast<Column>(index.column()) == Column::Sha256)
            return tr("SHA-256: %1").arg(item.sha256);
        return data(index, Qt::DisplayRole);
    case AttachmentIdRole:
        return item.id;
    case DocumentCodeRole:
        return item.documentCode;
    case Sha256Role:
        return item.sha256;
    case SizeRole:
        return item.sizeBytes;
    default:
        return {};
    }
}

QVariant AttachmentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Document:
        return tr("Document");
    case Column::FileName:
        return tr("File");
    case Column::Type:
        return tr("Type");
    case Column::Size:
        return tr("Size");
    case Column::Sha256:
        return tr("SHA-256");
    case Column::Added:
        return tr("Added");
    }
    return {};
}

} // namespace ruqsat::ui
