#pragma once

// Reads the fields of one JSON object of an interchange document, checking
// presence, type and vocabulary, and collecting every problem with its path
// instead of stopping at the first. Every field asked for counts as known;
// whatever was not asked for is an unknown field, except "x-" extensions.

#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace vt::json {

enum class Presence
{
    Optional,
    Required
};

class ObjectReader final
{
public:
    // `path` is the object's own path ("visits[0].attendees[2]"; empty for the
    // top level). Problems are appended to `errors`.
    ObjectReader(QJsonObject object, QString path, QList<ValidationIssue> &errors);

    QString text(QLatin1StringView name, Presence presence = Presence::Optional);
    QDate date(QLatin1StringView name, Presence presence = Presence::Optional);
    std::optional<double> number(QLatin1StringView name, Presence presence = Presence::Optional);
    std::optional<int> percent(QLatin1StringView name);
    bool boolean(QLatin1StringView name, bool fallback);
    QStringList textList(QLatin1StringView name);
    QJsonArray array(QLatin1StringView name, Presence presence = Presence::Optional);

    // An enum by its exact key; `fallback` when absent or wrong.
    template <typename Enum>
    Enum choice(QLatin1StringView name, Enum fallback, Presence presence = Presence::Optional)
    {
        const std::optional<QJsonValue> value = take(name, presence);
        if (!value)
            return fallback;
        if (!value->isString()) {
            expected(name, Expected::String);
            return fallback;
        }
        if (const std::optional<Enum> parsed = fromKey<Enum>(value->toString()))
            return *parsed;
        unknownValue(name, value->toString());
        return fallback;
    }

    // Reports every field not asked for so far, except "x-" ones, which it
    // returns verbatim. Call once, after reading all known fields.
    QJsonObject extensions();

    QString pathOf(QLatin1StringView name) const;
    const QString &path() const { return m_path; }
    QList<ValidationIssue> &errors() { return m_errors; }
    void addError(const QString &path, const QString &message);

private:
    enum class Expected
    {
        String,
        Number,
        WholeNumber,
        Boolean,
        Array,
        Date
    };

    // The value of a field, marked as known; nullopt when absent (reported if
    // required).
    std::optional<QJsonValue> take(QLatin1StringView name, Presence presence);
    void expected(QLatin1StringView name, Expected what);
    void unknownValue(QLatin1StringView name, const QString &value);

    QJsonObject m_object;
    QString m_path;
    QList<ValidationIssue> &m_errors;
    QSet<QString> m_known;
};

// Paths of list elements: "visits[3]".
QString elementPath(const QString &listPath, qsizetype index);

} // namespace vt::json
