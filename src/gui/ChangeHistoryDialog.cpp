#include "gui/ChangeHistoryDialog.h"

#include "gui/ChangeValueText.h"
#include "gui/DatabaseSession.h"
#include "storage/ChangeLog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vt {
namespace {

// Enough for a working session's review; older entries stay in the file.
constexpr int kShownEntries = 5000;

} // namespace

ChangeHistoryDialog::ChangeHistoryDialog(DatabaseSession &session, qint64 visitId, QWidget *parent)
    : QDialog(parent), m_session(session), m_visitId(visitId)
{
    setObjectName(QStringLiteral("changeHistoryDialog"));
    setWindowTitle(visitId != 0 ? tr("History of this visit") : tr("Change history"));
    resize(1100, 600);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Visit or organisation"),
                                        tr("Record"), tr("Change"), tr("Before"), tr("After")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("changeHistoryTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[] = {140, 130, 200, 150, 80, 220};
    for (int c = 0; c < int(std::size(widths)); ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
    m_table->setColumnHidden(2, visitId != 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeHistorySummary"));
    auto *note =
        new QLabel(tr("The history is kept in the database file and cannot be changed."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(&m_session, &DatabaseSession::visitsChanged, this, &ChangeHistoryDialog::reload);
    reload();
}

void ChangeHistoryDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_session.isOpen())
        return;
    QString error;
    const QList<ChangeEntry> entries =
        ChangeLog(m_session.database()).entries(m_visitId, kShownEntries, &error);
    const QLocale locale;
    for (const ChangeEntry &entry : entries) {
        QString action;
        switch (entry.action) {
        case ChangeAction::Insert:
            action = tr("Added");
            break;
        case ChangeAction::Update:
            action = tr("Changed");
            break;
        case ChangeAction::Delete:
            action = tr("Deleted");
            break;
        }
        const QString before = ChangeValueText::valueText(entry.record, entry.oldValue);
        const QString after = ChangeValueText::valueText(entry.record, entry.newValue);
        QList<QStandardItem *> row{
            new QStandardItem(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(entry.user),
            new QStandardItem(entry.visitTitle),
            new QStandardItem(ChangeValueText::recordName(entry.record)),
            new QStandardItem(action),
            new QStandardItem(before),
            new QStandardItem(after)};
        row[5]->setToolTip(before);
        row[6]->setToolTip(after);
        m_model->appendRow(row);
    }
    m_summary->setText(error.isEmpty() ? tr("%Ln change(s)", nullptr, int(entries.size())) : error);
}

} // namespace vt
