#pragma once

#include "attachments/AttachmentStore.h"
#include "services/ServiceDefinition.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAbstractButton;
class QTreeWidget;

namespace ruqsat::ui {

// The files of the registration form's checklist (issue 6), shown in a tree: each checklist document,
// with its files below it (name, size, type, and the problem when refused). A file is checked as it is
// added, with core's rules (AttachmentValidator: PDF, JPEG, PNG or TIFF by its bytes, not empty, at most
// 20 MiB); a refused one stays listed with its problem until removed. "Attach file..." adds to the
// chosen document (a file dialog), files dropped onto a document are added to it, Delete or "Remove
// file" removes the chosen file (an uploaded one through the server, before registration). upload()
// sends each file once.
class ChecklistFiles : public QObject {
    Q_OBJECT
public:
    // A refusal kept by its reason and worded when shown, so that it reads in the language of the moment
    // (a language change re-words it). A refusal whose words are not just its reason's own (a server
    // text, a message with details) keeps the words it came with.
    struct Problem {
        QString reason;
        QString asGiven;       // the message as it came
        bool reworded = false; // the message is the reason's own sentence: worded again when shown

        static Problem from(const core::Error& error);
        // The message in the current language.
        QString text() const;
        bool isEmpty() const { return reason.isEmpty() && asGiven.isEmpty(); }
    };

    // A file of the list: waiting, refused (problem) or uploaded (attachmentId).
    struct File {
        QString documentCode;
        QString path;                             // empty for a file uploaded before the form opened
        std::optional<core::AttachmentFile> file; // the checked bytes; none when refused locally
        QString fileName;
        qint64 sizeBytes = 0;
        QString mediaType;
        Problem problem;         // why it is refused, shown next to its row
        qint64 attachmentId = 0; // once uploaded
    };

    ChecklistFiles(QString connectionName, QTreeWidget* tree, QAbstractButton* attachButton,
                   QAbstractButton* removeButton, QObject* parent = nullptr);

    // The checklist's documents; files of a document no longer listed are dropped unless uploaded.
    void setDocuments(QList<core::ChecklistDocument> documents);
    // Files attached before (a received case), listed as uploaded.
    void setUploaded(const QList<core::AttachmentInfo>& attachments);
    // Shows the list again (after a language change, the texts are the new language's).
    void rebuild();

    // false when the code is not one of the documents.
    bool add(const QString& documentCode, const QString& filePath);
    core::Status remove(int index);
    // Uploads the files not uploaded yet to `caseId`; on a refusal the file is marked with the server's
    // reason and `refusedFile` names it.
    core::Status upload(qint64 caseId, QString* refusedFile);

    const QList<File>& files() const { return m_files; }
    QString problem(const QString& fileName) const;
    QStringList refusedNames() const;

Q_SIGNALS:
    // A file passed the checks and was added to a document.
    void accepted(const QString& documentCode);
    // The list changed (added, removed).
    void changed();
    // A removal the server refused.
    void failed(const core::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentDocumentCode() const;
    void attachChosen();
    void removeChosen();
    void updateButtons();

    QString m_connectionName;
    QTreeWidget* m_tree;
    QAbstractButton* m_attach;
    QAbstractButton* m_remove;
    QList<core::ChecklistDocument> m_documents;
    QList<File> m_files;
};

} // namespace ruqsat::ui
