#include "storage/SqlValues.h"

#include "storage/SqlErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace vt::sql {

bool reportFailure(const QSqlQuery &query, const QString &what, QString *error)
{
    if (error)
        *error = sql::Text::tr("%1: %2").arg(what, readableError(query.lastError()));
    return false;
}

bool exec(QSqlQuery &query, const QString &what, QString *error)
{
    return query.exec() || reportFailure(query, what, error);
}

bool exec(QSqlQuery &query, const QString &statement, const QString &what, QString *error)
{
    return query.exec(statement) || reportFailure(query, what, error);
}

bool prepare(QSqlQuery &query, const QString &statement, const QString &what, QString *error)
{
    return query.prepare(statement) || reportFailure(query, what, error);
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant requiredText(const QString &text)
{
    // The Qt driver binds a null QString as NULL, which a NOT NULL column refuses.
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate); // Qt's own answer outside 0000-9999
    // What toString(Qt::ISODate) gives, without its printf-style formatting,
    // which costs more than the insert of a row that holds a date.
    QString text(10, QLatin1Char('-'));
    QChar *out = text.data();
    const auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = QLatin1Char(char('0' + value % 10));
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    return text;
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalNumber(const std::optional<double> &number)
{
    return number ? QVariant(*number) : QVariant();
}

QVariant optionalNumber(const std::optional<int> &number)
{
    return number ? QVariant(*number) : QVariant();
}

QVariant extensionsValue(const QJsonObject &extensions)
{
    if (extensions.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(extensions).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> extensionsFrom(const QVariant &value)
{
    if (value.isNull())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace vt::sql
