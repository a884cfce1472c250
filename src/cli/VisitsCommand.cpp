#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "cli/CsvText.h"
#include "storage/Database.h"
#include "storage/VisitCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::cli {

int visitsCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("Only visits matching TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({search, format});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("visits"), args, 0, &usage))
        return wrongUsage(usage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return wrongUsage(tr("--format must be csv or json, not \"%1\"").arg(formatName));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    VisitFilter filter;
    filter.text = parser.value(search);
    const VisitCatalogue catalogue(db);
    const QList<VisitRow> rows =
        catalogue.page(filter, VisitSortKey::Date, Qt::AscendingOrder, 0, catalogue.count(filter));
    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const VisitRow &row : rows) {
            list.append(QJsonObject{{QStringLiteral("id"), row.id},
                                    {QStringLiteral("date"), row.date.toString(Qt::ISODate)},
                                    {QStringLiteral("host"), row.host},
                                    {QStringLiteral("delegation"), row.delegation},
                                    {QStringLiteral("title"), row.title},
                                    {QStringLiteral("status"), toKey(row.status)}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    out() << "id,date,host,delegation,title,status\n";
    for (const VisitRow &row : rows) {
        out() << csvRecord({QString::number(row.id), row.date.toString(Qt::ISODate), row.host,
                            row.delegation, row.title, toKey(row.status)});
    }
    out().flush();
    return Success;
}

} // namespace vt::cli
