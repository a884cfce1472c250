#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "cli/CsvText.h"
#include "domain/Clock.h"
#include "domain/FollowUpRules.h"
#include "reports/TableExport.h"
#include "services/FollowUp.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QLocale>

namespace vt::cli {
namespace {

// The csv header of INTERFACES.md; also the column keys of the other formats.
const QStringList kCsvHeader{QStringLiteral("id"),          QStringLiteral("visit_id"),
                             QStringLiteral("host"),        QStringLiteral("text"),
                             QStringLiteral("responsible"), QStringLiteral("due"),
                             QStringLiteral("status"),      QStringLiteral("days_overdue")};

QString daysOverdueText(const FollowUpRow &row)
{
    return row.isOverdue() ? QString::number(row.daysOverdue) : QString();
}

QStringList csvFields(const FollowUpRow &row)
{
    return {QString::number(row.id),
            QString::number(row.visitId),
            row.host,
            row.text,
            row.responsible,
            row.due.toString(Qt::ISODate),
            toKey(row.status),
            daysOverdueText(row)};
}

// People read the xlsx and pdf lists: headers and statuses in words.
ReportTable readableTable(const QList<FollowUpRow> &rows, const QString &subtitle,
                          TableFormat format)
{
    ReportTable table;
    table.title = tr("Follow-up of recommendations");
    table.subtitle = subtitle;
    if (format == TableFormat::Csv) {
        table.headers = kCsvHeader;
        for (const FollowUpRow &row : rows)
            table.rows.append(csvFields(row));
    } else {
        table.headers = {tr("No."),
                         tr("Visit"),
                         tr("Host organisation"),
                         tr("Recommendation"),
                         tr("Responsible unit"),
                         tr("Deadline"),
                         tr("Status"),
                         tr("Days overdue")};
        for (const FollowUpRow &row : rows) {
            const QString status = row.isOverdue() ? tr("%1 — overdue").arg(displayName(row.status))
                                                   : displayName(row.status);
            table.rows.append({QString::number(row.id), QString::number(row.visitId), row.host,
                               row.text, row.responsible, row.due.toString(Qt::ISODate), status,
                               daysOverdueText(row)});
        }
    }
    table.columnWidths = {6, 8, 28, 70, 28, 12, 22, 10};
    return table;
}

} // namespace

int recommendationsCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("Only recommendations with this status: open, in-progress, done, cancelled or overdue."),
        QStringLiteral("STATUS"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Only hosts whose name contains NAME (accents optional)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), tr("Count overdue days as of DATE (YYYY-MM-DD) instead of today."),
        QStringLiteral("DATE"));
    const QCommandLineOption output(QStringLiteral("o"),
                                    tr("Write to FILE (.csv, .xlsx or .pdf) instead of standard "
                                       "output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption age(QStringLiteral("age"),
                                 tr("Only recommendations overdue by 1-30, 31-60, 61-90 or "
                                    "over-90 days."),
                                 QStringLiteral("DAYS"));
    const QCommandLineOption subordinates(
        QStringLiteral("subordinates"),
        tr("With --host, also the units under the matching hosts (district committees, "
           "departments)."));
    parser.addOptions({status, host, subordinates, age, asOf, output});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("recommendations"), args, 0, &usage))
        return wrongUsage(usage);

    FollowUpFilter filter;
    filter.host = parser.value(host);
    filter.includeSubordinates = parser.isSet(subordinates);
    if (parser.isSet(status)) {
        const QString key = parser.value(status);
        if (key == QLatin1String("overdue"))
            filter.overdueOnly = true;
        else if (const auto stored = fromKey<RecommendationStatus>(key))
            filter.status = *stored;
        else
            return wrongUsage(
                tr("--status must be one of %1 or overdue, not \"%2\"")
                    .arg(allKeys<RecommendationStatus>().join(QStringLiteral(", ")), key));
    }
    if (parser.isSet(age)) {
        filter.overdueAge = overdueAgeFromKey(parser.value(age));
        if (!filter.overdueAge)
            return wrongUsage(tr("--age must be one of 1-30, 31-60, 61-90 or over-90, not \"%1\"")
                                  .arg(parser.value(age)));
    }
    QDate today;
    if (parser.isSet(asOf)) {
        today = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!today.isValid() || parser.value(asOf).size() != 10)
            return wrongUsage(tr("--as-of must be a date written YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(asOf)));
        // One "today" for everything this command computes.
        Clock::setToday(today);
    }
    std::optional<TableFormat> format;
    const QString fileName = parser.value(output);
    if (parser.isSet(output)) {
        format = tableFormatFor(fileName);
        if (!format)
            return wrongUsage(
                tr("-o needs a file ending in .csv, .xlsx or .pdf, not \"%1\"").arg(fileName));
    }

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const FollowUp followUp(db, today);
    QString error;
    const QList<FollowUpRow> rows = followUp.list(filter, &error);
    if (!error.isEmpty())
        return fail(error);

    if (!format) {
        out() << csvRecord(kCsvHeader);
        for (const FollowUpRow &row : rows)
            out() << csvRecord(csvFields(row));
        out().flush();
        return Success;
    }
    QStringList conditions;
    if (parser.isSet(status))
        conditions << tr("status: %1").arg(parser.value(status));
    if (!filter.host.isEmpty())
        conditions << tr("host: %1").arg(filter.host);
    conditions << tr("as of %1").arg(followUp.asOf().toString(QStringLiteral("d/M/yyyy")));
    const ReportTable table = readableTable(rows, conditions.join(QStringLiteral("; ")), *format);
    if (!writeTable(table, fileName, *format, &error))
        return fail(error);
    return Success;
}

} // namespace vt::cli
