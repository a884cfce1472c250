#include "gui/FollowUpView.h"

#include "domain/FollowUpRules.h"
#include "gui/ViewSettings.h"

#include "gui/Icons.h"

#include "gui/DatabaseSession.h"
#include "gui/WaitCursor.h"
#include "models/RecommendationListModel.h"
#include "services/FollowUp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vt {
namespace {

// Wide enough for the longest status, which is shown in bold with the overdue
// icon ("Đang thực hiện — quá hạn").
int statusColumnWidth(const QTableView &table)
{
    QFont bold = table.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (RecommendationStatus status :
         {RecommendationStatus::Open, RecommendationStatus::InProgress, RecommendationStatus::Done,
          RecommendationStatus::Cancelled})
        widest = std::max(
            widest, metrics.horizontalAdvance(
                        RecommendationListModel::tr("%1 — overdue").arg(displayName(status))));
    const int icon = table.style()->pixelMetric(QStyle::PM_SmallIconSize);
    return widest + icon + 24; // icon spacing and cell margins
}

} // namespace
namespace {

// Status filter entries: -1 all, -2 overdue, -10 - i the i-th overdue age
// bucket, else the index of a stored status.
constexpr int kAllStatuses = -1;
constexpr int kOverdue = -2;
constexpr int kFirstOverdueAge = -10;

int entryOfAge(OverdueAge age)
{
    int i = 0;
    while (kOverdueAges[i] != age)
        ++i;
    return kFirstOverdueAge - i;
}

std::optional<OverdueAge> ageOfEntry(int entry)
{
    const int i = kFirstOverdueAge - entry;
    if (i < 0 || i >= int(std::size(kOverdueAges)))
        return std::nullopt;
    return kOverdueAges[i];
}

QLineEdit *filterEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

FollowUpView::FollowUpView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("followUpView"));
    m_host = filterEdit(QStringLiteral("followUpHostEdit"), tr("Host organisation"), this);
    m_responsible =
        filterEdit(QStringLiteral("followUpResponsibleEdit"), tr("Responsible unit"), this);
    m_text = filterEdit(QStringLiteral("followUpTextEdit"),
                        tr("Search recommendations (accents optional)"), this);
    m_subordinates = new QCheckBox(tr("and &subordinate units"), this);
    m_subordinates->setObjectName(QStringLiteral("followUpSubordinatesCheck"));
    m_subordinates->setToolTip(
        tr("Also the recommendations to units under the host (Edit ▸ Organisations)"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("followUpStatusCombo"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), kAllStatuses);
    m_status->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Overdue"), kOverdue);
    for (const OverdueAge age : kOverdueAges)
        m_status->addItem(QStringLiteral("    ") + displayName(age), entryOfAge(age));
    for (int i = 0; i < valueCount<RecommendationStatus>(); ++i)
        m_status->addItem(displayName(valueAt<RecommendationStatus>(i)), i);

    for (QWidget *filter :
         {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_host),
          static_cast<QWidget *>(m_subordinates), static_cast<QWidget *>(m_responsible),
          static_cast<QWidget *>(m_status)})
        rememberAsFilter(filter);

    // Tab follows the row as laid out below (the edits were created in another order).
    setTabOrder(m_text, m_host);
    setTabOrder(m_host, m_subordinates);
    setTabOrder(m_subordinates, m_responsible);
    setTabOrder(m_responsible, m_status);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_host, 2);
    filters->addWidget(m_subordinates);
    filters->addWidget(m_responsible, 2);
    filters->addWidget(m_status, 1);

    m_model = new RecommendationListModel(this);
    m_model->setOverdueIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    // Sorted by the model itself, through SQL (a proxy would read every row).
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(RecommendationListModel::TextColumn, QHeaderView::Stretch);
    // The recommendation's text gets what the other columns leave.
    header->resizeSection(RecommendationListModel::HostColumn, 150);
    header->resizeSection(RecommendationListModel::VisitColumn, 90);
    header->resizeSection(RecommendationListModel::ResponsibleColumn, 160);
    header->resizeSection(RecommendationListModel::DueColumn, 90);
    header->resizeSection(RecommendationListModel::StatusColumn, statusColumnWidth(*m_table));
    header->resizeSection(RecommendationListModel::DaysOverdueColumn, 130);
    header->resizeSection(RecommendationListModel::LastUpdateColumn, 220);
    // A header click sorts through the model. Some orders take a few hundred
    // milliseconds over half a million rows (docs/PERFORMANCE.md): the model
    // reads a long list's pages on another thread, its rows showing
    // "Reading…" meanwhile, and the window stays free.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    // Overdue first, the longest overdue first.
    m_table->sortByColumn(RecommendationListModel::DaysOverdueColumn, Qt::DescendingOrder);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    // The age buckets in the summary are links that filter the list.
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const auto age = overdueAgeFromKey(link))
            m_status->setCurrentIndex(m_status->findData(entryOfAge(*age)));
    });
    m_addUpdate = new QPushButton(tr("&Add follow-up update…"), this);
    m_addUpdate->setObjectName(QStringLiteral("addFollowUpUpdateButton"));
    m_addUpdate->setIcon(actionIcon(QStringLiteral("follow-up-update")));
    m_openVisit = new QPushButton(tr("&Open visit"), this);
    m_openVisit->setObjectName(QStringLiteral("followUpOpenVisitButton"));
    m_printPreview = new QPushButton(tr("Print previe&w…"), this);
    m_printPreview->setObjectName(QStringLiteral("followUpPrintPreviewButton"));
    m_printPreview->setToolTip(tr("Preview and print the listed recommendations"));
    connect(m_printPreview, &QPushButton::clicked, this, &FollowUpView::previewReport);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_printPreview);
    bottom->addWidget(m_openVisit);
    bottom->addWidget(m_addUpdate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Typing is debounced; a choice in the combo applies at once.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_typingTimer, &QTimer::timeout, this, &FollowUpView::refresh);
    for (QLineEdit *edit : {m_host, m_responsible, m_text})
        connect(edit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpView::refresh);
    connect(m_subordinates, &QCheckBox::toggled, this, &FollowUpView::refresh);
    connect(&m_session, &DatabaseSession::visitsChanged, this, &FollowUpView::refreshWhenVisible);
    // The list reads its pages from the open file: it lets go of it before
    // the file is closed or replaced, and reads again from what is open then
    // (nothing, while a restore puts a backup in place).
    connect(&m_session, &DatabaseSession::fileClosing, this, [this] {
        m_model->setRows({});
        m_stale = true;
        QTimer::singleShot(0, this, &FollowUpView::refreshWhenVisible);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpView::updateActions);
    connect(m_model, &RecommendationListModel::listed, this, &FollowUpView::listed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FollowUpView::restoreCurrent);
    // Another order or filter: the row to restore is no longer where it was.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_currentToRestore.reset(); });
    connect(m_addUpdate, &QPushButton::clicked, this, &FollowUpView::addUpdateToCurrent);
    connect(m_openVisit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit visitActivated(current.data(RecommendationListModel::VisitIdRole).toLongLong());
    });
    connect(m_table, &QTableView::doubleClicked, this, &FollowUpView::addUpdateToCurrent);
    refreshWhenVisible();
}

