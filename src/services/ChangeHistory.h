#pragma once

// What changed between two versions of a visit, record by record, as entries
// of the change history (storage/ChangeLog.h). Records are compared in their
// interchange form (JSON v1 field names), so the history reads like the
// exported file: "findings[2]" with its text before and after.

#include "domain/Visit.h"
#include "storage/Attachments.h"
#include "storage/ChangeLog.h"
#include "storage/Organisations.h"

#include <optional>

namespace vt {

class Database;

// The operating-system user the history names.
QString currentUserName();

// The entries that turn `before` into `after` (either may be absent: an
// insert or a delete of the whole visit). Time and user are now and the
// current user; visitId is after's id, else before's.
QList<ChangeEntry> changesBetween(const std::optional<Visit> &before,
                                  const std::optional<Visit> &after);

// The entry for an organisation placed under another parent or given another
// kind: record "organisation", visitId 0 and the organisation's name as the
// title; empty when nothing changed.
QList<ChangeEntry> organisationChange(const OrganisationRecord &before,
                                      const OrganisationRecord &after);

// The entry for an attachment added (before absent), removed (after absent)
// or described (caption, credit, printed in the minutes): record
// "attachment", the owning visit's id and `visitTitle`; the values name the
// file, its size and SHA-256 and what it is attached to, never its content.
QList<ChangeEntry> attachmentChange(const QString &visitTitle,
                                    const std::optional<AttachmentRecord> &before,
                                    const std::optional<AttachmentRecord> &after);

// The entries for the attachments a visit's deletion takes with it (the
// database drops them with their visit): one "attachment" deletion each.
// Read before the visit is deleted; std::nullopt when they cannot be read.
std::optional<QList<ChangeEntry>> attachmentsDeletedWith(Database &database, qint64 visitId,
                                                         const QString &visitTitle, QString *error);

} // namespace vt
