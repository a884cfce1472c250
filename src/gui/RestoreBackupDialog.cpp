#include "gui/RestoreBackupDialog.h"

#include "gui/BackgroundTask.h"
#include "gui/DatabaseSession.h"
#include "services/BackgroundBackup.h"
#include "storage/BackupFiles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace vt {
namespace {

// A backup of a small file is done before a dialog would be worth showing.
constexpr int kShowProgressAfterMs = 300;

// When the backup was made, as the user's clock and language write it
// ("28/11/2026 10:11"): the file names keep UTC.
QString takenText(const BackupEntry &entry)
{
    return QLocale().toString(entry.taken.toLocalTime(), QLocale::ShortFormat);
}

enum Column
{
    DateColumn,
    VisitsColumn,
    SizeColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Visits"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VisitsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &RestoreBackupDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreSelected(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_backUpNow = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_backUpNow, &QPushButton::clicked, this, &RestoreBackupDialog::backUpNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    refresh();
}

void RestoreBackupDialog::refresh()
{
    const BackupRotation rotation;
    const QString database = m_session.filePath();
    m_intro->setText(
        tr("Backups of “%1” in %2, newest first. Restoring one keeps the current file as a "
           "backup first, so nothing is lost.")
            .arg(QFileInfo(database).fileName(), QDir::toNativeSeparators(rotation.folder())));
    m_entries = m_session.isOpen() ? rotation.backupsOf(database) : QList<BackupEntry>();
    const QLocale locale;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const BackupEntry &entry = m_entries.at(row);
        const BackupFileSummary summary = summariseBackupFile(entry.filePath);
        auto *date = cell(takenText(entry));
        date->setToolTip(QDir::toNativeSeparators(entry.filePath));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, VisitsColumn,
                         summary.readable
                             ? cell(locale.toString(summary.visitCount), Qt::AlignRight)
                             : cell(tr("unreadable: %1").arg(summary.problem)));
        m_table->setItem(row, SizeColumn,
                         cell(locale.formattedDataSize(entry.sizeBytes), Qt::AlignRight));
    }
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void RestoreBackupDialog::updateButtons()
{
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_restore->setEnabled(writable && !m_table->selectedItems().isEmpty());
    m_backUpNow->setEnabled(m_session.isOpen());
}

bool RestoreBackupDialog::restoreSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_restore->isEnabled())
        return false;
    const BackupEntry entry = m_entries.at(selected.constFirst()->row());
    const QLocale locale;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the open database (%Ln visit(s)) with the backup of %1? The current file is "
           "kept as a backup first.",
           nullptr, int(m_session.visitCount()))
            .arg(takenText(entry)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;

    // The long steps run on a thread of their own behind a progress dialog
    // (tens of seconds at 100,000 visits); the database is closed only for the
    // second, and reopened whatever happened: after a failure the file is the
    // old one.
    const QString path = m_session.filePath();
    const QDateTime now = QDateTime::currentDateTime();
    const BackupRotation rotation;    // its settings read here, on the window's thread
    m_session.prepareToReplaceFile(); // the automatic backup stops reading it
    RestoreResult result = runInBackground<RestoreResult>(
        this, tr("Restore from backup"), tr("Checking the backup and keeping the current file…"),
        [&] { return keepCurrentFile(path, entry.filePath, rotation, now); });
    if (result.error.isEmpty()) {
        m_session.prepareToReplaceFile(); // again: views may have read meanwhile
        m_session.database().close();
        result = runInBackground<RestoreResult>(this, tr("Restore from backup"),
                                                tr("Putting the backup in place…"), [&] {
                                                    RestoreResult placed = result;
                                                    putBackupInPlace(entry.filePath, path, &placed);
                                                    return placed;
                                                });
    }
    QString reopenError;
    const bool reopened = !result.closed || m_session.open(path, &reopenError);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Restore from backup"), result.error);
    } else if (!reopened) {
        QMessageBox::critical(this, tr("Restore from backup"),
                              tr("The backup was put in place but could not be opened: %1. "
                                 "The previous file is kept as “%2”.")
                                  .arg(reopenError, QDir::toNativeSeparators(result.keptAs)));
    } else {
        QMessageBox::information(
            this, tr("Restore from backup"),
            tr("The backup of %1 was restored (%Ln visit(s)). The file it replaced is kept as "
               "“%2”.",
               nullptr, int(m_session.visitCount()))
                .arg(takenText(entry), QDir::toNativeSeparators(result.keptAs)));
    }
    refresh();
    return result.ok && reopened;
}

void RestoreBackupDialog::backUpNow()
{
    if (!m_session.isOpen())
        return;
    // Written in the background while a progress dialog turns: at national
    // scale the copy takes seconds, and the window must keep painting.
    BackgroundBackup backup;
    QProgressDialog progress(tr("Writing a backup of the database…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Back up now"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowProgressAfterMs);
    std::optional<RotationResult> result;
    QEventLoop waiting;
    connect(&backup, &BackgroundBackup::finished, &waiting, [&](const RotationResult &ended) {
        result = ended;
        waiting.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &waiting, [&] {
        backup.stop(); // nothing is written
        waiting.quit();
    });
    if (!backup.start(m_session.filePath(), BackgroundBackup::When::Now))
        return;
    waiting.exec();
    progress.reset();
    if (result && result->outcome != RotationResult::Outcome::Written)
        QMessageBox::warning(this, tr("Back up now"), result->error);
    refresh();
}

} // namespace vt
