#include "domain/Validation.h"

#include "domain/Limits.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace vt {
namespace {

// Gives lupdate and the translator the same context for these messages.
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(vt::Validation)
};

// Where a field is: "title", "attendees[2].name",
// "recommendations[0].updates[1].note". Made into text only for an issue: a
// visit has hundreds of fields and almost never an issue, and formatting every
// path up front was a fifth of the work of reading an imported visit.
class FieldPath
{
public:
    FieldPath(const char *field) : m_field(field) {} // NOLINT: a plain field is a path
    FieldPath(const char *list, qsizetype index, const char *field)
        : m_list(list), m_index(index), m_field(field)
    {
    }
    FieldPath(const char *list, qsizetype index, const char *subList, qsizetype subIndex,
              const char *field)
        : m_list(list), m_index(index), m_subList(subList), m_subIndex(subIndex), m_field(field)
    {
    }

    QString text() const
    {
        QString path;
        if (m_list)
            path += QLatin1StringView(m_list) + u'[' + QString::number(m_index) + u"].";
        if (m_subList)
            path += QLatin1StringView(m_subList) + u'[' + QString::number(m_subIndex) + u"].";
        return path + QLatin1StringView(m_field);
    }

private:
    const char *m_list = nullptr;
    qsizetype m_index = 0;
    const char *m_subList = nullptr;
    qsizetype m_subIndex = 0;
    const char *m_field;
};

class IssueCollector
{
public:
    void add(const FieldPath &path, const QString &message)
    {
        m_issues.append({path.text(), message});
    }

    void required(const FieldPath &path, const QString &value, int maxLength)
    {
        if (value.trimmed().isEmpty())
            add(path, ValidationText::tr("is required"));
        else
            maxLengthOf(path, value, maxLength);
    }

    void maxLengthOf(const FieldPath &path, const QString &value, int maxLength)
    {
        if (value.size() > maxLength)
            add(path, ValidationText::tr("is too long (%1 characters, at most %2)")
                          .arg(value.size())
                          .arg(maxLength));
    }

    void finite(const FieldPath &path, double value)
    {
        if (!std::isfinite(value))
            add(path, ValidationText::tr("must be a finite number"));
    }

