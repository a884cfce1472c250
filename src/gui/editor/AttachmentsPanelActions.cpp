#include "gui/editor/AttachmentsPanel.h"

// What the buttons of the Attachments panel do: attach (or keep pending for a
// visit not saved yet), remove, undo the removal, open, save a copy.

#include "gui/DatabaseSession.h"
#include "gui/FileDialogs.h"
#include "gui/PendingAttachments.h"
#include "models/AttachmentListModel.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

namespace vt {

int AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (!canTakeFiles())
        return 0;
    if (m_visit.id == 0)
        return addPending(paths);
    const AttachmentService service(m_session.database());
    QStringList problems;
    qint64 last = 0;
    for (const QString &path : paths) {
        QString error;
        const std::optional<PreparedAttachment> file = service.prepare(path, &error);
        const std::optional<AttachmentRecord> added =
            file ? m_session.addAttachment(targetOwner(), *file, &error) : std::nullopt;
        if (added)
            last = added->id;
        else
            problems.append(error);
    }
    const int added = int(paths.size() - problems.size());
    m_model->refresh();
    if (last != 0)
        m_view->selectRow(m_model->rowOf(last));
    if (!problems.isEmpty())
        showMessage(tr("Not attached: %1").arg(problems.join(QLatin1Char(' '))), true);
    else if (added > 0)
        showMessage(tr("%n file(s) attached.", nullptr, added), false);
    if (added > 0)
        emit attachmentsChanged();
    return added;
}

void AttachmentsPanel::chooseFiles()
{
    const QStringList paths = FileDialogs::openFileNames(
        this, tr("Attach files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx "
           "*.odt *.xls *.xlsx *.ods);;All files (*)"));
    addFiles(paths);
}

void AttachmentsPanel::removeSelected()
{
    const AttachmentRecord *record = selected();
    if (!record || m_session.isReadOnly())
        return;
    QString error;
    std::optional<RemovedAttachment> removed = m_session.removeAttachment(record->id, &error);
    if (!removed) {
        showMessage(error, true);
        return;
    }
    m_lastRemoved = removed;
    m_removalStep = m_session.undoStack()->index();
    m_model->refresh();
    showMessage(tr("“%1” was removed.").arg(removed->record.fileName), false);
    m_undoButton->show();
    emit attachmentRemoved(*removed);
    emit attachmentsChanged();
}

bool AttachmentsPanel::undoRemoval()
{
    // Only while the removal is still the last step: an older one would undo
    // the steps after it first.
    QUndoStack *stack = m_session.undoStack();
    if (!m_lastRemoved || stack->index() != m_removalStep || !stack->canUndo())
        return false;
    const RemovedAttachment removed = *m_lastRemoved;
    m_lastRemoved.reset();
    stack->undo(); // refused: the session says why (stepRefused)
    const std::optional<AttachmentRecord> back =
        AttachmentService(m_session.database()).find(removed.record.id, nullptr);
    if (!back || back->sha256 != removed.record.sha256) {
        updateState();
        return false;
    }
    const qint64 id = back->id;
    showMessage(tr("“%1” is back.").arg(removed.record.fileName), false);
    m_model->refresh();
    m_view->selectRow(m_model->rowOf(id));
    updateState();
    emit attachmentsChanged();
    return true;
}

void AttachmentsPanel::openSelected()
{
    const AttachmentRecord *record = selected();
    if (!record)
        return;
    QString error;
    const std::optional<QString> copy =
        AttachmentService(m_session.database()).temporaryCopy(*record, &error);
    if (!copy)
        showMessage(error, true);
    else if (!m_opener(QUrl::fromLocalFile(*copy)))
        showMessage(tr("No application opens “%1” (%2). Save a copy and open it from there.")
                        .arg(record->fileName, record->mimeType),
                    true);
}

void AttachmentsPanel::saveSelectedCopy()
{
    const AttachmentRecord *record = selected();
    if (!record)
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + safeFileName(record->fileName);
    const QString target = FileDialogs::saveFileName(this, tr("Save a copy"), start, {});
    if (target.isEmpty())
        return;
    QString error;
    if (AttachmentService(m_session.database()).saveCopy(*record, target, &error))
        showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(target)), false);
    else
        showMessage(error, true);
}

QString AttachmentsPanel::message() const
{
    return m_message->text();
}

int AttachmentsPanel::addPending(const QStringList &paths)
{
    // Checked now, so that a bad file is named at once; read again at the save.
    const AttachmentService service(m_session.database());
    QStringList accepted;
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (service.prepare(path, &error))
            accepted.append(path);
        else
            problems.append(error);
    }
    m_pending->addFiles(accepted);
    if (!problems.isEmpty())
        showMessage(tr("Not attached: %1").arg(problems.join(QLatin1Char(' '))), true);
    else if (!accepted.isEmpty())
        showMessage(tr("%n file(s) will be attached when the visit is saved.", nullptr,
                       int(accepted.size())),
                    false);
    return int(accepted.size());
}

QStringList AttachmentsPanel::pendingFiles() const
{
    return m_pending->files();
}

bool AttachmentsPanel::preparePending(QList<PreparedAttachment> *files, QString *error) const
{
    const std::optional<QList<PreparedAttachment>> prepared =
        m_pending->prepare(AttachmentService(m_session.database()), error);
    if (!prepared)
        return false;
    *files = *prepared;
    return true;
}

void AttachmentsPanel::clearPending()
{
    m_pending->clear();
}

} // namespace vt
