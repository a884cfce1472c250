#include "models/AttachmentListModel.h"

#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>

namespace vt {
namespace {

bool isImage(const AttachmentRecord &record)
{
    return record.mimeType.startsWith(QLatin1String("image/"));
}

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

} // namespace

AttachmentListModel::AttachmentListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRecord &record = m_records.at(index.row());
    if (role == AttachmentIdRole)
        return record.id;
    if (role == Sha256Role)
        return record.sha256;
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return record.fileName;
        if (role == Qt::DecorationRole) {
            // An icon, so that the view draws it at its icon size.
            const QPixmap thumbnail = thumbnailOf(record);
            if (!thumbnail.isNull())
                return QIcon(thumbnail);
            // The desktop's icon for the type, else our document icon.
            const QString name = QMimeDatabase().mimeTypeForName(record.mimeType).iconName();
            return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : m_documentIcon;
        }
        if (role == Qt::ToolTipRole)
            return tr("SHA-256: %1").arg(record.sha256);
        break;
    case CaptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return record.caption;
        break;
    case CreditColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return record.credit;
        break;
    case PrintColumn:
        if (role == Qt::CheckStateRole && isImage(record))
            return record.printInMinutes ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return isImage(record) ? tr("Print this photo with its caption and credit at the end "
                                        "of the minutes")
                                   : tr("Only photos are printed in the minutes");
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return ownerLabel(record.owner);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole) {
            const QString comment = QMimeDatabase().mimeTypeForName(record.mimeType).comment();
            return comment.isEmpty() ? record.mimeType : comment;
        }
        if (role == Qt::ToolTipRole)
            return record.mimeType;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return locale.formattedDataSize(record.size, 1, QLocale::DataSizeTraditionalFormat);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AddedColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(record.added.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return locale.toString(record.added.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    AttachmentRecord changed = m_records.at(index.row());
    if (index.column() == CaptionColumn && role == Qt::EditRole)
        changed.caption = value.toString().normalized(QString::NormalizationForm_C).trimmed();
    else if (index.column() == CreditColumn && role == Qt::EditRole)
        changed.credit = value.toString().normalized(QString::NormalizationForm_C).trimmed();
    else if (index.column() == PrintColumn && role == Qt::CheckStateRole)
        changed.printInMinutes = Qt::CheckState(value.toInt()) == Qt::Checked;
    else
        return false;
    if (changed == m_records.at(index.row()))
        return true;
    QString error;
    if (!AttachmentService(m_database)
             .describe(changed.id, changed.caption, changed.credit, changed.printInMinutes,
                       &error)) {
        emit errorOccurred(error);
        return false;
    }
    const AttachmentRecord before = std::exchange(m_records[index.row()], changed);
    emit dataChanged(index, index);
    emit described(before, changed);
    return true;
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return flags;
    if (index.column() == CaptionColumn || index.column() == CreditColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == PrintColumn && isImage(m_records.at(index.row())))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
    case CaptionColumn:
        return tr("Caption");
    case CreditColumn:
        return tr("Credit / source");
    case PrintColumn:
        return tr("In minutes");
    case OwnerColumn:
        return tr("Belongs to");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

void AttachmentListModel::setVisit(const Visit &visit, const std::optional<AttachmentOwner> &owner)
{
    m_visit = visit;
    m_owner = owner;
    refresh();
}

void AttachmentListModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AttachmentListModel::refresh()
{
    beginResetModel();
    m_records.clear();
    if (m_visit.id != 0) {
        QString error;
        const QList<AttachmentRecord> all = AttachmentService(m_database).list(m_visit.id, &error);
        for (const AttachmentRecord &record : all) {
            if (!m_owner || record.owner == *m_owner)
                m_records.append(record);
        }
        if (!error.isEmpty())
            emit errorOccurred(error);
    }
    endResetModel();
}

const AttachmentRecord *AttachmentListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int AttachmentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

QString AttachmentListModel::ownerLabel(const AttachmentOwner &owner) const
{
    if (owner.isFinding()) {
        for (const Finding &finding : m_visit.findings) {
            if (finding.key == owner.findingKey)
                return tr("Finding %1: %2").arg(owner.findingKey, elided(finding.text, 40));
        }
        return tr("Finding %1 (no longer in the visit)").arg(owner.findingKey);
    }
    if (owner.isUpdate()) {
        const QString number =
            QStringLiteral("%1.%2").arg(owner.recommendation + 1).arg(owner.update + 1);
        if (owner.recommendation < m_visit.recommendations.size()) {
            const Recommendation &recommendation = m_visit.recommendations.at(owner.recommendation);
            if (owner.update < recommendation.updates.size())
                return tr("Follow-up update %1 (%2)")
                    .arg(number, QLocale().toString(recommendation.updates.at(owner.update).date,
                                                    QLocale::ShortFormat));
        }
        return tr("Follow-up update %1 (no longer in the visit)").arg(number);
    }
    return tr("The visit");
}

QPixmap AttachmentListModel::thumbnailOf(const AttachmentRecord &record) const
{
    if (!isImage(record))
        return {};
    const auto cached = m_thumbnails.constFind(record.sha256);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    const QImage image = AttachmentService(m_database).thumbnail(record);
    const QPixmap pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    m_thumbnails.insert(record.sha256, pixmap);
    return pixmap;
}

} // namespace vt
