#pragma once

// The writer's floor: what SQLite itself takes to store the rows of a file
// (every table, every index, the search index with the bodies our writer
// gives it) into a new file with the same schema and the same settings, one
// prepared INSERT per row through SQLite's C API, the values bound from
// memory, table after table, in one transaction. No parsing, no checking, no
// folding, no Qt: the import and the generator are compared with it, as the
// read figures are compared with the sqlite3 shell (docs/PERFORMANCE.md).

#include <QList>
#include <QPair>
#include <QString>

namespace vt {
class Database;
}

namespace vt::bench {

struct WriteFloor
{
    double seconds = 0; // from BEGIN to the end of COMMIT (with its automatic checkpoint)
    qint64 rows = 0;    // table rows inserted
    qint64 entries = 0; // search index entries inserted
    qint64 visits = 0;
    QList<QPair<QString, double>>
        secondsByTable; // in the order written; "search_index", "COMMIT" last
};

// Copies `source`'s rows into a new file at `targetPath` (replaced if there).
// False and *error when something fails.
bool measureWriteFloor(Database &source, const QString &targetPath, WriteFloor *floor,
                       QString *error);

} // namespace vt::bench
