#include "services/VisitText.h"

#include "domain/TextFolding.h"

namespace vt {
namespace {

void normalize(QString &text)
{
    text = normalizedText(text);
}

void normalize(QStringList &texts)
{
    for (QString &text : texts)
        normalize(text);
}

} // namespace

void normalizeVisitText(Visit &visit)
{
    for (QString *text : {&visit.ref, &visit.title, &visit.location, &visit.delegation, &visit.host,
                          &visit.topic, &visit.summary})
        normalize(*text);
    for (Attendee &a : visit.attendees) {
        for (QString *text : {&a.name, &a.position, &a.organisation, &a.note})
            normalize(*text);
    }
    for (ReportFigure &f : visit.figures) {
        normalize(f.label);
        normalize(f.unit);
    }
    for (Finding &f : visit.findings) {
        for (QString *text : {&f.key, &f.area, &f.text, &f.organisation})
            normalize(*text);
    }
    for (Indicator &ind : visit.indicators) {
        for (QString *text : {&ind.name, &ind.unit, &ind.period})
            normalize(*text);
    }
    for (Recommendation &r : visit.recommendations) {
        normalize(r.text);
        normalize(r.responsible);
        normalize(r.addresses);
        for (FollowUpUpdate &u : r.updates) {
            normalize(u.note);
            normalize(u.evidence);
        }
    }
}

} // namespace vt
