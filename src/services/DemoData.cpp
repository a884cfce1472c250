#include "services/DemoData.h"

#include <QFile>
#include <QString>

// The sample visits live in resources/demo/sample-visits.json, compiled into
// the binary by qt_add_resources (src/services/CMakeLists.txt, PREFIX "/demo").
// qt_add_resources on a static library links the resource as object files into
// every consumer, so the resource registers itself: no Q_INIT_RESOURCE needed.

namespace vt {

QByteArray demoDocument()
{
    // QStringLiteral because the project builds with QT_NO_CAST_FROM_ASCII:
    // a bare "..." cannot become a QString implicitly (that would guess an
    // encoding); QStringLiteral builds the UTF-16 string at compile time.
    QFile file(QStringLiteral(":/demo/sample-visits.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not reachable in a correct build; import reports the empty document
    return file.readAll();
}

ImportResult loadDemoData(Database &database)
{
    // The sample visits carry refs, so loading twice replaces rather than
    // duplicates them.
    return importInterchange(database, demoDocument());
}

} // namespace vt
