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
    int rowCount() const;

    QTableWidget *table() const { return m_table; }

signals:
    void edited();

private:
    void reload(const Visit &visit);
    void verdictChosen(qint64 recommendationId, int comboIndex);
    void noteEdited(qint64 recommendationId, const QString &note);

    Lookup m_lookup;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QString m_host;
    QDate m_date;
    QList<qint64> m_order; // recommendation ids with a verdict, in recorded order
    QHash<qint64, CarryOverVerdict> m_verdicts;
    QHash<qint64, QString> m_pendingNotes; // notes typed before a verdict is chosen
};

} // namespace vt
