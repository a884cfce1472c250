#pragma once

// An editable table over an in-memory list of records of one visit, described
// by column descriptors (RecordColumn). The section models only declare their
// columns; rows, roles, insert/remove/move and change signals live here.

#include "models/editor/EditorTableModel.h"
#include "models/editor/RecordColumn.h"

#include <QLocale>

namespace vt {

template <typename Record> class RecordTableModel : public EditorTableModel
{
public:
    using EditorTableModel::EditorTableModel;

    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
        // Loading is not an edit: no changed() here, the owner knows it loaded.
    }
    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }

    // Replaces a whole record (used for fields that have no column, such as
    // a recommendation's follow-up log).
    void replaceRecord(int row, const Record &record)
    {
        if (row < 0 || row >= m_records.size() || m_records.at(row) == record)
            return;
        m_records[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        Q_EMIT changed();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QString fieldAt(int column) const override
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).field : QString();
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return {};
        const RecordColumn<Record> &column = m_columns.at(index.column());
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return displayValue(column, record);
        case Qt::EditRole:
            return column.value(record);
        case Qt::CheckStateRole:
            if (column.kind == EditorKind::Check)
                return column.value(record).toBool() ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::TextAlignmentRole:
            if (isNumeric(column.kind) || column.kind == EditorKind::ReadOnly)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case EditorKindRole:
            return int(column.kind);
        case ChoicesRole:
            return column.choices;
        case CompletionRole:
            return int(column.completion);
        case ClearableRole:
            return column.clearable && bool(column.setValue);
        case Qt::ToolTipRole:
            // A long text is elided in its cell; the tooltip shows all of it.
            if (cellIssue(index.row(), index.column()).isEmpty() &&
                column.kind == EditorKind::LongText)
                return column.value(record);
            break;
        default:
            break;
        }
        if (column.extraRole) {
            const QVariant extra = column.extraRole(record, role);
            if (extra.isValid())
                return extra;
        }
        return issueData(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return false;
        const RecordColumn<Record> &column = m_columns.at(index.column());
        if (!column.setValue)
            return false;
        QVariant stored = value;
        if (column.kind == EditorKind::Check) {
            if (role != Qt::CheckStateRole && role != Qt::EditRole)
                return false;
            if (role == Qt::CheckStateRole)
                stored = value.toInt() == int(Qt::Checked);
        } else if (role != Qt::EditRole && role != Qt::DisplayRole) {
            return false;
        }
        if (!column.setValue(m_records[index.row()], stored))
            return false;
        // Other columns may derive from this one (progress from target).
        Q_EMIT dataChanged(this->index(index.row(), 0),
                           this->index(index.row(), columnCount() - 1));
        Q_EMIT changed();
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return Qt::NoItemFlags;
        const RecordColumn<Record> &column = m_columns.at(index.column());
        Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
        if (column.setValue)
            result |=
                column.kind == EditorKind::Check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
        return result;
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Horizontal)
            return section >= 0 && section < m_columns.size() ? m_columns.at(section).title
                                                              : QVariant();
        // Row numbers as users count them; the issue summaries use the same.
        return section + 1;
    }

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > m_records.size() || count <= 0)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_records.insert(row, newRecord());
        endInsertRows();
        Q_EMIT changed();
        return true;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_records.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_records.remove(row, count);
        endRemoveRows();
        Q_EMIT changed();
        return true;
    }

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override
    {
        if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
            sourceRow + count > m_records.size() || destinationChild < 0 ||
            destinationChild > m_records.size())
            return false;
        if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                           destinationChild))
            return false;
        if (destinationChild > sourceRow) {
            for (int i = 0; i < count; ++i)
                m_records.move(sourceRow, destinationChild - 1);
        } else {
            for (int i = 0; i < count; ++i)
                m_records.move(sourceRow + i, destinationChild + i);
        }
        endMoveRows();
        Q_EMIT changed();
        return true;
    }

protected:
    void addColumn(RecordColumn<Record> column) { m_columns.append(std::move(column)); }
    // The record a new row starts with.
    virtual Record newRecord() const { return Record(); }

private:
    static bool isNumeric(EditorKind kind)
    {
        return kind == EditorKind::Integer || kind == EditorKind::Decimal;
    }

    static QVariant displayValue(const RecordColumn<Record> &column, const Record &record)
    {
        const QVariant value = column.value(record);
        switch (column.kind) {
        case EditorKind::Choice:
            return column.choices.value(value.toInt());
        case EditorKind::Date:
            return value.toDate().isValid()
                       ? QLocale().toString(value.toDate(), QLocale::ShortFormat)
                       : QString();
        case EditorKind::Decimal:
            return value.isValid()
                       ? QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest)
                       : QString();
        case EditorKind::Integer:
            return value.isValid() ? QLocale().toString(value.toInt()) : QString();
        case EditorKind::Check:
            return {};
        case EditorKind::LongText:
            // One line per row: the line breaks are kept in the record.
            return value.toString().simplified();
        case EditorKind::Text:
        case EditorKind::ReadOnly:
            break;
        }
        return value;
    }

    QList<RecordColumn<Record>> m_columns;
    QList<Record> m_records;
};

} // namespace vt
