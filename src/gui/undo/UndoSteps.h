#pragma once

// The steps of the window-level undo stack (issue 7). Each step is a change
// already committed when it is pushed, so its first redo() does nothing;
// later undo() and redo() write the recorded states through the session. A
// step that cannot be undone or redone (the records changed since) is
// refused with a message and leaves the stack.

#include "gui/undo/KeptContent.h"
#include "services/AttachmentService.h"
#include "services/EditHistory.h"
#include "storage/Organisations.h"

#include <QUndoCommand>

namespace vt {

class DatabaseSession;

// A title in a step's name ("Delete visit “…”"), short enough for a menu.
QString stepTitle(const QString &title);

// A change to visits: saved, added, deleted, imported, a follow-up update.
class VisitStep final : public QUndoCommand
{
public:
    VisitStep(DatabaseSession &session, const QString &text, RecordedChange change,
              QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatabaseSession &m_session;
    RecordedChange m_change;
    bool m_done = true; // pushed after the change was made
};

// An organisation placed under another or given a kind.
class OrganisationStep final : public QUndoCommand
{
public:
    OrganisationStep(DatabaseSession &session, const QString &text,
                     const OrganisationRecord &before, const OrganisationRecord &after,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatabaseSession &m_session;
    OrganisationRecord m_before;
    OrganisationRecord m_after;
    bool m_done = true;
};

// An attachment added, removed, or given another caption, credit or "print
// in the minutes": undo and redo put it back or take it away with the same
// metadata and content (AttachmentService::apply). The step keeps the bytes
// only while the attachment is out of the database: taking it away reads
// them in the same transaction, putting it back hands them to the database
// and lets them go. A step whose file is stored holds no content, and one
// that holds it keeps large contents on disk (KeptContent).
class AttachmentStep final : public QUndoCommand
{
public:
    AttachmentStep(DatabaseSession &session, const QString &text, AttachmentChange change,
                   QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void move(const std::optional<AttachmentRecord> &from,
              const std::optional<AttachmentRecord> &to);

    DatabaseSession &m_session;
    AttachmentChange m_change; // without content: kept below
    KeptContent m_kept;        // only while the attachment is out
    bool m_done = true;
};

// Steps made as one (a visit deleted with its attachments, a new visit saved
// with the files chosen before, an import with the files it brought or
// replaced, a follow-up update with its files): redo in order, undo in reverse; refused as
// a whole when a part is refused.
class StepGroup final : public QUndoCommand
{
public:
    explicit StepGroup(const QString &text) : QUndoCommand(text) {}

    void undo() override;
    void redo() override;
};

} // namespace vt