void FollowUpView::refreshWhenVisible()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void FollowUpView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FollowUpView::showOverdue()
{
    const QSignalBlocker blockStatus(m_status);
    for (QLineEdit *edit : {m_host, m_responsible, m_text}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    m_status->setCurrentIndex(m_status->findData(kOverdue));
    m_table->sortByColumn(RecommendationListModel::DaysOverdueColumn, Qt::DescendingOrder);
    refresh();
}

void FollowUpView::refresh()
{
    m_stale = false;
    m_typingTimer->stop();
    m_currentBeforeListing = {m_table->currentIndex().row(), currentRecommendationId()};
    if (m_session.isOpen()) {
        FollowUpFilter filter;
        filter.host = m_host->text();
        filter.includeSubordinates = m_subordinates->isChecked();
        filter.responsible = m_responsible->text();
        filter.text = m_text->text();
        const int status = m_status->currentData().toInt();
        filter.overdueOnly = status == kOverdue;
        filter.overdueAge = ageOfEntry(status);
        if (status >= 0)
            filter.status = valueAt<RecommendationStatus>(status);
        // A short list is counted here; a long one, or the first of a large
        // file, apart (listed() comes then).
        const WaitCursor wait;
        const FollowUpCatalogue catalogue(m_session.database(),
                                          FollowUp(m_session.database()).asOf());
        m_model->setCatalogue(catalogue, filter); // listed(), now or once counted
        if (m_model->isCounting() && m_model->rowCount() == 0)
            m_summary->setText(tr("Reading the recommendations…"));
    } else {
        m_model->setRows({});
    }
}

void FollowUpView::listed()
{
    // The same recommendation stays selected across refreshes: where it was
    // (its page is read then, on another thread in a long list), or anywhere
    // among the rows read so far.
    const auto [currentRow, currentId] = m_currentBeforeListing;
    int row = -1;
    bool reading = false;
    if (const FollowUpRow *same = m_model->shownRowAt(currentRow, &reading);
        same && same->id == currentId)
        row = currentRow;
    else if (reading && currentId != 0)
        m_currentToRestore = {currentRow, currentId};
    else if (currentId != 0)
        row = m_model->rowOfRecommendation(currentId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    updateSummary();
    updateActions();
}

void FollowUpView::restoreCurrent()
{
    if (!m_currentToRestore)
        return;
    const auto [row, id] = *m_currentToRestore;
    bool reading = false;
    const FollowUpRow *same = m_model->shownRowAt(row, &reading);
    if (reading)
        return; // its page is asked for (again): its arrival comes back here
    m_currentToRestore.reset();
    if (same && same->id == id)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void FollowUpView::updateSummary()
{
    const int overdue = m_model->overdueCount();
    const QString shown = tr("%Ln recommendation(s)", nullptr, m_model->rowCount());
    if (overdue == 0) {
        m_summary->setText(shown.toHtmlEscaped());
        return;
    }
    // How long the overdue ones have waited, each bucket a link to its list.
    QStringList ages;
    for (const OverdueAge age : kOverdueAges) {
        const int count = m_model->overdueCount(age);
        if (count > 0)
            ages << QStringLiteral("<a href=\"%1\">%2: %3</a>")
                        .arg(toKey(age), displayName(age).toHtmlEscaped())
                        .arg(QLocale().toString(count));
    }
    m_summary->setText(
        tr("%1, %2 overdue").arg(shown, QLocale().toString(overdue)).toHtmlEscaped() +
        QStringLiteral(" — ") + ages.join(QStringLiteral(" · ")));
}

void FollowUpView::updateActions()
{
    const bool hasCurrent = currentRecommendationId() != 0;
    m_addUpdate->setEnabled(hasCurrent && m_session.isOpen() && !m_session.isReadOnly());
    m_openVisit->setEnabled(hasCurrent);
}

qint64 FollowUpView::currentRecommendationId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
               ? current.data(RecommendationListModel::RecommendationIdRole).toLongLong()
               : 0;
}

} // namespace vt
