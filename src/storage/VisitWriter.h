#pragma once

// The writer behind VisitWriteSession (private to storage/): a visit's row,
// its child rows and its search index entries, on one connection with its
// prepared statements. VisitWriting.cpp writes the visit row and the index
// and replaces children; VisitRecordRows.cpp writes the child rows.

#include "storage/NameRegister.h"
#include "storage/SearchIndex.h"
#include "storage/SearchTerms.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"

#include "domain/Visit.h"

#include <QHash>

namespace vt::records {

// The folded names the visit row and the search index share.
struct VisitFolds
{
    QString title;
    QString host;
    QString delegation;
    QString topic; // in the list filter's text and in the search index
};

class VisitWriter
{
public:
    explicit VisitWriter(QSqlDatabase connection)
        : m_connection(connection), m_statements(connection),
          m_organisations(connection, "organisations", "name"),
          m_people(connection, "people", "full_name"), m_positions(connection, "positions", "name"),
          m_terms(connection)
    {
    }

    bool write(Visit &visit, QString *error);

    // A batch holds the search index entries back and writes them in runs
    // in rowid order (flushIndex). FTS5 keeps new entries in memory only while
    // their rowids ascend, and writes a segment to disk (later merged) each
    // time one does not: a visit, its findings and its recommendations
    // (rowid = id * 4 + type) take turns, so written as they come nearly every
    // visit wrote two segments, which made the index four times the work of
    // the same rows in order. Until flushed, a search in the same transaction
    // does not find the held-back visits.
    // Removals are held back the same way: a replaced visit's old entries
    // and its new ones (higher ids) took turns as well, a segment per visit
    // (a re-import of 10,000 visits spent 12 of its 35 s there).
    void setIndexDeferred(bool deferred) { m_deferIndex = deferred; }
    bool flushIndex(QString *error);
    void discardIndex();
    // Drops the entries of a stored visit: at once, or held back with the rest.
    bool removeFromIndex(qint64 visitId, QString *error);
    // Deletes the visit row, its records with it (as records::deleteVisitRow),
    // with a statement prepared once: with its cascades compiled in, preparing
    // it was a quarter of deleting a visit (the undo of a large import).
    bool deleteVisitRow(qint64 visitId, QString *error);

private:
    bool writeVisitRow(Visit &visit, QString *error);
    // Children are rewritten whole: a visit is edited as one document.
    // Links and follow-up updates go with their recommendations (cascade).
    bool removeChildren(qint64 visitId, QString *error);

    // Runs one INSERT (prepared once per writer) per row with the values the
    // row gives. `describe` words a failure ("Could not save the attendees of
    // …"), called only when there is one.
    template <typename Item, typename Describe, typename Values>
    bool insertRows(const QString &text, const QList<Item> &items, const Describe &describe,
                    QString *error, Values valuesOf, QList<qint64> *ids = nullptr)
    {
        if (items.isEmpty())
            return true;
        sql::NativeStatement *statement = m_statements.prepared(text, describe, error);
        if (!statement)
            return false;
        for (qsizetype seq = 0; seq < items.size(); ++seq) {
            m_rowValues.clear();
            if (!valuesOf(items.at(seq), seq, &m_rowValues, error))
                return false;
            if (!exec(*statement, m_rowValues, describe, error))
                return false;
            if (ids)
                ids->append(statement->lastInsertId());
        }
        return true;
    }

    // Runs the statement once; `describe` words a failure, called only then.
    template <typename Describe>
    static bool exec(sql::NativeStatement &statement, const QVariantList &values,
                     const Describe &describe, QString *error)
    {
        QString driverText;
        if (statement.exec(values, QString(), &driverText))
            return true;
        if (error)
            *error = sql::Text::tr("%1: %2").arg(describe(), driverText);
        return false;
    }

    bool writeAttendees(const Visit &visit, QString *error);
    bool writeFigures(const Visit &visit, QString *error);
    bool writeFindings(const Visit &visit, QString *error);
    bool writeIndicators(const Visit &visit, QString *error);
    bool writeRecommendations(const Visit &visit, QString *error);
    bool writeAddresses(qint64 recommendationId, const Recommendation &recommendation,
                        const QHash<QString, qint64> &findingIdOfKey, QString *error);
    bool writeUpdates(qint64 recommendationId, const Recommendation &recommendation,
                      QString *error);
    // The search index gets the records just written, with the texts folded
    // for their rows, instead of reading them back.
    bool indexRecords(const Visit &visit, QString *error);
    bool addToIndex(SearchRecordType type, qint64 id, QString body, QString *error);

    QSqlDatabase m_connection;
    sql::StatementCache m_statements;
    NameRegister m_organisations;
    NameRegister m_people;
    NameRegister m_positions; // for completion only: attendees keep the text
    search_terms::TermRecorder m_terms;
    QList<qint64> m_findingIds; // in the order of visit.findings
    QList<QString> m_findingFolds;
    QList<qint64> m_recommendationIds; // in the order of visit.recommendations
    QList<QString> m_recommendationFolds;
    VisitFolds m_visitFolds;
    QVariantList m_rowValues; // reused from row to row
    bool m_deferIndex = false;
    QList<search_index::Entry> m_pendingIndex; // rowId -1: taken back
    QHash<qint64, qsizetype> m_pendingAt;      // rowId -> index in m_pendingIndex
    QHash<qint64, QString> m_pendingRemovals;  // rowId -> body of an entry in the index
};

} // namespace vt::records
