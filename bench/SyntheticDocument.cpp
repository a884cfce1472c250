#include "SyntheticDocument.h"

#include "services/JsonInterchange.h"
#include "services/SyntheticVisits.h"

namespace vt::bench {

QByteArray syntheticDocument(int count, quint64 seed)
{
    InterchangeWriter writer;
    for (int n = 1; n <= count; ++n)
        writer.add(syntheticVisit(seed, n));
    QByteArray json = writer.takeWritten();
    json += writer.finish();
    return json;
}

} // namespace vt::bench
