#pragma once

// Where a validation issue belongs in the editor, parsed from its path:
// "title" -> section "title"; "attendees[2].name" -> section "attendees",
// row 2, field "name"; "recommendations[0].updates[1].progress" -> also
// subRow 1 and subField "progress".

#include <QString>

namespace vt {

struct IssueLocation
{
    QString section;
    int row = -1;
    QString field;
    int subRow = -1;
    QString subField;
};

IssueLocation locateIssue(const QString &path);

} // namespace vt
