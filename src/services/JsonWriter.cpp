// Writing an interchange document. Fields come in the order of INTERFACES.md,
// then "x-" extensions by name. Enums, the attendee's `present` and the
// required numbers are always written (explicit beats remembering defaults);
// required text too, so every record has the same shape. Optional text is
// omitted when empty, dates when absent, lists when empty, numbers when unset.

#include "services/JsonInterchange.h"

#include "services/JsonTextWriter.h"

namespace vt {
namespace {

using json::TextWriter;

QLatin1StringView field(const char *name)
{
    return QLatin1StringView(name);
}

void text(TextWriter &w, const char *name, const QString &value)
{
    w.name(field(name));
    w.string(value);
}

void optionalText(TextWriter &w, const char *name, const QString &value)
{
    if (!value.isEmpty())
        text(w, name, value);
}

void optionalDate(TextWriter &w, const char *name, const QDate &value)
{
    if (value.isValid())
        text(w, name, value.toString(Qt::ISODate));
}

void number(TextWriter &w, const char *name, double value)
{
    w.name(field(name));
    w.number(value);
}

void extensions(TextWriter &w, const QJsonObject &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) { // sorted by name
        w.name(it.key());
        w.value(it.value());
    }
}

template <typename Record, typename WriteRecord>
void list(TextWriter &w, const char *name, const QList<Record> &records, WriteRecord writeRecord)
{
    if (records.isEmpty())
        return;
    w.name(field(name));
    w.beginArray();
    for (const Record &record : records) {
        w.beginObject();
        writeRecord(w, record);
        extensions(w, record.extensions);
        w.endObject();
    }
    w.endArray();
}

void writeAttendee(TextWriter &w, const Attendee &a)
{
    text(w, "name", a.name);
    optionalText(w, "position", a.position);
    optionalText(w, "organisation", a.organisation);
    text(w, "side", toKey(a.side));
    text(w, "role", toKey(a.role));
    w.name(field("present"));
    w.boolean(a.present);
    optionalText(w, "note", a.note);
}

void writeFigure(TextWriter &w, const ReportFigure &f)
{
    text(w, "label", f.label);
    number(w, "value", f.value);
    optionalText(w, "unit", f.unit);
    optionalDate(w, "as_of", f.asOf);
}

void writeFinding(TextWriter &w, const Finding &f)
{
    optionalText(w, "key", f.key);
    text(w, "category", toKey(f.category));
    optionalText(w, "area", f.area);
    text(w, "text", f.text);
    optionalText(w, "organisation", f.organisation);
}

void writeIndicator(TextWriter &w, const Indicator &ind)
{
    text(w, "name", ind.name);
    optionalText(w, "unit", ind.unit);
    optionalText(w, "period", ind.period);
    if (ind.target)
        number(w, "target", *ind.target);
    number(w, "actual", ind.actual);
    optionalDate(w, "as_of", ind.asOf);
}

void writeUpdate(TextWriter &w, const FollowUpUpdate &u)
{
    optionalDate(w, "date", u.date);
    optionalText(w, "note", u.note);
    if (u.progress) {
        w.name(field("progress"));
        w.integer(*u.progress);
    }
    optionalText(w, "evidence", u.evidence);
}

void writeRecommendation(TextWriter &w, const Recommendation &r)
{
    text(w, "text", r.text);
    optionalText(w, "responsible", r.responsible);
    optionalDate(w, "due", r.due);
    text(w, "status", toKey(r.status));
    optionalDate(w, "completed", r.completed);
    if (!r.addresses.isEmpty()) {
        w.name(field("addresses"));
        w.beginArray();
        for (const QString &key : r.addresses)
            w.string(key);
        w.endArray();
    }
    list(w, "updates", r.updates, writeUpdate);
}

// How a visit's records are written: all of them (the interchange, a deleted
// visit's history entry), or how many there are of each kind (an added
// visit's history entry, whose records are the stored visit's own).
enum class Records
{
    Whole,
    Counted
};

template <typename Record, typename WriteRecord>
void records(TextWriter &w, Records how, const char *name, const QList<Record> &items,
             WriteRecord writeRecord)
{
    if (how == Records::Whole) {
        list(w, name, items, writeRecord);
    } else if (!items.isEmpty()) { // left out when empty, as in the interchange
        w.name(field(name));
        w.integer(items.size());
    }
}

void writeVisit(TextWriter &w, const Visit &v, Records how = Records::Whole)
{
    optionalText(w, "ref", v.ref);
    text(w, "title", v.title);
    text(w, "kind", toKey(v.kind));
    text(w, "status", toKey(v.status));
    optionalDate(w, "date", v.date);
    optionalDate(w, "end_date", v.endDate);
    optionalText(w, "location", v.location);
    text(w, "delegation", v.delegation);
    text(w, "host", v.host);
    optionalText(w, "topic", v.topic);
    optionalText(w, "summary", v.summary);
    records(w, how, "attendees", v.attendees, writeAttendee);
    records(w, how, "figures", v.figures, writeFigure);
    records(w, how, "findings", v.findings, writeFinding);
    records(w, how, "indicators", v.indicators, writeIndicator);
    records(w, how, "recommendations", v.recommendations, writeRecommendation);
}

} // namespace

QByteArray writeVisitObject(const Visit &visit)
{
    TextWriter w(TextWriter::Layout::Compact);
    w.beginObject();
    writeVisit(w, visit);
    extensions(w, visit.extensions);
    w.endObject();
    return w.take();
}

QByteArray writeVisitOutline(const Visit &visit)
{
    TextWriter w(TextWriter::Layout::Compact);
    w.beginObject();
    writeVisit(w, visit, Records::Counted);
    extensions(w, visit.extensions);
    w.endObject();
    return w.take();
}

struct InterchangeWriter::Pieces
{
    TextWriter writer;
};

InterchangeWriter::InterchangeWriter() : m_text(std::make_unique<Pieces>())
{
    TextWriter &w = m_text->writer;
    w.beginObject();
    text(w, "format", QStringLiteral("visit-tracker"));
    w.name(field("version"));
    w.integer(1);
    w.name(field("visits"));
    w.beginArray(); // always present, even when empty: the reader requires it
}

InterchangeWriter::~InterchangeWriter() = default;

void InterchangeWriter::add(const Visit &visit)
{
    TextWriter &w = m_text->writer;
    w.beginObject();
    writeVisit(w, visit);
    extensions(w, visit.extensions);
    w.endObject();
}

QByteArray InterchangeWriter::takeWritten()
{
    return m_text->writer.takeWritten();
}

qsizetype InterchangeWriter::writtenSize() const
{
    return m_text->writer.writtenSize();
}

QByteArray InterchangeWriter::finish()
{
    m_text->writer.endArray();
    m_text->writer.endObject();
    return m_text->writer.take();
}

QByteArray writeInterchange(const QList<Visit> &visits)
{
    InterchangeWriter writer;
    for (const Visit &visit : visits)
        writer.add(visit);
    QByteArray text = writer.takeWritten();
    text += writer.finish();
    return text;
}

} // namespace vt
