// The child rows of a visit: attendees, report figures, findings,
// indicators, recommendations with their links to findings and their
// follow-up updates. Rewritten whole on every save (VisitWriting.cpp
// removes the old ones first).

#include "storage/SqlValues.h"
#include "storage/VisitWriter.h"

#include "domain/TextFolding.h"

#include <QHash>

namespace vt::records {

using sql::dateValue;
using sql::extensionsValue;
using sql::optionalText;
using sql::requiredText;

bool VisitWriter::writeAttendees(const Visit &visit, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO attendees (visit_id, seq, person_id, name, position,"
                       " organisation, side, role, present, note, extensions)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        visit.attendees,
        [&] { return sql::Text::tr("Could not save the attendees of “%1”").arg(visit.title); },
        error,
        [&](const Attendee &a, qsizetype seq, QVariantList *values, QString *rowError) {
            QVariant personId;
            QVariant organisationId;
            QVariant positionId;
            if (!m_people.idOf(a.name, &personId, rowError) ||
                !m_organisations.idOf(a.organisation, &organisationId, rowError) ||
                !m_positions.idOf(a.position, &positionId, rowError))
                return false;
            *values = {visit.id,
                       qint64(seq),
                       personId,
                       requiredText(a.name),
                       optionalText(a.position),
                       optionalText(a.organisation),
                       toKey(a.side),
                       toKey(a.role),
                       a.present ? 1 : 0,
                       optionalText(a.note),
                       extensionsValue(a.extensions)};
            return true;
        });
}

bool VisitWriter::writeFigures(const Visit &visit, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO report_figures (visit_id, seq, label, value, unit, as_of,"
                       " extensions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        visit.figures,
        [&] { return sql::Text::tr("Could not save the report figures of “%1”").arg(visit.title); },
        error,
        [&](const ReportFigure &f, qsizetype seq, QVariantList *values, QString *) {
            *values = {visit.id,
                       qint64(seq),
                       requiredText(f.label),
                       f.value,
                       optionalText(f.unit),
                       dateValue(f.asOf),
                       extensionsValue(f.extensions)};
            return true;
        });
}

bool VisitWriter::writeFindings(const Visit &visit, QString *error)
{
    m_findingIds.clear();
    m_findingFolds.clear();
    return insertRows(
        QStringLiteral("INSERT INTO findings (visit_id, seq, key, category, area, text,"
                       " organisation, text_fold, extensions)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        visit.findings,
        [&] { return sql::Text::tr("Could not save the findings of “%1”").arg(visit.title); },
        error,
        [&](const Finding &f, qsizetype seq, QVariantList *values, QString *) {
            *values = {visit.id,
                       qint64(seq),
                       optionalText(f.key),
                       toKey(f.category),
                       optionalText(f.area),
                       requiredText(f.text),
                       optionalText(f.organisation),
                       m_findingFolds.emplace_back(foldForSearch(f.text)),
                       extensionsValue(f.extensions)};
            return true;
        },
        &m_findingIds);
}

bool VisitWriter::writeIndicators(const Visit &visit, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO indicators (visit_id, seq, name, unit, period, target,"
                       " actual, as_of, extensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        visit.indicators,
        [&] { return sql::Text::tr("Could not save the indicators of “%1”").arg(visit.title); },
        error,
        [&](const Indicator &i, qsizetype seq, QVariantList *values, QString *) {
            *values = {visit.id,
                       qint64(seq),
                       requiredText(i.name),
                       optionalText(i.unit),
                       optionalText(i.period),
                       sql::optionalNumber(i.target),
                       i.actual,
                       dateValue(i.asOf),
                       extensionsValue(i.extensions)};
            return true;
        });
}

bool VisitWriter::writeRecommendations(const Visit &visit, QString *error)
{
    // Finding keys of this visit -> the ids just inserted for them.
    QHash<QString, qint64> findingIdOfKey;
    for (qsizetype i = 0; i < visit.findings.size(); ++i) {
        if (!visit.findings.at(i).key.isEmpty())
            findingIdOfKey.insert(visit.findings.at(i).key, m_findingIds.at(i));
    }
    QList<qint64> &ids = m_recommendationIds;
    ids.clear();
    m_recommendationFolds.clear();
    const bool ok = insertRows(
        QStringLiteral("INSERT INTO recommendations (visit_id, seq, text, responsible, due,"
                       " status, completed, text_fold, extensions, last_update_date)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        visit.recommendations,
        [&] {
            return sql::Text::tr("Could not save the recommendations of “%1”").arg(visit.title);
        },
        error,
        [&](const Recommendation &r, qsizetype seq, QVariantList *values, QString *) {
            *values = {visit.id, qint64(seq), requiredText(r.text), optionalText(r.responsible),
                       dateValue(r.due), toKey(r.status), dateValue(r.completed),
                       m_recommendationFolds.emplace_back(foldForSearch(r.text)),
                       extensionsValue(r.extensions),
                       // The follow-up list's order (MigrationV14.cpp): the
                       // latest update is the last, as the updates' seq says.
                       r.updates.isEmpty() ? QVariant() : dateValue(r.updates.constLast().date)};
            return true;
        },
        &ids);
    if (!ok)
        return false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Recommendation &recommendation = visit.recommendations.at(i);
        if (!writeAddresses(ids.at(i), recommendation, findingIdOfKey, error) ||
            !writeUpdates(ids.at(i), recommendation, error))
            return false;
    }
    return true;
}

bool VisitWriter::writeAddresses(qint64 recommendationId, const Recommendation &recommendation,
                                 const QHash<QString, qint64> &findingIdOfKey, QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO recommendation_findings (recommendation_id, finding_id, seq)"
                       " VALUES (?, ?, ?)"),
        recommendation.addresses,
        [&] {
            return sql::Text::tr("Could not link the recommendation “%1” to its findings")
                .arg(recommendation.text);
        },
        error,
        [&](const QString &key, qsizetype seq, QVariantList *values, QString *rowError) {
            const auto found = findingIdOfKey.constFind(key);
            if (found == findingIdOfKey.cend()) {
                if (rowError)
                    *rowError =
                        sql::Text::tr("Could not save the recommendation “%1”: it addresses the "
                                      "finding “%2”, which the visit does not have.")
                            .arg(recommendation.text, key);
                return false;
            }
            *values = {recommendationId, *found, qint64(seq)};
            return true;
        });
}

bool VisitWriter::writeUpdates(qint64 recommendationId, const Recommendation &recommendation,
                               QString *error)
{
    return insertRows(
        QStringLiteral("INSERT INTO follow_up_updates (recommendation_id, seq, date, note,"
                       " progress, evidence, extensions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        recommendation.updates,
        [&] {
            return sql::Text::tr("Could not save the follow-up of the recommendation “%1”")
                .arg(recommendation.text);
        },
        error,
        [&](const FollowUpUpdate &u, qsizetype seq, QVariantList *values, QString *) {
            *values = {recommendationId,
                       qint64(seq),
                       dateValue(u.date),
                       optionalText(u.note),
                       sql::optionalNumber(u.progress),
                       optionalText(u.evidence),
                       extensionsValue(u.extensions)};
            return true;
        });
}

} // namespace vt::records
