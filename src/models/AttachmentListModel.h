#pragma once

// The attachments of one visit as the editor lists them: a thumbnail for
// photos (read from the database when a row is first shown, never the photo
// itself), caption and credit edited in place, the "print in the minutes"
// check for photos, whom each belongs to, type, size and date added. Edits
// are stored at once through AttachmentService; a failure is reported by
// errorOccurred() and the row shows the stored value again.

#include "domain/Visit.h"
#include "services/AttachmentService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <optional>

namespace vt {

class Database;

class AttachmentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CaptionColumn,
        CreditColumn,
        PrintColumn,
        OwnerColumn,
        TypeColumn,
        SizeColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role
    {
        AttachmentIdRole = Qt::UserRole + 1,
        Sha256Role
    };

    explicit AttachmentListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The visit (with its id) whose attachments are listed; its findings and
    // updates name the owners. Only `owner`'s attachments when given.
    void setVisit(const Visit &visit, const std::optional<AttachmentOwner> &owner = {});
    void setReadOnly(bool readOnly);
    // Shown for documents when the desktop's theme has no icon for their type.
    void setDocumentIcon(const QIcon &icon) { m_documentIcon = icon; }
    // Re-reads the list (metadata only).
    void refresh();

    const AttachmentRecord *recordAt(int row) const;
    int rowOf(qint64 id) const;
    // "Visit", "Finding h1: Tiến độ…", "Update 2.1 (05/8/2023)".
    QString ownerLabel(const AttachmentOwner &owner) const;

signals:
    // A caption, credit or "print" stored: for the window's undo stack.
    void described(const vt::AttachmentRecord &before, const vt::AttachmentRecord &after);
    void errorOccurred(const QString &message);

private:
    QPixmap thumbnailOf(const AttachmentRecord &record) const;

    Database &m_database;
    Visit m_visit;
    std::optional<AttachmentOwner> m_owner;
    QList<AttachmentRecord> m_records;
    mutable QHash<QString, QPixmap> m_thumbnails; // by sha256; null: none
    bool m_readOnly = false;
    QIcon m_documentIcon;
};

} // namespace vt
