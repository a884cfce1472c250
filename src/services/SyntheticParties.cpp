#include "services/SyntheticParties.h"

#include "services/SyntheticRandom.h"

namespace vt::synthetic {

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// 975 -> "97,5": Vietnamese decimal comma, one decimal.
QString tenths(int value)
{
    return QString::number(value / 10) + QLatin1Char(',') + QString::number(value % 10);
}

QDate workingDay(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

// "Phó Trưởng Ban Tuyên giáo Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Long An".
QString leaderTitle(const QString &body, bool deputy)
{
    QString title;
    if (body.startsWith(QStringLiteral("Ban ")))
        title = QStringLiteral("Trưởng ");
    else if (body.startsWith(QStringLiteral("Ủy ban")))
        title = QStringLiteral("Chủ nhiệm ");
    else if (body.startsWith(QStringLiteral("Văn phòng")))
        title = QStringLiteral("Chánh ");
    else if (body.startsWith(QStringLiteral("Hội đồng")))
        title = QStringLiteral("Chủ tịch ");
    else
        title = QStringLiteral("Bí thư ");
    return (deputy ? QStringLiteral("Phó ") + title : title) + body;
}

bool isCommittee(const QString &host)
{
    return !host.startsWith(QStringLiteral("Ban ")) && !host.startsWith(QStringLiteral("Đảng ủy"));
}

static QString districtCommittee(const District &district)
{
    switch (district.kind) {
    case DistrictKind::RuralDistrict:
        return QStringLiteral("Huyện ủy ") + district.name;
    case DistrictKind::UrbanDistrict:
        return QStringLiteral("Quận ủy ") + district.name;
    case DistrictKind::Town:
        return QStringLiteral("Thị ủy ") + district.name;
    case DistrictKind::City:
        return QStringLiteral("Thành ủy ") + district.name;
    }
    return district.name;
}

// A person in a staff pool: the same (organisation, term, slot) is the same
// person, so names recur across visits as they do in real records.
QString personName(quint64 key)
{
    const PhraseBanks &b = phraseBanks();
    Random r(key);
    const bool female = r.chance(40);
    const QString &family = r.pick(b.familyNames);
    const QString &middle = r.pick(female ? b.femaleMiddleNames : b.maleMiddleNames);
    const QString &given = r.pick(female ? b.femaleGivenNames : b.maleGivenNames);
    // Some people carry two middle names ("Nguyễn Thị Ngọc Anh").
    if (r.chance(15))
        return family + QLatin1Char(' ') + middle + QLatin1Char(' ') +
               r.pick(female ? b.femaleMiddleNames : b.maleMiddleNames) + QLatin1Char(' ') + given;
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

Parties partiesOf(quint64 seed, int n)
{
    const PhraseBanks &b = phraseBanks();
    const int trip = (n - 1) / kVisitsPerTrip;
    const int stop = (n - 1) % kVisitsPerTrip;
    Random r(mix(seed, 0x7269, quint64(trip)));
    Parties p;
    p.central = r.chance(35);
    const int provinceIndex = r.below(int(b.provinces.size()));
    const int bodyIndex =
        r.below(p.central ? int(b.centralBodies.size()) : int(b.provincialBodies.size()));
    const int districtStart = r.below(8);
    Random v(mix(seed, 0x686f7374, quint64(n)));
    if (p.central) {
        // Neighbouring provinces are mostly neighbours in the list.
        const int index = (provinceIndex + stop) % int(b.provinces.size());
        const Province &province = b.provinces.at(index);
        p.delegation = b.centralBodies.at(bodyIndex);
        p.delegationKey = mix(1, quint64(bodyIndex));
        p.province = province.localName;
        const int body = v.below(10);
        if (body < 7)
            p.host = province.committee;
        else if (body == 7)
            p.host = QStringLiteral("Đảng ủy Công an ") + province.localName;
        else if (body == 8)
            p.host = QStringLiteral("Đảng ủy Quân sự ") + province.localName;
        else
            p.host = QStringLiteral("Ban Tuyên giáo ") + province.committee;
        p.hostKey = mix(2, quint64(index), quint64(body < 7 ? 0 : body));
    } else {
        const Province &province = b.provinces.at(provinceIndex);
        const int index = (districtStart + stop) % int(province.districts.size());
        p.delegation = b.provincialBodies.at(bodyIndex) + QLatin1Char(' ') + province.committee;
        p.delegationKey = mix(3, quint64(provinceIndex), quint64(bodyIndex));
        p.province = province.localName;
        p.host = districtCommittee(province.districts.at(index));
        p.hostKey = mix(4, quint64(provinceIndex), quint64(index));
        p.districtHost = true;
    }
    return p;
}

} // namespace vt::synthetic
