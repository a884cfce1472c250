#include "models/RecommendationListModel.h"

#include "domain/FollowUpRules.h"
#include "domain/TextFolding.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace vt {
namespace {

constexpr int kTextLength = 160;

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString oneLine(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= kTextLength ? line : line.left(kTextLength - 1) + QChar(0x2026);
}

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < 128;
}

Recommendation asRecommendation(const FollowUpRow &row)
{
    Recommendation rec;
    rec.status = row.status;
    rec.due = row.due;
    rec.completed = row.completed;
    return rec;
}

} // namespace

QString followUpStatusText(const FollowUpRow &row)
{
    if (row.isOverdue())
        return RecommendationListModel::tr("%1 — overdue").arg(displayName(row.status));
    switch (completionTiming(asRecommendation(row))) {
    case CompletionTiming::OnTime:
        return row.due.isValid() && row.completed.isValid()
                   ? RecommendationListModel::tr("Done on time")
                   : displayName(row.status);
    case CompletionTiming::Late:
        return RecommendationListModel::tr("Done late");
    case CompletionTiming::NotDone:
        break;
    }
    return displayName(row.status);
}

RecommendationListModel::RecommendationListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_orderReadingDelay.setSingleShot(true);
    m_orderReadingDelay.setInterval(kOrderReadingDelayMs);
    connect(&m_orderReadingDelay, &QTimer::timeout, this,
            &RecommendationListModel::startOrderReading);
}

int RecommendationListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_catalogue ? m_counts.total : int(m_rows.size());
}

int RecommendationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    bool reading = false;
    const FollowUpRow *read = shownRowAt(index.row(), &reading);
    if (!read) {
        if (reading && role == Qt::DisplayRole && index.column() == TextColumn)
            return tr("Reading…");
        return {};
    }
    const FollowUpRow &row = *read;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RecommendationIdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case OverdueRole:
        return row.isOverdue();
    case SortRole:
        return sortValue(row, column);
    case Qt::BackgroundRole:
        return background(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::FontRole:
        if (row.isOverdue() && (column == DaysOverdueColumn || column == StatusColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (row.isOverdue() && column == StatusColumn && !m_overdueIcon.isNull())
            return m_overdueIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysOverdueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return row.text;
        if (column == VisitColumn)
            return row.visitTitle;
        if (column == LastUpdateColumn && row.updateCount > 0)
            return row.lastUpdateNote;
        if (column == DaysOverdueColumn && row.isOverdue())
            return displayName(overdueAgeOf(row.daysOverdue));
        if (column == StatusColumn && row.isOverdue())
            return tr("Overdue by %Ln day(s): the deadline was %1", nullptr, row.daysOverdue)
                .arg(shortDate(row.due));
        return {};
    default:
        return {};
    }
}

QVariant RecommendationListModel::display(const FollowUpRow &row, int column) const
{
    switch (Column(column)) {
    case HostColumn:
        return row.host;
    case VisitColumn:
        return shortDate(row.visitDate); // the title is in the tool tip
    case TextColumn:
        return oneLine(row.text);
    case ResponsibleColumn:
        return row.responsible;
    case DueColumn:
        return shortDate(row.due);
    case StatusColumn:
        return followUpStatusText(row);
    case DaysOverdueColumn:
        return row.isOverdue() ? QVariant(QLocale().toString(row.daysOverdue)) : QVariant();
    case LastUpdateColumn: {
        if (row.updateCount == 0)
            return tr("No update yet");
        const QString progress = row.lastProgress ? tr(" (%1%)").arg(*row.lastProgress) : QString();
        return tr("%1: %2%3")
            .arg(shortDate(row.lastUpdateDate), oneLine(row.lastUpdateNote), progress);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecommendationListModel::sortValue(const FollowUpRow &row, int column) const
{
    // Undated entries sort after dated ones.
    const auto day = [](const QDate &date) {
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    switch (Column(column)) {
    // Folded as FollowUpCatalogue sorts: accents and case aside.
    case HostColumn:
        return foldForSearch(row.host);
    case VisitColumn:
        return day(row.visitDate);
    case TextColumn:
        return foldForSearch(row.text);
    case ResponsibleColumn:
        return foldForSearch(row.responsible);
    case DueColumn:
        return day(row.due);
    case StatusColumn:
        return row.isOverdue() ? -1 : int(row.status);
    case DaysOverdueColumn:
        return row.daysOverdue;
    case LastUpdateColumn:
        // No update and an undated latest update sort together, first, as
        // the catalogue sorts them (FollowUpCatalogue.cpp).
        return row.lastUpdateDate.isValid() ? row.lastUpdateDate.toJulianDay() : qint64(-1);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecommendationListModel::background(const FollowUpRow &row, int column) const
{
    if (!row.isOverdue())
        return {};
    // The days cell is solid red with white text in any palette; the rest of
    // the row is tinted so the eye follows it across.
    if (column == DaysOverdueColumn)
        return QColor(0xc6, 0x28, 0x28);
    return darkPalette() ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xff, 0xdd, 0xdd);
}

QVariant RecommendationListModel::foreground(const FollowUpRow &row, int column) const
{
    if (!row.isOverdue())
        return {};
    if (column == DaysOverdueColumn)
        return QColor(Qt::white);
    return darkPalette() ? QColor(0xff, 0xe8, 0xe8) : QColor(0x3a, 0x00, 0x00);
}

QVariant RecommendationListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HostColumn:
        return tr("Host organisation");
    case VisitColumn:
        return tr("Visit");
    case TextColumn:
        return tr("Recommendation");
    case ResponsibleColumn:
        return tr("Responsible unit");
    case DueColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case DaysOverdueColumn:
        return tr("Days overdue");
    case LastUpdateColumn:
        return tr("Last update");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vt
