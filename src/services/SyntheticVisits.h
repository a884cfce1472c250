#pragma once

// Synthetic visits for benchmarks (`generate --visits N [--seed S]`): realistic
// Vietnamese delegation visits across the 63 provinces and their districts,
// with attendees, figures, findings of every category, indicators measured
// again at later visits to the same host, and recommendations with follow-up.
// Visit n of a seed is always the same, and carries the ref "gen-<seed>-<n>",
// so generating again replaces rather than duplicates.

#include "domain/Visit.h"

#include <functional>

namespace vt {

class Database;

struct GenerateResult
{
    bool ok = false;
    QString error;
    int added = 0;
    int replaced = 0;
    qint64 elapsedMs = 0;
};

// Called after each committed batch with the visits written so far.
using GenerateProgress = std::function<void(int done, int total)>;

// Visit number n (1-based) of the data set of seed; a pure function.
Visit syntheticVisit(quint64 seed, int n);

// Writes visits 1..count of seed in transactions of kGenerateBatchSize visits.
// On failure the batches already committed stay (each is complete in itself).
inline constexpr int kGenerateBatchSize = 1000;
GenerateResult generateVisits(Database &database, int count, quint64 seed,
                              const GenerateProgress &progress = {});

} // namespace vt
