#include "models/editor/IssueLocation.h"

#include <QRegularExpression>

namespace vt {

IssueLocation locateIssue(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z_]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z_]+)(?:\\[(\\d+)\\])?(?:\\.([A-"
                       "Za-z_]+))?)?$"));
    const QRegularExpressionMatch match = pattern.match(path);
    IssueLocation location;
    if (!match.hasMatch()) {
        location.section = path;
        return location;
    }
    auto number = [&](int group) {
        return match.hasCaptured(group) ? match.captured(group).toInt() : -1;
    };
    location.section = match.captured(1);
    location.row = number(2);
    location.field = match.captured(3);
    location.subRow = number(4);
    location.subField = match.captured(5);
    return location;
}

} // namespace vt
