#include "gui/editor/VisitEditor.h"

#include "gui/editor/CompletionLists.h"
#include "gui/editor/GeneralPage.h"
#include "gui/editor/RecommendationsPage.h"
#include "gui/editor/RecordTablePage.h"
#include "models/editor/AttendeeTableModel.h"
#include "models/editor/FindingTableModel.h"
#include "models/editor/IndicatorTableModel.h"
#include "models/editor/IssueLocation.h"
#include "models/editor/RecommendationTableModel.h"
#include "models/editor/ReportFigureTableModel.h"

#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vt {

VisitEditor::VisitEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("visitEditor"));
    m_completions = new CompletionLists(this);
    m_attendees = new AttendeeTableModel(this);
    m_figures = new ReportFigureTableModel(this);
    m_findings = new FindingTableModel(this);
    m_indicators = new IndicatorTableModel(this);
    m_recommendations = new RecommendationTableModel(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setDocumentMode(true);

    m_general = new GeneralPage(m_completions, this);
    // The general page scrolls rather than squeezing its fields in small windows.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_general);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from the last field to the buttons, not to the invisible scroll area
    // (it still scrolls to the field that gets the focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(scroll, tr("General"));

    m_attendeesPage = addListPage(
        m_attendees,
        {QStringLiteral("Attendee"), QStringLiteral("attendeesView"), tr("Attendees"), tr("&Add"),
         tr("Add an attendee"), tr("&Remove"), tr("Remove the selected attendee"),
         tr("Move the selected attendee up"), tr("Move the selected attendee down"), true,
         AttendeeTableModel::NoteColumn, AttendeeTableModel::NameColumn},
        tr("Attendees"));
    m_figuresPage = addListPage(
        m_figures,
        {QStringLiteral("Figure"), QStringLiteral("figuresView"), tr("Report figures"), tr("&Add"),
         tr("Add a report figure"), tr("&Remove"), tr("Remove the selected report figure"),
         tr("Move the selected report figure up"), tr("Move the selected report figure down"), true,
         ReportFigureTableModel::LabelColumn, ReportFigureTableModel::LabelColumn},
        tr("Report figures"));
    m_findingsPage = addListPage(
        m_findings,
        {QStringLiteral("Finding"), QStringLiteral("findingsView"), tr("Findings"), tr("&Add"),
         tr("Add a finding"), tr("&Remove"), tr("Remove the selected finding"),
         tr("Move the selected finding up"), tr("Move the selected finding down"), true,
         FindingTableModel::TextColumn, FindingTableModel::TextColumn},
        tr("Findings"));
    m_indicatorsPage = addListPage(
        m_indicators,
        {QStringLiteral("Indicator"), QStringLiteral("indicatorsView"), tr("Indicators"),
         tr("&Add"), tr("Add an indicator"), tr("&Remove"), tr("Remove the selected indicator"),
         tr("Move the selected indicator up"), tr("Move the selected indicator down"), true,
         IndicatorTableModel::NameColumn, IndicatorTableModel::NameColumn},
        tr("Indicators"));
    m_recommendationsPage =
        new RecommendationsPage(m_recommendations, m_findings, m_completions, this);
    m_tabs->addTab(m_recommendationsPage, tr("Recommendations"));
    m_carryOverPage = new CarryOverPage(this);
    m_tabs->addTab(m_carryOverPage, tr("Earlier recommendations"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_general, &GeneralPage::edited, this, &VisitEditor::refreshState);
    connect(m_carryOverPage, &CarryOverPage::edited, this, &VisitEditor::refreshState);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_attendees, m_figures, m_findings, m_indicators, m_recommendations})
        connect(static_cast<EditorTableModel *>(model), &EditorTableModel::changed, this,
                &VisitEditor::refreshState);
    connect(m_attendees, &AttendeeTableModel::nameEdited, this, &VisitEditor::fillPersonDetails);
    // References from recommendations follow their findings.
    connect(m_findings, &FindingTableModel::keyRenamed, m_recommendations,
            &RecommendationTableModel::replaceFindingKey);
    connect(m_findings, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_removedFindingKeys << m_findings->recordAt(row).key;
            });
    connect(m_findings, &QAbstractItemModel::rowsRemoved, this,
            &VisitEditor::dropReferencesToRemovedFindings);

    setVisit(Visit());
}

VisitEditor::~VisitEditor()
{
    // Closing the window commits an open cell editor into the models; this
    // object is half destroyed by then and must not hear about it.
    for (QObject *sender :
         std::initializer_list<QObject *>{m_general, m_attendees, m_figures, m_findings,
                                          m_indicators, m_recommendations, m_carryOverPage})
        disconnect(sender, nullptr, this, nullptr);
}

RecordTablePage *VisitEditor::addListPage(EditorTableModel *model,
                                          const RecordTablePageTexts &texts, const QString &title)
{
    auto *page = new RecordTablePage(model, m_completions, texts, this);
    m_tabs->addTab(page, title);
    return page;
}

void VisitEditor::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QTableView *VisitEditor::findingsView() const
{
    return m_findingsPage->view();
}

void VisitEditor::setVisit(const Visit &visit)
{
    m_loading = true;
    m_original = visit;
    m_general->setVisit(visit);
    m_attendees->setRecords(visit.attendees);
    m_figures->setRecords(visit.figures);
    m_findings->setRecords(visit.findings);
    m_indicators->setRecords(visit.indicators);
    m_recommendations->setRecords(visit.recommendations);
    m_carryOverPage->setVisit(visit);
    m_loading = false;
    refreshState();
}

