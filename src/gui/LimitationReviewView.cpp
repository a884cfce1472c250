#include "gui/LimitationReviewView.h"

#include "gui/WaitCursor.h"

#include "gui/ViewSettings.h"

#include "gui/Icons.h"

#include "gui/DatabaseSession.h"
#include "gui/FileDialogs.h"
#include "gui/RoomyRows.h"
#include "gui/editor/OptionalDateEdit.h"
#include "gui/print/DocumentOutput.h"
#include "models/FindingListModel.h"
#include "reports/FindingTables.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

namespace vt {
namespace {

QLineEdit *filterEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

LimitationReviewView::LimitationReviewView(DatabaseSession &session, FindingCategory category,
                                           QWidget *parent)
    : QWidget(parent), m_session(session), m_category(category)
{
    const bool limitations = category == FindingCategory::Limitation;
    setObjectName(limitations ? QStringLiteral("limitationReview")
                              : QStringLiteral("goodModelLibrary"));
    createFilters();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("findingTree"));
    m_tree->setUniformRowHeights(true); // a million rows scroll smoothly
    giveRowsRoom(m_tree);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    connect(m_tree, &QTreeView::activated, this, &LimitationReviewView::activate);

    auto *layout = qobject_cast<QGridLayout *>(this->layout());
    layout->addWidget(m_tree, 2, 0, 1, 8);
    layout->setRowStretch(2, 1);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_typingTimer, &QTimer::timeout, this, &LimitationReviewView::applyFilter);

    connect(&m_session, &DatabaseSession::databaseOpened, this, [this] {
        m_modelStale = true;
        refreshWhenVisible();
    });
    connect(&m_session, &DatabaseSession::visitsChanged, this,
            &LimitationReviewView::refreshWhenVisible);
    refreshWhenVisible();
}

void LimitationReviewView::refreshWhenVisible()
{
    if (isVisible())
        refreshNow();
    else
        m_stale = true;
}

void LimitationReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_modelStale)
        refreshNow();
}

void LimitationReviewView::refreshNow()
{
    const WaitCursor busy; // the first reading of 100,000 visits takes a few hundred ms
    m_stale = false;
    if (m_modelStale || !m_model) {
        m_modelStale = false;
        rebuildModel();
        return;
    }
    updateAreas();
    m_model->refresh();
    updateCount();
}

