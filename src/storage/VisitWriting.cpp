// The visit row, replacing a visit's children, its search index entries, and
// the write session around them (the child rows: VisitRecordRows.cpp).

#include "storage/CarryOverRecords.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"
#include "storage/VisitRecords.h"
#include "storage/VisitWriter.h"

#include "domain/TextFolding.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace vt::records {
namespace {

using sql::dateValue;
using sql::extensionsValue;
using sql::optionalText;
using sql::requiredText;

// The folded text the visit list filter searches; words never span fields
// because the filter splits its words on whitespace.
// What the visit list's filter words are looked for in (VisitCatalogue): the
// distinct folded words of the title, host, delegation, topic and location.
// The title usually names the host and the topic again; each word once makes
// the text the filter scans at every visit about half as long (schema 13).
QString searchTextOf(const Visit &visit, const VisitFolds &folds)
{
    return distinctWords(QStringList{folds.title, folds.host, folds.delegation, folds.topic,
                                     foldForSearch(visit.location)}
                             .join(QLatin1Char(' ')));
}

bool insertBareVisit(QSqlDatabase connection, const Visit &visit, QString *error)
{
    // A bare row under the old id; the ordinary update then writes the visit
    // with all its records, search text and names.
    QSqlQuery query(connection);
    const QString what = sql::Text::tr("Could not restore the visit “%1”").arg(visit.title);
    if (!sql::prepare(
            query,
            QStringLiteral("INSERT INTO visits (id, title, title_fold, kind, status, date,"
                           " delegation_name, delegation_fold, host_name, host_fold,"
                           " search_fold, created_at, updated_at)"
                           " VALUES (?, '', '', '', '', '', '', '', '', '', '', ?, ?)"),
            what, error))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.bindValue(0, visit.id);
    query.bindValue(1, now);
    query.bindValue(2, now);
    return sql::exec(query, what, error);
}

} // namespace

bool VisitWriter::write(Visit &visit, QString *error)
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
           // A new visit has no stored verdicts to replace.
           ((!isUpdate && visit.carriedOver.isEmpty()) ||
            writeVerdicts(m_connection, visit.id, visit.carriedOver, error)) &&
           indexRecords(visit, error);
}

