#pragma once

// The "Earlier recommendations" page of the visit editor (carry-over): every
// recommendation still open from earlier visits to the same host, for the
// delegation to verify, with a verdict and a note per row. Saving the visit
// turns new or changed verdicts into follow-up updates (services/FollowUp).

#include "domain/Visit.h"
#include "storage/RecommendationQueries.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QTableWidget;

namespace vt {

class CarryOverPage final : public QWidget
{
    Q_OBJECT

public:
    // The recommendations a visit should verify (FollowUp::carryOverCandidates).
    using Lookup = std::function<QList<FollowUpRow>(const Visit &visit)>;

    explicit CarryOverPage(QWidget *parent = nullptr);

    void setLookup(Lookup lookup);
    // Shows the verdicts the visit records and what it should verify.
    void setVisit(const Visit &visit);
    // Re-reads the list when the host or the date of the visit changed;
    // verdicts already chosen are kept.
    void followVisit(const Visit &visit);
    // Chosen verdicts, in the order they were recorded.
    QList<CarryOverVerdict> verdicts() const;
    // The recommendations listed (shown once the page is).
    int rowCount() const;

    QTableWidget *table() const { return m_table; }

signals:
    void edited();

protected:
    // The table is filled when the page is first shown after a reload: a
    // host's open recommendations at national scale are hundreds of rows with
    // a combo box and a line edit each (50–120 ms), which opening or saving a
    // visit need not pay while the page is hidden.
    void showEvent(QShowEvent *event) override;

private:
    void reload(const Visit &visit);
    void fillTable();
    void verdictChosen(qint64 recommendationId, int comboIndex);
    void noteEdited(qint64 recommendationId, const QString &note);

    Lookup m_lookup;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QList<FollowUpRow> m_rows; // what reload() listed
    bool m_tableFilled = true;
    QString m_host;
    QDate m_date;
    QList<qint64> m_order; // recommendation ids with a verdict, in recorded order
    QHash<qint64, CarryOverVerdict> m_verdicts;
    QHash<qint64, QString> m_pendingNotes; // notes typed before a verdict is chosen
};

} // namespace vt
