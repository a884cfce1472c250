#include "services/SyntheticVisits.h"

#include "services/SyntheticParties.h"
#include "services/SyntheticPhrases.h"
#include "services/SyntheticRandom.h"

namespace vt {
namespace {

using namespace synthetic;

// Visits fall on working days of these ten years. Statuses are decided
// against a fixed "today" so that the data set never depends on the clock.
const QDate kFirstDay(2016, 1, 4);
constexpr int kDays = 3640;
const QDate kGenerationDay(2025, 6, 30);

class VisitBuilder
{
public:
    VisitBuilder(quint64 seed, int n)
        : m_banks(phraseBanks()), m_parties(partiesOf(seed, n)),
          m_random(mix(seed, 0x76697369, quint64(n)))
    {
        const int trip = (n - 1) / kVisitsPerTrip;
        Random tripRandom(mix(seed, 0x64617465, quint64(trip)));
        const QDate tripStart = workingDay(kFirstDay.addDays(tripRandom.below(kDays)));
        m_visit.ref = QStringLiteral("gen-%1-%2").arg(seed).arg(n);
        m_visit.date = workingDay(tripStart.addDays((n - 1) % kVisitsPerTrip));
        m_term = (m_visit.date.year() - 2016) / 5;
        m_visit.delegation = m_parties.delegation;
        m_visit.host = m_parties.host;
    }

    Visit build()
    {
        general();
        attendees();
        if (m_visit.status == VisitStatus::Planned || m_visit.status == VisitStatus::Cancelled)
            return std::move(m_visit);
        figures();
        findings();
        indicators();
        recommendations();
        return std::move(m_visit);
    }

private:
    int year() const { return m_visit.date.year(); }

    // A host's own numbers (size, which indicators it reports) do not change
    // from visit to visit.
    Random hostRandom(quint64 what) const { return Random(mix(m_parties.hostKey, what)); }

    void general()
    {
        Random &r = m_random;
        const bool inspecting = m_parties.delegation.startsWith(QStringLiteral("Ủy ban Kiểm tra"));
        const int kind = r.below(10);
        m_visit.kind = inspecting ? (kind < 6 ? VisitKind::Inspection : VisitKind::Supervision)
                                  : (kind < 6   ? VisitKind::Working
                                     : kind < 8 ? VisitKind::Survey
                                                : VisitKind::Supervision);
        if (m_visit.date > kGenerationDay)
            m_visit.status = r.chance(4) ? VisitStatus::Cancelled : VisitStatus::Planned;
        else if (r.chance(2))
            m_visit.status = VisitStatus::Cancelled;
        else if (m_visit.date.daysTo(kGenerationDay) > 730)
            m_visit.status = r.chance(70) ? VisitStatus::Closed : VisitStatus::Concluded;
        else
            m_visit.status = r.chance(30) ? VisitStatus::Held : VisitStatus::Concluded;

        QString topic;
        for (int attempt = 0; attempt < 4 && topic.isEmpty(); ++attempt) {
            const DatedPhrase &candidate = r.pick(m_banks.topics);
            if (candidate.fromYear <= year())
                topic = candidate.text;
        }
        if (topic.isEmpty())
            topic = m_banks.topics.first().text;
        m_topic = topic;
        m_visit.topic = capitalised(topic);
        const QString &host = m_visit.host;
        switch (m_visit.kind) {
        case VisitKind::Working:
            m_visit.title = QStringLiteral("Làm việc với ") + host + QStringLiteral(" về ") + topic;
            break;
        case VisitKind::Inspection:
            m_visit.title = QStringLiteral("Kiểm tra ") + topic + QStringLiteral(" tại ") + host;
            break;
        case VisitKind::Supervision:
            m_visit.title = QStringLiteral("Giám sát ") + topic +
                            QStringLiteral(" đối với Ban Thường vụ ") + host;
            break;
        case VisitKind::Survey:
            m_visit.title = QStringLiteral("Khảo sát ") + topic + QStringLiteral(" tại ") + host;
            break;
        }
        m_visit.location =
            (r.chance(70) ? QStringLiteral("Trụ sở ") : QStringLiteral("Hội trường ")) + host;
        if (r.chance(10))
            m_visit.endDate = workingDay(m_visit.date.addDays(1));
    }

