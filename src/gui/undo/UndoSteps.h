#pragma once

// The steps of the window-level undo stack (issue 7). Each step is a change
// already committed when it is pushed, so its first redo() does nothing;
// later undo() and redo() write the recorded states through the session. A
// step that cannot be undone or redone (the records changed since) is
// refused with a message and leaves the stack.

#include "services/EditHistory.h"
#include "storage/Organisations.h"

#include <QUndoCommand>

namespace vt {

class DatabaseSession;

// A change to visits: saved, added, deleted, imported, a follow-up update.
class VisitStep final : public QUndoCommand
{
public:
    VisitStep(DatabaseSession &session, const QString &text, RecordedChange change);

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
                     const OrganisationRecord &before, const OrganisationRecord &after);

    void undo() override;
    void redo() override;

private:
    DatabaseSession &m_session;
    OrganisationRecord m_before;
    OrganisationRecord m_after;
    bool m_done = true;
};

} // namespace vt