Visit VisitEditor::visit() const
{
    Visit result = m_original;
    m_general->applyTo(result);
    result.attendees = m_attendees->records();
    result.figures = m_figures->records();
    result.findings = m_findings->records();
    result.indicators = m_indicators->records();
    result.recommendations = m_recommendations->records();
    result.carriedOver = m_carryOverPage->verdicts();
    return result;
}

void VisitEditor::setCompletions(const QStringList &organisations, const QStringList &people,
                                 const QStringList &positions, const QStringList &areas,
                                 const QStringList &locations)
{
    m_completions->setList(CompletionKind::Organisations, organisations);
    m_completions->setList(CompletionKind::People, people);
    m_completions->setList(CompletionKind::Positions, positions);
    m_completions->setList(CompletionKind::Areas, areas);
    m_completions->setList(CompletionKind::Locations, locations);
}

void VisitEditor::setToday(const QDate &today)
{
    m_recommendationsPage->setToday(today);
}

void VisitEditor::setCarryOverLookup(CarryOverPage::Lookup lookup)
{
    m_carryOverPage->setLookup(std::move(lookup));
    m_carryOverPage->setVisit(visit());
    refreshState();
}

void VisitEditor::requestSave()
{
    if (isValid())
        Q_EMIT saveRequested();
}

void VisitEditor::refreshState()
{
    if (m_loading)
        return;
    // Validation is cheap next to a keystroke: run all of it on every change.
    const Visit current = visit();
    // A new host or date means other earlier recommendations to verify.
    m_carryOverPage->followVisit(current);
    const int carriedOver = m_carryOverPage->rowCount();
    m_tabs->setTabText(CarryOverTab, carriedOver > 0
                                         ? tr("Earlier recommendations (%1)").arg(carriedOver)
                                         : tr("Earlier recommendations"));
    const bool wasValid = isValid();
    m_issues = validateVisit(current);
    showIssues();
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());

    const bool modified = current != m_original;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void VisitEditor::showIssues()
{
    QHash<QString, QList<CellIssue>> bySection;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        const IssueLocation at = locateIssue(issue.path);
        bySection[at.section].append({at.row, at.field, issue.message});
    }
    markTab(GeneralTab, m_general->showIssues(m_issues));
    const std::pair<RecordTablePage *, const char *> pages[] = {{m_attendeesPage, "attendees"},
                                                                {m_figuresPage, "figures"},
                                                                {m_findingsPage, "findings"},
                                                                {m_indicatorsPage, "indicators"}};
    int tab = AttendeesTab;
    for (const auto &[page, section] : pages) {
        page->showIssues(bySection.value(QLatin1StringView(section)));
        markTab(tab++, page->issueCount());
    }
    markTab(RecommendationsTab, m_recommendationsPage->showIssues(m_issues));
}

void VisitEditor::markTab(int tab, int issueCount)
{
    m_tabs->setTabIcon(tab, issueCount > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                           : QIcon());
    m_tabs->setTabToolTip(tab, issueCount > 0 ? tr("%n problem(s) to correct", nullptr, issueCount)
                                              : QString());
}

void VisitEditor::fillPersonDetails(int row)
{
    if (!m_personDetailsLookup || row < 0 || row >= m_attendees->rowCount())
        return;
    const Attendee &attendee = m_attendees->recordAt(row);
    if (attendee.name.trimmed().isEmpty() ||
        (!attendee.position.isEmpty() && !attendee.organisation.isEmpty()))
        return;
    const auto details = m_personDetailsLookup(attendee.name.trimmed());
    if (!details)
        return;
    // Positions change: what is filled in is only a proposal the clerk can edit.
    if (attendee.position.isEmpty() && !details->first.isEmpty())
        m_attendees->setData(m_attendees->index(row, AttendeeTableModel::PositionColumn),
                             details->first);
    if (m_attendees->recordAt(row).organisation.isEmpty() && !details->second.isEmpty())
        m_attendees->setData(m_attendees->index(row, AttendeeTableModel::OrganisationColumn),
                             details->second);
}

void VisitEditor::dropReferencesToRemovedFindings()
{
    const QStringList removed = std::exchange(m_removedFindingKeys, {});
    for (const QString &key : removed) {
        if (!key.isEmpty() && m_findings->rowOfKey(key) < 0)
            m_recommendations->replaceFindingKey(key, QString());
    }
}

void VisitEditor::showRecord(const QString &path)
{
    const IssueLocation at = locateIssue(path);
    const std::pair<const char *, std::pair<int, RecordTablePage *>> pages[] = {
        {"attendees", {AttendeesTab, m_attendeesPage}},
        {"figures", {FiguresTab, m_figuresPage}},
        {"findings", {FindingsTab, m_findingsPage}},
        {"indicators", {IndicatorsTab, m_indicatorsPage}},
        {"recommendations", {RecommendationsTab, m_recommendationsPage->recommendationTable()}}};
    for (const auto &[section, tabAndPage] : pages) {
        if (at.section != QLatin1StringView(section))
            continue;
        m_tabs->setCurrentIndex(tabAndPage.first);
        QTableView *view = tabAndPage.second->view();
        if (at.row >= 0 && at.row < view->model()->rowCount()) {
            view->selectRow(at.row);
            view->scrollTo(view->model()->index(at.row, 0));
            view->setFocus();
        }
        return;
    }
}

} // namespace vt
