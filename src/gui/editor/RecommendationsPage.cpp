#include "gui/editor/RecommendationsPage.h"

#include "gui/editor/RecordTablePage.h"
#include "models/editor/FindingTableModel.h"
#include "models/editor/FollowUpUpdateTableModel.h"
#include "models/editor/IssueLocation.h"
#include "models/editor/RecommendationTableModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vt {
namespace {

constexpr int kItemTextLength = 110;

QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= kItemTextLength ? line : line.left(kItemTextLength - 1) + QChar(0x2026);
}

} // namespace

RecommendationsPage::RecommendationsPage(RecommendationTableModel *recommendations,
                                         FindingTableModel *findings,
                                         const CompletionLists *completions, QWidget *parent)
    : QWidget(parent), m_recommendations(recommendations), m_findings(findings)
{
    m_recommendationsPage = new RecordTablePage(
        recommendations, completions,
        {QStringLiteral("Recommendation"), QStringLiteral("recommendationsView"),
         tr("Recommendations"), tr("&Add"), tr("Add a recommendation"), tr("&Remove"),
         tr("Remove the selected recommendation with its follow-up"),
         tr("Move the selected recommendation up"), tr("Move the selected recommendation down"),
         true, RecommendationTableModel::TextColumn, RecommendationTableModel::TextColumn},
        this);

    m_addressesBox = new QGroupBox(tr("Limitations addressed"), this);
    m_addresses = new QListWidget(m_addressesBox);
    m_addresses->setObjectName(QStringLiteral("addressesList"));
    m_addresses->setAccessibleName(tr("Limitations addressed by the selected recommendation"));
    m_addresses->setToolTip(
        tr("Tick the limitations of this visit that the recommendation addresses"));
    m_addresses->setWordWrap(true);
    (new QVBoxLayout(m_addressesBox))->addWidget(m_addresses);

    m_updatesBox = new QGroupBox(tr("Follow-up"), this);
    m_updates = new FollowUpUpdateTableModel(this);
    m_updatesPage = new RecordTablePage(m_updates, completions,
                                        {QStringLiteral("Update"),
                                         QStringLiteral("updatesView"),
                                         tr("Follow-up updates"),
                                         tr("Add f&ollow-up"),
                                         tr("Add a dated progress report at the end of the log"),
                                         tr("Remo&ve follow-up"),
                                         tr("Remove the selected progress report"),
                                         {},
                                         {},
                                         false,
                                         FollowUpUpdateTableModel::NoteColumn,
                                         FollowUpUpdateTableModel::NoteColumn},
                                        m_updatesBox);
    // New reports go at the end, dated today: the log is kept in date order.
    m_updatesPage->setAddHandler([this] {
        return m_updates->appendUpdate(m_today.isValid() ? m_today : QDate::currentDate());
    });
    m_updatesPage->layout()->setContentsMargins(0, 0, 0, 0);
    (new QVBoxLayout(m_updatesBox))->addWidget(m_updatesPage);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_addressesBox, 2);
    detailsLayout->addWidget(m_updatesBox, 3);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("recommendationsSplitter")); // remembered (ViewSettings)
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_recommendationsPage);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    QTableView *view = m_recommendationsPage->view();
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecommendationsPage::loadSelected);
    // The log shown follows the selected recommendation through moves and removals.
    connect(recommendations, &QAbstractItemModel::rowsMoved, this,
            &RecommendationsPage::loadSelected);
    connect(recommendations, &QAbstractItemModel::rowsRemoved, this,
            &RecommendationsPage::loadSelected);
    connect(recommendations, &QAbstractItemModel::rowsInserted, this,
            &RecommendationsPage::loadSelected);
    connect(recommendations, &QAbstractItemModel::modelReset, this,
            &RecommendationsPage::loadSelected);
    connect(recommendations, &QAbstractItemModel::dataChanged, this,
            &RecommendationsPage::refreshAddresses);
    connect(m_updates, &EditorTableModel::changed, this, &RecommendationsPage::storeUpdates);

    connect(findings, &QAbstractItemModel::rowsMoved, this, &RecommendationsPage::refreshAddresses);
    connect(findings, &QAbstractItemModel::rowsRemoved, this,
            &RecommendationsPage::refreshAddresses);
    connect(findings, &QAbstractItemModel::rowsInserted, this,
            &RecommendationsPage::refreshAddresses);
    connect(findings, &QAbstractItemModel::modelReset, this,
            &RecommendationsPage::refreshAddresses);
    connect(findings, &QAbstractItemModel::dataChanged, this,
            &RecommendationsPage::refreshAddresses);
    connect(m_addresses, &QListWidget::itemChanged, this, &RecommendationsPage::addressToggled);
    loadSelected();
}

