#include "services/JsonObjectReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vt::json {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::JsonInterchange)
};

// A value as shown in a message; shortened so a pasted essay in the wrong
// field does not flood the error list.
QString quoted(const QString &value)
{
    constexpr qsizetype kShown = 60;
    if (value.size() <= kShown)
        return u'"' + value + u'"';
    return u'"' + value.left(kShown) + QStringLiteral("…\"");
}

bool isDigits(QStringView text)
{
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

} // namespace

QString elementPath(const QString &listPath, qsizetype index)
{
    return listPath + u'[' + QString::number(index) + u']';
}

ObjectReader::ObjectReader(QJsonObject object, QString path, QList<ValidationIssue> &errors)
    : m_object(std::move(object)), m_path(std::move(path)), m_errors(errors)
{
}

ObjectReader::ObjectReader(QJsonObject object, const ObjectReader &parent, QLatin1StringView list,
                           qsizetype index)
    : m_object(std::move(object)), m_parent(&parent), m_list(list), m_index(index),
      m_errors(parent.m_errors)
{
}

QString ObjectReader::path() const
{
    return m_parent ? elementPath(m_parent->pathOf(m_list), m_index) : m_path;
}

QString ObjectReader::pathOf(QLatin1StringView name) const
{
    const QString own = path();
    return own.isEmpty() ? QString(name) : own + u'.' + name;
}

void ObjectReader::addError(const QString &path, const QString &message)
{
    m_errors.append({path, message});
}

std::optional<QJsonValue> ObjectReader::take(QLatin1StringView name, Presence presence)
{
    m_known.append(name);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            addError(pathOf(name), Text::tr("is required"));
        return std::nullopt;
    }
    return it.value();
}

void ObjectReader::expected(QLatin1StringView name, Expected what)
{
    switch (what) {
    case Expected::String:
        addError(pathOf(name), Text::tr("expected a string"));
        break;
    case Expected::Number:
        addError(pathOf(name), Text::tr("expected a number"));
        break;
    case Expected::WholeNumber:
        addError(pathOf(name), Text::tr("expected a whole number"));
        break;
    case Expected::Boolean:
        addError(pathOf(name), Text::tr("expected true or false"));
        break;
    case Expected::Array:
        addError(pathOf(name), Text::tr("expected an array"));
        break;
    case Expected::Date:
        addError(pathOf(name), Text::tr("expected a date as YYYY-MM-DD"));
        break;
    }
}

void ObjectReader::unknownValue(QLatin1StringView name, const QString &value)
{
    addError(pathOf(name), Text::tr("unknown value %1").arg(quoted(value)));
}

QString ObjectReader::text(QLatin1StringView name, Presence presence)
{
    const std::optional<QJsonValue> value = take(name, presence);
    if (!value)
        return {};
    if (!value->isString()) {
        expected(name, Expected::String);
        return {};
    }
    return value->toString();
}

QDate ObjectReader::date(QLatin1StringView name, Presence presence)
{
    const std::optional<QJsonValue> value = take(name, presence);
    if (!value)
        return {};
    if (!value->isString()) {
        expected(name, Expected::Date);
        return {};
    }
    // Checked by hand rather than with QDate::fromString, so that the message
    // can tell a date in another form ("7/6/2023") from an impossible one.
    const QString text = value->toString();
    const QStringView v(text);
    const bool shaped = v.size() == 10 && v.at(4) == u'-' && v.at(7) == u'-' &&
                        isDigits(v.mid(0, 4)) && isDigits(v.mid(5, 2)) && isDigits(v.mid(8, 2));
    if (!shaped) {
        addError(pathOf(name),
                 Text::tr("expected a date as YYYY-MM-DD, found %1").arg(quoted(text)));
        return {};
    }
    const QDate date(v.mid(0, 4).toInt(), v.mid(5, 2).toInt(), v.mid(8, 2).toInt());
    if (!date.isValid())
        addError(pathOf(name), Text::tr("impossible date %1").arg(quoted(text)));
    return date;
}

std::optional<double> ObjectReader::number(QLatin1StringView name, Presence presence)
{
    const std::optional<QJsonValue> value = take(name, presence);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        expected(name, Expected::Number);
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<int> ObjectReader::percent(QLatin1StringView name)
{
    const std::optional<QJsonValue> value = take(name, Presence::Optional);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || number != std::trunc(number)) {
        expected(name, Expected::WholeNumber);
        return std::nullopt;
    }
    // Checked here rather than left to validation: a huge value would not
    // even fit the int it is stored in.
    if (number < 0 || number > 100) {
        addError(pathOf(name), Text::tr("must be between 0 and 100"));
        return std::nullopt;
    }
    return int(number);
}

bool ObjectReader::boolean(QLatin1StringView name, bool fallback)
{
    const std::optional<QJsonValue> value = take(name, Presence::Optional);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        expected(name, Expected::Boolean);
        return fallback;
    }
    return value->toBool();
}

QJsonArray ObjectReader::array(QLatin1StringView name, Presence presence)
{
    const std::optional<QJsonValue> value = take(name, presence);
    if (!value)
        return {};
    if (!value->isArray()) {
        expected(name, Expected::Array);
        return {};
    }
    return value->toArray();
}

QStringList ObjectReader::textList(QLatin1StringView name)
{
    const QJsonArray values = array(name);
    QStringList result;
    result.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values.at(i);
        if (value.isString())
            result.append(value.toString());
        else
            addError(elementPath(pathOf(name), i), Text::tr("expected a string"));
    }
    return result;
}

QJsonObject ObjectReader::extensions()
{
    QJsonObject result;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1StringView("x-")))
            result.insert(key, it.value());
        else if (!std::any_of(m_known.cbegin(), m_known.cend(),
                              [&](QLatin1StringView known) { return key == known; }))
            addError(m_parent || !m_path.isEmpty() ? path() + u'.' + key : key,
                     Text::tr("unknown field"));
    }
    return result;
}

} // namespace vt::json
