#pragma once

// Rules a visit must satisfy before it is stored, shared by the editor (which
// shows each issue beside its field) and by import (which prints each with its
// path). Paths use the interchange format's field names: "end_date",
// "attendees[2].name", "recommendations[0].updates[1].progress".

#include "domain/Visit.h"

#include <QList>
#include <QString>

namespace vt {

struct ValidationIssue
{
    QString path;
    QString message;

    bool operator==(const ValidationIssue &) const = default;
};

QList<ValidationIssue> validateVisit(const Visit &visit);

} // namespace vt
