#include "services/ImportExport.h"

#include "services/AttachmentInterchange.h"
#include "services/ChangeHistory.h"
#include "services/ReadAhead.h"

#include "storage/Database.h"
#include "storage/VisitBatch.h"
#include "storage/VisitRepository.h"

#include <QBuffer>
#include <QCoreApplication>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::ImportExport)
};

QString describe(const Visit &visit, qsizetype index)
{
    return visit.ref.isEmpty()
               ? QStringLiteral("visits[%1]").arg(index)
               : QStringLiteral("visits[%1] (ref \"%2\")").arg(index).arg(visit.ref);
}

// How far into the document the reading has got once visits[index] is read,
// in bytes: told to the progress callback.
using ReadPosition = std::function<qint64(qsizetype index)>;

// A visit read and checked, with the attachment files it names, on its way
// from the reading thread to the writing one.
struct ReadVisit
{
    Visit visit;
    qsizetype index = 0;
    ImportedAttachments attachments;
    // The change history's entries should the visit be new, made on the
    // reading thread (they hold all of the visit, and take a while); visit id 0.
    QList<ChangeEntry> insertion;
    qint64 readTo = 0; // how far into the document the visit ends, in bytes
};

// What the reading thread found besides the visits, read by the writing
// thread only once the reading thread has returned.
struct ReadProblems
{
    QList<ValidationIssue> attachmentErrors;
    bool mustReadWhole = false;

    // The files matter only once the document itself is right.
    QList<ValidationIssue> errors(const InterchangeReader &reader) const
    {
        return reader.errors().isEmpty() ? attachmentErrors : reader.errors();
    }
};

// The reading thread: every visit is read and checked, and every attachment
// file it names; visits are handed over for writing until the first problem,
// after which the rest are only checked, so the user gets every problem at once.
void readVisits(InterchangeReader &reader, const QString &jsonPath, const ReadPosition &position,
                ReadProblems &problems, const ReadAhead<ReadVisit>::Put &put)
{
    while (std::optional<Visit> visit = reader.next()) {
        const qsizetype index = reader.lastIndex();
        ImportedAttachments files =
            takeAttachments(*visit, index, jsonPath, &problems.attachmentErrors);
        if (!reader.errors().isEmpty() || !problems.attachmentErrors.isEmpty())
            continue;
        dropAttachmentFields(*visit); // checked above, stored by the writer
        QList<ChangeEntry> insertion = changesBetween(std::nullopt, *visit);
        if (!put({std::move(*visit), index, std::move(files), std::move(insertion),
                  position(index)}))
            return;
    }
    problems.mustReadWhole = reader.mustReadWhole();
}

const QList<ChangeEntry> &withVisitId(QList<ChangeEntry> &entries, qint64 visitId)
{
    for (ChangeEntry &entry : entries)
        entry.visitId = visitId;
    return entries;
}

// Visits read ahead of the writer; enough to keep it busy, few enough to
// keep the heap small.
constexpr std::size_t kVisitsReadAhead = 16;

constexpr qsizetype kExportPieceBytes = 1 << 20;

} // namespace

