#pragma once

// The attachments of a visit in its editor (tab "Attachments"), or of one
// finding or follow-up update in a dialog: photos as thumbnails, documents
// with their type's icon; add by file dialog or by dropping files, open with
// the desktop's application, save a copy, remove. Attachments of a stored
// visit are stored at once, outside the editor's Save: a file is evidence as
// soon as it is added. Every change is a step of the window's undo stack
// (Ctrl+Z and Ctrl+Shift+Z/Ctrl+Y work in the panel too). Files chosen for a
// visit not saved yet are kept pending (PendingAttachments) and stored with
// the visit's first save, in the same transaction.

#include "domain/Visit.h"
#include "services/AttachmentService.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUrl;

namespace vt {

class AttachmentListModel;
class DatabaseSession;
class PendingAttachments;

class AttachmentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsPanel(DatabaseSession &session, QWidget *parent = nullptr);

    // The visit as edited, with its database id (0: not saved yet).
    void setVisit(const Visit &visit);
    // Lists and adds only the attachments of one finding or update.
    void setFixedOwner(const AttachmentOwner &owner);
    // The owner new files are attached to.
    AttachmentOwner targetOwner() const;

    // Attaches the files; the ones refused are named with the reason below
    // the list. Returns how many were attached.
    // For a visit not saved yet: checks them and keeps them pending.
    int addFiles(const QStringList &paths);
    void removeSelected();
    // Puts back the attachment removed last (the undo stack's step, when it
    // is still the last one).
    bool undoRemoval();
    // The files pending for a visit not saved yet, read and checked for its
    // first save; false with the first problem.
    bool preparePending(QList<PreparedAttachment> *files, QString *error) const;
    QStringList pendingFiles() const;
    void clearPending();
    void openSelected();
    void saveSelectedCopy();

    // Replaces QDesktopServices::openUrl (tests).
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    QTableView *view() const { return m_view; }
    AttachmentListModel *model() const { return m_model; }
    QString message() const;

signals:
    // For an undo stack: the value restores the attachment (AttachmentService::restore).
    void attachmentRemoved(const vt::RemovedAttachment &removed);
    void attachmentsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void fillOwners();
    void updateState();
    void showMessage(const QString &text, bool problem);
    void createUndoActions();
    int addPending(const QStringList &paths);
    bool canTakeFiles() const;
    const AttachmentRecord *selected() const;

    DatabaseSession &m_session;
    AttachmentListModel *m_model = nullptr;
    Visit m_visit;
    std::optional<AttachmentOwner> m_fixedOwner;
    QList<AttachmentOwner> m_owners; // of the combo's items
    std::optional<RemovedAttachment> m_lastRemoved;
    int m_removalStep = -1; // the undo stack's index after the removal
    std::function<bool(const QUrl &)> m_opener;

    QLabel *m_note = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveCopyButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undoButton = nullptr;
    QWidget *m_buttons = nullptr;
    PendingAttachments *m_pending = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

// The attachments of one finding or follow-up update, from the editor.
class AttachmentsDialog final : public QDialog
{
    Q_OBJECT

public:
    AttachmentsDialog(DatabaseSession &session, const Visit &visit, const AttachmentOwner &owner,
                      const QString &title, QWidget *parent = nullptr);
    AttachmentsPanel *panel() const { return m_panel; }

private:
    AttachmentsPanel *m_panel = nullptr;
};

} // namespace vt
