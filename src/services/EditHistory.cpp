#include "services/EditHistory.h"

#include "services/ChangeHistory.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecommendationPlaces.h"
#include "storage/VisitBatch.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <thread>

namespace vt {
namespace {

// The context lupdate records for the strings below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::EditHistory)
};

void appendOnce(QList<qint64> &ids, qint64 id)
{
    if (id != 0 && !ids.contains(id))
        ids.append(id);
}

// A visit as loaded, with its verdicts' recommendations named by place; the
// ids the verdicts held, in `verdictIds`.
std::optional<VisitState> captureOf(Database &database, const VisitRepository &repository,
                                    qint64 visitId, QList<qint64> *verdictIds, QString *error)
{
    VisitState state;
    state.visitId = visitId;
    state.visit = repository.load(visitId, error);
    if (!state.visit) {
        if (repository.contains(visitId))
            return std::nullopt; // there, but unreadable
        return state;
    }
    const RecommendationPlaces places(database);
    for (CarryOverVerdict &verdict : state.visit->carriedOver) {
        state.judged.append(
            places.placeOf(verdict.recommendationId, nullptr).value_or(RecommendationPlace{}));
        if (verdictIds)
            verdictIds->append(verdict.recommendationId);
        verdict.recommendationId = 0;
    }
    return state;
}

// How the visits stand now, in their order; nullopt when one could not be
// read. A long list (an import's) is read on two connections at once, the
// second on a thread of its own: reading back and fingerprinting the 10,000
// visits of an import took 6.4 s on one. Only committed states are read.
std::optional<QList<StateMark>> marksOf(Database &database, const QList<qint64> &ids)
{
    const auto marksFrom = [&ids](Database &source, qsizetype from,
                                  qsizetype to) -> std::optional<QList<StateMark>> {
        const VisitRepository repository(source);
        QList<StateMark> marks;
        marks.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const std::optional<VisitState> state =
                captureOf(source, repository, ids.at(i), nullptr, nullptr);
            if (!state)
                return std::nullopt;
            marks.append(
                {state->visitId, state->visit.has_value(), VisitStates::fingerprintOf(*state)});
        }
        return marks;
    };
    constexpr qsizetype kReadAlongsideFrom = 256;
    if (ids.size() < kReadAlongsideFrom || database.inTransaction())
        return marksFrom(database, 0, ids.size());
    const qsizetype half = ids.size() / 2;
    std::optional<QList<StateMark>> second;
    bool opened = false;
    const QString path = database.filePath();
    std::thread alongside([&] {
        Database reader; // its own connection, made and closed on this thread
        QString error;
        opened = reader.open(path, &error, Database::Access::ReadOnly);
        if (opened)
            second = marksFrom(reader, half, ids.size());
    });
    std::optional<QList<StateMark>> marks = marksFrom(database, 0, half);
    alongside.join();
    if (!opened) // a file another connection cannot open: read here
        second = marksFrom(database, half, ids.size());
    if (!marks || !second)
        return std::nullopt;
    marks->append(std::move(*second));
    return marks;
}

// The visit as it was loaded, for the change history.
std::optional<Visit> asLoaded(const VisitState &state, const QList<qint64> &verdictIds)
{
    std::optional<Visit> visit = state.visit;
    if (visit) {
        for (qsizetype i = 0; i < visit->carriedOver.size(); ++i)
            visit->carriedOver[i].recommendationId = verdictIds.value(i);
    }
    return visit;
}

} // namespace

EditHistory::EditHistory(Database &database) : m_database(database), m_visits(database) {}

QList<qint64> EditHistory::reach(const Visit &visit) const
{
    QList<qint64> ids = reach(visit.id);
    const RecommendationPlaces places(m_database);
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        if (const auto place = places.placeOf(verdict.recommendationId, nullptr))
            appendOnce(ids, place->visitId);
    }
    return ids;
}

QList<qint64> EditHistory::reach(qint64 visitId) const
{
    return reach(QList<qint64>{visitId});
}

QList<qint64> EditHistory::reach(const QList<qint64> &visitIds) const
{
    QList<qint64> ids;
    QSet<qint64> reached; // an import names up to every stored visit
    const auto add = [&](qint64 id) {
        if (id != 0 && !reached.contains(id)) {
            reached.insert(id);
            ids.append(id);
        }
    };
    CarryOverLinks links(m_database);
    for (const qint64 visitId : visitIds) {
        if (visitId == 0)
            continue;
        add(visitId);
        for (const qint64 earlier : links.visitsJudgedBy(visitId, nullptr))
            add(earlier);
        for (const qint64 later : links.visitsJudging(visitId, nullptr))
            add(later);
    }
    return ids;
}

std::optional<VisitState> EditHistory::capture(qint64 visitId, QString *error) const
{
    return captureOf(m_database, m_visits, visitId, nullptr, error);
}

