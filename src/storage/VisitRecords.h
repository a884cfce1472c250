#pragma once

// Writing and reading the rows of one visit (private to storage/; the public
// face is VisitRepository).

#include "domain/Visit.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace vt::records {

// Inserts (visit.id == 0) or updates the visit row and rewrites its children.
bool writeVisit(QSqlDatabase connection, Visit &visit, QString *error);
// nullopt with an empty error when there is no such visit.
std::optional<Visit> readVisit(QSqlDatabase connection, qint64 id, QString *error);

} // namespace vt::records
