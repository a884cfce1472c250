#include "services/ImportExport.h"

#include "services/AttachmentInterchange.h"
#include "services/ChangeHistory.h"

#include "storage/Database.h"
#include "storage/VisitBatch.h"
#include "storage/VisitRepository.h"

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

} // namespace

ImportResult importInterchange(Database &database, const QByteArray &json, const QString &jsonPath)
{
    ImportResult result;
    // First every visit is read and checked, and every attachment file it
    // names (before the transaction starts); then each is read again and
    // written. Holding one parsed visit at a time keeps the heap small, which
    // makes the writing itself (SQLite's allocations) markedly faster.
    QList<ImportedAttachments> attachments;
    QList<ValidationIssue> attachmentErrors;
    const InterchangeReader reader(json, [&](Visit &visit, qsizetype index) {
        attachments.append(takeAttachments(visit, index, jsonPath, &attachmentErrors));
    });
    // The files matter only once the document itself is right.
    result.errors = reader.errors().isEmpty() ? attachmentErrors : reader.errors();
    if (!result.errors.isEmpty())
        return result;

    Transaction transaction(database);
    if (!transaction.isActive()) {
        result.error = Text::tr("Could not start the import: %1").arg(transaction.errorText());
        return result;
    }
    // One batch for the whole import: prepared statements and recorded names
    // are reused from visit to visit.
    VisitBatch batch(database);
    ChangeLog history(database);
    int added = 0;
    int replaced = 0;
    for (qsizetype i = 0; i < reader.visitCount(); ++i) {
        Visit visit = reader.visit(i);
        dropAttachmentFields(visit); // checked above, stored below
        visit.id = visit.ref.isEmpty() ? 0 : batch.idForRef(visit.ref);
        const bool replacing = visit.id != 0;
        QString error;
        const std::optional<Visit> before =
            replacing ? VisitRepository(database).load(visit.id, &error) : std::nullopt;
        if (!batch.save(visit, &error) || !history.append(changesBetween(before, visit), &error) ||
            !storeImportedAttachments(database, visit.id, attachments.at(i), &error)) {
            // The transaction's destructor rolls back what was written so far.
            result.error = Text::tr("Could not store %1: %2").arg(describe(visit, i), error);
            return result;
        }
        ++(replacing ? replaced : added);
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

std::optional<QByteArray> exportInterchange(Database &database, QString *error,
                                            const QString &jsonPath)
{
    // A transaction gives one consistent snapshot while other processes may
    // write. When the caller already holds one it does not start, and the
    // reads then run inside the caller's.
    Transaction snapshot(database);
    const VisitRepository repository(database);
    QList<Visit> visits;
    const QList<qint64> ids = repository.allIds();
    visits.reserve(ids.size());
    for (const qint64 id : ids) {
        QString loadError;
        std::optional<Visit> visit = repository.load(id, &loadError);
        if (!visit) {
            if (error)
                *error = Text::tr("Could not read visit %1: %2").arg(id).arg(loadError);
            return std::nullopt;
        }
        visits.append(std::move(*visit));
    }
    if (!exportAttachments(database, visits, jsonPath, error))
        return std::nullopt;
    return writeInterchange(visits);
}

} // namespace vt
