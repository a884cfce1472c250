#include "storage/CarryOverRecords.h"
#include "storage/NameRegister.h"
#include "storage/SearchIndex.h"
#include "storage/SearchTerms.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"
#include "storage/VisitRecords.h"

#include "domain/TextFolding.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace vt::records {
namespace {

using sql::dateValue;
using sql::extensionsValue;
using sql::optionalText;
using sql::requiredText;

// The folded text the visit list filter searches; words never span fields
// because the filter splits its words on whitespace.
// The folded names the visit row and the search index share.
struct VisitFolds
{
    QString title;
    QString host;
    QString delegation;
};

QString searchTextOf(const Visit &visit, const VisitFolds &folds)
{
    return QStringList{folds.title, folds.host, folds.delegation, foldForSearch(visit.topic),
                       foldForSearch(visit.location)}
        .join(QLatin1Char('\n'));
}

class VisitWriter
{
public:
    explicit VisitWriter(QSqlDatabase connection)
        : m_connection(connection), m_statements(connection),
          m_organisations(connection, "organisations", "name"),
          m_people(connection, "people", "full_name"), m_terms(connection)
    {
    }

    bool write(Visit &visit, QString *error)
    {
        if (!visit.date.isValid()) {
            if (error)
                *error = sql::Text::tr("Could not save the visit “%1”: it has no valid date.")
                             .arg(visit.title);
            return false;
        }
        const bool isUpdate = visit.id != 0;
        HeldVerdicts heldVerdicts; // later visits' verdicts on this visit's recommendations
        return writeVisitRow(visit, error) &&
               (!isUpdate || (heldVerdicts.hold(m_connection, visit.id, error) &&
                              removeChildren(visit.id, error))) &&
               writeAttendees(visit, error) && writeFigures(visit, error) &&
               writeFindings(visit, error) && writeIndicators(visit, error) &&
               writeRecommendations(visit, error) &&
               (!isUpdate || heldVerdicts.restore(m_connection, visit.id, error)) &&
               writeVerdicts(m_connection, visit.id, visit.carriedOver, error) &&
               indexRecords(visit, error);
    }

private:
    QSqlQuery statement() const { return QSqlQuery(m_connection); }

    bool writeVisitRow(Visit &visit, QString *error)
    {
        QVariant delegationId;
        QVariant hostId;
        if (!m_organisations.idOf(visit.delegation, &delegationId, error) ||
            !m_organisations.idOf(visit.host, &hostId, error))
            return false;

        const bool isNew = visit.id == 0;
        const QString what = sql::Text::tr("Could not save the visit “%1”").arg(visit.title);
        const QString statementText =
            isNew
                ? QStringLiteral(
                      "INSERT INTO visits (ref, title, title_fold, kind, status, date, end_date, "
                      "location,"
                      " delegation_id, delegation_name, delegation_fold, host_id, host_name, "
                      "host_fold,"
                      " topic, summary, search_fold, extensions, updated_at, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                : QStringLiteral(
                      "UPDATE visits SET ref = ?, title = ?, title_fold = ?, kind = ?, status = ?, "
                      "date = ?,"
                      " end_date = ?, location = ?, delegation_id = ?, delegation_name = ?,"
                      " delegation_fold = ?, host_id = ?, host_name = ?, host_fold = ?, topic = ?,"
                      " summary = ?, search_fold = ?, extensions = ?, updated_at = ? WHERE id = ?");
        QSqlQuery *prepared = m_statements.prepared(statementText, what, error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_visitFolds = {foldForSearch(visit.title), foldForSearch(visit.host),
                        foldForSearch(visit.delegation)};
        const QVariantList values{optionalText(visit.ref),
                                  requiredText(visit.title),
                                  m_visitFolds.title,
                                  toKey(visit.kind),
                                  toKey(visit.status),
                                  dateValue(visit.date),
                                  dateValue(visit.endDate),
                                  optionalText(visit.location),
                                  delegationId,
                                  requiredText(visit.delegation),
                                  m_visitFolds.delegation,
                                  hostId,
                                  requiredText(visit.host),
                                  m_visitFolds.host,
                                  optionalText(visit.topic),
                                  optionalText(visit.summary),
                                  searchTextOf(visit, m_visitFolds),
                                  extensionsValue(visit.extensions),
                                  now,
                                  isNew ? QVariant(now) : QVariant(visit.id)};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!sql::exec(query, what, error))
            return false;
        if (isNew) {
            visit.id = query.lastInsertId().toLongLong();
        } else if (query.numRowsAffected() != 1) {
            if (error)
                *error =
                    sql::Text::tr("Could not save the visit “%1”: there is no visit %2 to update.")
                        .arg(visit.title)
                        .arg(visit.id);
            return false;
        }
        return true;
    }

