#include "documents/ListTables.h"

#include "documents/DocumentTypes.h"

#include <QLocale>

namespace vt::documents {

ReportTable followUpReportTable(const QList<FollowUpRow> &rows, const QDate &asOf,
                                const QString &subtitle)
{
    ReportTable table;
    table.title = Text::tr("Follow-up of recommendations");
    table.subtitle = subtitle.isEmpty()
                         ? Text::tr("as of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat))
                         : subtitle;
    table.headers = {Text::tr("No."),
                     Text::tr("Host organisation"),
                     Text::tr("Visit"),
                     Text::tr("Recommendation"),
                     Text::tr("Responsible unit"),
                     Text::tr("Deadline"),
                     Text::tr("Status"),
                     Text::tr("Latest update")};
    table.columnWidths = {5, 18, 10, 40, 16, 10, 14, 22};
    int number = 0;
    for (const FollowUpRow &row : rows) {
        QString status = displayName(row.status);
        if (row.isOverdue())
            status = Text::tr("%1, overdue %Ln day(s)", nullptr, row.daysOverdue).arg(status);
        QString update;
        if (row.lastUpdateDate.isValid())
            update = QLocale().toString(row.lastUpdateDate, QLocale::ShortFormat) +
                     QStringLiteral(": ") + row.lastUpdateNote;
        if (row.lastProgress)
            update += QStringLiteral(" (%1%)").arg(*row.lastProgress);
        table.rows.append({QString::number(++number), row.host,
                           QLocale().toString(row.visitDate, QLocale::ShortFormat), row.text,
                           row.responsible, QLocale().toString(row.due, QLocale::ShortFormat),
                           status, update});
    }
    return table;
}

} // namespace vt::documents