    void attendees()
    {
        Random &r = m_random;
        const int total = r.between(10, 40);
        const int delegationCount = r.between(3, qMin(8, total - 4));
        const int press = r.chance(40) ? r.between(1, 2) : 0;
        const int hostCount = total - delegationCount - press;
        const bool deputy = r.chance(50);
        // Consecutive slots from a random start: nobody attends twice.
        const int staffStart = r.below(40);
        const int hostStart = r.below(80);
        for (int i = 0; i < delegationCount; ++i) {
            Attendee a;
            a.side = Side::Delegation;
            a.organisation = m_parties.delegation;
            // Leaders come from a small pool, staff from a larger one.
            const int slot = i == 0 ? r.below(3) : 3 + (staffStart + i) % 40;
            a.name = personName(mix(m_parties.delegationKey, quint64(m_term), quint64(slot)));
            if (i == 0) {
                a.role = AttendeeRole::Head;
                a.position = leaderTitle(m_parties.delegation, slot != 0);
            } else if (i == 1 && deputy) {
                a.role = AttendeeRole::DeputyHead;
                a.position = m_parties.central ? QStringLiteral("Vụ trưởng")
                                               : leaderTitle(m_parties.delegation, true);
            } else {
                a.role =
                    i == delegationCount - 1 ? AttendeeRole::MinuteTaker : AttendeeRole::Member;
                a.position = r.pick(m_parties.central ? m_banks.centralStaffPositions
                                                      : m_banks.provincialStaffPositions);
            }
            m_visit.attendees.append(a);
        }
        for (int i = 0; i < hostCount; ++i) {
            Attendee a;
            a.side = Side::Host;
            a.organisation = m_visit.host;
            const int slot = i < 2 ? i : 2 + r.below(int(m_banks.hostPositions.size()) - 2);
            const int person = i < 2 ? i : 2 + (hostStart + i) % 80;
            a.name = personName(mix(m_parties.hostKey, quint64(m_term), quint64(person)));
            const QString &position = m_banks.hostPositions.at(slot);
            a.position =
                position.contains(QLatin1StringView("%1")) ? position.arg(m_visit.host) : position;
            a.role = i == 0 ? AttendeeRole::Chair : AttendeeRole::Participant;
            if (i > 1 && r.chance(6)) {
                a.present = false;
                a.note = r.pick(m_banks.absenceReasons);
            }
            m_visit.attendees.append(a);
        }
        for (int i = 0; i < press; ++i) {
            Attendee a;
            a.side = Side::Guest;
            a.role = AttendeeRole::Press;
            a.organisation = r.pick(m_banks.pressOrganisations);
            a.name = personName(mix(0x70726573, quint64(r.below(200))));
            a.position = QStringLiteral("Phóng viên");
            m_visit.attendees.append(a);
        }
        const Attendee &head = m_visit.attendees.first();
        m_visit.summary = QStringLiteral("Đoàn công tác của ") + m_parties.delegation +
                          QStringLiteral(" do đồng chí ") + head.name + QStringLiteral(", ") +
                          head.position + QStringLiteral(" làm Trưởng đoàn làm việc với ") +
                          m_visit.host + QStringLiteral(" về ") + m_topic +
                          QStringLiteral(". Dữ liệu tổng hợp, sinh tự động để đo hiệu năng.");
    }

    void figures()
    {
        Random size = hostRandom(1);
        const int organisations =
            m_parties.districtHost ? 20 + size.below(60) : 300 + size.below(900);
        const int growth = 100 + 2 * (year() - 2016); // members grow about 2% a year
        const QDate asOf(year() - 1, 12, 31);
        auto add = [&](const char *label, double value, const char *unit) {
            m_visit.figures.append(
                {QString::fromUtf8(label), value, QString::fromUtf8(unit), asOf, {}});
        };
        add("Tổ chức cơ sở đảng", organisations, "tổ chức");
        add("Chi bộ trực thuộc", organisations * 11 / 2, "chi bộ");
        add("Đảng viên", double(qint64(organisations) * 90 * growth / 100), "đảng viên");
        add("Tỷ lệ đảng viên tham dự học tập chuyên đề", (950 + m_random.below(50)) / 10.0, "%");
        if (m_random.chance(50))
            add("Đảng viên mới kết nạp trong năm",
                organisations * 3 + m_random.below(organisations), "đảng viên");
    }

