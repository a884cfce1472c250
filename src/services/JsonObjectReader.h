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
#include <QString>
#include <QVarLengthArray>
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
    // `path` is the object's own path ("visits[0]"; empty for the top
    // level). Problems are appended to `errors`.
    ObjectReader(QJsonObject object, QString path, QList<ValidationIssue> &errors);
    // An element of the list `list` of `parent`: "visits[0].attendees[2]".
    // Its path is made only if it has a problem to report (a visit has dozens
    // of elements and almost never a problem); `parent` must outlive it.
    ObjectReader(QJsonObject object, const ObjectReader &parent, QLatin1StringView list,
                 qsizetype index);

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
    QString path() const;
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
    QString m_path; // when not an element of a parent's list
    const ObjectReader *m_parent = nullptr;
    QLatin1StringView m_list;
    qsizetype m_index = 0;
    QList<ValidationIssue> &m_errors;
    // The fields asked for: a few names, compared without making strings.
    QVarLengthArray<QLatin1StringView, 16> m_known;
};

// Paths of list elements: "visits[3]".
QString elementPath(const QString &listPath, qsizetype index);

} // namespace vt::json
