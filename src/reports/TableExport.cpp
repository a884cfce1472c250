#include "reports/TableExport.h"

#include "reports/TableWriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>

namespace vt {

namespace table_writers {

QByteArray csvText(const ReportTable &table)
{
    const auto record = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields) {
            if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
                !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r'))) {
                quoted.append(field);
                continue;
            }
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        }
        return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    QString text = record(table.headers);
    for (const QStringList &row : table.rows)
        text += record(row);
    return text.toUtf8();
}

bool writeCsv(const ReportTable &table, const QString &fileName, QString *error)
{
    // Excel reads UTF-8 only with a byte order mark; without it Vietnamese
    // text turns into mojibake.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + csvText(table);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString temporaryPathBeside(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".XXXXXX"));
    file.setAutoRemove(false);
    if (!file.open()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(target, file.errorString());
        return {};
    }
    return file.fileName();
}

bool replaceWith(const QString &temporary, const QString &target, QString *error)
{
    // The temporary file is private (0600); the result gets the permissions
    // of the file it replaces, or those of a new document.
    const QFileDevice::Permissions permissions =
        QFile::exists(target)
            ? QFile::permissions(target)
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                  QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary, permissions);
    // rename() replaces the target in one step: readers see the old file or
    // the new one, never a part.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        if (error)
            *error =
                Text::tr("Cannot write %1: the finished file could not replace it.").arg(target);
        return false;
    }
    return true;
}

} // namespace table_writers

std::optional<TableFormat> tableFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (suffix == QLatin1String("pdf"))
        return TableFormat::Pdf;
    return std::nullopt;
}

bool writeTable(const ReportTable &table, const QString &fileName, TableFormat format,
                QString *error)
{
    switch (format) {
    case TableFormat::Csv:
        return table_writers::writeCsv(table, fileName, error);
    case TableFormat::Xlsx:
        return table_writers::writeXlsx(table, fileName, error);
    case TableFormat::Pdf:
        return table_writers::writePdf(table, fileName, error);
    }
    return false;
}

} // namespace vt
