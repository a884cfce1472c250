#pragma once

// Carry-over verdicts as rows of one visit (private to storage/; written and
// read with the visit by VisitWriting.cpp and VisitReading.cpp).

#include "domain/CarryOver.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace vt::records {

// Replaces the verdicts the visit records on earlier recommendations.
bool writeVerdicts(QSqlDatabase connection, qint64 visitId, const QList<CarryOverVerdict> &verdicts,
                   QString *error);
bool readVerdicts(QSqlDatabase connection, qint64 visitId, QList<CarryOverVerdict> *verdicts,
                  QString *error);

// Saving a visit rewrites its recommendations with new ids, and the cascade
// would drop the verdicts later visits recorded on them. They are held before
// the rewrite and attached again after it: to the recommendation with the
// same text (preferring the same position), else to the one at the same
// position. A verdict whose recommendation was removed goes with it.
class HeldVerdicts final
{
public:
    bool hold(QSqlDatabase connection, qint64 visitId, QString *error);
    bool restore(QSqlDatabase connection, qint64 visitId, QString *error);

private:
    struct Held
    {
        qint64 visitId = 0; // the later visit that recorded the verdict
        qint64 seq = 0;     // its position among that visit's verdicts
        QString verdict;
        QVariant note;
        qint64 recommendationSeq = 0;
        QString recommendationText;
    };
    QList<Held> m_held;
};

} // namespace vt::records
