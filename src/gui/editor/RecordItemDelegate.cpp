#include "gui/editor/RecordItemDelegate.h"

#include "gui/editor/CompletionLists.h"
#include "gui/editor/OptionalDateEdit.h"
#include "models/editor/EditorTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <algorithm>

namespace vt {
namespace {

EditorKind kindOf(const QModelIndex &index)
{
    return EditorKind(index.data(EditorTableModel::EditorKindRole).toInt());
}

// Spin boxes allow more than the rules do (a progress of 101%): validation
// then explains the problem instead of the field silently refusing the input.
constexpr int kIntegerMax = 9999;
constexpr double kDecimalMax = 1e12;

// Shows 51.349 and 99,2 as the locale writes them, without trailing zeros, and
// keeps enough decimals that opening a cell never rounds the stored value.
class DecimalSpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        return locale().toString(value, 'f', QLocale::FloatingPointShortest);
    }
};

} // namespace

RecordItemDelegate::RecordItemDelegate(const CompletionLists *completions, QObject *parent)
    : QStyledItemDelegate(parent), m_completions(completions)
{
}

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const bool clearable = index.data(EditorTableModel::ClearableRole).toBool();
    QWidget *editor = nullptr;
    switch (kindOf(index)) {
    case EditorKind::Text: {
        auto *line = new QLineEdit(parent);
        const auto completion =
            CompletionKind(index.data(EditorTableModel::CompletionRole).toInt());
        if (QCompleter *completer = m_completions->createCompleter(completion, line))
            line->setCompleter(completer);
        editor = line;
        break;
    }
    case EditorKind::LongText: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        editor = text;
        break;
    }
    case EditorKind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(EditorTableModel::ChoicesRole).toStringList());
        editor = combo;
        break;
    }
    case EditorKind::Date:
        editor = new OptionalDateEdit(parent);
        break;
    case EditorKind::Integer: {
        auto *spin = new QSpinBox(parent);
        // The minimum stands for "no value" in optional columns.
        spin->setRange(clearable ? -1 : 0, kIntegerMax);
        if (clearable)
            spin->setSpecialValueText(tr("None"));
        editor = spin;
        break;
    }
    case EditorKind::Decimal: {
        auto *spin = new DecimalSpinBox(parent);
        spin->setDecimals(6);
        spin->setRange(clearable ? -kDecimalMax - 1 : -kDecimalMax, kDecimalMax);
        spin->setGroupSeparatorShown(true);
        if (clearable)
            spin->setSpecialValueText(tr("None"));
        editor = spin;
        break;
    }
    case EditorKind::Check:
    case EditorKind::ReadOnly:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(value.toInt());
    else if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
        date->setValue(value.toDate());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.isValid() ? value.toInt() : spin->minimum());
    else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor))
        decimal->setValue(value.isValid() ? value.toDouble() : decimal->minimum());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    const bool clearable = index.data(EditorTableModel::ClearableRole).toBool();
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex());
    } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        model->setData(index, date->value());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        const bool none = clearable && spin->value() == spin->minimum();
        model->setData(index, none ? QVariant() : QVariant(spin->value()));
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        decimal->interpretText();
        const bool none = clearable && decimal->value() == decimal->minimum();
        model->setData(index, none ? QVariant() : QVariant(decimal->value()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void RecordItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A one-line cell is too small to write a paragraph: the text editor
    // grows downwards over the next rows while it is open.
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        QRect rect = editor->geometry();
        rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 6));
        rect.setWidth(std::max(rect.width(), 320));
        editor->setGeometry(rect);
    } else if (qobject_cast<QAbstractSpinBox *>(editor) || qobject_cast<QComboBox *>(editor)) {
        // Dates, numbers and choices open at their natural width even in a
        // narrow column.
        QRect rect = editor->geometry();
        rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
        editor->setGeometry(rect);
    }
}

} // namespace vt
