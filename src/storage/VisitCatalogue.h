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

private:
    Database &m_database;
};

} // namespace vt
