#include "TextCollector.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeView>

namespace vt::test {
namespace {

QString nameOf(const QObject *object)
{
    const QString name = object->objectName();
    return QString::fromLatin1(object->metaObject()->className()) +
           (name.isEmpty() ? QString() : QLatin1Char(' ') + name);
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void add(QList<SeenText> &out, const QString &text, const QString &where, bool mnemonic = false)
{
    if (!text.trimmed().isEmpty())
        out.append({plain(text), where, mnemonic});
}

// Headers and the first rows of a view: the cells hold translated vocabulary
// (statuses, kinds) besides the records' own text.
void addItemView(QList<SeenText> &out, QAbstractItemView *view, const QString &where)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->isHeaderHidden() ? nullptr : tree->header();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header && !header->isSectionHidden(column) && header->isVisible()) {
            add(out, model->headerData(column, Qt::Horizontal).toString(),
                where + QStringLiteral(" header %1").arg(column));
            add(out, model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                where + QStringLiteral(" header tool tip %1").arg(column));
        }
    }
    const auto addRows = [&](const QModelIndex &parent, int depth, const auto &self) -> void {
        const int rows = qMin(model->rowCount(parent), 30);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                add(out, index.data(Qt::DisplayRole).toString(),
                    where + QStringLiteral(" cell %1,%2").arg(row).arg(column));
                add(out, index.data(Qt::ToolTipRole).toString(),
                    where + QStringLiteral(" cell tool tip %1,%2").arg(row).arg(column));
            }
            if (depth < 2 && model->hasChildren(model->index(row, 0, parent)))
                self(model->index(row, 0, parent), depth + 1, self);
        }
    };
    addRows(view->rootIndex(), 0, addRows);
}

void addWidget(QList<SeenText> &out, QWidget *widget)
{
    const QString where = nameOf(widget);
    add(out, widget->toolTip(), where + QStringLiteral(" tool tip"));
    add(out, widget->statusTip(), where + QStringLiteral(" status tip"));
    add(out, widget->whatsThis(), where + QStringLiteral(" what's this"));
    add(out, widget->accessibleName(), where + QStringLiteral(" accessible name"));
    add(out, widget->accessibleDescription(), where + QStringLiteral(" accessible description"));
    if (widget->isWindow())
        add(out, widget->windowTitle(), QStringLiteral("window title of ") + where);

    if (auto *label = qobject_cast<QLabel *>(widget))
        add(out, label->text(), where, label->buddy() != nullptr);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        add(out, button->text(), where, true);
    else if (auto *group = qobject_cast<QGroupBox *>(widget))
        add(out, group->title(), where, true);
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        add(out, line->placeholderText(), where + QStringLiteral(" placeholder"));
    else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
        add(out, plainEdit->placeholderText(), where + QStringLiteral(" placeholder"));
    else if (auto *textEdit = qobject_cast<QTextEdit *>(widget))
        add(out, textEdit->placeholderText(), where + QStringLiteral(" placeholder"));
    else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        // An editable combo's items are the user's own words (completions).
        if (!combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                add(out, combo->itemText(i), where + QStringLiteral(" item %1").arg(i));
        }
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(out, tabs->tabText(i), where + QStringLiteral(" tab %1").arg(i), true);
            add(out, tabs->tabToolTip(i), where + QStringLiteral(" tab tool tip %1").arg(i));
        }
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
               view && !qobject_cast<QHeaderView *>(widget)) {
        addItemView(out, view, where);
    } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
        for (QAction *action : menuBar->actions()) {
            add(out, action->text(), where + QStringLiteral(" menu title"), true);
        }
    }
    if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        add(out, spin->prefix(), where + QStringLiteral(" prefix"));
        add(out, spin->suffix(), where + QStringLiteral(" suffix"));
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        add(out, spin->specialValueText(), where + QStringLiteral(" special value"));
    // Tool bars and docks show their titles in the context menu.
    for (QAction *action : widget->actions()) {
        if (!qobject_cast<QMenuBar *>(widget) && !qobject_cast<QMenu *>(widget)) {
            add(out, action->toolTip(), where + QStringLiteral(" action tool tip"));
            add(out, action->statusTip(), where + QStringLiteral(" action status tip"));
        }
    }
}

} // namespace

QList<SeenText> visibleTexts(QWidget *window)
{
    QList<SeenText> out;
    addWidget(out, window);
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisibleTo(window) && !child->isWindow())
            addWidget(out, child);
    }
    return out;
}

QList<SeenText> menuTexts(QMenu *menu, const QString &where)
{
    QList<SeenText> out;
    add(out, menu->title(), where + QStringLiteral(" menu title"));
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString at = where + QStringLiteral(" ▸ ") + action->text();
        // Recent files are file names, not words of the program.
        if (action->data().isNull() || action->menu())
            add(out, action->text(), at);
        add(out, action->toolTip(), at + QStringLiteral(" tool tip"));
        add(out, action->statusTip(), at + QStringLiteral(" status tip"));
        if (action->menu())
            out += menuTexts(action->menu(), at);
    }
    return out;
}

QString withoutMnemonic(QString text)
{
    // "Lưu (&S)": the CJK-style suffix some translations use.
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(&\\w\\)"));
    text.remove(suffix);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" is a literal '&'; "&x" is x underlined
        }
        out += text.at(i);
    }
    return out.trimmed();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace vt::test