    void findings()
    {
        Random &r = m_random;
        const int total = r.between(5, 20);
        // One of each category, the rest in the proportions of real records.
        int counts[4] = {1, 1, 1, 1};
        for (int i = 4; i < total; ++i) {
            const int draw = r.below(100);
            ++counts[draw < 35 ? 0 : draw < 50 ? 1 : draw < 85 ? 2 : 3];
        }
        const char *keyPrefix[4] = {"kq", "mh", "hc", "nx"};
        for (int category = 0; category < 4; ++category) {
            for (int i = 1; i <= counts[category]; ++i) {
                Finding f;
                f.category = FindingCategory(category);
                f.key = QLatin1StringView(keyPrefix[category]) + QString::number(i);
                const int subject = r.below(int(m_banks.subjects.size()));
                f.area = r.pick(m_banks.areas);
                f.text = findingText(f.category, subject, &f.organisation);
                if (f.category == FindingCategory::Limitation)
                    m_limitations.append({f.key, subject});
                m_visit.findings.append(f);
            }
        }
    }

    QString findingText(FindingCategory category, int subjectIndex, QString *organisation)
    {
        Random &r = m_random;
        const QString &subject = m_banks.subjects.at(subjectIndex);
        switch (category) {
        case FindingCategory::Achievement:
            return capitalised(subject) + QLatin1Char(' ') + r.pick(m_banks.achievements) +
                   (r.chance(50) ? QStringLiteral("; tỷ lệ cán bộ, đảng viên tham gia đạt ") +
                                       tenths(r.between(900, 1000)) + QLatin1Char('%')
                                 : QString()) +
                   QLatin1Char('.');
        case FindingCategory::GoodModel:
            *organisation = QStringLiteral("Đảng ủy xã ") + r.pick(m_banks.communes);
            return QStringLiteral("Mô hình “") + r.pick(m_banks.modelNames) +
                   QStringLiteral("” của ") + *organisation +
                   QStringLiteral(" mang lại hiệu quả thiết thực, được Nhân dân đồng tình hưởng "
                                  "ứng, cần nhân rộng.");
        case FindingCategory::Limitation:
            if (r.chance(30))
                *organisation = m_visit.host;
            return capitalised(subject) + QLatin1Char(' ') +
                   m_banks.limitations.at(r.below(int(m_banks.limitations.size()))) +
                   (r.chance(60)
                        ? QStringLiteral("; nguyên nhân chủ yếu do ") + r.pick(m_banks.causes)
                        : QString()) +
                   QLatin1Char('.');
        case FindingCategory::Observation:
            return r.pick(m_banks.observations).arg(subject);
        }
        return subject;
    }

    void indicators()
    {
        Random &r = m_random;
        Random host = hostRandom(2);
        // The host reports a fixed set of indicators; each visit checks some of them.
        const int kinds = int(m_banks.indicators.size());
        const int first = host.below(kinds);
        const int step = 1 + 2 * host.below(kinds / 2); // odd, so coprime with 8
        const int measured = r.between(3, 7);
        const int start = r.below(kinds);
        for (int i = 0; i < measured; ++i) {
            const int kindIndex = (first + (start + i) % kinds * step) % kinds;
            const IndicatorKind &kind = m_banks.indicators.at(kindIndex);
            Random plan = hostRandom(mix(3, quint64(kindIndex), quint64(year())));
            int target = plan.between(kind.minTarget, kind.maxTarget);
            if (!kind.percent && m_parties.districtHost)
                target = qMax(1, target / 5);
            // Rates hover around their target; counts accumulate over the year.
            const int progressPermille =
                kind.percent ? 1000 : m_visit.date.dayOfYear() * 1000 / 366;
            const int factor = r.between(85, 110);
            qint64 actualTenths = qint64(target) * 10 * progressPermille / 1000 * factor / 100;
            if (kind.percent)
                actualTenths = qMin<qint64>(actualTenths, 1000);
            Indicator indicator;
            indicator.name = kind.name;
            indicator.unit = kind.unit;
            indicator.period = QString::number(year());
            indicator.target = target;
            indicator.actual = double(actualTenths) / 10.0;
            indicator.asOf = m_visit.date;
            m_visit.indicators.append(indicator);
        }
    }

