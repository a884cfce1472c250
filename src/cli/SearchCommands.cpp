#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "cli/CsvText.h"
#include "reports/FindingTables.h"
#include "storage/Database.h"
#include "storage/FindingQueries.h"
#include "storage/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace vt::cli {
namespace {

QString typeKey(SearchRecordType type)
{
    switch (type) {
    case SearchRecordType::Visit:
        return QStringLiteral("visit");
    case SearchRecordType::Finding:
        return QStringLiteral("finding");
    case SearchRecordType::Recommendation:
        return QStringLiteral("recommendation");
    }
    return {};
}

// A date option in ISO form; false (with a message) when present and wrong.
bool dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date,
                QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    *date = QDate::fromString(text, Qt::ISODate);
    if (iso.match(text).hasMatch() && date->isValid())
        return true;
    *error = tr("--%1 must be a date written YYYY-MM-DD, not \"%2\"")
                 .arg(option.names().constFirst(), text);
    return false;
}

} // namespace

int searchCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N matches, newest records first (default: all)."),
                                   QStringLiteral("N"));
    parser.addOptions({format, limit});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("search"), args, 1, &usage))
        return wrongUsage(parser.positionalArguments().isEmpty()
                              ? tr("search needs the text to search for")
                              : usage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return wrongUsage(tr("--format must be csv or json, not \"%1\"").arg(formatName));
    int maximum = std::numeric_limits<int>::max();
    if (parser.isSet(limit)) {
        bool ok = false;
        maximum = parser.value(limit).toInt(&ok);
        if (!ok || maximum < 1)
            return wrongUsage(tr("--limit must be a positive number"));
    }
    const QString text = parser.positionalArguments().constFirst();
    if (SearchIndex::matchExpression(text).isEmpty())
        return wrongUsage(tr("the search text has no word to search for"));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const QList<SearchHit> hits = SearchIndex(db).find(text, maximum);
    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const SearchHit &hit : hits) {
            list.append(QJsonObject{{QStringLiteral("type"), typeKey(hit.type)},
                                    {QStringLiteral("visit_id"), hit.visitId},
                                    {QStringLiteral("date"), hit.date.toString(Qt::ISODate)},
                                    {QStringLiteral("host"), hit.host},
                                    {QStringLiteral("text"), hit.text}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    out() << "type,visit_id,date,host,text\n";
    for (const SearchHit &hit : hits) {
        out() << csvRecord({typeKey(hit.type), QString::number(hit.visitId),
                            hit.date.toString(Qt::ISODate), hit.host, hit.text});
    }
    out().flush();
    return Success;
}

int limitationsCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Only visits to hosts whose name contains NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Only limitations matching TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Only visits on or after DATE."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only visits on or before DATE."),
                                QStringLiteral("DATE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The day for overdue recommendations (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE: .csv, .xlsx or .pdf."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption subordinates(
        QStringLiteral("subordinates"),
        tr("With --host, also the units under the matching hosts (district committees, "
           "departments)."));
    parser.addOptions({host, subordinates, search, from, to, asOf, output});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("limitations"), args, 0, &usage))
        return wrongUsage(usage);

    FindingFilter filter;
    filter.category = FindingCategory::Limitation;
    filter.host = parser.value(host);
    filter.includeSubordinates = parser.isSet(subordinates);
    filter.text = parser.value(search);
    QDate today = QDate::currentDate();
    if (!dateOption(parser, from, &filter.from, &usage) ||
        !dateOption(parser, to, &filter.to, &usage) || !dateOption(parser, asOf, &today, &usage))
        return wrongUsage(usage);
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return wrongUsage(tr("--from must not be after --to"));
    filter.asOf = today;

    const QString fileName = parser.value(output);
    std::optional<TableFormat> format = TableFormat::Csv;
    if (!fileName.isEmpty() && fileName != QLatin1String("-"))
        format = tableFormatFor(fileName);
    if (!format)
        return wrongUsage(
            tr("cannot tell the format of %1: use .csv, .xlsx or .pdf").arg(fileName));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const FindingQueries queries(db);
    const QList<FindingRow> rows = queries.page(filter, 0, queries.count(filter));
    QString error;
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        // Standard output carries no BOM: it goes to scripts and pipes.
        const ReportTable table = limitationScriptTable(rows, today);
        QString text = csvRecord(table.headers);
        for (const QStringList &row : table.rows)
            text += csvRecord(row);
        return writeOutput(QStringLiteral("-"), text.toUtf8(), &error) ? Success : fail(error);
    }
    const ReportTable table =
        *format == TableFormat::Csv
            ? limitationScriptTable(rows, today)
            : findingTable(rows, FindingCategory::Limitation, today,
                           tr("As of %1").arg(today.toString(QStringLiteral("dd/MM/yyyy"))));
    return writeTable(table, fileName, *format, &error) ? Success : fail(error);
}

} // namespace vt::cli