// Outside the anonymous namespace: lupdate then finds Text's context.
// An empty result when the document must be read whole (mustReadWhole()).
static ImportResult importDocument(Database &database, InterchangeReader &reader,
                                   const QString &jsonPath, qint64 documentBytes,
                                   const ReadPosition &position, const ImportProgress &progress)
{
    ImportResult result;
    if (reader.mustReadWhole())
        return result;
    if (!reader.errors().isEmpty()) { // not JSON, or not an interchange document
        result.errors = reader.errors();
        return result;
    }
    Transaction transaction(database);
    if (!transaction.isActive()) {
        result.error = Text::tr("Could not start the import: %1").arg(transaction.errorText());
        return result;
    }
    // Visits are written as they are read, and the transaction is committed
    // only when the whole document was right: a problem anywhere means its
    // destructor rolls back everything written.
    // The reader is the other thread's from here.
    ReadProblems problems;
    ReadAhead<ReadVisit> ahead(kVisitsReadAhead, [&](const ReadAhead<ReadVisit>::Put &put) {
        readVisits(reader, jsonPath, position, problems, put);
    });
    // One batch for the whole import: prepared statements and recorded names
    // are reused from visit to visit.
    VisitBatch batch(database);
    const VisitRepository stored(database);
    ChangeLog history(database);
    int added = 0;
    int replaced = 0;
    while (std::optional<ReadVisit> read = ahead.take()) {
        Visit &visit = read->visit;
        visit.id = visit.ref.isEmpty() ? 0 : batch.idForRef(visit.ref);
        const bool replacing = visit.id != 0;
        QString error;
        const std::optional<Visit> before =
            replacing ? stored.load(visit.id, &error) : std::nullopt;
        // A visit stored exactly as the document has it is left alone:
        // rewriting it would change only its records' ids and the time of its
        // last change, and a re-import of an unchanged export of 10,000 visits
        // spent most of its half a minute doing that.
        const bool unchanged = before && *before == visit;
        if ((!unchanged && !batch.save(visit, &error)) ||
            (!unchanged && !history.append(replacing ? changesBetween(before, visit)
                                                     : withVisitId(read->insertion, visit.id),
                                           &error)) ||
            !storeImportedAttachments(database, visit.id, read->attachments, &error)) {
            ahead.stop();
            result.error =
                Text::tr("Could not store %1: %2").arg(describe(visit, read->index), error);
            return result;
        }
        ++(replacing ? replaced : added);
        const qint64 readTo = read->readTo;
        ahead.giveBack(std::move(*read)); // freed on the thread that read it
        if (progress && !progress(added + replaced, readTo, documentBytes)) {
            ahead.stop();
            result.cancelled = true;
            return result;
        }
    }
    ahead.stop(); // the reader has returned: its findings may be read
    if (problems.mustReadWhole)
        return {}; // the caller reads the document again, whole
    result.errors = problems.errors(reader);
    if (!result.errors.isEmpty())
        return result;
    // Everything is read; what is left is the commit.
    if (progress && !progress(added + replaced, documentBytes, documentBytes)) {
        result.cancelled = true;
        return result;
    }
    QString error;
    if (!transaction.commit(&error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    result.added = added;
    result.replaced = replaced;
    return result;
}

static bool mustReadWhole(const ImportResult &result)
{
    return !result.ok && !result.cancelled && result.errors.isEmpty() && result.error.isEmpty();
}

// Streamed from the device; an empty result when the document must be read whole.
static ImportResult importStreamed(Database &database, QIODevice &device, const QString &jsonPath,
                                   const ImportProgress &progress)
{
    InterchangeReader reader(device);
    // Its position is asked for on the reading thread, after each visit.
    return importDocument(
        database, reader, jsonPath, reader.size(), [&](qsizetype) { return reader.position(); },
        progress);
}

// The document held whole: cut into visits first, or, when a visit parses
// differently alone than in its document (InterchangeReader::mustReadWhole),
// parsed whole.
static ImportResult importWhole(Database &database, const QByteArray &json, const QString &jsonPath,
                                const ImportProgress &progress)
{
    ImportResult result;
    for (const auto mode :
         {InterchangeReader::Mode::VisitByVisit, InterchangeReader::Mode::WholeDocument}) {
        InterchangeReader reader(json, mode);
        const qsizetype count = qMax<qsizetype>(1, reader.visitCount());
        result = importDocument(
            database, reader, jsonPath, json.size(),
            [&](qsizetype index) { return json.size() * (index + 1) / count; }, progress);
        if (!mustReadWhole(result))
            break;
    }
    return result;
}

ImportResult importInterchange(Database &database, const QByteArray &json, const QString &jsonPath,
                               const ImportProgress &progress)
{
    // Streamed from memory too: the first visit is written while the rest
    // is still to be cut.
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    const ImportResult result = importStreamed(database, buffer, jsonPath, progress);
    return mustReadWhole(result) ? importWhole(database, json, jsonPath, progress) : result;
}

ImportResult importInterchange(Database &database, QIODevice &device, const QString &jsonPath,
                               const ImportProgress &progress)
{
    if (device.isSequential()) // cannot be read twice: whole from the start
        return importWhole(database, device.readAll(), jsonPath, progress);
    const qint64 start = device.pos();
    const ImportResult result = importStreamed(database, device, jsonPath, progress);
    if (!mustReadWhole(result))
        return result;
    // Nothing was kept; read again, whole.
    if (!device.seek(start)) {
        ImportResult failed;
        failed.error = Text::tr("Could not read the document again: %1").arg(device.errorString());
        return failed;
    }
    return importWhole(database, device.readAll(), jsonPath, progress);
}

bool exportInterchange(Database &database, QIODevice &out, QString *error, const QString &jsonPath)
{
    // A transaction gives one consistent snapshot while other processes may
    // write. When the caller already holds one it does not start, and the
    // reads then run inside the caller's.
    Transaction snapshot(database);
    const VisitRepository repository(database);
    AttachmentExport attachments(database, jsonPath);
    InterchangeWriter writer;
    const auto writeOut = [&](const QByteArray &text) {
        if (out.write(text) == text.size())
            return true;
        if (error)
            *error = out.errorString();
        return false;
    };
    for (const qint64 id : repository.allIds()) {
        QString loadError;
        std::optional<Visit> visit = repository.load(id, &loadError);
        if (!visit) {
            if (error)
                *error = Text::tr("Could not read visit %1: %2").arg(id).arg(loadError);
            return false;
        }
        if (!attachments.add(*visit, error))
            return false;
        writer.add(*visit);
        // Written out in pieces of about a megabyte: few system calls, little memory.
        if (writer.writtenSize() >= kExportPieceBytes && !writeOut(writer.takeWritten()))
            return false;
    }
    return writeOut(writer.takeWritten()) && writeOut(writer.finish());
}

std::optional<QByteArray> exportInterchange(Database &database, QString *error,
                                            const QString &jsonPath)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exportInterchange(database, buffer, error, jsonPath))
        return std::nullopt;
    return buffer.data();
}

} // namespace vt