void LimitationReviewView::createFilters()
{
    m_search = filterEdit(QStringLiteral("findingSearchEdit"),
                          m_category == FindingCategory::Limitation
                              ? tr("Search limitations (accents optional)")
                              : tr("Search good models (accents optional)"),
                          this);
    m_host = filterEdit(QStringLiteral("findingHostEdit"), tr("Host organisation"), this);
    m_delegation = filterEdit(QStringLiteral("findingDelegationEdit"), tr("Delegation"), this);
    m_subordinates = new QCheckBox(tr("and &subordinate units"), this);
    m_subordinates->setObjectName(QStringLiteral("findingSubordinatesCheck"));
    m_subordinates->setToolTip(
        tr("Also the visits to units under the host (Edit ▸ Organisations)"));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("findingAreaCombo"));
    m_area->setAccessibleName(tr("Filter by area"));
    m_area->setMinimumContentsLength(16);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("findingStatusCombo"));
    m_status->setAccessibleName(tr("Filter by the status of the recommendations"));
    m_status->addItem(tr("Any follow-up"), int(LinkedStatus::Any));
    m_status->addItem(tr("Overdue"), int(LinkedStatus::Overdue));
    for (int i = 0; i < valueCount<RecommendationStatus>(); ++i)
        m_status->addItem(displayName(valueAt<RecommendationStatus>(i)),
                          int(LinkedStatus::Open) + i);
    m_status->addItem(tr("No recommendation"), int(LinkedStatus::Unaddressed));
    m_status->setVisible(m_category == FindingCategory::Limitation);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("findingGroupingCombo"));
    m_grouping->setAccessibleName(tr("Group the list"));
    m_grouping->addItem(tr("No grouping"), int(FindingGrouping::None));
    m_grouping->addItem(tr("Group by host"), int(FindingGrouping::Host));
    m_grouping->addItem(tr("Group by area"), int(FindingGrouping::Area));

    m_from = new OptionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("findingFromEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("findingToEdit"));
    m_to->setAccessibleName(tr("To date"));

    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("findingExportButton"));
    m_export->setIcon(actionIcon(QStringLiteral("document-export")));
    m_export->setToolTip(tr("Save the listed findings as CSV, Excel (XLSX) or PDF"));
    connect(m_export, &QPushButton::clicked, this, &LimitationReviewView::chooseExportFile);
    m_printPreview = new QPushButton(tr("Print previe&w…"), this);
    m_printPreview->setObjectName(QStringLiteral("findingPrintPreviewButton"));
    m_printPreview->setToolTip(tr("Preview and print the listed findings"));
    connect(m_printPreview, &QPushButton::clicked, this, [this] {
        if (!m_model)
            return;
        const FindingQueries queries(m_session.database());
        const FindingFilter filter = m_model->filter();
        const QList<FindingRow> rows = queries.page(filter, 0, queries.count(filter));
        previewList(this, findingTable(rows, m_category, m_model->asOf(), filterDescription()));
    });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findingCountLabel"));

    for (QWidget *filter :
         std::initializer_list<QWidget *>{m_search, m_host, m_delegation, m_area, m_status,
                                          m_grouping, m_from, m_to, m_subordinates})
        rememberAsFilter(filter);

    // Tab follows the second row as laid out below: dates, then grouping.
    setTabOrder(m_status, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_subordinates);
    setTabOrder(m_subordinates, m_grouping);
    setTabOrder(m_grouping, m_export);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_search, 0, 0, 1, 3);
    layout->addWidget(m_host, 0, 3);
    layout->addWidget(m_delegation, 0, 4);
    layout->addWidget(m_area, 0, 5);
    layout->addWidget(m_status, 0, 6, 1, 2);
    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("From"), this));
    second->addWidget(m_from);
    second->addWidget(new QLabel(tr("To"), this));
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(m_subordinates);
    second->addSpacing(12);
    second->addWidget(m_grouping);
    second->addSpacing(12);
    second->addWidget(m_count, 1);
    second->addWidget(m_printPreview);
    second->addWidget(m_export);
    layout->addLayout(second, 1, 0, 1, 8);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(3, 2);
    layout->setColumnStretch(4, 2);

    for (QLineEdit *edit : {m_search, m_host, m_delegation})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_typingTimer->start(); });
    for (QComboBox *combo : {m_area, m_status, m_grouping})
        connect(combo, &QComboBox::currentIndexChanged, this, &LimitationReviewView::applyFilter);
    for (OptionalDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &LimitationReviewView::applyFilter);
    connect(m_subordinates, &QCheckBox::toggled, this, &LimitationReviewView::applyFilter);
}

void LimitationReviewView::rebuildModel()
{
    if (!m_session.isOpen())
        return;
    // The columns stay as the user left them (or as the last run left them,
    // ViewSettings keeps that until the first model arrives).
    const QByteArray columns = m_tree->header()->count() > 0
                                   ? m_tree->header()->saveState()
                                   : m_tree->property("vtPendingHeaderState").toByteArray();
    auto *old = m_model;
    m_model = new FindingListModel(FindingQueries(m_session.database()), this);
    m_model->setFilter(currentFilter());
    m_tree->setModel(m_model);
    delete old;
    connect(m_model, &QAbstractItemModel::modelReset, this, &LimitationReviewView::showGroups);
    showGroups();
    m_tree->setColumnHidden(FindingListModel::RecommendationsColumn,
                            m_category != FindingCategory::Limitation);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    if (columns.isEmpty() || !header->restoreState(columns)) {
        const int widths[] = {120, 190, 150, 170, 480};
        for (int c = 0; c < int(std::size(widths)); ++c)
            header->resizeSection(c, widths[c]);
    }
    m_tree->setColumnHidden(FindingListModel::RecommendationsColumn,
                            m_category != FindingCategory::Limitation);
    updateAreas();
    updateCount();
}

FindingFilter LimitationReviewView::currentFilter() const
{
    FindingFilter filter;
    filter.category = m_category;
    filter.text = m_search->text();
    filter.host = m_host->text();
    filter.includeSubordinates = m_subordinates->isChecked();
    filter.delegation = m_delegation->text();
    filter.area = m_area->currentIndex() > 0 ? m_area->currentText() : QString();
    filter.from = m_from->value();
    filter.to = m_to->value();
    if (m_category == FindingCategory::Limitation)
        filter.status = LinkedStatus(m_status->currentData().toInt());
    return filter;
}

