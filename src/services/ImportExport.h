#pragma once

// Import is all or nothing: every visit is validated first, then all are
// written in one transaction. A visit whose ref is already stored replaces it
// (idempotent import).

#include "services/JsonInterchange.h"

namespace vt {

class Database;

struct ImportResult
{
    bool ok = false;
    QList<ValidationIssue> errors; // from reading and validation, with paths
    QString error;                 // from storage
    int added = 0;
    int replaced = 0;
};

ImportResult importInterchange(Database &database, const QByteArray &json);
// Every stored visit, in date order.
std::optional<QByteArray> exportInterchange(Database &database, QString *error);

} // namespace vt
