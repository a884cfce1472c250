#pragma once

// The JSON interchange format, version 1 (docs/json-format.md, from
// INTERFACES.md). Reading checks everything and reports every error with its
// path; writing emits fields in a fixed order so that export -> import ->
// export is byte-identical.

#include "domain/Validation.h"
#include "domain/Visit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QList>

#include <functional>

namespace vt {

struct ParsedDocument
{
    QList<Visit> visits;           // text normalised to NFC; ids are 0
    QList<ValidationIssue> errors; // paths like "visits[0].attendees[2].role"

    bool ok() const { return errors.isEmpty(); }
};

// Reads a document visit by visit: every visit is read and checked once when
// the reader is made, and read again from the document's text when asked for,
// so an import of any size holds one parsed visit at a time (see
// JsonDocumentSplit.h for why that matters).
class InterchangeReader
{
public:
    // Sees each visit of the checking pass (problems or not), e.g. to check
    // the files its attachments name.
    using VisitInspector = std::function<void(Visit &visit, qsizetype index)>;

    explicit InterchangeReader(const QByteArray &json, const VisitInspector &inspect = {});

    // Every problem of the document, with its path; empty when it can be imported.
    const QList<ValidationIssue> &errors() const { return m_errors; }
    qsizetype visitCount() const { return m_count; }
    // visits[index], read again (text normalised to NFC, id 0).
    Visit visit(qsizetype index) const;

private:
    QJsonValue valueAt(qsizetype index) const;

    QByteArray m_json; // the pieces point into it
    QList<QByteArrayView> m_pieces;
    QJsonArray m_parsed; // instead of pieces, when the document had to be parsed whole
    bool m_wholeDocument = false;
    qsizetype m_count = 0;
    QList<ValidationIssue> m_errors;
};

// The whole document at once (small documents: the sample data, tests).
ParsedDocument readInterchange(const QByteArray &json);
QByteArray writeInterchange(const QList<Visit> &visits);
// One visit as the compact text of its object in the document (no newlines):
// the change history's record of a whole visit.
QByteArray writeVisitObject(const Visit &visit);

} // namespace vt
