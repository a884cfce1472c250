#pragma once

// The findings of one category across all visits, as the limitation review
// and the good-model library list them: filtered, optionally grouped by host
// or area, and read a page at a time (a national database holds about a
// million findings). Each row carries the recommendations that address it.

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace vt {

class Database;

// Filter on the recommendations that address a finding. Overdue is derived
// against FindingFilter::asOf (DOMAIN.md, status rules).
enum class LinkedStatus
{
    Any,
    Open,
    InProgress,
    Done,
    Cancelled,
    Overdue,
    Unaddressed
};

struct FindingFilter
{
    FindingCategory category = FindingCategory::Limitation;
    QString text;                     // full-text search over the finding's text, area and unit
    QString host;                     // substring, diacritic-insensitive
    bool includeSubordinates = false; // and the units under the matching hosts
    QString delegation;               // substring, diacritic-insensitive
    QString area;                     // exact; empty for any
    QDate from;
    QDate to;
    LinkedStatus status = LinkedStatus::Any;
    QDate asOf; // "today" for overdue; the current date when invalid

    bool operator==(const FindingFilter &) const = default;
};

enum class FindingGrouping
{
    None,
    Host,
    Area
};

// One group of the grouped list: a host name or an area (empty: no area).
struct FindingGroup
{
    QString key;
    int count = 0;
};

struct LinkedRecommendation
{
    qint64 id = 0;
    QString text;
    QString responsible;
    QDate due;
    RecommendationStatus status = RecommendationStatus::Open;
    QDate completed;
};

struct FindingRow
{
    qint64 id = 0;
    qint64 visitId = 0;
    int seq = 0; // position in its visit: "findings[seq]"
    QDate date;
    QString host;
    QString delegation;
    QString area;
    QString organisation;
    QString text;
    QList<LinkedRecommendation> recommendations; // in the order they were entered
};

class FindingQueries final
{
public:
    explicit FindingQueries(Database &database);

    int count(const FindingFilter &filter) const;
    // Newest visit first, findings in their order within a visit.
    QList<FindingRow> page(const FindingFilter &filter, int offset, int limit) const;

    // Groups with their counts, in folded name order.
    QList<FindingGroup> groups(const FindingFilter &filter, FindingGrouping grouping) const;
    QList<FindingRow> pageInGroup(const FindingFilter &filter, FindingGrouping grouping,
                                  const QString &key, int offset, int limit) const;

    // Distinct areas of the category, for the area filter.
    QStringList areas(FindingCategory category) const;

private:
    QList<FindingRow> read(const FindingFilter &filter, std::optional<FindingGrouping> grouping,
                           const QString &key, int offset, int limit) const;
    void attachRecommendations(QList<FindingRow> &rows) const;

    Database &m_database;
};

} // namespace vt
