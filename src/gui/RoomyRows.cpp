#include "gui/RoomyRows.h"

#include <QStyledItemDelegate>
#include <QTreeView>

namespace vt {
namespace {

class RoomyRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // One and a half lines, as a table's row: room for stacked marks.
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 3 / 2));
        return size;
    }
};

} // namespace

void giveRowsRoom(QTreeView *tree)
{
    tree->setItemDelegate(new RoomyRowDelegate(tree));
}

} // namespace vt
