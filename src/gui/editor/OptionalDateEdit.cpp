#include "gui/editor/OptionalDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

namespace vt {
namespace {
const QDate kNoDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setMinimumDate(kNoDate);
    setSpecialValueText(tr("None"));
    setCalendarPopup(true);
    // The locale's short format, but with four-digit years: "23" is ambiguous.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    setDisplayFormat(format);
    setDate(kNoDate);
}

QDate OptionalDateEdit::value() const
{
    return date() == kNoDate ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &newDate)
{
    setDate(newDate.isValid() ? newDate : kNoDate);
}

void OptionalDateEdit::stepBy(int steps)
{
    if (!hasValue()) {
        startAtToday();
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    // The calendar pops up at the current date: make that today, not 1900.
    if (!hasValue())
        startAtToday();
    QDateEdit::mousePressEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (!hasValue() && !event->text().isEmpty() && event->text().at(0).isDigit())
        startAtToday();
    // Delete on a fully selected date clears it: the only way back to "none".
    if (hasValue() && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        lineEdit()->selectedText() == lineEdit()->text()) {
        setValue({});
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::startAtToday()
{
    setDate(QDate::currentDate());
    selectAll();
}

} // namespace vt