    void recommendations()
    {
        Random &r = m_random;
        const int total = r.between(2, 8);
        for (int i = 0; i < total; ++i) {
            const auto &[key, subject] = m_limitations.at(i % m_limitations.size());
            Recommendation rec;
            rec.text = r.pick(m_banks.recommendationVerbs) + QLatin1Char(' ') +
                       m_banks.subjects.at(subject) + QStringLiteral(", khắc phục tình trạng ") +
                       r.pick(m_banks.limitations) + QLatin1Char('.');
            rec.addresses = {key};
            if (isCommittee(m_visit.host)) {
                static const char *const units[] = {"Ban Thường vụ ", "Ban Tuyên giáo ",
                                                    "Ban Tổ chức ", "Ủy ban Kiểm tra ",
                                                    "Văn phòng "};
                rec.responsible = QString::fromUtf8(units[r.below(5)]) + m_visit.host;
            } else {
                rec.responsible = m_visit.host;
            }
            QDate due = m_visit.date.addMonths(r.between(2, 36));
            due = QDate(due.year(), due.month(), r.chance(50) ? 15 : due.daysInMonth());
            rec.due = due;
            followUp(rec);
            m_visit.recommendations.append(rec);
        }
    }

    // Status and updates as of kGenerationDay: long-due items are mostly done
    // (some late), a share is still open or in progress and so overdue.
    void followUp(Recommendation &rec)
    {
        Random &r = m_random;
        const int draw = r.below(100);
        QDate end = qMin(rec.due, kGenerationDay);
        if (rec.due < kGenerationDay) {
            rec.status = draw < 65   ? RecommendationStatus::Done
                         : draw < 70 ? RecommendationStatus::Cancelled
                         : draw < 85 ? RecommendationStatus::InProgress
                                     : RecommendationStatus::Open;
        } else {
            rec.status = draw < 10   ? RecommendationStatus::Done
                         : draw < 60 ? RecommendationStatus::InProgress
                                     : RecommendationStatus::Open;
        }
        if (rec.status == RecommendationStatus::Done) {
            QDate completed = rec.due.addDays(r.between(-60, 90));
            completed =
                qBound(qMin(m_visit.date.addDays(7), kGenerationDay), completed, kGenerationDay);
            rec.completed = completed;
            end = completed;
        }
        if (rec.status == RecommendationStatus::Open)
            return;
        const int span = qMax<qint64>(1, m_visit.date.daysTo(end));
        const int count = rec.status == RecommendationStatus::Cancelled ? 1 : r.between(1, 3);
        for (int i = 1; i <= count; ++i) {
            FollowUpUpdate u;
            const bool last = i == count;
            u.date = m_visit.date.addDays(qint64(span) * i / count);
            if (rec.status == RecommendationStatus::Cancelled) {
                u.note =
                    QStringLiteral("Hủy bỏ do nội dung đã được điều chỉnh trong kế hoạch mới.");
            } else if (rec.status == RecommendationStatus::Done && last) {
                u.note = m_banks.updateNotes.last();
                u.progress = 100;
            } else {
                u.note = m_banks.updateNotes.at(qMin(i - 1, int(m_banks.updateNotes.size()) - 2));
                u.progress = qMin(90, 20 * i + r.below(20));
            }
            if (r.chance(50))
                u.evidence =
                    QStringLiteral("Báo cáo số %1-BC/%2")
                        .arg(r.between(10, 400))
                        .arg(m_parties.districtHost ? QStringLiteral("HU") : QStringLiteral("TU"));
            rec.updates.append(u);
        }
    }

    const PhraseBanks &m_banks;
    Parties m_parties;
    Random m_random;
    Visit m_visit;
    int m_term = 0;
    QString m_topic;                              // lower-case, for running text
    QList<std::pair<QString, int>> m_limitations; // key, subject index
};

} // namespace

Visit syntheticVisit(quint64 seed, int n)
{
    return VisitBuilder(seed, n).build();
}

} // namespace vt
