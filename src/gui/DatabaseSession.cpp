#include "gui/DatabaseSession.h"

#include "gui/undo/AttachmentSnapshot.h"
#include "gui/undo/DocumentVisits.h"
#include "gui/undo/UndoSteps.h"
#include "services/DemoData.h"
#include "services/OrganisationService.h"
#include "storage/Attachments.h"
#include "storage/Lookups.h"
#include "storage/VisitRepository.h"

#include <QBuffer>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace vt {

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(kUndoLimit); // only while it is empty
    // Connected first, so every view that reacts to a change sees new lists.
    connect(this, &DatabaseSession::visitsChanged, this, [this] { m_completions.reset(); });
}

DatabaseSession::~DatabaseSession()
{
    // The stack, a child, clears itself when QObject deletes it and announces
    // its new index; the views listening must not be called back with a
    // session already half destroyed (UBSan: vptr of a QObject).
    m_undoStack->blockSignals(true);
    if (m_database)
        emit fileClosing();
}

bool DatabaseSession::open(const QString &filePath, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(filePath, error))
        return false;
    // Also for a file already closed (a restore closes it): its Database
    // goes now, and whoever kept a reference to it must let go.
    if (m_database)
        emit fileClosing();
    m_database = std::move(database);
    m_undoStack->clear(); // the steps belong to the file they were made in
    m_completions.reset();
    emit databaseOpened(m_database->filePath());
    emit visitsChanged();
    return true;
}

bool DatabaseSession::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool DatabaseSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

QString DatabaseSession::filePath() const
{
    return m_database ? m_database->filePath() : QString();
}

Database &DatabaseSession::database()
{
    Q_ASSERT(m_database);
    return *m_database;
}

qint64 DatabaseSession::visitCount() const
{
    return isOpen() ? VisitRepository(*m_database).count() : 0;
}

std::optional<Visit> DatabaseSession::loadVisit(qint64 visitId, QString *error) const
{
    return VisitService(*m_database).load(visitId, error);
}

SaveResult DatabaseSession::saveVisit(Visit &visit, const QList<PreparedAttachment> &pending)
{
    const bool isNew = visit.id == 0;
    ChangeRecording recording(*m_database, EditHistory(*m_database).reach(visit));
    QList<AttachmentChange> attached;
    const auto storePending = [&](const Visit &stored, QString *error) {
        AttachmentService service(*m_database);
        for (const PreparedAttachment &file : pending) {
            const auto record =
                service.addWithin(AttachmentOwner{stored.id, {}, -1, -1}, file, error);
            if (!record)
                return false;
            attached.append({std::nullopt, record, file.content});
        }
        return true;
    };
    SaveResult result = VisitService(*m_database).save(visit, storePending);
    if (result.ok) {
        const QString text =
            (isNew ? tr("Add visit “%1”") : tr("Edit visit “%1”")).arg(stepTitle(visit.title));
        const bool withFiles = !attached.isEmpty();
        recordWithFiles(text, {}, recording.finish({visit.id}), std::move(attached));
        if (withFiles)
            emit attachmentsChanged(visit.id);
        emit visitSaved(visit.id);
        emit visitsChanged();
    }
    return result;
}

bool DatabaseSession::removeVisit(qint64 visitId, QString *error)
{
    ChangeRecording recording(*m_database, EditHistory(*m_database).reach(visitId));
    const std::optional<Visit> visit = loadVisit(visitId, nullptr);
    // The attachments go with the visit: kept, so that undo brings them back.
    QList<AttachmentChange> attachments;
    const AttachmentService service(*m_database);
    for (const AttachmentRecord &record : service.list(visitId, nullptr)) {
        if (const auto content = service.content(record, nullptr))
            attachments.append({record, std::nullopt, *content});
    }
    if (!VisitService(*m_database).remove(visitId, error))
        return false;
    const QString text = tr("Delete visit “%1”").arg(stepTitle(visit ? visit->title : QString()));
    RecordedChange change = recording.finish();
    if (attachments.isEmpty() || change.isEmpty()) {
        record(text, std::move(change));
    } else {
        // Undone in reverse: the visit comes back, then its files.
        auto *group = new StepGroup(text);
        for (AttachmentChange &attachment : attachments)
            new AttachmentStep(*this, text, std::move(attachment), group);
        new VisitStep(*this, text, std::move(change), group);
        m_undoStack->push(group);
    }
    emit visitRemoved(visitId);
    emit visitsChanged();
    return true;
}

