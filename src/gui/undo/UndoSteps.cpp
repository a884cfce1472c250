#include "gui/undo/UndoSteps.h"

#include "gui/DatabaseSession.h"

namespace vt {

QString stepTitle(const QString &title)
{
    constexpr int kLength = 48;
    return title.size() <= kLength ? title : title.left(kLength - 1) + QChar(0x2026);
}

VisitStep::VisitStep(DatabaseSession &session, const QString &text, RecordedChange change,
                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_change(std::move(change))
{
}

void VisitStep::undo()
{
    // The change swaps its sides each time (RecordedChange): undo and redo
    // are the same call.
    if (!m_session.restoreVisits(m_change, DatabaseSession::Direction::Undo, text()))
        setObsolete(true); // QUndoStack drops it: it can no longer be undone
}

void VisitStep::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (!m_session.restoreVisits(m_change, DatabaseSession::Direction::Redo, text()))
        setObsolete(true);
}

OrganisationStep::OrganisationStep(DatabaseSession &session, const QString &text,
                                   const OrganisationRecord &before,
                                   const OrganisationRecord &after, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_before(before), m_after(after)
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

AttachmentStep::AttachmentStep(DatabaseSession &session, const QString &text,
                               AttachmentChange change, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session), m_change(std::move(change))
{
    if (!m_change.after) // out of the database: the step keeps the bytes
        m_kept = KeptContent(m_change.content);
    m_change.content = QByteArray();
}

void AttachmentStep::undo()
{
    move(m_change.after, m_change.before);
}

void AttachmentStep::redo()
{
    if (std::exchange(m_done, false))
        return;
    move(m_change.before, m_change.after);
}

void AttachmentStep::move(const std::optional<AttachmentRecord> &from,
                          const std::optional<AttachmentRecord> &to)
{
    qint64 id = 0;
    const bool takingAway = from && !to;
    const bool puttingBack = to && !from;
    QByteArray taken;
    // Unreadable kept bytes: apply() refuses ("its content was not kept").
    const QByteArray content = puttingBack ? m_kept.bytes().value_or(QByteArray()) : QByteArray();
    if (!m_session.applyAttachment(from, to, content, &id,
                                   takingAway && m_kept.isEmpty() ? &taken : nullptr)) {
        setObsolete(true);
        return;
    }
    if (!taken.isEmpty())
        m_kept = KeptContent(taken);
    else if (puttingBack)
        m_kept = KeptContent(); // the database holds the bytes again
    // Put back under another id (its own was taken): the later steps name it so.
    if (id != 0) {
        if (m_change.before)
            m_change.before->id = id;
        if (m_change.after)
            m_change.after->id = id;
    }
}

void StepGroup::undo()
{
    for (int i = childCount() - 1; i >= 0; --i) {
        auto *step = const_cast<QUndoCommand *>(child(i));
        step->undo();
        if (step->isObsolete()) {
            setObsolete(true);
            return;
        }
    }
}

void StepGroup::redo()
{
    for (int i = 0; i < childCount(); ++i) {
        auto *step = const_cast<QUndoCommand *>(child(i));
        step->redo();
        if (step->isObsolete()) {
            setObsolete(true);
            return;
        }
    }
}

} // namespace vt
