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

// Told how many of the document's visits are written so far, and how many it
// holds; returning false cancels the import (nothing is kept).
using ImportProgress = std::function<bool(qsizetype written, qsizetype total)>;

// `jsonPath` locates the attachments the document lists ("x-attachments",
// services/AttachmentInterchange.h); a missing or unreadable file means
// nothing is kept.
ImportResult importInterchange(Database &database, const QByteArray &json,
                               const QString &jsonPath = {}, const ImportProgress &progress = {});
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