ImportResult DatabaseSession::importDocument(const QByteArray &json, const QString &path,
                                             const ImportProgress &progress)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importDocument(buffer, path, progress);
}

ImportResult DatabaseSession::importDocument(QIODevice &device, const QString &path,
                                             const ImportProgress &progress)
{
    if (device.isSequential()) { // cannot be read twice
        const QByteArray json = device.readAll();
        return importDocument(json, path, progress);
    }
    const QScopedValueRollback busy(m_busy, true);
    const qint64 start = device.pos();
    const DocumentOutline outline = outlineOf(device); // read once, for before and after
    if (!device.seek(start)) {
        ImportResult failed;
        failed.error = device.errorString();
        return failed;
    }
    const NamedVisits named = visitsNamedBy(*m_database, outline);
    ChangeRecording recording(*m_database, named.reach);
    // The files of a replaced visit go when the document lists others:
    // their contents are read now, so that undo can put them back.
    const AttachmentSnapshot attachments(*m_database, named.stored, named.listingAttachments,
                                         named.listedContents);
    ImportResult result = importInterchange(*m_database, device, path, progress);
    if (result.ok) {
        const QString text = tr("Import %Ln visit(s)", nullptr, result.added + result.replaced);
        const NamedVisits imported = visitsNamedBy(*m_database, outline);
        RecordedChange change = recording.finish(imported.reach);
        auto [removed, added] = attachments.changesSince(imported.stored);
        // Redone in order: the replaced files go, the visits come as
        // imported, their files come.
        recordWithFiles(text, std::move(removed), std::move(change), std::move(added));
        emit visitsChanged();
    }
    return result;
}

ImportResult DatabaseSession::loadSampleVisits()
{
    ChangeRecording recording(*m_database, visitsNamedIn(*m_database, demoDocument()).reach);
    // The organisations it places, as they stood: undo puts them back.
    QList<std::pair<QString, std::optional<OrganisationRecord>>> placed;
    for (const OrganisationPlacement &placement : demoHierarchy())
        placed.append({placement.name, organisationNamed(placement.name)});
    ImportResult result = loadDemoData(*m_database);
    if (result.ok) {
        const QString text = tr("Load sample visits");
        auto *group = new StepGroup(text);
        RecordedChange change = recording.finish(visitsNamedIn(*m_database, demoDocument()).reach);
        if (!change.isEmpty())
            new VisitStep(*this, text, std::move(change), group);
        for (const auto &[name, before] : std::as_const(placed)) {
            const std::optional<OrganisationRecord> after = organisationNamed(name);
            if (!after)
                continue;
            // Absent before: created by the import, with no parent and no kind.
            OrganisationRecord created;
            created.id = after->id;
            created.name = name;
            const OrganisationRecord earlier = before.value_or(created);
            if (earlier.parentId != after->parentId || earlier.kind != after->kind)
                new OrganisationStep(*this, text, earlier, *after, group);
        }
        if (group->childCount() > 0)
            m_undoStack->push(group);
        else
            delete group;
        emit visitsChanged();
    }
    return result;
}

