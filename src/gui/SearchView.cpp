#include "gui/SearchView.h"

#include "gui/DatabaseSession.h"
#include "models/SearchResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vt {

SearchView::SearchView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("searchView"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("globalSearchEdit"));
    // Switching to this tab puts the cursor in the field, ready to type.
    setFocusProxy(m_edit);
    m_edit->setPlaceholderText(
        tr("Search visits, findings and recommendations (accents optional: “han che”)"));
    m_edit->setAccessibleName(tr("Search everything"));
    m_edit->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummaryLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("searchResultsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, &SearchView::activate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_typingTimer, &QTimer::timeout, this, &SearchView::runSearch);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_typingTimer->start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchView::runSearch);

    connect(&m_session, &DatabaseSession::databaseOpened, this, &SearchView::rebuildModel);
    // A hidden tab searches again when shown, not at every save (at 100,000
    // visits a search of common words takes some 30 ms).
    connect(&m_session, &DatabaseSession::visitsChanged, this, [this] {
        if (isVisible())
            runSearch();
        else
            m_stale = true;
    });
    // A count read apart lets go of the file before it is closed or replaced.
    connect(&m_session, &DatabaseSession::fileClosing, this, [this] {
        if (m_model)
            m_model->stopCounting();
    });
    rebuildModel();
}

void SearchView::rebuildModel()
{
    if (!m_session.isOpen())
        return;
    auto *old = m_model;
    m_model = new SearchResultsModel(SearchIndex(m_session.database()), this);
    m_table->setModel(m_model);
    connect(m_model, &SearchResultsModel::counted, this, &SearchView::showSummary);
    delete old;
    const int widths[] = {130, 100, 200};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    runSearch();
}

void SearchView::search(const QString &text)
{
    m_edit->setText(text);
    runSearch();
}

void SearchView::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        runSearch();
}

void SearchView::runSearch()
{
    m_stale = false;
    m_typingTimer->stop();
    if (!m_model)
        return;
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_model->search(QString());
        m_summary->setText(tr("Type words to search for; accents and case do not matter."));
        return;
    }
    m_model->search(text);
    showSummary();
}

void SearchView::showSummary()
{
    const QString text = m_model->text();
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    if (shown == 0)
        m_summary->setText(tr("Nothing matches “%1”.").arg(text));
    else if (m_model->isCounting())
        m_summary->setText(tr("Showing the newest %1 matches; counting the others…")
                               .arg(QLocale().toString(shown)));
    else if (total > shown)
        m_summary->setText(
            tr("Showing the newest %1 of %2 matches; add words to narrow the search.")
                .arg(QLocale().toString(shown),
                     total >= SearchResultsModel::kCountCap
                         ? tr("more than %1").arg(QLocale().toString(total))
                         : QLocale().toString(total)));
    else
        m_summary->setText(tr("%Ln match(es)", nullptr, shown));
}

void SearchView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit recordActivated(index.data(SearchResultsModel::VisitIdRole).toLongLong(),
                         index.data(SearchResultsModel::RecordPathRole).toString());
}

} // namespace vt