    // Children are rewritten whole: a visit is edited as one document.
    // Links and follow-up updates go with their recommendations (cascade).
    bool removeChildren(qint64 visitId, QString *error)
    {
        for (const char *table :
             {"recommendations", "findings", "indicators", "report_figures", "attendees"}) {
            const QString text =
                QStringLiteral("DELETE FROM %1 WHERE visit_id = ?").arg(QLatin1StringView(table));
            QSqlQuery *prepared = m_statements.prepared(
                text, sql::Text::tr("Could not replace the records of visit %1").arg(visitId),
                error);
            if (!prepared)
                return false;
            QSqlQuery &query = *prepared;
            query.bindValue(0, visitId);
            if (!sql::exec(query,
                           sql::Text::tr("Could not replace the records of visit %1").arg(visitId),
                           error))
                return false;
        }
        return true;
    }

    // Runs one INSERT (prepared once per writer) per row with the values the row gives.
    template <typename Item, typename Values>
    bool insertRows(const QString &text, const QList<Item> &items, const QString &what,
                    QString *error, Values valuesOf, QList<qint64> *ids = nullptr)
    {
        if (items.isEmpty())
            return true;
        QSqlQuery *prepared = m_statements.prepared(text, what, error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        for (qsizetype seq = 0; seq < items.size(); ++seq) {
            QVariantList values;
            if (!valuesOf(items.at(seq), seq, &values, error))
                return false;
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            if (!sql::exec(query, what, error))
                return false;
            if (ids)
                ids->append(query.lastInsertId().toLongLong());
        }
        return true;
    }

    bool writeAttendees(const Visit &visit, QString *error)
    {
        return insertRows(
            QStringLiteral("INSERT INTO attendees (visit_id, seq, person_id, name, position,"
                           " organisation, side, role, present, note, extensions)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            visit.attendees, sql::Text::tr("Could not save the attendees of “%1”").arg(visit.title),
            error, [&](const Attendee &a, qsizetype seq, QVariantList *values, QString *rowError) {
                QVariant personId;
                QVariant organisationId;
                if (!m_people.idOf(a.name, &personId, rowError) ||
                    !m_organisations.idOf(a.organisation, &organisationId, rowError))
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

    bool writeFigures(const Visit &visit, QString *error)
    {
        return insertRows(
            QStringLiteral("INSERT INTO report_figures (visit_id, seq, label, value, unit, as_of,"
                           " extensions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            visit.figures,
            sql::Text::tr("Could not save the report figures of “%1”").arg(visit.title), error,
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

    bool writeFindings(const Visit &visit, QString *error)
    {
        m_findingIds.clear();
        m_findingFolds.clear();
        return insertRows(
            QStringLiteral("INSERT INTO findings (visit_id, seq, key, category, area, text,"
                           " organisation, text_fold, extensions)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            visit.findings, sql::Text::tr("Could not save the findings of “%1”").arg(visit.title),
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

    bool writeIndicators(const Visit &visit, QString *error)
    {
        return insertRows(
            QStringLiteral("INSERT INTO indicators (visit_id, seq, name, unit, period, target,"
                           " actual, as_of, extensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            visit.indicators,
            sql::Text::tr("Could not save the indicators of “%1”").arg(visit.title), error,
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

    bool writeRecommendations(const Visit &visit, QString *error)
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
                           " status, completed, text_fold, extensions)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            visit.recommendations,
            sql::Text::tr("Could not save the recommendations of “%1”").arg(visit.title), error,
            [&](const Recommendation &r, qsizetype seq, QVariantList *values, QString *) {
                *values = {visit.id,
                           qint64(seq),
                           requiredText(r.text),
                           optionalText(r.responsible),
                           dateValue(r.due),
                           toKey(r.status),
                           dateValue(r.completed),
                           m_recommendationFolds.emplace_back(foldForSearch(r.text)),
                           extensionsValue(r.extensions)};
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

    bool writeAddresses(qint64 recommendationId, const Recommendation &recommendation,
                        const QHash<QString, qint64> &findingIdOfKey, QString *error)
    {
        return insertRows(
            QStringLiteral(
                "INSERT INTO recommendation_findings (recommendation_id, finding_id, seq)"
                " VALUES (?, ?, ?)"),
            recommendation.addresses,
            sql::Text::tr("Could not link the recommendation “%1” to its findings")
                .arg(recommendation.text),
            error, [&](const QString &key, qsizetype seq, QVariantList *values, QString *rowError) {
                const auto found = findingIdOfKey.constFind(key);
                if (found == findingIdOfKey.cend()) {
                    if (rowError)
                        *rowError = sql::Text::tr(
                                        "Could not save the recommendation “%1”: it addresses the "
                                        "finding “%2”, which the visit does not have.")
                                        .arg(recommendation.text, key);
                    return false;
                }
                *values = {recommendationId, *found, qint64(seq)};
                return true;
            });
    }

    bool writeUpdates(qint64 recommendationId, const Recommendation &recommendation, QString *error)
    {
        return insertRows(
            QStringLiteral("INSERT INTO follow_up_updates (recommendation_id, seq, date, note,"
                           " progress, evidence, extensions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            recommendation.updates,
            sql::Text::tr("Could not save the follow-up of the recommendation “%1”")
                .arg(recommendation.text),
            error, [&](const FollowUpUpdate &u, qsizetype seq, QVariantList *values, QString *) {
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

    // The search index gets the records just written, with the texts folded
    // for their rows, instead of reading them back.
    bool indexRecords(const Visit &visit, QString *error)
    {
        QSqlQuery *insert =
            m_statements.prepared(QLatin1StringView(search_index::kInsert),
                                  sql::Text::tr("Could not update the search index"), error);
        if (!insert)
            return false;
        const auto add = [&](SearchRecordType type, qint64 id,
                             std::initializer_list<QString> foldedTexts) {
            const QString body = search_index::bodyOf(foldedTexts);
            return m_terms.record(body, error) &&
                   search_index::addRecord(*insert, type, id, body, error);
        };
        if (!add(SearchRecordType::Visit, visit.id,
                 {m_visitFolds.title, foldForSearch(visit.topic), foldForSearch(visit.summary),
                  m_visitFolds.host, m_visitFolds.delegation}))
            return false;
        for (qsizetype i = 0; i < visit.findings.size(); ++i) {
            const Finding &f = visit.findings.at(i);
            if (!add(SearchRecordType::Finding, m_findingIds.at(i),
                     {m_findingFolds.at(i), foldForSearch(f.area), foldForSearch(f.organisation)}))
                return false;
        }
        for (qsizetype i = 0; i < visit.recommendations.size(); ++i) {
            if (!add(SearchRecordType::Recommendation, m_recommendationIds.at(i),
                     {m_recommendationFolds.at(i),
                      foldForSearch(visit.recommendations.at(i).responsible)}))
                return false;
        }
        return true;
    }

    QSqlDatabase m_connection;
    sql::StatementCache m_statements;
    NameRegister m_organisations;
    NameRegister m_people;
    search_terms::TermRecorder m_terms;
    QList<qint64> m_findingIds; // in the order of visit.findings
    QList<QString> m_findingFolds;
    QList<qint64> m_recommendationIds; // in the order of visit.recommendations
    QList<QString> m_recommendationFolds;
    VisitFolds m_visitFolds;
};

} // namespace

// Defined here, in the file that owns VisitWriter, so the session's header
// needs none of it.
class VisitWriteSession::Writer final : public VisitWriter
{
public:
    using VisitWriter::VisitWriter;
};

VisitWriteSession::VisitWriteSession(QSqlDatabase connection)
    : m_connection(connection), m_writer(std::make_unique<Writer>(connection))
{
}

VisitWriteSession::~VisitWriteSession() = default;

bool VisitWriteSession::write(Visit &visit, QString *error)
{
    const qint64 originalId = visit.id;
    VisitWriter &writer = *m_writer;
    QSqlDatabase connection = m_connection;
    // The search index changes in the same transaction as the rows it indexes.
    if ((originalId == 0 || search_index::removeVisit(connection, originalId, error)) &&
        writer.write(visit, error))
        return true;
    visit.id = originalId; // the caller's transaction rolls the insert back
    return false;
}

bool writeVisit(QSqlDatabase connection, Visit &visit, QString *error)
{
    VisitWriteSession session(connection);
    return session.write(visit, error);
}

} // namespace vt::records
