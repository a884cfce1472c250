#pragma once

// Who visits whom in the synthetic data set, and the small text helpers the
// visit builder shares (private to SyntheticVisits.cpp).

#include "services/SyntheticPhrases.h"

#include <QDate>
#include <QString>

namespace vt::synthetic {

// A trip: one delegation visits a few neighbouring hosts on consecutive days.
inline constexpr int kVisitsPerTrip = 4;

QString capitalised(const QString &text);
// 975 -> "97,5": Vietnamese decimal comma, one decimal.
QString tenths(int value);
QDate workingDay(QDate day);
// "Phó Trưởng Ban Tuyên giáo Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Long An".
QString leaderTitle(const QString &body, bool deputy);
bool isCommittee(const QString &host);
// A person in a staff pool: the same key is always the same name.
QString personName(quint64 key);

// Who visits whom: decided per trip, then per visit within the trip.
struct Parties
{
    QString delegation;
    QString host;
    quint64 delegationKey = 0;
    quint64 hostKey = 0;
    bool central = false;
    bool districtHost = false;
    QString province; // "tỉnh Nghệ An"
};

// The delegation and host of visit n (1-based) of the data set of seed.
Parties partiesOf(quint64 seed, int n);

} // namespace vt::synthetic
