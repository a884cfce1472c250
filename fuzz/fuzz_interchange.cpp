// libFuzzer target: the JSON interchange reader and the import into a
// database. Any input must be refused with messages or imported; an imported
// document must export and read back to the same text (the round trip that
// docs/json-format.md promises).

#include "FuzzSupport.h"

#include "services/ImportExport.h"
#include "services/JsonDocumentSplit.h"
#include "services/JsonDocumentStream.h"
#include "services/JsonInterchange.h"

#include <QBuffer>

namespace {

int importsSinceRenewal = 0;

void checkRoundTrip(vt::Database &database)
{
    QString error;
    const std::optional<QByteArray> exported = vt::exportInterchange(database, &error);
    if (!exported)
        vt::fuzz::fail("export after a successful import failed:", error);
    const vt::ParsedDocument again = vt::readInterchange(*exported);
    if (!again.ok())
        vt::fuzz::fail("the exported document is refused:", again.errors.constFirst().message);
    if (vt::writeInterchange(again.visits) != *exported)
        vt::fuzz::fail("export -> read -> write changed the document");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vt::fuzz::initialise(argc, argv);
    return 0;
}

// The streamed document, read in small pieces, cuts what the splitter cuts
// whenever it reads to the end.
void checkStreamCuts(const QByteArray &json)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    vt::json::DocumentStream stream(device, 1 + json.size() % 7);
    QList<QByteArray> elements;
    if (stream.start()) {
        while (std::optional<QByteArray> element = stream.next())
            elements.append(*element);
    }
    if (stream.state() != vt::json::DocumentStream::State::Ended)
        return;
    // An element that is no JSON sends the reader to the whole document
    // (InterchangeReader::mustReadWhole); the splitter, which finds the end
    // of the array before its elements, may have cut that one differently.
    for (const QByteArray &element : std::as_const(elements)) {
        if (!vt::json::parseElement(element))
            return;
    }
    const std::optional<vt::json::DocumentPieces> pieces = vt::json::splitDocument(json);
    if (!pieces || pieces->envelope != stream.envelope() ||
        pieces->visits.size() != elements.size())
        vt::fuzz::fail("the stream cut the document unlike the splitter", QString());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (pieces->visits.at(i) != elements.at(i))
            vt::fuzz::fail("the stream cut a visit unlike the splitter", QString());
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = vt::fuzz::bytes(data, size);
    checkStreamCuts(json);
    const vt::ParsedDocument parsed = vt::readInterchange(json);
    for (const vt::ValidationIssue &issue : parsed.errors) {
        if (issue.message.isEmpty())
            vt::fuzz::fail("an error without a message at", issue.path);
    }

    vt::Database &database = vt::fuzz::scratch().database();
    const vt::ImportResult result = vt::importInterchange(database, json);
    if (result.ok && !parsed.ok())
        vt::fuzz::fail("a document the reader refuses was imported");
    if (!result.ok && result.errors.isEmpty() && result.error.isEmpty())
        vt::fuzz::fail("the import was refused without a message");
    if (result.ok) {
        checkRoundTrip(database);
        // Imports accumulate visits; start a fresh file now and then.
        if (++importsSinceRenewal >= 10) {
            importsSinceRenewal = 0;
            vt::fuzz::scratch().renew();
        }
    }
    return 0;
}
