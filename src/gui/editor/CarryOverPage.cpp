#include "gui/editor/CarryOverPage.h"

#include "models/RecommendationListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vt {
namespace {

enum Column
{
    VisitColumn,
    TextColumn,
    ResponsibleColumn,
    DueColumn,
    StatusColumn,
    VerdictColumn,
    NoteColumn,
    ColumnCount
};

QTableWidgetItem *readOnlyItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text.simplified());
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

CarryOverPage::CarryOverPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("carryOverPage"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("carryOverIntro"));
    m_intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("carryOverTable"));
    m_table->setHorizontalHeaderLabels({tr("Visit"), tr("Recommendation"), tr("Responsible unit"),
                                        tr("Deadline"), tr("Status"), tr("Verdict"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The recommendation is what the delegation reads out: shown whole.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->resizeSection(VisitColumn, 90);
    header->resizeSection(ResponsibleColumn, 150);
    header->resizeSection(DueColumn, 90);
    header->resizeSection(StatusColumn, 150);
    header->resizeSection(VerdictColumn, 160);
    header->resizeSection(NoteColumn, 220);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    reload({});
}

void CarryOverPage::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
}

void CarryOverPage::setVisit(const Visit &visit)
{
    m_order.clear();
    m_verdicts.clear();
    m_pendingNotes.clear();
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        m_order.append(verdict.recommendationId);
        m_verdicts.insert(verdict.recommendationId, verdict);
    }
    reload(visit);
}

void CarryOverPage::followVisit(const Visit &visit)
{
    if (visit.host == m_host && visit.date == m_date)
        return;
    Visit withVerdicts = visit;
    withVerdicts.carriedOver = verdicts();
    reload(withVerdicts);
}

QList<CarryOverVerdict> CarryOverPage::verdicts() const
{
    QList<CarryOverVerdict> result;
    for (const qint64 id : m_order)
        result.append(m_verdicts.value(id));
    return result;
}

int CarryOverPage::rowCount() const
{
    return int(m_rows.size());
}

void CarryOverPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_tableFilled)
        fillTable();
}

void CarryOverPage::reload(const Visit &visit)
{
    m_host = visit.host;
    m_date = visit.date;
    m_rows = m_lookup ? m_lookup(visit) : QList<FollowUpRow>();
    if (isVisible()) {
        fillTable();
    } else {
        m_table->setRowCount(0);
        m_tableFilled = false;
    }
    if (!m_lookup)
        m_intro->setText(tr("Earlier recommendations are listed when the visit is edited with "
                            "a database open."));
    else if (visit.host.trimmed().isEmpty() || !visit.date.isValid())
        m_intro->setText(tr("Enter the host organisation and the date to list the "
                            "recommendations still open from earlier visits to that host."));
    else if (m_rows.isEmpty())
        m_intro->setText(
            tr("No recommendation from earlier visits to %1 is still open.").arg(visit.host));
    else
        m_intro->setText(tr("Recommendations still open from earlier visits to %1. Record what "
                            "the delegation found for each: saving the visit adds the verdict "
                            "to the recommendation's follow-up.")
                             .arg(visit.host));
}

void CarryOverPage::fillTable()
{
    m_tableFilled = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const FollowUpRow &row = m_rows.at(r);
        const QString visitDate = QLocale().toString(row.visitDate, QLocale::ShortFormat);
        m_table->setItem(r, VisitColumn, readOnlyItem(visitDate, row.visitTitle));
        m_table->setItem(r, TextColumn, readOnlyItem(row.text));
        m_table->setItem(r, ResponsibleColumn, readOnlyItem(row.responsible));
        m_table->setItem(r, DueColumn,
                         readOnlyItem(row.due.isValid()
                                          ? QLocale().toString(row.due, QLocale::ShortFormat)
                                          : QString()));
        QTableWidgetItem *status = readOnlyItem(followUpStatusText(row));
        if (row.isOverdue())
            status->setToolTip(
                tr("Overdue by %Ln day(s) on the date of this visit", nullptr, row.daysOverdue));
        m_table->setItem(r, StatusColumn, status);

        const qint64 id = row.id;
        const auto recorded = m_verdicts.constFind(id);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("verdictCombo%1").arg(r));
        combo->setAccessibleName(tr("Verdict on recommendation %1").arg(r + 1));
        combo->addItem(tr("— not verified —"), -1);
        for (const Verdict verdict : allVerdicts())
            combo->addItem(displayName(verdict), int(verdict));
        if (recorded != m_verdicts.cend())
            combo->setCurrentIndex(combo->findData(int(recorded->verdict)));
        m_table->setCellWidget(r, VerdictColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo](int index) {
            verdictChosen(id, combo->itemData(index).toInt());
        });

        auto *note = new QLineEdit(m_table);
        note->setObjectName(QStringLiteral("verdictNote%1").arg(r));
        note->setAccessibleName(tr("Note on the verdict on recommendation %1").arg(r + 1));
        note->setPlaceholderText(tr("What the delegation found"));
        note->setText(recorded != m_verdicts.cend() ? recorded->note : m_pendingNotes.value(id));
        m_table->setCellWidget(r, NoteColumn, note);
        connect(note, &QLineEdit::textEdited, this,
                [this, id](const QString &text) { noteEdited(id, text); });
    }
    m_table->resizeRowsToContents();
}

void CarryOverPage::verdictChosen(qint64 recommendationId, int verdictValue)
{
    if (verdictValue < 0) {
        // Keep the note in case a verdict is chosen again.
        m_pendingNotes.insert(recommendationId, m_verdicts.value(recommendationId).note);
        m_verdicts.remove(recommendationId);
        m_order.removeAll(recommendationId);
    } else {
        CarryOverVerdict verdict = m_verdicts.value(recommendationId);
        if (!m_verdicts.contains(recommendationId)) {
            verdict.recommendationId = recommendationId;
            verdict.note = m_pendingNotes.take(recommendationId);
            m_order.append(recommendationId);
        }
        verdict.verdict = Verdict(verdictValue);
        m_verdicts.insert(recommendationId, verdict);
    }
    emit edited();
}

void CarryOverPage::noteEdited(qint64 recommendationId, const QString &note)
{
    const auto found = m_verdicts.find(recommendationId);
    if (found == m_verdicts.end()) {
        m_pendingNotes.insert(recommendationId, note);
        return;
    }
    found->note = note;
    emit edited();
}

} // namespace vt
