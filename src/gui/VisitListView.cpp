#include "gui/VisitListView.h"

#include "gui/DatabaseSession.h"
#include "gui/VisitFilterBar.h"
#include "models/VisitListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vt {

VisitListView::VisitListView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("visitListView"));
    m_filterBar = new VisitFilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setAccessibleName(tr("Visits"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights let the view skip measuring 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    connect(m_filterBar, &VisitFilterBar::filterChanged, this, [this](const VisitFilter &filter) {
        if (m_model) {
            m_model->setFilter(filter);
            emit visibleCountChanged(m_model->rowCount());
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit visitActivated(m_model->visitIdAt(index.row()));
    });
    connect(&m_session, &DatabaseSession::databaseOpened, this, &VisitListView::rebuildModel);
    connect(&m_session, &DatabaseSession::visitsChanged, this, &VisitListView::refresh);
    if (m_session.isOpen())
        rebuildModel();
}

void VisitListView::rebuildModel()
{
    auto *old = m_model;
    m_model = new VisitListModel(VisitCatalogue(m_session.database()), this);
    m_model->setFilter(m_filterBar->filter());
    m_table->setModel(m_model);
    m_table->sortByColumn(VisitListModel::DateColumn, Qt::DescendingOrder);
    delete old;

    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(VisitListModel::DateColumn, 100);
    header->resizeSection(VisitListModel::TitleColumn, 420);
    header->resizeSection(VisitListModel::HostColumn, 220);
    header->resizeSection(VisitListModel::DelegationColumn, 220);
    header->resizeSection(VisitListModel::KindColumn, 130);
    header->resizeSection(VisitListModel::StatusColumn, 110);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentVisitChanged(current.isValid() ? m_model->visitIdAt(current.row()) : 0);
            });
    // Start on the first visit so that Open and Delete work from the keyboard.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, VisitListModel::TitleColumn));
    emit visibleCountChanged(m_model->rowCount());
}

void VisitListView::refresh()
{
    if (!m_model)
        return;
    const qint64 selected = currentVisitId();
    m_model->refresh();
    // Re-select the same visit when it is among the first rows read again.
    if (selected != 0) {
        m_model->visitIdAt(0); // reads the first page
        const int row = m_model->rowOfVisit(selected);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, VisitListModel::TitleColumn));
    }
    // After an import into an empty list there is nothing to keep: start on
    // the first visit so that Open and Delete work at once.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, VisitListModel::TitleColumn));
    emit visibleCountChanged(m_model->rowCount());
}

qint64 VisitListView::currentVisitId() const
{
    const QModelIndex current = m_table->currentIndex();
    return (m_model && current.isValid()) ? m_model->visitIdAt(current.row()) : 0;
}

int VisitListView::visibleCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void VisitListView::focusSearch()
{
    m_filterBar->focusSearch();
}

} // namespace vt
