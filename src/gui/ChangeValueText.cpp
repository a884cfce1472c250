#include "gui/ChangeValueText.h"

#include "domain/CarryOver.h"
#include "domain/Enums.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vt {
namespace {

// The record a path ends in: "recommendations[0].updates[1]" -> "updates".
QString lastRecordName(const QString &path)
{
    const QString segment = path.section(QLatin1Char('.'), -1);
    return segment.left(segment.indexOf(QLatin1Char('[')));
}

bool isDateField(const QString &key)
{
    return key == QLatin1StringView("date") || key == QLatin1StringView("end_date") ||
           key == QLatin1StringView("as_of") || key == QLatin1StringView("due") ||
           key == QLatin1StringView("completed");
}

template <typename Enum> QString enumName(const QString &key)
{
    const std::optional<Enum> value = fromKey<Enum>(key);
    return value ? displayName(*value) : key; // a newer program's value, as stored
}

} // namespace

QString ChangeValueText::recordName(const QString &path)
{
    // The stored paths are the interchange's, counted from 0; the user reads
    // them counted from 1.
    if (path == QLatin1StringView("visit"))
        return tr("The visit");
    if (path == QLatin1StringView("organisation"))
        return tr("The organisation");
    if (path == QLatin1StringView("attachment"))
        return tr("Attachment");
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = segment.indexOf(QLatin1Char('['));
        const QString name = segment.left(bracket);
        const int number = bracket < 0 ? 0 : segment.mid(bracket + 1).chopped(1).toInt() + 1;
        QString label;
        if (name == QLatin1StringView("attendees"))
            label = tr("Attendee %1");
        else if (name == QLatin1StringView("figures"))
            label = tr("Report figure %1");
        else if (name == QLatin1StringView("findings"))
            label = tr("Finding %1");
        else if (name == QLatin1StringView("indicators"))
            label = tr("Indicator %1");
        else if (name == QLatin1StringView("recommendations"))
            label = tr("Recommendation %1");
        else if (name == QLatin1StringView("updates"))
            label = tr("follow-up update %1");
        else if (name == QLatin1StringView("carried_over"))
            label = tr("Verdict on an earlier recommendation %1");
        else
            return path; // written by a newer program: shown as stored
        parts << label.arg(number);
    }
    return parts.join(QStringLiteral(" › "));
}

