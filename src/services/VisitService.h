#pragma once

// Use cases on single visits, each in one transaction: validate, then save or
// delete; nothing is half-saved.

#include "domain/Validation.h"
#include "domain/Visit.h"

#include <functional>

namespace vt {

class Database;

struct SaveResult
{
    bool ok = false;
    QList<ValidationIssue> issues; // why the visit was not valid
    QString error;                 // why storing failed (disk full, read-only...)
};

class VisitService final
{
public:
    explicit VisitService(Database &database);

    // Normalises text to NFC, validates, and stores the visit with all its
    // records in one transaction; sets visit.id on success.
    // `alsoStore` writes more in the same transaction once the visit is
    // stored (files attached before its first save); false undoes it all.
    SaveResult save(Visit &visit,
                    const std::function<bool(const Visit &, QString *)> &alsoStore = {});
    bool remove(qint64 visitId, QString *error);
    std::optional<Visit> load(qint64 visitId, QString *error) const;

private:
    Database &m_database;
};

} // namespace vt
