// The session's side of undo and redo: recording a step for a change just
// made, and applying a step's states when the stack undoes or redoes it
// (the steps themselves are in undo/UndoSteps).

#include "gui/DatabaseSession.h"

#include "gui/WaitCursor.h"
#include "gui/undo/UndoSteps.h"
#include "services/EditHistory.h"
#include "services/OrganisationService.h"

#include <QUndoStack>

namespace vt {

void DatabaseSession::recordAttachmentChange(const AttachmentRecord &before,
                                             const AttachmentRecord &after)
{
    // The content is not needed: the attachment stays, only its words change.
    m_undoStack->push(new AttachmentStep(
        *this, tr("Describe attachment “%1”").arg(stepTitle(after.fileName)), {before, after, {}}));
    emit attachmentsChanged(after.owner.visitId);
}

bool DatabaseSession::applyAttachment(const std::optional<AttachmentRecord> &from,
                                      const std::optional<AttachmentRecord> &to,
                                      const QByteArray &content, qint64 *storedId,
                                      QByteArray *taken)
{
    QString error;
    if (!AttachmentService(*m_database).apply(from, to, content, storedId, &error, taken)) {
        emit stepRefused(error);
        return false;
    }
    emit attachmentsChanged(to ? to->owner.visitId : from->owner.visitId);
    return true;
}

bool DatabaseSession::restoreVisits(RecordedChange &change)
{
    // The step of an import writes or removes thousands of visits: seconds.
    const WaitCursor busy;
    QString error;
    if (!EditHistory(*m_database).restore(change, nullptr, &error)) {
        emit stepRefused(error);
        return false;
    }
    for (const StateMark &now : std::as_const(change.current)) {
        if (now.present)
            emit visitSaved(now.visitId);
        else
            emit visitRemoved(now.visitId);
    }
    emit visitsChanged();
    return true;
}

bool DatabaseSession::restoreOrganisation(const OrganisationRecord &from,
                                          const OrganisationRecord &to)
{
    QString error;
    const std::optional<OrganisationRecord> now = organisation(from.id);
    if (!now || now->parentId != from.parentId || now->kind != from.kind) {
        emit stepRefused(tr("The organisation “%1” was changed after this step, and undoing or "
                            "redoing the step would overwrite that change. Nothing was changed.")
                             .arg(from.name));
        return false;
    }
    OrganisationService service(*m_database);
    if ((now->parentId != to.parentId && !service.setParent(to.id, to.parentId, &error)) ||
        (now->kind != to.kind && !service.setKind(to.id, to.kind, &error))) {
        emit stepRefused(error);
        return false;
    }
    emit visitsChanged();
    return true;
}

void DatabaseSession::record(const QString &text, RecordedChange change)
{
    if (!change.isEmpty())
        m_undoStack->push(new VisitStep(*this, text, std::move(change)));
    else
        reportUnkept(text, change);
}

void DatabaseSession::reportUnkept(const QString &text, const RecordedChange &change)
{
    // Done and saved, but without a way back: the user must know before
    // reaching for Undo (which would undo the step before this one).
    if (!change.problem.isEmpty())
        emit stepRefused(
            tr("“%1” was done and saved, but it cannot be undone: %2").arg(text, change.problem));
}

void DatabaseSession::recordWithFiles(const QString &text, QList<AttachmentChange> filesBefore,
                                      RecordedChange change, QList<AttachmentChange> filesAfter)
{
    if (filesBefore.isEmpty() && filesAfter.isEmpty()) {
        record(text, std::move(change));
        return;
    }
    // One step: redone in this order, undone in reverse (StepGroup).
    auto *group = new StepGroup(text);
    for (AttachmentChange &file : filesBefore)
        new AttachmentStep(*this, text, std::move(file), group);
    if (!change.isEmpty())
        new VisitStep(*this, text, std::move(change), group);
    else
        reportUnkept(text, change);
    for (AttachmentChange &file : filesAfter)
        new AttachmentStep(*this, text, std::move(file), group);
    m_undoStack->push(group);
}

void DatabaseSession::recordOrganisation(const std::optional<OrganisationRecord> &before,
                                         const QString &text)
{
    const std::optional<OrganisationRecord> after =
        before ? organisation(before->id) : std::nullopt;
    if (before && after && (before->parentId != after->parentId || before->kind != after->kind))
        m_undoStack->push(
            new OrganisationStep(*this, text.arg(stepTitle(before->name)), *before, *after));
}

} // namespace vt
