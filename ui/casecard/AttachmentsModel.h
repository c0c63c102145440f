#pragma once

#include "attachments/AttachmentStore.h"
#include "common/Session.h"
#include "services/ServiceCatalogue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace ruqsat::ui {

// The files attached to a case's checklist (ruqsat.attachment, without their bytes): which document,
// the file's name, type and size, the start of its SHA-256, who attached it and when (office time).
class AttachmentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Document, FileName, Type, Size, Sha256, Added };
    static constexpr int columnTotal = static_cast<int>(Column::Added) + 1;
    enum Roles { AttachmentIdRole = Qt::UserRole + 1, DocumentCodeRole, Sha256Role, SizeRole };

    explicit AttachmentsModel(Session session, QObject* parent = nullptr);

    // `definition` names the documents (may be null: codes are shown); times in `zone`.
    void setAttachments(QList<core::AttachmentInfo> attachments, core::ServiceDefinitionPtr definition, QTimeZone zone);
    const core::AttachmentInfo& attachment(int row) const { return m_items.at(row); }
    // The texts are the user's language again (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "PDF", "JPEG", ... for a media type; "12.3 KB" for a size.
    static QString typeText(const QString& mediaType);
    static QString sizeText(qint64 bytes);

private:
    QString documentName(const QString& code) const;

    Session m_session;
    QList<core::AttachmentInfo> m_items;
    core::ServiceDefinitionPtr m_definition;
    QTimeZone m_zone;
};

} // namespace ruqsat::ui
