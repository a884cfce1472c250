#pragma once

// The open database as the windows share it. Every change goes through here,
// and visitsChanged() tells every view to re-read, so no view goes stale.

#include "services/AttachmentService.h"
#include "services/EditHistory.h"
#include "services/FollowUp.h"
#include "services/ImportExport.h"
#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/Organisations.h"

#include <QObject>
#include <memory>
#include <optional>

class QUndoStack;

class QIODevice;

namespace vt {

struct Completions
{
    QStringList organisations;
    QStringList people;
    QStringList positions;
    QStringList areas;
    QStringList locations;
};

class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens another file; the current one stays open when that fails.
    bool open(const QString &filePath, QString *error);
    // Announces (fileClosing) that the open file is about to be replaced on
    // disk, e.g. by a restored backup.
    void prepareToReplaceFile() { emit fileClosing(); }
    bool isOpen() const;
    bool isReadOnly() const;
    QString filePath() const;
    Database &database();

    qint64 visitCount() const;
    std::optional<Visit> loadVisit(qint64 visitId, QString *error) const;
    // `pending` are files chosen before a new visit's first save: stored in
    // the same transaction, attached to the visit itself.
    SaveResult saveVisit(Visit &visit, const QList<PreparedAttachment> &pending = {});
    bool removeVisit(qint64 visitId, QString *error);
    // `path` locates the attachments the document lists (ImportExport.h).
    // From a device (a file), the document is read a piece at a time, twice:
    // once for what the undo step needs, once to import it.
    ImportResult importDocument(QIODevice &device, const QString &path = {},
                                const ImportProgress &progress = {});
    ImportResult importDocument(const QByteArray &json, const QString &path = {},
                                const ImportProgress &progress = {});
    // True while an import runs (its progress callback processes events):
    // nothing else may write then, e.g. an automatic backup.
    bool isBusy() const { return m_busy; }
    ImportResult loadSampleVisits();
    // `files` are attached to the new update in the same transaction: one
    // step with it.
    FollowUpResult addFollowUpUpdate(const NewFollowUpUpdate &request,
                                     const QList<PreparedAttachment> &files = {});
    bool setOrganisationParent(qint64 id, qint64 parentId, QString *error);
    bool setOrganisationKind(qint64 id, std::optional<OrganisationKind> kind, QString *error);
    // Attachments (services/AttachmentService.h), each change a step.
    std::optional<AttachmentRecord> addAttachment(const AttachmentOwner &owner,
                                                  const PreparedAttachment &file, QString *error);
    std::optional<RemovedAttachment> removeAttachment(qint64 id, QString *error);
    // A caption, credit or "print" already stored (the list model stores them).
    void recordAttachmentChange(const AttachmentRecord &before, const AttachmentRecord &after);

    // Every change made through the methods above is a step here, so it can
    // be undone and redone (gui/undo/); cleared when another file is opened.
    // At most kUndoLimit steps: older ones are dropped (and the file contents
    // they kept with them, gui/undo/KeptContent.h; docs/safety.md).
    static constexpr int kUndoLimit = 100;
    // Undo and redo of a step with this many visits show a progress dialog
    // (about a second's work; at 10,000, twenty).
    static constexpr qsizetype kProgressFromVisits = 500;
    QUndoStack *undoStack() const { return m_undoStack; }
    // Undo and redo of a step: makes the visits stand as the change's other
    // side if they stand as it says now, swapping the sides
    // (EditHistory::restore), then tells the views, or says why not with
    // stepRefused().
    // `step` names it in the progress dialog a large one shows ("Undoing
    // “Import 10,000 visits”…").
    enum class Direction
    {
        Undo,
        Redo
    };
    bool restoreVisits(RecordedChange &change, Direction direction, const QString &step);
    bool restoreOrganisation(const OrganisationRecord &from, const OrganisationRecord &to);
    // `taken`: the content of an attachment taken away (AttachmentService::apply).
    bool applyAttachment(const std::optional<AttachmentRecord> &from,
                         const std::optional<AttachmentRecord> &to, const QByteArray &content,
                         qint64 *storedId, QByteArray *taken = nullptr);

    // Tells the views that records changed through a path other than the
    // methods above (e.g. a follow-up update added by a service).
    void notifyChanged() { emit visitsChanged(); }

    // Read once and kept until records change or another file is opened:
    // each editor window asks for them, and at national scale they are tens
    // of thousands of names.
    Completions completions() const;
    std::optional<std::pair<QString, QString>> personDetails(const QString &name) const;

signals:
    void databaseOpened(const QString &filePath);
    // The open file is about to be closed or replaced: whatever reads it on
    // another thread (the automatic backup) must stop now.
    void fileClosing();
    void visitsChanged();
    void visitSaved(qint64 visitId);
    void visitRemoved(qint64 visitId);
    // Attachments of the visit were added, removed or described.
    void attachmentsChanged(qint64 visitId);
    // An undo or redo could not be done; nothing was changed.
    void stepRefused(const QString &message);

private:
    // Pushes the step `change` records (nothing when it is empty).
    void record(const QString &text, RecordedChange change);
    // Tells the user when a change made could not be recorded for undo.
    void reportUnkept(const QString &text, const RecordedChange &change);
    // The change with the attachment changes made around it as one step:
    // `filesBefore`, then the visits, then `filesAfter` (plain `record` when
    // no file changed).
    void recordWithFiles(const QString &text, QList<AttachmentChange> filesBefore,
                         RecordedChange change, QList<AttachmentChange> filesAfter);
    std::optional<OrganisationRecord> organisation(qint64 id) const;
    void recordOrganisation(const std::optional<OrganisationRecord> &before, const QString &text);
    std::optional<OrganisationRecord> organisationNamed(const QString &name) const;

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
    mutable std::optional<Completions> m_completions;
    bool m_busy = false;
};

} // namespace vt
