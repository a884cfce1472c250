#include "gui/undo/UndoSteps.h"

#include "gui/DatabaseSession.h"

namespace vt {

VisitStep::VisitStep(DatabaseSession &session, const QString &text, RecordedChange change)
    : QUndoCommand(text), m_session(session), m_change(std::move(change))
{
}

void VisitStep::undo()
{
    if (!m_session.restoreVisits(m_change.after, m_change.before))
        setObsolete(true); // QUndoStack drops it: it can no longer be undone
}

void VisitStep::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (!m_session.restoreVisits(m_change.before, m_change.after))
        setObsolete(true);
}

OrganisationStep::OrganisationStep(DatabaseSession &session, const QString &text,
                                   const OrganisationRecord &before,
                                   const OrganisationRecord &after)
    : QUndoCommand(text), m_session(session), m_before(before), m_after(after)
{
}

void OrganisationStep::undo()
{
    if (!m_session.restoreOrganisation(m_after, m_before))
        setObsolete(true);
}

void OrganisationStep::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (!m_session.restoreOrganisation(m_before, m_after))
        setObsolete(true);
}

} // namespace vt
