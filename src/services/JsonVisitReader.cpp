#include "services/JsonVisitReader.h"

#include <QCoreApplication>

namespace vt::json {
namespace {

constexpr auto Required = Presence::Required;

QLatin1StringView field(const char *name)
{
    return QLatin1StringView(name);
}

// Reads every element of an array of records. An element that is not an
// object still takes its place in the list, so that the paths of later
// elements (and of validation issues) keep their indices.
template <typename Record, typename ReadRecord>
QList<Record> readList(ObjectReader &parent, const char *name, ReadRecord readRecord)
{
    const QJsonArray array = parent.array(field(name));
    QList<Record> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            parent.addError(
                elementPath(parent.pathOf(field(name)), i),
                QCoreApplication::translate("vt::JsonInterchange", "expected an object"));
            records.append(Record{});
            continue;
        }
        ObjectReader reader(array.at(i).toObject(), parent, field(name), i);
        records.append(readRecord(reader));
    }
    return records;
}

Attendee readAttendee(ObjectReader &r)
{
    Attendee a;
    a.name = r.text(field("name"), Required);
    a.position = r.text(field("position"));
    a.organisation = r.text(field("organisation"));
    a.side = r.choice(field("side"), a.side, Required);
    a.role = r.choice(field("role"), AttendeeRole::Participant);
    a.present = r.boolean(field("present"), true);
    a.note = r.text(field("note"));
    a.extensions = r.extensions();
    return a;
}

ReportFigure readFigure(ObjectReader &r)
{
    ReportFigure f;
    f.label = r.text(field("label"), Required);
    f.value = r.number(field("value"), Required).value_or(0);
    f.unit = r.text(field("unit"));
    f.asOf = r.date(field("as_of"));
    f.extensions = r.extensions();
    return f;
}

Finding readFinding(ObjectReader &r)
{
    Finding f;
    f.key = r.text(field("key"));
    f.category = r.choice(field("category"), f.category, Required);
    f.area = r.text(field("area"));
    f.text = r.text(field("text"), Required);
    f.organisation = r.text(field("organisation"));
    f.extensions = r.extensions();
    return f;
}

Indicator readIndicator(ObjectReader &r)
{
    Indicator ind;
    ind.name = r.text(field("name"), Required);
    ind.unit = r.text(field("unit"));
    ind.period = r.text(field("period"));
    ind.target = r.number(field("target"));
    ind.actual = r.number(field("actual"), Required).value_or(0);
    ind.asOf = r.date(field("as_of"));
    ind.extensions = r.extensions();
    return ind;
}

FollowUpUpdate readUpdate(ObjectReader &r)
{
    FollowUpUpdate u;
    u.date = r.date(field("date"), Required);
    u.note = r.text(field("note"));
    u.progress = r.percent(field("progress"));
    u.evidence = r.text(field("evidence")); // our own optional field
    u.extensions = r.extensions();
    return u;
}

Recommendation readRecommendation(ObjectReader &r)
{
    Recommendation rec;
    rec.text = r.text(field("text"), Required);
    rec.responsible = r.text(field("responsible"));
    rec.due = r.date(field("due"));
    rec.status = r.choice(field("status"), RecommendationStatus::Open);
    rec.completed = r.date(field("completed"));
    rec.addresses = r.textList(field("addresses"));
    rec.updates = readList<FollowUpUpdate>(r, "updates", readUpdate);
    rec.extensions = r.extensions();
    return rec;
}

} // namespace

Visit readVisit(ObjectReader &r)
{
    Visit v;
    v.ref = r.text(field("ref"));
    v.title = r.text(field("title"), Required);
    v.kind = r.choice(field("kind"), VisitKind::Working);
    v.status = r.choice(field("status"), VisitStatus::Held);
    v.date = r.date(field("date"), Required);
    v.endDate = r.date(field("end_date"));
    v.location = r.text(field("location"));
    v.delegation = r.text(field("delegation"), Required);
    v.host = r.text(field("host"), Required);
    v.topic = r.text(field("topic"));
    v.summary = r.text(field("summary"));
    v.attendees = readList<Attendee>(r, "attendees", readAttendee);
    v.figures = readList<ReportFigure>(r, "figures", readFigure);
    v.findings = readList<Finding>(r, "findings", readFinding);
    v.indicators = readList<Indicator>(r, "indicators", readIndicator);
    v.recommendations = readList<Recommendation>(r, "recommendations", readRecommendation);
    v.extensions = r.extensions();
    return v;
}

} // namespace vt::json
