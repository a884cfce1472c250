#pragma once

// Column descriptors for RecordTableModel: one small value per column instead
// of one switch per role in six models. Factories bind a column to a member of
// the record; EditRole carries the raw value (QString, enum index, QDate,
// double, int, bool), DisplayRole is derived from it by the model.

#include "domain/Enums.h"
#include "models/editor/EditorTableModel.h"

#include <QDate>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace vt {

template <typename Record> struct RecordColumn
{
    QString field; // interchange name, to match validation paths
    QString title;
    EditorKind kind = EditorKind::Text;
    std::function<QVariant(const Record &)> value;            // EditRole value
    std::function<bool(Record &, const QVariant &)> setValue; // empty: read-only
    QStringList choices;                                      // for EditorKind::Choice
    CompletionKind completion = CompletionKind::None;
    bool clearable = false;
    // Further roles (colour of a progress value...); an invalid QVariant if none.
    std::function<QVariant(const Record &, int role)> extraRole;
};

namespace columns {

// Assigns when different, so that setData reports unchanged values as such.
template <typename T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

template <typename Enum> QStringList choicesOf()
{
    QStringList names;
    for (int i = 0; i < valueCount<Enum>(); ++i)
        names << displayName(valueAt<Enum>(i));
    return names;
}

template <typename Enum> int indexOf(Enum value)
{
    for (int i = 0; i < valueCount<Enum>(); ++i) {
        if (valueAt<Enum>(i) == value)
            return i;
    }
    return -1;
}

template <typename Record>
RecordColumn<Record> text(const QString &field, const QString &title, QString Record::*member,
                          CompletionKind completion = CompletionKind::None)
{
    RecordColumn<Record> c{field, title, EditorKind::Text, {}, {}, {}, completion, false, {}};
    c.value = [member](const Record &r) { return QVariant(r.*member); };
    c.setValue = [member](Record &r, const QVariant &v) { return assign(r.*member, v.toString()); };
    return c;
}

template <typename Record>
RecordColumn<Record> longText(const QString &field, const QString &title, QString Record::*member)
{
    RecordColumn<Record> c = text(field, title, member);
    c.kind = EditorKind::LongText;
    return c;
}

template <typename Record, typename Enum>
RecordColumn<Record> choice(const QString &field, const QString &title, Enum Record::*member)
{
    RecordColumn<Record> c{
        field, title, EditorKind::Choice, {}, {}, choicesOf<Enum>(), CompletionKind::None,
        false, {}};
    c.value = [member](const Record &r) { return QVariant(indexOf(r.*member)); };
    c.setValue = [member](Record &r, const QVariant &v) {
        bool ok = false;
        const int index = v.toInt(&ok);
        if (!ok || index < 0 || index >= valueCount<Enum>())
            return false;
        return assign(r.*member, valueAt<Enum>(index));
    };
    return c;
}

// An invalid QDate means "no date"; an invalid QVariant clears the cell.
template <typename Record>
RecordColumn<Record> date(const QString &field, const QString &title, QDate Record::*member)
{
    RecordColumn<Record> c{field, title, EditorKind::Date, {}, {}, {}, CompletionKind::None,
                           true,  {}};
    c.value = [member](const Record &r) { return QVariant(r.*member); };
    c.setValue = [member](Record &r, const QVariant &v) { return assign(r.*member, v.toDate()); };
    return c;
}

template <typename Record>
RecordColumn<Record> decimal(const QString &field, const QString &title, double Record::*member)
{
    RecordColumn<Record> c{field, title, EditorKind::Decimal, {}, {}, {}, CompletionKind::None,
                           false, {}};
    c.value = [member](const Record &r) { return QVariant(r.*member); };
    c.setValue = [member](Record &r, const QVariant &v) {
        bool ok = false;
        const double number = v.toDouble(&ok);
        return ok && assign(r.*member, number);
    };
    return c;
}

// Optional numbers: an invalid or empty QVariant stores std::nullopt.
template <typename Record, typename Number>
RecordColumn<Record> optionalNumber(const QString &field, const QString &title,
                                    std::optional<Number> Record::*member)
{
    constexpr bool isInt = std::is_integral_v<Number>;
    RecordColumn<Record> c{field,
                           title,
                           isInt ? EditorKind::Integer : EditorKind::Decimal,
                           {},
                           {},
                           {},
                           CompletionKind::None,
                           true,
                           {}};
    c.value = [member](const Record &r) {
        return (r.*member) ? QVariant(*(r.*member)) : QVariant();
    };
    c.setValue = [member](Record &r, const QVariant &v) {
        if (!v.isValid() || v.toString().trimmed().isEmpty())
            return assign(r.*member, std::optional<Number>());
        bool ok = false;
        const Number number = isInt ? Number(v.toInt(&ok)) : Number(v.toDouble(&ok));
        return ok && assign(r.*member, std::optional<Number>(number));
    };
    return c;
}

template <typename Record>
RecordColumn<Record> check(const QString &field, const QString &title, bool Record::*member)
{
    RecordColumn<Record> c{field, title, EditorKind::Check, {}, {}, {}, CompletionKind::None,
                           false, {}};
    c.value = [member](const Record &r) { return QVariant(r.*member); };
    c.setValue = [member](Record &r, const QVariant &v) { return assign(r.*member, v.toBool()); };
    return c;
}

// A value computed from the record, shown but never edited.
template <typename Record>
RecordColumn<Record> computed(const QString &field, const QString &title,
                              std::function<QVariant(const Record &)> value)
{
    return {field, title, EditorKind::ReadOnly, std::move(value), {}, {}, CompletionKind::None,
            false, {}};
}

} // namespace columns
} // namespace vt
