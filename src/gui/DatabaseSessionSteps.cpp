// The session's side of undo and redo: recording a step for a change just
// made, and applying a step's states when the stack undoes or redoes it
// (the steps themselves are in undo/UndoSteps).

#include "gui/DatabaseSession.h"

#include "gui/WaitCursor.h"
#include "gui/undo/UndoSteps.h"
#include "services/EditHistory.h"
#include "services/OrganisationService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QScopedValueRollback>
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

bool DatabaseSession::restoreVisits(RecordedChange &change, Direction direction,
                                    const QString &step)
{
    // The step of an import writes or removes thousands of visits: seconds,
    // up to half a minute at 10,000. A progress dialog then, without Cancel:
    // the undo stack has moved on when the command runs. Application-modal,
    // as an import's: the transaction is open while events are processed;
    // isBusy() keeps the automatic backup away.
    const WaitCursor wait;
    const QScopedValueRollback busy(m_busy, true);
    std::unique_ptr<QProgressDialog> dialog;
    EditHistory::Progress progress;
    QElapsedTimer clock;
    qint64 nextEventsAtMs = 0;
    if (change.size() >= kProgressFromVisits) {
        const QString doing = direction == Direction::Undo ? tr("Undoing “%1”…").arg(step)
                                                           : tr("Redoing “%1”…").arg(step);
        dialog = std::make_unique<QProgressDialog>(doing, QString(), 0, 1000,
                                                   QApplication::activeWindow());
        dialog->setObjectName(QStringLiteral("undoProgress"));
        dialog->setWindowTitle(tr("Undo and redo"));
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->setMinimumDuration(200);
        clock.start();
        progress = [&](qsizetype done, qsizetype total) {
            // Events every 20 ms, not after each visit (as the import does).
            if (clock.elapsed() < nextEventsAtMs)
                return;
            nextEventsAtMs = clock.elapsed() + 20;
            dialog->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        };
    }
    QString error;
    const bool restored = EditHistory(*m_database).restore(change, nullptr, &error, progress);
    if (dialog) {
        // Keys go back to the window the step was asked from (Ctrl+Shift+Z
        // next), also where no window manager hands focus back.
        QWidget *asking = dialog->parentWidget();
        dialog.reset();
        if (asking)
            asking->activateWindow();
    }
    if (!restored) {
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
