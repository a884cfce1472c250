// libFuzzer target: what a user types into the search field (turned into an
// FTS5 query in storage/SearchIndex). Searched in a database holding the rich
// test fixture: any text must give results or none, never a crash or an SQL
// syntax error.

#include "FuzzSupport.h"

#include "services/ImportExport.h"
#include "storage/SearchIndex.h"

#include <QFile>

namespace {

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vt::fuzz::initialise(argc, argv);
    vt::fuzz::failOnWarnings();
    QFile fixture(QStringLiteral(VT_FUZZ_FIXTURE));
    if (!fixture.open(QIODevice::ReadOnly))
        vt::fuzz::fail("cannot read the fixture", fixture.fileName());
    const vt::ImportResult result =
        vt::importInterchange(vt::fuzz::scratch().database(), fixture.readAll());
    if (!result.ok)
        vt::fuzz::fail("cannot import the fixture", result.error);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(vt::fuzz::bytes(data, size));
    const vt::SearchIndex index(vt::fuzz::scratch().database());
    const QList<vt::SearchHit> hits = index.find(text, 20);
    if (hits.size() > 20)
        vt::fuzz::fail("more hits than the limit");
    const int count = index.count(text, 50);
    if (count < 0 || count > 50 || (count < 50 && hits.size() > count))
        vt::fuzz::fail("the count disagrees with the hits for", text);
    return 0;
}
