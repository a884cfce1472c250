#include "services/VisitStateCodec.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace vt::state_codec {
namespace {

// A field added to a record must be added here too, or undo would lose it:
// these fail to compile until the codec below has been looked at again.
static_assert(sizeof(Attendee) == 120, "Attendee changed: update VisitStateCodec");
static_assert(sizeof(ReportFigure) == 72, "ReportFigure changed: update VisitStateCodec");
static_assert(sizeof(Finding) == 112, "Finding changed: update VisitStateCodec");
static_assert(sizeof(Indicator) == 112, "Indicator changed: update VisitStateCodec");
static_assert(sizeof(FollowUpUpdate) == 72, "FollowUpUpdate changed: update VisitStateCodec");
static_assert(sizeof(Recommendation) == 128, "Recommendation changed: update VisitStateCodec");
static_assert(sizeof(CarryOverVerdict) == 40, "CarryOverVerdict changed: update VisitStateCodec");
static_assert(sizeof(Visit) == 352, "Visit changed: update VisitStateCodec");
static_assert(sizeof(RecommendationPlace) == 40, "RecommendationPlace changed: update it here");

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// The members of each record, in one order for writing and reading (below).
template <typename Stream> void visitFields(Stream &s, auto &record);

// Writing and reading share one shape: field() for each member, list() for
// each list of records.
class Writer
{
public:
    explicit Writer(QDataStream &out) : m_out(out) {}

    void field(const QString &text) { m_out << text.toUtf8(); }
    void field(const QDate &date) { m_out << date; }
    void field(double value) { m_out << value; }
    void field(bool value) { m_out << value; }
    void field(qint64 value) { m_out << value; }
    void field(const QJsonObject &object)
    {
        m_out << (object.isEmpty() ? QByteArray()
                                   : QCborMap::fromJsonObject(object).toCborValue().toCbor());
    }
    template <typename Enum>
    requires std::is_enum_v<Enum>
    void field(Enum value) { m_out << qint32(value); }
    void field(const std::optional<double> &value)
    {
        m_out << value.has_value() << value.value_or(0);
    }
    void field(const std::optional<int> &value)
    {
        m_out << value.has_value() << qint32(value.value_or(0));
    }
    void field(const QStringList &list)
    {
        m_out << quint32(list.size());
        for (const QString &text : list)
            field(text);
    }
    template <typename Record> void list(const QList<Record> &records)
    {
        m_out << quint32(records.size());
        for (const Record &record : records)
            visitFields(*this, record);
    }

private:
    QDataStream &m_out;
};

class Reader
{
public:
    explicit Reader(QDataStream &in) : m_in(in) {}

    void field(QString &text)
    {
        QByteArray bytes;
        m_in >> bytes;
        text = QString::fromUtf8(bytes);
    }
    void field(QDate &date) { m_in >> date; }
    void field(double &value) { m_in >> value; }
    void field(bool &value) { m_in >> value; }
    void field(qint64 &value) { m_in >> value; }
    void field(QJsonObject &object)
    {
        QByteArray bytes;
        m_in >> bytes;
        object =
            bytes.isEmpty() ? QJsonObject() : QCborValue::fromCbor(bytes).toMap().toJsonObject();
    }
    template <typename Enum>
    requires std::is_enum_v<Enum>
    void field(Enum &value)
    {
        qint32 number = 0;
        m_in >> number;
        value = Enum(number);
    }
    void field(std::optional<double> &value)
    {
        bool present = false;
        double number = 0;
        m_in >> present >> number;
        value = present ? std::optional<double>(number) : std::nullopt;
    }
    void field(std::optional<int> &value)
    {
        bool present = false;
        qint32 number = 0;
        m_in >> present >> number;
        value = present ? std::optional<int>(number) : std::nullopt;
    }
    void field(QStringList &list)
    {
        const quint32 size = count();
        list.clear();
        for (quint32 i = 0; i < size && m_in.status() == QDataStream::Ok; ++i)
            field(list.emplace_back());
    }
    template <typename Record> void list(QList<Record> &records)
    {
        const quint32 size = count();
        records.clear();
        for (quint32 i = 0; i < size && m_in.status() == QDataStream::Ok; ++i)
            visitFields(*this, records.emplace_back());
    }

private:
    quint32 count()
    {
        quint32 size = 0;
        m_in >> size;
        // Each element takes at least a byte: a larger count is damage.
        if (qint64(size) > m_in.device()->bytesAvailable())
            m_in.setStatus(QDataStream::ReadCorruptData);
        return size;
    }

    QDataStream &m_in;
};

template <typename Stream> void visitFields(Stream &s, auto &a)
{
    using A = std::remove_cvref_t<decltype(a)>;
    if constexpr (std::is_same_v<A, Attendee>) {
        s.field(a.name), s.field(a.position), s.field(a.organisation), s.field(a.side);
        s.field(a.role), s.field(a.present), s.field(a.note), s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, ReportFigure>) {
        s.field(a.label), s.field(a.value), s.field(a.unit), s.field(a.asOf);
        s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, Finding>) {
        s.field(a.key), s.field(a.category), s.field(a.area), s.field(a.text);
        s.field(a.organisation), s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, Indicator>) {
        s.field(a.name), s.field(a.unit), s.field(a.period), s.field(a.target);
        s.field(a.actual), s.field(a.asOf), s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, FollowUpUpdate>) {
        s.field(a.date), s.field(a.note), s.field(a.progress), s.field(a.evidence);
        s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, Recommendation>) {
        s.field(a.text), s.field(a.responsible), s.field(a.due), s.field(a.status);
        s.field(a.completed), s.field(a.addresses), s.list(a.updates), s.field(a.extensions);
    } else if constexpr (std::is_same_v<A, CarryOverVerdict>) {
        s.field(a.recommendationId), s.field(a.verdict), s.field(a.note);
    } else if constexpr (std::is_same_v<A, RecommendationPlace>) {
        s.field(a.visitId), s.field(a.position), s.field(a.text);
    } else if constexpr (std::is_same_v<A, Visit>) {
        s.field(a.id), s.field(a.ref), s.field(a.title), s.field(a.kind), s.field(a.status);
        s.field(a.date), s.field(a.endDate), s.field(a.location), s.field(a.delegation);
        s.field(a.host), s.field(a.topic), s.field(a.summary), s.list(a.attendees);
        s.list(a.figures), s.list(a.findings), s.list(a.indicators), s.list(a.recommendations);
        s.list(a.carriedOver), s.field(a.extensions);
    } else {
        static_assert(sizeof(A) == 0, "no fields listed for this record");
    }
}

} // namespace

QByteArray encode(const VisitState &state)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    Writer writer(out);
    writer.field(state.visitId);
    writer.field(state.visit.has_value());
    if (state.visit)
        visitFields(writer, *state.visit);
    writer.list(state.judged);
    return bytes;
}

std::optional<VisitState> decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    Reader reader(in);
    VisitState state;
    bool present = false;
    reader.field(state.visitId);
    reader.field(present);
    if (present)
        visitFields(reader, state.visit.emplace());
    reader.list(state.judged);
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return state;
}

QByteArray fingerprint(const QByteArray &encoded)
{
    return QCryptographicHash::hash(encoded, QCryptographicHash::Sha1);
}

} // namespace vt::state_codec