    void listSize(const FieldPath &path, qsizetype size)
    {
        if (size > limits::kItemsPerList)
            add(path, ValidationText::tr("has too many entries (%1, at most %2)")
                          .arg(size)
                          .arg(limits::kItemsPerList));
    }

    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

FieldPath at(const char *list, qsizetype index, const char *field)
{
    return {list, index, field};
}

void validateGeneral(const Visit &visit, IssueCollector &c)
{
    c.required("title", visit.title, limits::kTitleLength);
    if (!visit.date.isValid())
        c.add("date", ValidationText::tr("is required"));
    if (visit.endDate.isValid() && visit.date.isValid() && visit.endDate < visit.date)
        c.add("end_date", ValidationText::tr("is before the date of the visit"));
    c.required("delegation", visit.delegation, limits::kNameLength);
    c.required("host", visit.host, limits::kNameLength);
    c.maxLengthOf("ref", visit.ref, limits::kNameLength);
    c.maxLengthOf("location", visit.location, limits::kShortTextLength);
    c.maxLengthOf("topic", visit.topic, limits::kShortTextLength);
    c.maxLengthOf("summary", visit.summary, limits::kLongTextLength);
}

void validateAttendees(const Visit &visit, IssueCollector &c)
{
    c.listSize("attendees", visit.attendees.size());
    for (qsizetype i = 0; i < visit.attendees.size(); ++i) {
        const Attendee &a = visit.attendees.at(i);
        c.required(at("attendees", i, "name"), a.name, limits::kNameLength);
        c.maxLengthOf(at("attendees", i, "position"), a.position, limits::kNameLength);
        c.maxLengthOf(at("attendees", i, "organisation"), a.organisation, limits::kNameLength);
        c.maxLengthOf(at("attendees", i, "note"), a.note, limits::kShortTextLength);
    }
}

void validateFigures(const Visit &visit, IssueCollector &c)
{
    c.listSize("figures", visit.figures.size());
    for (qsizetype i = 0; i < visit.figures.size(); ++i) {
        const ReportFigure &f = visit.figures.at(i);
        c.required(at("figures", i, "label"), f.label, limits::kNameLength);
        c.finite(at("figures", i, "value"), f.value);
        c.maxLengthOf(at("figures", i, "unit"), f.unit, limits::kNameLength);
    }
}

void validateFindings(const Visit &visit, IssueCollector &c)
{
    c.listSize("findings", visit.findings.size());
    QSet<QString> keys;
    for (qsizetype i = 0; i < visit.findings.size(); ++i) {
        const Finding &f = visit.findings.at(i);
        c.required(at("findings", i, "text"), f.text, limits::kLongTextLength);
        c.maxLengthOf(at("findings", i, "area"), f.area, limits::kShortTextLength);
        c.maxLengthOf(at("findings", i, "organisation"), f.organisation, limits::kNameLength);
        c.maxLengthOf(at("findings", i, "key"), f.key, limits::kNameLength);
        if (!f.key.isEmpty()) {
            if (keys.contains(f.key))
                c.add(at("findings", i, "key"),
                      ValidationText::tr("\"%1\" is used by another finding").arg(f.key));
            keys.insert(f.key);
        }
    }
}

void validateIndicators(const Visit &visit, IssueCollector &c)
{
    c.listSize("indicators", visit.indicators.size());
    for (qsizetype i = 0; i < visit.indicators.size(); ++i) {
        const Indicator &ind = visit.indicators.at(i);
        c.required(at("indicators", i, "name"), ind.name, limits::kNameLength);
        c.maxLengthOf(at("indicators", i, "unit"), ind.unit, limits::kNameLength);
        c.maxLengthOf(at("indicators", i, "period"), ind.period, limits::kNameLength);
        c.finite(at("indicators", i, "actual"), ind.actual);
        if (ind.target)
            c.finite(at("indicators", i, "target"), *ind.target);
    }
}

void validateUpdates(const Recommendation &rec, qsizetype recIndex, IssueCollector &c)
{
    for (qsizetype j = 0; j < rec.updates.size(); ++j) {
        const FollowUpUpdate &u = rec.updates.at(j);
        const auto field = [&](const char *name) {
            return FieldPath("recommendations", recIndex, "updates", j, name);
        };
        if (!u.date.isValid())
            c.add(field("date"), ValidationText::tr("is required"));
        if (u.progress && (*u.progress < 0 || *u.progress > limits::kProgressMax))
            c.add(field("progress"), ValidationText::tr("must be between 0 and 100"));
        c.maxLengthOf(field("note"), u.note, limits::kLongTextLength);
        c.maxLengthOf(field("evidence"), u.evidence, limits::kShortTextLength);
    }
}

void validateRecommendations(const Visit &visit, IssueCollector &c)
{
    QSet<QString> findingKeys;
    for (const Finding &f : visit.findings)
        findingKeys.insert(f.key);

    c.listSize("recommendations", visit.recommendations.size());
    for (qsizetype i = 0; i < visit.recommendations.size(); ++i) {
        const Recommendation &r = visit.recommendations.at(i);
        c.required(at("recommendations", i, "text"), r.text, limits::kLongTextLength);
        c.maxLengthOf(at("recommendations", i, "responsible"), r.responsible, limits::kNameLength);
        if (r.completed.isValid() && r.status != RecommendationStatus::Done)
            c.add(at("recommendations", i, "completed"),
                  ValidationText::tr("is only for recommendations that are done"));
        for (const QString &key : r.addresses) {
            if (key.isEmpty() || !findingKeys.contains(key))
                c.add(at("recommendations", i, "addresses"),
                      ValidationText::tr("refers to \"%1\", which is not a finding of this visit")
                          .arg(key));
        }
        c.listSize(at("recommendations", i, "updates"), r.updates.size());
        validateUpdates(r, i, c);
    }
}

} // namespace

QList<ValidationIssue> validateVisit(const Visit &visit)
{
    IssueCollector c;
    validateGeneral(visit, c);
    validateAttendees(visit, c);
    validateFigures(visit, c);
    validateFindings(visit, c);
    validateIndicators(visit, c);
    validateRecommendations(visit, c);
    return c.take();
}

} // namespace vt
