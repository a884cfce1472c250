#pragma once

// Import is all or nothing: the visits are written in one transaction as they
// are read and checked (on a second thread), and it is committed only when
// every visit and every attachment file was right. A visit whose ref is
// already stored replaces it (idempotent import).

#include "services/JsonInterchange.h"

#include <functional>

class QIODevice;

namespace vt {

class Database;

struct ImportResult
{
    bool ok = false;
    QList<ValidationIssue> errors; // from reading and validation, with paths
    QString error;                 // from storage
    int added = 0;
    int replaced = 0;
    bool cancelled = false; // by the progress callback; nothing was kept
};

// Told how many visits are written so far, and how far into the document
// they go (bytes read of all of them; documentBytes is -1 when unknown). Once
// every visit is written it is told readBytes == documentBytes, before the
// commit. Returning false cancels the import (nothing is kept).
using ImportProgress =
    std::function<bool(qsizetype written, qint64 readBytes, qint64 documentBytes)>;

// `jsonPath` locates the attachments the document lists ("x-attachments",
// services/AttachmentInterchange.h); a missing or unreadable file means
// nothing is kept.
ImportResult importInterchange(Database &database, const QByteArray &json,
                               const QString &jsonPath = {}, const ImportProgress &progress = {});
// The same, read from `device` (at its position) a piece at a time as the
// visits are written: the document is never held whole, unless it is shaped
// unlike this program's exports (services/JsonDocumentStream.h) or `device`
// is sequential. A read error is one of the result's errors.
ImportResult importInterchange(Database &database, QIODevice &device, const QString &jsonPath = {},
                               const ImportProgress &progress = {});
// Every stored visit, in date order, written to `out` a visit at a time (at
// 100,000 visits the document is 1.7 GB: it is never held whole). With the
// path of the JSON file to be written (not "-"), the attachments are written
// beside it and listed. False, with the reason, when a visit cannot be read
// or `out` cannot be written.
bool exportInterchange(Database &database, QIODevice &out, QString *error,
                       const QString &jsonPath = {});
// The same document whole, for small databases (tests, the sample data).
std::optional<QByteArray> exportInterchange(Database &database, QString *error,
                                            const QString &jsonPath = {});

} // namespace vt
