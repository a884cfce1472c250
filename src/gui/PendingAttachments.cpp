#include "gui/PendingAttachments.h"

#include "gui/FileDialogs.h"
#include "gui/Icons.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt {

PendingAttachments::PendingAttachments(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pendingAttachments"));
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pendingAttachmentsList"));
    m_list->setAccessibleName(tr("Files to attach"));
    m_list->setMaximumHeight(80);
    auto *add =
        new QPushButton(actionIcon(QStringLiteral("mail-attachment")), tr("Attach &files…"), this);
    add->setObjectName(QStringLiteral("pendingAttachmentsAddButton"));
    add->setToolTip(tr("Photos or documents proving the progress; you can also drop files here"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("pendingAttachmentsRemoveButton"));
    m_remove->setEnabled(false);
    // The buttons under the list: Tab goes through them in reading order.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this,
            [this] { addFiles(FileDialogs::openFileNames(this, tr("Attach files"), {}, {})); });
    connect(m_remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

QStringList PendingAttachments::files() const
{
    QStringList paths;
    for (int row = 0; row < m_list->count(); ++row)
        paths.append(m_list->item(row)->data(Qt::UserRole).toString());
    return paths;
}

void PendingAttachments::addFiles(const QStringList &paths)
{
    const QStringList present = files();
    for (const QString &path : paths) {
        if (present.contains(path))
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_list);
        item->setData(Qt::UserRole, path);
    }
}

void PendingAttachments::clear()
{
    m_list->clear();
    m_remove->setEnabled(false);
}

std::optional<QList<PreparedAttachment>>
PendingAttachments::prepare(const AttachmentService &service, QString *error) const
{
    QList<PreparedAttachment> prepared;
    for (const QString &path : files()) {
        std::optional<PreparedAttachment> file = service.prepare(path, error);
        if (!file)
            return std::nullopt;
        prepared.append(std::move(*file));
    }
    return prepared;
}

void PendingAttachments::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PendingAttachments::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace vt
