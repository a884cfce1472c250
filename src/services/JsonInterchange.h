#pragma once

// The JSON interchange format, version 1 (docs/json-format.md, from
// INTERFACES.md). Reading checks everything and reports every error with its
// path; writing emits fields in a fixed order so that export -> import ->
// export is byte-identical.

#include "domain/Validation.h"
#include "domain/Visit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <memory>

class QIODevice;
#include <optional>

namespace vt {

struct ParsedDocument
{
    QList<Visit> visits;           // text normalised to NFC; ids are 0
    QList<ValidationIssue> errors; // paths like "visits[0].attendees[2].role"

    bool ok() const { return errors.isEmpty(); }
};

// Reads a document visit by visit, each once, in order: `next()` parses a
// visit, checks it and adds its problems to `errors()`, so an import of any
// size holds one parsed visit at a time (see JsonDocumentSplit.h for why that
// matters) and never parses one twice.
class InterchangeReader
{
public:
    enum class Mode
    {
        VisitByVisit,
        // Parses the document whole first: the fallback when a visit parses
        // differently alone than in its document (`mustReadWhole()`).
        WholeDocument
    };

    explicit InterchangeReader(const QByteArray &json, Mode mode = Mode::VisitByVisit);
    // Reads the document from `device` as next() is called, a piece at a
    // time (JsonDocumentStream.h): its envelope now, each visit when asked
    // for. A document shaped unlike this program's exports sets
    // mustReadWhole(), as does one that turns out not to be JSON: the caller
    // then reads it whole. The device must outlive the reader.
    explicit InterchangeReader(QIODevice &device);
    ~InterchangeReader();
    Q_DISABLE_COPY_MOVE(InterchangeReader)

    // Every problem found so far, with its path: the envelope's on
    // construction, then each visit's as it is read. Empty when everything
    // read so far can be imported.
    const QList<ValidationIssue> &errors() const { return m_errors; }
    // -1 when the document is streamed: its visits are counted as they come.
    qsizetype visitCount() const { return m_stream ? -1 : m_count; }
    // The next visit (text normalised to NFC, id 0) and its index;
    // std::nullopt after the last one, and when reading cannot go on: the
    // document is not JSON after all (errors() then holds only Qt's message
    // for the whole document, as if nothing had been read).
    std::optional<Visit> next();
    qsizetype lastIndex() const { return m_next - 1; }
    // Streamed: bytes of the document read so far, and its size (-1 when
    // unknown); 0 and -1 otherwise.
    qint64 position() const;
    qint64 size() const;
    // True when a visit failed to parse alone although the whole document is
    // JSON: what was read is void, read again with Mode::WholeDocument.
    bool mustReadWhole() const { return m_mustReadWhole; }

private:
    std::optional<QJsonObject> readWhole();
    void readEnvelopeOf(const QJsonObject &top);
    std::optional<Visit> nextStreamed();

    QByteArray m_json; // the pieces point into it
    QList<QByteArrayView> m_pieces;
    QJsonArray m_parsed; // instead of pieces, when the document is parsed whole
    struct Stream;
    std::unique_ptr<Stream> m_stream; // instead of both, when streamed
    bool m_envelopeWrong = false;     // streamed: the visits are not read
    bool m_wholeDocument = false;
    bool m_mustReadWhole = false;
    qsizetype m_count = 0;
    qsizetype m_next = 0;
    QHash<QString, qsizetype> m_indexOfRef;
    QList<ValidationIssue> m_errors;
};

// The whole document at once (small documents: the sample data, tests).
ParsedDocument readInterchange(const QByteArray &json);
QByteArray writeInterchange(const QList<Visit> &visits);

// The same document written a visit at a time, handed out in pieces: an
// export at national scale never holds every visit, or the whole text
// (1.7 GB at 100,000 visits), in memory. The pieces joined are the bytes
// writeInterchange gives.
class InterchangeWriter final
{
public:
    InterchangeWriter(); // the document's start
    ~InterchangeWriter();
    void add(const Visit &visit);
    // The text written since the last call, and its size.
    QByteArray takeWritten();
    qsizetype writtenSize() const;
    // The rest of the document, ending it.
    QByteArray finish();

private:
    struct Pieces; // the JSON writer (JsonWriter.cpp)
    std::unique_ptr<Pieces> m_text;
};
// One visit as the compact text of its object in the document (no newlines):
// the change history's record of a whole visit.
QByteArray writeVisitObject(const Visit &visit);
// The same object with each list of records replaced by how many it holds:
// the change history's record of a visit added, whose records are then the
// stored visit's own (every later change to them is logged with its values).
QByteArray writeVisitOutline(const Visit &visit);

} // namespace vt