void LimitationReviewView::applyFilter()
{
    if (!m_model)
        return;
    m_model->setGrouping(FindingGrouping(m_grouping->currentData().toInt()));
    m_model->setFilter(currentFilter());
    updateCount();
}

void LimitationReviewView::showGroups()
{
    // Group rows show "name (count)" across the row; a short list opens
    // expanded, a long one stays folded (expanding lays out every row).
    const bool grouped = m_model->grouping() != FindingGrouping::None;
    m_tree->setRootIsDecorated(grouped);
    if (!grouped)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
    if (m_model->findingCount() <= 500)
        m_tree->expandAll();
}

void LimitationReviewView::updateAreas()
{
    if (!m_session.isOpen())
        return;
    // A filter remembered from the last run waits for its item (ViewSettings).
    const QString current = m_area->currentIndex() > 0
                                ? m_area->currentText()
                                : m_area->property("vtPendingFilter").toString();
    m_area->setProperty("vtPendingFilter", QVariant());
    const QSignalBlocker blocker(m_area);
    m_area->clear();
    m_area->addItem(tr("All areas"));
    m_area->addItems(FindingQueries(m_session.database()).areas(m_category));
    m_area->setCurrentIndex(qMax(0, m_area->findText(current)));
}

void LimitationReviewView::updateCount()
{
    if (!m_model)
        return;
    const int count = m_model->findingCount();
    m_count->setText(m_category == FindingCategory::Limitation
                         ? tr("%Ln limitation(s)", nullptr, count)
                         : tr("%Ln good model(s)", nullptr, count));
    m_export->setEnabled(count > 0);
    m_printPreview->setEnabled(count > 0);
}

void LimitationReviewView::activate(const QModelIndex &index)
{
    const FindingRow *row = m_model ? m_model->findingAt(index) : nullptr;
    if (row)
        emit findingActivated(row->visitId, QStringLiteral("findings[%1]").arg(row->seq));
}

QString LimitationReviewView::filterDescription() const
{
    QStringList parts;
    const FindingFilter filter = currentFilter();
    if (!filter.host.isEmpty())
        parts << tr("host: %1").arg(filter.host);
    if (!filter.delegation.isEmpty())
        parts << tr("delegation: %1").arg(filter.delegation);
    if (!filter.area.isEmpty())
        parts << tr("area: %1").arg(filter.area);
    if (filter.from.isValid())
        parts << tr("from %1").arg(QLocale().toString(filter.from, QLocale::ShortFormat));
    if (filter.to.isValid())
        parts << tr("to %1").arg(QLocale().toString(filter.to, QLocale::ShortFormat));
    if (filter.status != LinkedStatus::Any)
        parts << tr("follow-up: %1").arg(m_status->currentText());
    if (!filter.text.isEmpty())
        parts << tr("text: “%1”").arg(filter.text);
    parts << tr("as of %1").arg(QLocale().toString(m_model->asOf(), QLocale::ShortFormat));
    return parts.join(QStringLiteral("; "));
}

bool LimitationReviewView::exportTo(const QString &fileName, QString *error)
{
    const std::optional<TableFormat> format = tableFormatFor(fileName);
    if (!format || !m_model) {
        *error = tr("Choose a file name ending in .csv, .xlsx or .pdf.");
        return false;
    }
    const FindingQueries queries(m_session.database());
    const FindingFilter filter = m_model->filter();
    const QList<FindingRow> rows = queries.page(filter, 0, queries.count(filter));
    return writeTable(findingTable(rows, m_category, m_model->asOf(), filterDescription()),
                      fileName, *format, error);
}

void LimitationReviewView::chooseExportFile()
{
    QString selected;
    const QString name =
        m_category == FindingCategory::Limitation ? tr("limitations") : tr("good-models");
    QString fileName = FileDialogs::saveFileName(
        this, tr("Export the list"), name + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF document (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return;
    // A name typed without extension takes the one of the chosen file type.
    if (!tableFormatFor(fileName)) {
        for (const char *suffix : {".xlsx", ".csv", ".pdf"}) {
            if (selected.contains(QLatin1Char('*') + QLatin1StringView(suffix)))
                fileName += QLatin1StringView(suffix);
        }
    }
    QString error;
    bool ok = false;
    {
        const WaitCursor busy;
        ok = exportTo(fileName, &error);
    }
    if (!ok)
        QMessageBox::critical(this, tr("Export failed"), error);
}

} // namespace vt
