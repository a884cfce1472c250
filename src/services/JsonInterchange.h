#pragma once

// The JSON interchange format, version 1 (docs/json-format.md, from
// INTERFACES.md). Reading checks everything and reports every error with its
// path; writing emits fields in a fixed order so that export -> import ->
// export is byte-identical.

#include "domain/Validation.h"
#include "domain/Visit.h"

#include <QByteArray>
#include <QList>

namespace vt {

struct ParsedDocument
{
    QList<Visit> visits;           // text normalised to NFC; ids are 0
    QList<ValidationIssue> errors; // paths like "visits[0].attendees[2].role"

    bool ok() const { return errors.isEmpty(); }
};

ParsedDocument readInterchange(const QByteArray &json);
QByteArray writeInterchange(const QList<Visit> &visits);
// One visit as the compact text of its object in the document (no newlines):
// the change history's record of a whole visit.
QByteArray writeVisitObject(const Visit &visit);

} // namespace vt