FollowUpResult DatabaseSession::addFollowUpUpdate(const NewFollowUpUpdate &request,
                                                  const QList<PreparedAttachment> &files)
{
    FollowUp followUp(*m_database);
    const std::optional<FollowUpRow> row =
        followUp.recommendation(request.recommendationId, nullptr);
    ChangeRecording recording(*m_database, EditHistory(*m_database).reach(row ? row->visitId : 0));
    QList<AttachmentChange> attached;
    const auto storeFiles = [&](QString *error) {
        if (files.isEmpty())
            return true;
        // The update just appended: the latest of its recommendation.
        const std::optional<AttachmentOwner> owner =
            Attachments(*m_database).latestUpdateOf(request.recommendationId, error);
        if (!owner)
            return false;
        AttachmentService service(*m_database);
        for (const PreparedAttachment &file : files) {
            const auto record = service.addWithin(*owner, file, error);
            if (!record)
                return false;
            attached.append({std::nullopt, record, {}});
        }
        return true;
    };
    const FollowUpResult result = followUp.addUpdate(request, storeFiles);
    if (result.ok) {
        const QString text =
            tr("Follow-up update on “%1”").arg(stepTitle(row ? row->text : QString()));
        const qint64 filesVisitId =
            attached.isEmpty() ? 0 : attached.constFirst().after->owner.visitId;
        recordWithFiles(text, {}, recording.finish(), std::move(attached));
        if (filesVisitId != 0)
            emit attachmentsChanged(filesVisitId);
        if (row)
            emit visitSaved(row->visitId);
        emit visitsChanged();
    }
    return result;
}

bool DatabaseSession::setOrganisationParent(qint64 id, qint64 parentId, QString *error)
{
    const std::optional<OrganisationRecord> before = organisation(id);
    if (!OrganisationService(*m_database).setParent(id, parentId, error))
        return false;
    recordOrganisation(before, tr("Place “%1” in the hierarchy"));
    emit visitsChanged();
    return true;
}

bool DatabaseSession::setOrganisationKind(qint64 id, std::optional<OrganisationKind> kind,
                                          QString *error)
{
    const std::optional<OrganisationRecord> before = organisation(id);
    if (!OrganisationService(*m_database).setKind(id, kind, error))
        return false;
    recordOrganisation(before, tr("Set the kind of “%1”"));
    emit visitsChanged();
    return true;
}

std::optional<AttachmentRecord> DatabaseSession::addAttachment(const AttachmentOwner &owner,
                                                               const PreparedAttachment &file,
                                                               QString *error)
{
    std::optional<AttachmentRecord> added = AttachmentService(*m_database).add(owner, file, error);
    if (added) {
        m_undoStack->push(new AttachmentStep(*this, tr("Attach “%1”").arg(stepTitle(file.fileName)),
                                             {std::nullopt, added, file.content}));
        emit attachmentsChanged(owner.visitId);
    }
    return added;
}

std::optional<RemovedAttachment> DatabaseSession::removeAttachment(qint64 id, QString *error)
{
    std::optional<RemovedAttachment> removed = AttachmentService(*m_database).remove(id, error);
    if (removed) {
        m_undoStack->push(new AttachmentStep(
            *this, tr("Remove attachment “%1”").arg(stepTitle(removed->record.fileName)),
            {removed->record, std::nullopt, removed->content}));
        emit attachmentsChanged(removed->record.owner.visitId);
    }
    return removed;
}

std::optional<OrganisationRecord> DatabaseSession::organisation(qint64 id) const
{
    for (const OrganisationRecord &record : Organisations(*m_database).list(nullptr)) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

std::optional<OrganisationRecord> DatabaseSession::organisationNamed(const QString &name) const
{
    return Organisations(*m_database).byName(name, nullptr);
}

Completions DatabaseSession::completions() const
{
    if (!m_completions) {
        const Lookups lookups(*m_database);
        m_completions = Completions{lookups.organisationNames(), lookups.personNames(),
                                    lookups.positions(), lookups.areas(), lookups.locations()};
    }
    return *m_completions;
}

std::optional<std::pair<QString, QString>> DatabaseSession::personDetails(const QString &name) const
{
    const auto details = Lookups(*m_database).latestDetailsOf(name);
    if (!details)
        return std::nullopt;
    return std::make_pair(details->position, details->organisation);
}

} // namespace vt
