#pragma once

// Conversions between domain values and column values, shared by the storage
// classes (private to storage/). Empty optional values are stored as NULL so
// that "absent" has one representation; required text is never NULL.

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace vt::sql {

// Messages of the storage layer; lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::Database)
};

// Runs a prepared (or plain) statement; on failure writes "<what>: <driver text>".
bool exec(QSqlQuery &query, const QString &what, QString *error);
bool exec(QSqlQuery &query, const QString &statement, const QString &what, QString *error);
bool prepare(QSqlQuery &query, const QString &statement, const QString &what, QString *error);
// The same message for a failure already met; returns false. For statements
// run for every visit of a large change, whose message is worded only when
// one fails.
bool reportFailure(const QSqlQuery &query, const QString &what, QString *error);

// Text that may be empty: NULL when empty.
QVariant optionalText(const QString &text);
// Text of a NOT NULL column: '' rather than NULL for an empty string.
QVariant requiredText(const QString &text);

QVariant dateValue(const QDate &date); // ISO 'YYYY-MM-DD' or NULL
QDate dateFrom(const QVariant &value); // invalid for NULL or unparsable text

QVariant optionalNumber(const std::optional<double> &number);
QVariant optionalNumber(const std::optional<int> &number);

// x- fields as compact JSON text; NULL when there are none.
QVariant extensionsValue(const QJsonObject &extensions);
// Fails (returns nullopt) only for stored text that is not a JSON object.
std::optional<QJsonObject> extensionsFrom(const QVariant &value);

} // namespace vt::sql