bool VisitWriter::writeVisitRow(Visit &visit, QString *error)
{
    QVariant delegationId;
    QVariant hostId;
    if (!m_organisations.idOf(visit.delegation, &delegationId, error) ||
        !m_organisations.idOf(visit.host, &hostId, error))
        return false;

    const bool isNew = visit.id == 0;
    const auto what = [&] {
        return sql::Text::tr("Could not save the visit “%1”").arg(visit.title);
    };
    const QString statementText =
        isNew ? QStringLiteral(
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
    sql::NativeStatement *statement = m_statements.prepared(statementText, what, error);
    if (!statement)
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_visitFolds = {foldForSearch(visit.title), foldForSearch(visit.host),
                    foldForSearch(visit.delegation), foldForSearch(visit.topic)};
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
    if (!exec(*statement, values, what, error))
        return false;
    if (isNew) {
        visit.id = statement->lastInsertId();
    } else if (statement->changes() != 1) {
        if (error)
            *error = sql::Text::tr("Could not save the visit “%1”: there is no visit %2 to update.")
                         .arg(visit.title)
                         .arg(visit.id);
        return false;
    }
    return true;
}

// Children are rewritten whole: a visit is edited as one document.
// Links and follow-up updates go with their recommendations (cascade).
bool VisitWriter::removeChildren(qint64 visitId, QString *error)
{
    for (const char *table :
         {"recommendations", "findings", "indicators", "report_figures", "attendees"}) {
        const QString text =
            QStringLiteral("DELETE FROM %1 WHERE visit_id = ?").arg(QLatin1StringView(table));
        const QString what =
            sql::Text::tr("Could not replace the records of visit %1").arg(visitId);
        sql::NativeStatement *statement = m_statements.prepared(text, what, error);
        if (!statement || !statement->exec({visitId}, what, error))
            return false;
    }
    return true;
}

// The search index gets the records just written, with the texts folded
// for their rows, instead of reading them back.
bool VisitWriter::indexRecords(const Visit &visit, QString *error)
{
    if (!addToIndex(SearchRecordType::Visit, visit.id,
                    search_index::bodyOf({m_visitFolds.title, m_visitFolds.topic,
                                          foldForSearch(visit.summary), m_visitFolds.host,
                                          m_visitFolds.delegation}),
                    error))
        return false;
    for (qsizetype i = 0; i < visit.findings.size(); ++i) {
        const Finding &f = visit.findings.at(i);
        if (!addToIndex(SearchRecordType::Finding, m_findingIds.at(i),
                        search_index::bodyOf({m_findingFolds.at(i), foldForSearch(f.area),
                                              foldForSearch(f.organisation)}),
                        error))
            return false;
    }
    for (qsizetype i = 0; i < visit.recommendations.size(); ++i) {
        const QString responsible = foldForSearch(visit.recommendations.at(i).responsible);
        if (!addToIndex(SearchRecordType::Recommendation, m_recommendationIds.at(i),
                        search_index::bodyOf({m_recommendationFolds.at(i), responsible}), error))
            return false;
    }
    // A batch's run is bounded, so a large import holds a few megabytes of
    // text, not all of it; a single save writes its own entries in order.
    constexpr qsizetype kMostPendingEntries = 8192;
    return (m_deferIndex &&
            m_pendingIndex.size() + m_pendingRemovals.size() < kMostPendingEntries) ||
           flushIndex(error);
}

bool VisitWriter::addToIndex(SearchRecordType type, qint64 id, QString body, QString *error)
{
    if (!m_terms.record(body, error))
        return false;
    const qint64 rowId = search_index::rowIdOf(type, id);
    m_pendingAt.insert(rowId, m_pendingIndex.size());
    m_pendingIndex.append({rowId, std::move(body)});
    return true;
}

bool VisitWriter::removeFromIndex(qint64 visitId, QString *error)
{
    if (!m_deferIndex)
        return flushIndex(error) && search_index::removeVisit(m_connection, visitId, error);
    QList<search_index::Entry> entries;
    if (!search_index::entriesOfVisit(m_connection, visitId, &entries, error))
        return false;
    for (search_index::Entry &entry : entries) {
        // Held back: it never reached the index, so it is only taken back.
        // (Were the row in the index from before, its removal is held already.)
        if (const auto at = m_pendingAt.constFind(entry.rowId); at != m_pendingAt.cend()) {
            m_pendingIndex[*at].rowId = -1;
            m_pendingIndex[*at].body.clear();
            m_pendingAt.erase(at);
        } else {
            m_pendingRemovals.insert(entry.rowId, std::move(entry.body));
        }
    }
    return true;
}

bool VisitWriter::deleteVisitRow(qint64 visitId, QString *error)
{
    // Children, links and follow-up updates go by ON DELETE CASCADE.
    const auto what = [&] { return sql::Text::tr("Could not delete visit %1").arg(visitId); };
    sql::NativeStatement *statement =
        m_statements.prepared(QStringLiteral("DELETE FROM visits WHERE id = ?"), what, error);
    if (!statement || !exec(*statement, {visitId}, what, error))
        return false;
    if (statement->changes() < 1) {
        if (error)
            *error =
                sql::Text::tr("Could not delete visit %1: there is no such visit.").arg(visitId);
        return false;
    }
    return true;
}

void VisitWriter::discardIndex()
{
    m_pendingIndex.clear();
    m_pendingAt.clear();
    m_pendingRemovals.clear();
}

bool VisitWriter::flushIndex(QString *error)
{
    if (m_pendingIndex.isEmpty() && m_pendingRemovals.isEmpty())
        return true;
    const QString what = sql::Text::tr("Could not update the search index");
    // Removals first: a row saved again under the same id is removed, then added.
    if (!m_pendingRemovals.isEmpty()) {
        sql::NativeStatement *remove =
            m_statements.prepared(QLatin1StringView(search_index::kRemove), what, error);
        if (!remove)
            return false;
        QList<qint64> rowIds = m_pendingRemovals.keys();
        std::sort(rowIds.begin(), rowIds.end());
        for (const qint64 rowId : std::as_const(rowIds)) {
            if (!remove->exec({rowId, m_pendingRemovals.value(rowId)}, what, error))
                return false;
        }
        m_pendingRemovals.clear();
    }
    if (!m_pendingIndex.isEmpty()) {
        sql::NativeStatement *insert =
            m_statements.prepared(QLatin1StringView(search_index::kInsert), what, error);
        if (!insert)
            return false;
        std::sort(m_pendingIndex.begin(), m_pendingIndex.end(),
                  [](const search_index::Entry &a, const search_index::Entry &b) {
                      return a.rowId < b.rowId;
                  });
        for (const search_index::Entry &entry : std::as_const(m_pendingIndex)) {
            if (entry.rowId >= 0 && !search_index::addEntry(*insert, entry, error))
                return false;
        }
    }
    m_pendingIndex.clear();
    m_pendingAt.clear();
    return true;
}

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
    // The search index changes in the same transaction as the rows it indexes
    // (or, held back, just before it commits).
    if ((originalId == 0 || writer.removeFromIndex(originalId, error)) &&
        writer.write(visit, error))
        return true;
    visit.id = originalId; // the caller's transaction rolls the insert back
    writer.discardIndex(); // and with it what the held-back entries index
    return false;
}

