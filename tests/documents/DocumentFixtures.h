#pragma once

// Shared by the document tests: a database with the sample visits, the
// hostile-text and the very large visit, and the poppler tools.

#include "domain/Visit.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace vt::test {

// Opens a new database in `folder` and loads the sample visits.
std::unique_ptr<Database> demoDatabase(const QString &folder);
// The id of the visit with this ref (0 when absent).
qint64 visitIdOf(Database &database, const QString &ref);
// The ref of the Long An visit of 7 June 2023.
QString longAnRef();

// User text that must print literally: markup, entities, quotes, tabs, line
// breaks, emoji, other scripts and right-to-left text.
QString hostileText();
Visit hostileVisit();
// 300 findings and 40 attendees; the last finding's text is lastFindingText().
Visit bigVisit();
QString lastFindingText();

// Runs a tool with arguments; its standard output, or a null string when the
// tool is missing or fails.
QString runTool(const QString &tool, const QStringList &arguments);
bool hasTool(const QString &tool);

} // namespace vt::test