namespace {

// The label a field has in the form it is edited in; the key itself for a
// field this program does not know (an `x-` extension or a newer program's).
QString fieldLabel(const QString &record, const QString &key)
{
    const auto is = [&key](const char *name) { return key == QLatin1StringView(name); };
    const bool visit = record == QLatin1StringView("visit");
    if (visit) {
        if (is("ref"))
            return ChangeValueText::tr("Reference");
        if (is("title"))
            return ChangeValueText::tr("Title");
        if (is("end_date"))
            return ChangeValueText::tr("End date");
        if (is("location"))
            return ChangeValueText::tr("Place");
        if (is("delegation"))
            return ChangeValueText::tr("Delegation");
        if (is("host"))
            return ChangeValueText::tr("Host organisation");
        if (is("topic"))
            return ChangeValueText::tr("Topic");
        if (is("summary"))
            return ChangeValueText::tr("Summary");
        if (is("attendees"))
            return ChangeValueText::tr("Attendees");
        if (is("figures"))
            return ChangeValueText::tr("Report figures");
        if (is("findings"))
            return ChangeValueText::tr("Findings");
        if (is("indicators"))
            return ChangeValueText::tr("Indicators");
        if (is("recommendations"))
            return ChangeValueText::tr("Recommendations");
    }
    if (record == QLatin1StringView("organisation")) {
        if (is("name"))
            return ChangeValueText::tr("Organisation");
        if (is("parent"))
            return ChangeValueText::tr("Under");
    }
    if (record == QLatin1StringView("attachment")) {
        if (is("name"))
            return ChangeValueText::tr("File");
        if (is("type"))
            return ChangeValueText::tr("File type");
        if (is("size"))
            return ChangeValueText::tr("Size");
        if (is("sha256"))
            return QStringLiteral("SHA-256");
        if (is("print_in_minutes"))
            return ChangeValueText::tr("In the minutes");
        if (is("caption"))
            return ChangeValueText::tr("Caption");
        if (is("credit"))
            return ChangeValueText::tr("Credit / source");
        if (is("finding"))
            return ChangeValueText::tr("Of the finding");
        if (is("update"))
            return ChangeValueText::tr("Of");
    }
    if (record == QLatin1StringView("figures") && is("label"))
        return ChangeValueText::tr("Report figure");
    if (record == QLatin1StringView("indicators") && is("name"))
        return ChangeValueText::tr("Indicator");
    if (record == QLatin1StringView("recommendations") && is("text"))
        return ChangeValueText::tr("Recommendation");
    if (record == QLatin1StringView("carried_over") && is("recommendation_id"))
        return ChangeValueText::tr("Recommendation no.");
    if (is("kind"))
        return visit ? ChangeValueText::tr("Form") : ChangeValueText::tr("Kind");
    if (is("status"))
        return ChangeValueText::tr("Status");
    if (is("date"))
        return ChangeValueText::tr("Date");
    if (is("name"))
        return ChangeValueText::tr("Full name");
    if (is("position"))
        return ChangeValueText::tr("Position");
    if (is("organisation"))
        return ChangeValueText::tr("Unit");
    if (is("side"))
        return ChangeValueText::tr("Side");
    if (is("role"))
        return ChangeValueText::tr("Role");
    if (is("present"))
        return ChangeValueText::tr("Present");
    if (is("note"))
        return ChangeValueText::tr("Note");
    if (is("value"))
        return ChangeValueText::tr("Value");
    if (is("unit"))
        return ChangeValueText::tr("Unit of measure");
    if (is("as_of"))
        return ChangeValueText::tr("As of");
    if (is("key"))
        return ChangeValueText::tr("Key");
    if (is("category"))
        return ChangeValueText::tr("Category");
    if (is("area"))
        return ChangeValueText::tr("Area");
    if (is("text"))
        return ChangeValueText::tr("Text");
    if (is("period"))
        return ChangeValueText::tr("Period");
    if (is("target"))
        return ChangeValueText::tr("Target");
    if (is("actual"))
        return ChangeValueText::tr("Actual");
    if (is("responsible"))
        return ChangeValueText::tr("Responsible unit");
    if (is("due"))
        return ChangeValueText::tr("Deadline");
    if (is("completed"))
        return ChangeValueText::tr("Completed");
    if (is("addresses"))
        return ChangeValueText::tr("Limitations addressed");
    if (is("progress"))
        return ChangeValueText::tr("Progress");
    if (is("verdict"))
        return ChangeValueText::tr("Verdict");
    return key;
}

// An enum key shown by its display name: which enum depends on the record.
QString enumText(const QString &record, const QString &key, const QString &value)
{
    const auto is = [&key](const char *name) { return key == QLatin1StringView(name); };
    if (is("kind"))
        return record == QLatin1StringView("organisation") ? enumName<OrganisationKind>(value)
                                                           : enumName<VisitKind>(value);
    if (is("status"))
        return record == QLatin1StringView("recommendations")
                   ? enumName<RecommendationStatus>(value)
                   : enumName<VisitStatus>(value);
    if (is("side"))
        return enumName<Side>(value);
    if (is("role"))
        return enumName<AttendeeRole>(value);
    if (is("category"))
        return enumName<FindingCategory>(value);
    if (is("verdict")) {
        const std::optional<Verdict> verdict = verdictFromKey(value);
        return verdict ? displayName(*verdict) : value;
    }
    return value;
}

QString fieldValue(const QString &record, const QString &key, const QJsonValue &value)
{
    const QLocale locale;
    if (value.isNull())
        return QStringLiteral("—"); // absent: no parent, no kind, no value
    if (value.isBool())
        return value.toBool() ? ChangeValueText::tr("yes") : ChangeValueText::tr("no");
    const bool attachment = record == QLatin1StringView("attachment");
    if (attachment && key == QLatin1StringView("size"))
        return locale.formattedDataSize(qint64(value.toDouble()));
    if (attachment && key == QLatin1StringView("update"))
        return ChangeValueText::recordName(
            value.toString()); // "Recommendation 1 › follow-up update 2"
    if (value.isDouble()) {
        const QString number = locale.toString(value.toDouble(), 'g', 15);
        return key == QLatin1StringView("progress") ? ChangeValueText::tr("%1%").arg(number)
                                                    : number;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (record == QLatin1StringView("visit") || key.startsWith(QLatin1StringView("x-")))
            return locale.toString(array.size()); // a whole visit's records: how many
        QStringList items;                        // finding keys a recommendation addresses
        for (const QJsonValue &item : array)
            items << (item.isString()
                          ? item.toString()
                          : QString::fromUtf8(
                                QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (isDateField(key)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    }
    return enumText(record, key, text);
}

} // namespace

QString ChangeValueText::valueText(const QString &path, const QString &json)
{
    const QString record = lastRecordName(path);
    const QByteArray utf8 = json.toUtf8();
    const QJsonObject object = QJsonDocument::fromJson(utf8).object();
    QStringList parts;
    // Fields in the order the record was written (interchange order), not
    // QJsonObject's alphabetical one: by where each key first appears (a
    // record's own fields come before the lists nested in it).
    QList<std::pair<qsizetype, QString>> ordered;
    for (const QString &key : object.keys())
        ordered.append({utf8.indexOf(QByteArray('"' + key.toUtf8() + "\":")), key});
    std::sort(ordered.begin(), ordered.end());
    QStringList keys;
    for (const auto &[position, key] : std::as_const(ordered))
        keys << key;
    for (const QString &key : std::as_const(keys))
        parts << fieldLabel(record, key) + QLatin1StringView(": ") +
                     fieldValue(record, key, object.value(key));
    return parts.join(QLatin1StringView("; "));
}

} // namespace vt
