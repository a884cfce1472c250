#include "storage/DeferredWrites.h"

#include <QHash>
#include <QMutex>

namespace vt::deferred_writes {
namespace {

// Connections live on one thread each, but the registry is shared.
QMutex registryMutex;
QHash<QString, DeferredWrites *> &registry()
{
    static QHash<QString, DeferredWrites *> writes;
    return writes;
}

} // namespace

void attach(const QString &connectionName, DeferredWrites *writes)
{
    const QMutexLocker lock(&registryMutex);
    if (writes)
        registry().insert(connectionName, writes);
    else
        registry().remove(connectionName);
}

DeferredWrites *of(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex);
    return registry().value(connectionName);
}

} // namespace vt::deferred_writes
