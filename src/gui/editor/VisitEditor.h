#pragma once

// The form in which a clerk creates or edits one visit with all its records:
// general fields and one page per list (attendees, report figures, findings,
// indicators, recommendations with their follow-up). It validates on every
// change and shows each issue beside its field; saving is left to the owner,
// which listens to saveRequested() and checks isValid().

#include "domain/Validation.h"
#include "domain/Visit.h"
#include "gui/editor/CarryOverPage.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <utility>

class QTabWidget;
class QTableView;

namespace vt {

class AttendeeTableModel;
class CompletionLists;
class FindingTableModel;
class GeneralPage;
class IndicatorTableModel;
class RecommendationTableModel;
class RecommendationsPage;
class RecordTablePage;
class ReportFigureTableModel;
class EditorTableModel;
struct RecordTablePageTexts;

class VisitEditor final : public QWidget
{
    Q_OBJECT

public:
    // (position, organisation) last known for a person, if any.
    using PersonDetailsLookup =
        std::function<std::optional<std::pair<QString, QString>>(const QString &name)>;

    explicit VisitEditor(QWidget *parent = nullptr);
    ~VisitEditor() override;

    // Shows a visit; it becomes the unmodified state.
    void setVisit(const Visit &visit);
    // The edited visit. Fields the editor does not show (id, ref, extensions)
    // are those of the visit given to setVisit.
    Visit visit() const;

    bool isModified() const { return m_modified; }
    bool isValid() const { return m_issues.isEmpty(); }
    QList<ValidationIssue> issues() const { return m_issues; }

    // Names offered while typing; the lists may be replaced at any time.
    void setCompletions(const QStringList &organisations, const QStringList &people,
                        const QStringList &positions, const QStringList &areas,
                        const QStringList &locations);
    // When an attendee's name is entered and their position or organisation
    // is empty, they are filled from this lookup.
    void setPersonDetailsLookup(PersonDetailsLookup lookup)
    {
        m_personDetailsLookup = std::move(lookup);
    }
    // The date given to new follow-up updates; invalid means the current date.
    void setToday(const QDate &today);
    // Shows the record at an interchange path ("findings[3]",
    // "recommendations[0]"): its tab, with its row selected.
    void showRecord(const QString &path);
    // Where the carry-over page finds the open recommendations of earlier
    // visits to the host; without it the page stays empty.
    void setCarryOverLookup(CarryOverPage::Lookup lookup);
    // A page from outside the editor's sections (attachments, stored at once).
    void addPage(QWidget *page, const QString &title);
    // The findings table, for actions on the selected finding.
    QTableView *findingsView() const;

public Q_SLOTS:
    // Emits saveRequested() when the visit is valid.
    void requestSave();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void validityChanged(bool valid);
    void saveRequested();

private:
    enum Tab
    {
        GeneralTab,
        AttendeesTab,
        FiguresTab,
        FindingsTab,
        IndicatorsTab,
        RecommendationsTab,
        CarryOverTab
    };

    RecordTablePage *addListPage(EditorTableModel *model, const RecordTablePageTexts &texts,
                                 const QString &title);
    void refreshState();
    void showIssues();
    void markTab(int tab, int issueCount);
    void fillPersonDetails(int row);
    void dropReferencesToRemovedFindings();

    CompletionLists *m_completions = nullptr;
    AttendeeTableModel *m_attendees = nullptr;
    ReportFigureTableModel *m_figures = nullptr;
    FindingTableModel *m_findings = nullptr;
    IndicatorTableModel *m_indicators = nullptr;
    RecommendationTableModel *m_recommendations = nullptr;

    QTabWidget *m_tabs = nullptr;
    GeneralPage *m_general = nullptr;
    RecordTablePage *m_attendeesPage = nullptr;
    RecordTablePage *m_figuresPage = nullptr;
    RecordTablePage *m_findingsPage = nullptr;
    RecordTablePage *m_indicatorsPage = nullptr;
    RecommendationsPage *m_recommendationsPage = nullptr;
    CarryOverPage *m_carryOverPage = nullptr;

    Visit m_original;
    QList<ValidationIssue> m_issues;
    QStringList m_removedFindingKeys;
    PersonDetailsLookup m_personDetailsLookup;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace vt
