#pragma once

// How the change history reads to its users. Entries are stored in the
// interchange's words (storage/ChangeLog.h: a record path such as
// "recommendations[0].updates[1]" and compact JSON with keys such as
// "due" or "kind"); the history dialog shows them with the labels of the
// forms the user edits them in, enum values by their display names, dates
// and numbers in the chosen language's locale.

#include <QCoreApplication>
#include <QString>

namespace vt {

class ChangeValueText
{
    Q_DECLARE_TR_FUNCTIONS(vt::ChangeValueText)

public:
    // "recommendations[0].updates[1]" -> "Recommendation 1 › follow-up update 2".
    static QString recordName(const QString &path);

    // {"due":"2023-12-31","status":"open"} stored for `path` ->
    // "Deadline: 31/12/2023; Status: Open". A whole visit shows its own fields
    // and how many records of each kind it holds. Unknown keys (a newer
    // program's) are shown as stored.
    static QString valueText(const QString &path, const QString &json);
};

} // namespace vt