int RecommendationsPage::currentRecommendation() const
{
    return m_recommendationsPage->currentRow();
}

void RecommendationsPage::loadSelected()
{
    const int row = currentRecommendation();
    m_loading = true;
    m_shownRow = row;
    m_updates->setRecords(row >= 0 ? m_recommendations->recordAt(row).updates
                                   : QList<FollowUpUpdate>());
    m_loading = false;
    m_addressesBox->setEnabled(row >= 0);
    m_updatesBox->setEnabled(row >= 0);
    m_updatesBox->setTitle(row >= 0 ? tr("Follow-up of recommendation %1").arg(row + 1)
                                    : tr("Follow-up"));
    refreshAddresses();
    applyIssues();
}

void RecommendationsPage::storeUpdates()
{
    if (m_loading || m_shownRow < 0 || m_shownRow >= m_recommendations->rowCount())
        return;
    m_recommendations->setUpdates(m_shownRow, m_updates->records());
}

void RecommendationsPage::refreshAddresses()
{
    const int rec = currentRecommendation();
    const QStringList addressed =
        rec >= 0 ? m_recommendations->recordAt(rec).addresses : QStringList();
    // Limitations, and any other finding this recommendation already refers to.
    QList<int> rows;
    for (int row = 0; row < m_findings->rowCount(); ++row) {
        const Finding &finding = m_findings->recordAt(row);
        if (finding.category == FindingCategory::Limitation ||
            (!finding.key.isEmpty() && addressed.contains(finding.key)))
            rows << row;
    }

    const QSignalBlocker blocker(m_addresses);
    // Rebuild only when the set of rows changed: this also runs while an item
    // of the list is being toggled, and that item must survive.
    bool sameRows = m_addresses->count() == rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = m_addresses->item(i)->data(Qt::UserRole).toInt() == rows.at(i);
    if (!sameRows) {
        m_addresses->clear();
        for (int row : std::as_const(rows)) {
            auto *item = new QListWidgetItem(m_addresses);
            item->setData(Qt::UserRole, row);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const Finding &finding = m_findings->recordAt(rows.at(i));
        QListWidgetItem *item = m_addresses->item(i);
        const QString text =
            finding.text.trimmed().isEmpty() ? tr("(no text yet)") : shortened(finding.text);
        item->setText(finding.key.isEmpty() ? text : tr("%1: %2").arg(finding.key, text));
        item->setToolTip(finding.text);
        const bool checked = !finding.key.isEmpty() && addressed.contains(finding.key);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    if (rows.isEmpty() && m_addresses->count() == 0)
        m_addresses->setToolTip(tr("This visit has no findings of category Limitation yet"));
}

void RecommendationsPage::addressToggled(QListWidgetItem *item)
{
    const int rec = currentRecommendation();
    const int findingRow = item->data(Qt::UserRole).toInt();
    if (rec < 0 || findingRow < 0 || findingRow >= m_findings->rowCount())
        return;
    QStringList addressed = m_recommendations->recordAt(rec).addresses;
    if (item->checkState() == Qt::Checked) {
        // A finding gets its key when first referred to.
        const QString key = m_findings->ensureKey(findingRow);
        if (!addressed.contains(key))
            addressed << key;
    } else {
        addressed.removeAll(m_findings->recordAt(findingRow).key);
    }
    m_recommendations->setAddresses(rec, addressed);
}

int RecommendationsPage::showIssues(const QList<ValidationIssue> &issues)
{
    m_issues.clear();
    for (const ValidationIssue &issue : issues) {
        if (issue.path.startsWith(QLatin1StringView("recommendations")))
            m_issues << issue;
    }
    applyIssues();
    return m_recommendationsPage->issueCount();
}

void RecommendationsPage::applyIssues()
{
    QList<CellIssue> recommendationCells;
    QList<CellIssue> updateCells;
    QStringList updateLines;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        const IssueLocation at = locateIssue(issue.path);
        if (at.subRow < 0) {
            recommendationCells.append({at.row, at.field, issue.message});
            continue;
        }
        const QString fieldText =
            tr("%1 %2").arg(m_updates->fieldTitle(at.subField), issue.message);
        updateLines
            << tr("Row %1, follow-up %2: %3").arg(at.row + 1).arg(at.subRow + 1).arg(fieldText);
        if (at.row == m_shownRow)
            updateCells.append({at.subRow, at.subField, issue.message});
    }
    m_recommendationsPage->showIssues(recommendationCells, updateLines);
    m_updatesPage->showIssues(updateCells);
}

} // namespace vt