bool VisitWriteSession::recreate(Visit &visit, QString *error)
{
    // Never indexed, the bare row has no entries to remove: the removal that
    // write() makes first would tell FTS5 to remove an entry it does not have
    // (SearchIndex.h: a contentless index only counts on being told right).
    if (insertBareVisit(m_connection, visit, error) && m_writer->write(visit, error))
        return true;
    m_writer->discardIndex(); // the caller's transaction rolls the rows back
    return false;
}

void VisitWriteSession::deferIndex()
{
    m_writer->setIndexDeferred(true);
}

bool VisitWriteSession::flushIndex(QString *error)
{
    return m_writer->flushIndex(error);
}

void VisitWriteSession::discardIndex()
{
    m_writer->discardIndex();
}

bool deleteVisitRow(QSqlDatabase connection, qint64 id, QString *error)
{
    // Children, links and follow-up updates go by ON DELETE CASCADE.
    QSqlQuery query(connection);
    const QString what = sql::Text::tr("Could not delete visit %1").arg(id);
    if (!sql::prepare(query, QStringLiteral("DELETE FROM visits WHERE id = ?"), what, error))
        return false;
    query.bindValue(0, id);
    if (!sql::exec(query, what, error))
        return false;
    if (query.numRowsAffected() < 1) {
        if (error)
            *error = sql::Text::tr("Could not delete visit %1: there is no such visit.").arg(id);
        return false;
    }
    return true;
}

bool VisitWriteSession::removeFromIndex(qint64 visitId, QString *error)
{
    return m_writer->removeFromIndex(visitId, error);
}

bool VisitWriteSession::remove(qint64 visitId, QString *error)
{
    return m_writer->removeFromIndex(visitId, error) && m_writer->deleteVisitRow(visitId, error);
}

bool writeVisit(QSqlDatabase connection, Visit &visit, QString *error)
{
    VisitWriteSession session(connection);
    return session.write(visit, error);
}

bool recreateVisit(QSqlDatabase connection, Visit &visit, QString *error)
{
    VisitWriteSession session(connection);
    return session.recreate(visit, error);
}

} // namespace vt::records