bool EditHistory::restore(RecordedChange &change, QList<qint64> *changed, QString *error,
                          const Progress &progress)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_database.isReadOnly())
        return fail(Text::tr("The database “%1” is open read-only.").arg(m_database.filePath()));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(Text::tr("Could not change the database: %1").arg(transaction.errorText()));

    // Nothing is written unless every visit still stands as the step left it.
    // How they stand is kept (on disk when large): the way back.
    VisitRepository repository(m_database);
    VisitStates replaced;
    QList<QList<qint64>> replacedVerdictIds; // for the history
    const qsizetype count = change.current.size();
    const auto report = [&](qsizetype pass, qsizetype i) {
        if (progress)
            progress(pass * count + i, 3 * count);
    };
    for (qsizetype i = 0; i < count; ++i) {
        report(0, i);
        const StateMark &expected = change.current.at(i);
        QList<qint64> &verdictIds = replacedVerdictIds.emplace_back();
        const std::optional<VisitState> now =
            captureOf(m_database, m_visits, expected.visitId, &verdictIds, error);
        if (!now || !replaced.append(*now, error))
            return false;
        if (replaced.fingerprint(i) != expected.fingerprint) {
            const std::optional<VisitState> target = change.other.read(i, nullptr);
            QString title = QString::number(expected.visitId);
            if (now->visit)
                title = now->visit->title;
            else if (target && target->visit)
                title = target->visit->title;
            return fail(Text::tr("The visit “%1” was changed after this step, and undoing or "
                                 "redoing the step would overwrite that change. Nothing was "
                                 "changed.")
                            .arg(title));
        }
    }

    // Deletions, then every visit without its verdicts, then the verdicts: a
    // verdict needs the recommendation it judges, which may be written later.
    // Through a batch: an import's step writes thousands of visits, and the
    // batch keeps their search index changes in rowid order (VisitBatch.h).
    VisitBatch batch(m_database);
    // Logged as it goes: a deleted visit's entry holds all of it, and an
    // import's undo deletes thousands (170 MB of entries at 10,000).
    ChangeLog log(m_database);
    for (qsizetype i = 0; i < count; ++i) {
        if (change.other.holdsVisit(i) || !replaced.holdsVisit(i))
            continue;
        const std::optional<VisitState> now = replaced.read(i, error);
        if (!now)
            return false;
        const std::optional<QList<ChangeEntry>> attachments =
            attachmentsDeletedWith(m_database, now->visitId, now->visit->title, error);
        if (!attachments || !batch.remove(now->visitId, error) || !log.append(*attachments, error))
            return false;
    }
    struct HeldVerdicts
    {
        qint64 visitId;
        QList<CarryOverVerdict> verdicts;
        QList<RecommendationPlace> judged;
    };
    QList<HeldVerdicts> held;
    for (qsizetype i = 0; i < count; ++i) {
        report(1, i);
        if (!change.other.holdsVisit(i))
            continue;
        std::optional<VisitState> state = change.other.read(i, error);
        if (!state)
            return false;
        Visit &visit = *state->visit;
        held.append({state->visitId, std::exchange(visit.carriedOver, {}), state->judged});
        if (!(replaced.holdsVisit(i) ? batch.save(visit, error) : batch.recreate(visit, error)))
            return false;
    }
    const RecommendationPlaces places(m_database);
    for (const HeldVerdicts &state : std::as_const(held)) {
        QList<CarryOverVerdict> verdicts;
        for (qsizetype i = 0; i < state.verdicts.size(); ++i) {
            CarryOverVerdict verdict = state.verdicts.at(i);
            verdict.recommendationId = places.find(state.judged.value(i), nullptr);
            if (verdict.recommendationId != 0) // else the recommendation is gone, and so is this
                verdicts.append(verdict);
        }
        if (!repository.saveVerdicts(state.visitId, verdicts, error))
            return false;
    }

    QList<StateMark> marks;
    for (qsizetype i = 0; i < count; ++i) {
        report(2, i);
        const qint64 visitId = change.current.at(i).visitId;
        std::optional<Visit> before;
        if (replaced.holdsVisit(i)) {
            const std::optional<VisitState> now = replaced.read(i, error);
            if (!now)
                return false;
            before = asLoaded(*now, replacedVerdictIds.at(i));
        }
        const std::optional<Visit> after =
            change.other.holdsVisit(i) ? repository.load(visitId, nullptr) : std::nullopt;
        if (!log.append(changesBetween(before, after), error))
            return false;
        marks.append({visitId, change.other.holdsVisit(i), change.other.fingerprint(i)});
        if (changed)
            changed->append(visitId);
    }
    report(3, 0);
    if (!transaction.commit(error))
        return false;
    change.current = std::move(marks);
    change.other = std::move(replaced);
    return true;
}

ChangeRecording::ChangeRecording(Database &database, const QList<qint64> &visitIds)
    : m_database(database)
{
    const EditHistory history(database);
    for (const qint64 id : visitIds) {
        const std::optional<VisitState> state = history.capture(id, nullptr);
        if (!state || !m_before.append(*state, &m_problem)) {
            m_ok = false;
            return;
        }
    }
}

RecordedChange ChangeRecording::finish(const QList<qint64> &added)
{
    RecordedChange change;
    change.problem = m_problem;
    if (!m_ok)
        return change;
    const auto unkept = [](const QString &problem) {
        RecordedChange none;
        none.problem = problem;
        return none;
    };
    // A set, not a scan: an import adds 10,000 visits, and a scan of the
    // growing list for each was 50 million comparisons.
    QSet<qint64> known;
    for (qsizetype i = 0; i < m_before.size(); ++i)
        known.insert(m_before.visitId(i));
    QString error;
    for (const qint64 id : added) {
        if (!known.contains(id)) {
            known.insert(id);
            if (!m_before.append(VisitState{id, std::nullopt, {}}, &error))
                return unkept(error);
        }
    }
    // Only what changed is kept (the rest may change freely later), and of
    // the states after, only their fingerprints.
    QList<qint64> ids;
    ids.reserve(m_before.size());
    for (qsizetype i = 0; i < m_before.size(); ++i)
        ids.append(m_before.visitId(i));
    const std::optional<QList<StateMark>> now = marksOf(m_database, ids);
    if (!now)
        return {};
    for (qsizetype i = 0; i < m_before.size(); ++i) {
        if (now->at(i).fingerprint == m_before.fingerprint(i))
            continue;
        if (!change.other.appendFrom(m_before, i, &error))
            return unkept(error);
        change.current.append(now->at(i));
    }
    return change;
}

} // namespace vt
