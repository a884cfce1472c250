#include "gui/FileDialogs.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QScreen>
#include <QTreeView>

namespace vt::FileDialogs {
namespace {

// The columns of QFileSystemModel.
constexpr int kSizeColumn = 1;
constexpr int kTypeColumn = 2;
constexpr int kDateColumn = 3;

// Reformats the size and date columns in the default locale, which the program
// sets to the chosen language; QFileSystemModel uses QLocale::system().
class LocalisedFileModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || files == nullptr ||
            (index.column() != kSizeColumn && index.column() != kDateColumn))
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        const QLocale locale;
        if (index.column() == kDateColumn) {
            const QDateTime modified = files->lastModified(source);
            if (!modified.isValid())
                return {};
            return QString(locale.toString(modified.date(), QLocale::ShortFormat) +
                           QLatin1Char(' ') +
                           locale.toString(modified.time(), QLocale::ShortFormat));
        }
        if (files->isDir(source))
            return QIdentityProxyModel::data(index, role); // folders show no size
        return locale.formattedDataSize(files->size(source));
    }
};

QStringList run(QFileDialog &dialog, QString *selectedFilter)
{
    // Ignored by native dialogs, which speak the desktop's language.
    dialog.setProxyModel(new LocalisedFileModel(&dialog));
    if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        QHeaderView *header = details->header();
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column : {kSizeColumn, kTypeColumn, kDateColumn})
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Qt's default is too small to show a name, a type and a date side by side.
    QSize size(900, 560);
    if (const QScreen *screen = dialog.screen())
        size = size.boundedTo(screen->availableSize());
    dialog.resize(size);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter != nullptr)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles();
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &path,
                     const QString &filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, nullptr).value(0);
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &path,
                          const QString &filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog, nullptr);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                     const QString &filter, QString *selectedFilter)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog, selectedFilter).value(0);
}

} // namespace vt::FileDialogs
