#include "reports/FindingTables.h"

#include "services/FindingReview.h"

#include <QCoreApplication>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::FindingTables)
};

} // namespace

ReportTable findingTable(const QList<FindingRow> &rows, FindingCategory category, const QDate &asOf,
                         const QString &subtitle)
{
    const bool limitations = category == FindingCategory::Limitation;
    ReportTable table;
    table.title = limitations ? Text::tr("Limitations") : Text::tr("Good models");
    table.subtitle = subtitle;
    table.headers = {Text::tr("Date"), Text::tr("Host organisation"), Text::tr("Area"),
                     Text::tr("Unit concerned"),
                     limitations ? Text::tr("Limitation") : Text::tr("Good model")};
    table.columnWidths = {13, 22, 16, 18, 55};
    if (limitations) {
        table.headers.append(Text::tr("Recommendations and their status"));
        table.columnWidths.append(40);
    }
    table.rows.reserve(rows.size());
    for (const FindingRow &row : rows) {
        QStringList cells{row.date.toString(QStringLiteral("dd/MM/yyyy")), row.host, row.area,
                          row.organisation, row.text};
        if (limitations)
            cells.append(recommendationsText(row, asOf));
        table.rows.append(cells);
    }
    return table;
}

ReportTable limitationScriptTable(const QList<FindingRow> &rows, const QDate &asOf)
{
    ReportTable table;
    table.title = Text::tr("Limitations");
    table.headers = {QStringLiteral("visit_id"),       QStringLiteral("date"),
                     QStringLiteral("host"),           QStringLiteral("area"),
                     QStringLiteral("organisation"),   QStringLiteral("text"),
                     QStringLiteral("recommendations")};
    table.columnWidths = {8, 11, 22, 16, 18, 55, 40};
    table.rows.reserve(rows.size());
    for (const FindingRow &row : rows) {
        table.rows.append({QString::number(row.visitId), row.date.toString(Qt::ISODate), row.host,
                           row.area, row.organisation, row.text, recommendationsKeys(row, asOf)});
    }
    return table;
}

} // namespace vt
