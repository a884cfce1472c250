#pragma once

// The visit list as the main window shows it: filtered, sorted, and read one
// page at a time so a database of 100,000 visits opens without a pause.

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace vt {

class Database;

struct VisitFilter
{
    QString text; // diacritic-insensitive, over title, host, delegation, topic, location
    QDate from;
    QDate to;
    QString host;                     // substring, diacritic-insensitive
    bool includeSubordinates = false; // and the units under the matching hosts
    QString delegation;               // substring, diacritic-insensitive
    std::optional<VisitKind> kind;
    std::optional<VisitStatus> status;

    bool operator==(const VisitFilter &) const = default;
};

enum class VisitSortKey
{
    Date,
    Title,
    Host,
    Delegation,
    Kind,
    Status
};

struct VisitRow
{
    qint64 id = 0;
    QDate date;
    QString title;
    QString host;
    QString delegation;
    VisitKind kind = VisitKind::Working;
    VisitStatus status = VisitStatus::Held;
};

class VisitCatalogue final
{
public:
    explicit VisitCatalogue(Database &database);

    int count(const VisitFilter &filter) const;
    QList<VisitRow> page(const VisitFilter &filter, VisitSortKey sortKey, Qt::SortOrder order,
                         int offset, int limit) const;

    // True when the filter tests text inside the visits (words, host,
    // delegation): no index answers it, so counting the matches reads every
    // visit, and so does each page of a rare match. Such a list is read once,
    // as the ids of its visits in order (matchingIds), and its pages by id
    // (rowsOf): one pass instead of two or more.
    static bool readsEveryVisit(const VisitFilter &filter);
    QList<qint64> matchingIds(const VisitFilter &filter, VisitSortKey sortKey,
                              Qt::SortOrder order) const;
    // The rows of the visits `ids`, in that order; a visit no longer stored
    // gives a row with id 0.
    QList<VisitRow> rowsOf(const QList<qint64> &ids) const;

private:
    Database &m_database;
};

} // namespace vt
