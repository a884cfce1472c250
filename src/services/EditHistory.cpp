#include "services/EditHistory.h"

#include "services/ChangeHistory.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecommendationQueries.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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

QString titleOf(const VisitState &a, const VisitState &b)
{
    if (a.visit)
        return a.visit->title;
    return b.visit ? b.visit->title : QString::number(a.visitId);
}

const VisitState *stateOf(const QList<VisitState> &states, qint64 visitId)
{
    for (const VisitState &state : states) {
        if (state.visitId == visitId)
            return &state;
    }
    return nullptr;
}

} // namespace

EditHistory::EditHistory(Database &database) : m_database(database) {}

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
    QList<qint64> ids;
    if (visitId == 0)
        return ids;
    ids.append(visitId);
    const RecommendationPlaces places(m_database);
    for (const CarryOverVerdict &verdict :
         RecommendationQueries(m_database).verdictsOf(visitId, nullptr)) {
        if (const auto place = places.placeOf(verdict.recommendationId, nullptr))
            appendOnce(ids, place->visitId);
    }
    for (const qint64 later : places.visitsJudging(visitId, nullptr))
        appendOnce(ids, later);
    return ids;
}

std::optional<VisitState> EditHistory::capture(qint64 visitId, QString *error) const
{
    VisitState state;
    state.visitId = visitId;
    const VisitRepository repository(m_database);
    state.visit = repository.load(visitId, error);
    if (!state.visit) {
        if (repository.contains(visitId))
            return std::nullopt; // there, but unreadable
        return state;
    }
    const RecommendationPlaces places(m_database);
    for (CarryOverVerdict &verdict : state.visit->carriedOver) {
        state.judged.append(
            places.placeOf(verdict.recommendationId, nullptr).value_or(RecommendationPlace{}));
        verdict.recommendationId = 0;
    }
    return state;
}

bool EditHistory::restore(const QList<VisitState> &from, const QList<VisitState> &to,
                          QList<qint64> *changed, QString *error)
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
    VisitRepository repository(m_database);
    QHash<qint64, std::optional<Visit>> stored; // as loaded, for the history
    for (const VisitState &expected : from) {
        const std::optional<VisitState> current = capture(expected.visitId, error);
        if (!current)
            return false;
        if (*current != expected) {
            const VisitState *target = stateOf(to, expected.visitId);
            return fail(
                Text::tr("The visit “%1” was changed after this step, and undoing or redoing "
                         "the step would overwrite that change. Nothing was changed.")
                    .arg(titleOf(expected, target ? *target : expected)));
        }
        stored.insert(expected.visitId, repository.load(expected.visitId, nullptr));
    }

    // Deletions, then every visit without its verdicts, then the verdicts: a
    // verdict needs the recommendation it judges, which may be written later.
    QList<const VisitState *> written;
    QList<ChangeEntry> changes;
    for (const VisitState &state : to) {
        const std::optional<Visit> &now = stored.value(state.visitId);
        if (state.visit || !now)
            continue;
        const std::optional<QList<ChangeEntry>> attachments =
            attachmentsDeletedWith(m_database, state.visitId, now->title, error);
        if (!attachments || !repository.remove(state.visitId, error))
            return false;
        changes += *attachments;
    }
    for (const VisitState &state : to) {
        if (!state.visit)
            continue;
        Visit visit = *state.visit;
        visit.carriedOver.clear();
        if (!(stored.value(state.visitId) ? repository.save(visit, error)
                                          : repository.recreate(visit, error)))
            return false;
        written.append(&state);
    }
    const RecommendationPlaces places(m_database);
    for (const VisitState *state : std::as_const(written)) {
        QList<CarryOverVerdict> verdicts;
        for (qsizetype i = 0; i < state->visit->carriedOver.size(); ++i) {
            CarryOverVerdict verdict = state->visit->carriedOver.at(i);
            verdict.recommendationId = places.find(state->judged.value(i), nullptr);
            if (verdict.recommendationId != 0) // else the recommendation is gone, and so is this
                verdicts.append(verdict);
        }
        if (!repository.saveVerdicts(state->visitId, verdicts, error))
            return false;
    }

    for (const VisitState &state : to) {
        changes +=
            changesBetween(stored.value(state.visitId),
                           state.visit ? repository.load(state.visitId, nullptr) : std::nullopt);
        if (changed)
            changed->append(state.visitId);
    }
    return ChangeLog(m_database).append(changes, error) && transaction.commit(error);
}

ChangeRecording::ChangeRecording(Database &database, const QList<qint64> &visitIds)
    : m_database(database)
{
    const EditHistory history(database);
    for (const qint64 id : visitIds) {
        const std::optional<VisitState> state = history.capture(id, nullptr);
        m_ok = m_ok && state.has_value();
        if (state)
            m_before.append(*state);
    }
}

RecordedChange ChangeRecording::finish(const QList<qint64> &added)
{
    RecordedChange change;
    if (!m_ok)
        return change;
    QList<VisitState> before = m_before;
    // A set, not stateOf(): an import adds 10,000 visits, and a scan of the
    // growing list for each was 50 million comparisons.
    QSet<qint64> known;
    for (const VisitState &state : std::as_const(before))
        known.insert(state.visitId);
    for (const qint64 id : added) {
        if (!known.contains(id)) {
            known.insert(id);
            before.append(VisitState{id, std::nullopt, {}});
        }
    }
    const EditHistory history(m_database);
    for (const VisitState &earlier : std::as_const(before)) {
        const std::optional<VisitState> later = history.capture(earlier.visitId, nullptr);
        if (!later)
            return {};
        if (*later != earlier) { // only what changed: the rest may change freely later
            change.before.append(earlier);
            change.after.append(*later);
        }
    }
    return change;
}

} // namespace vt
