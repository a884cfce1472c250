#include "services/SyntheticVisits.h"

#include "services/ReadAhead.h"

#include "storage/Database.h"
#include "storage/VisitBatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::SyntheticVisits)
};

// Enough to keep the writer busy.
constexpr std::size_t kVisitsMadeAhead = 32;

} // namespace

GenerateResult generateVisits(Database &database, int count, quint64 seed,
                              const GenerateProgress &progress)
{
    GenerateResult result;
    QElapsedTimer timer;
    timer.start();
    // One batch for all transactions: its statements and the ids of names it has
    // recorded stay valid because every transaction it writes in commits (on
    // failure the function returns and the batch goes).
    VisitBatch batch(database);
    // Transactions of kGenerateBatchSize visits keep the WAL bounded while
    // amortising commits.
    // The visits are made on a second thread while the first writes.
    ReadAhead<Visit> made(kVisitsMadeAhead, [&](const ReadAhead<Visit>::Put &put) {
        for (int n = 1; n <= count; ++n) {
            if (!put(syntheticVisit(seed, n)))
                return;
        }
    });
    for (int first = 1; first <= count; first += kGenerateBatchSize) {
        const int last = qMin(count, first + kGenerateBatchSize - 1);
        Transaction transaction(database);
        if (!transaction.isActive()) {
            result.error = Text::tr("Could not start writing synthetic visits: %1")
                               .arg(transaction.errorText());
            return result;
        }
        for (int n = first; n <= last; ++n) {
            std::optional<Visit> visit = made.take();
            Q_ASSERT(visit); // the producer makes `count` of them
            visit->id = batch.idForRef(visit->ref);
            const bool replacing = visit->id != 0;
            if (!batch.save(*visit, &result.error))
                return result;
            ++(replacing ? result.replaced : result.added);
            made.giveBack(std::move(*visit)); // freed on the thread that made it
        }
        if (!transaction.commit(&result.error))
            return result;
        if (progress)
            progress(last, count);
    }
    result.elapsedMs = timer.elapsed();
    result.ok = true;
    return result;
}

} // namespace vt
