// Reading an interchange document: the envelope (format, version, visits),
// then each visit, then the domain's validation of each visit. Every problem
// is collected with its path, so a user fixes a file in one pass.

#include "services/JsonInterchange.h"

#include "services/JsonDocumentSplit.h"
#include "services/JsonDocumentStream.h"
#include "services/JsonObjectReader.h"
#include "services/JsonVisitReader.h"
#include "services/VisitText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace vt {
namespace {

constexpr auto kFormatName = "visit-tracker";
constexpr int kFormatVersion = 1;

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::JsonInterchange)
};

QString documentPath()
{
    return QStringLiteral("(document)");
}

// Qt reports a byte offset; people look for lines and columns.
QString describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return Text::tr("not valid JSON: %1 at line %2, column %3 (byte offset %4)")
        .arg(error.errorString())
        .arg(line)
        .arg(column)
        .arg(error.offset);
}

// The device of a streamed document failed (replaces whatever was found).
ValidationIssue readError(const json::DocumentStream &stream)
{
    return {documentPath(), Text::tr("could not be read: %1").arg(stream.errorString())};
}

// Format and version decide how the rest is read: when either is wrong the
// visits are not read at all, rather than reported field by field.
bool readEnvelope(json::ObjectReader &top)
{
    const qsizetype errorsBefore = top.errors().size();
    const QString format = top.text(QLatin1StringView("format"), json::Presence::Required);
    if (top.errors().size() == errorsBefore && format != QLatin1StringView(kFormatName)) {
        top.addError(
            QStringLiteral("format"),
            Text::tr("expected \"%1\", found \"%2\"").arg(QLatin1StringView(kFormatName), format));
    }
    const std::optional<double> version =
        top.number(QLatin1StringView("version"), json::Presence::Required);
    if (version && *version != kFormatVersion) {
        top.addError(QStringLiteral("version"),
                     Text::tr("unsupported version %1, this program reads version %2")
                         .arg(QString::number(*version))
                         .arg(kFormatVersion));
    }
    return top.errors().size() == errorsBefore;
}

// True when `path` is `reported` or lies inside it ("visits[0].date" inside
// "visits[0]"): the reader has already said what is wrong there.
bool isCoveredBy(const QString &path, const QString &reported)
{
    if (!path.startsWith(reported))
        return false;
    return path.size() == reported.size() || path.at(reported.size()) == u'.' ||
           path.at(reported.size()) == u'[';
}

// Adds the domain's validation issues of one visit, with the visit's path in
// front, skipping those where the reader already reported a problem (a
// missing title would otherwise be reported twice).
void addValidationIssues(const Visit &visit, const QString &visitPath,
                         QList<ValidationIssue> &visitErrors)
{
    const QList<ValidationIssue> readerErrors = visitErrors;
    for (const ValidationIssue &issue : validateVisit(visit)) {
        const QString path = visitPath + u'.' + issue.path;
        const bool covered = std::any_of(
            readerErrors.cbegin(), readerErrors.cend(),
            [&](const ValidationIssue &reported) { return isCoveredBy(path, reported.path); });
        const ValidationIssue prefixed{path, issue.message};
        if (!covered && !visitErrors.contains(prefixed))
            visitErrors.append(prefixed);
    }
}

// visits[index] read from its JSON value: the reader's and the domain's
// problems appended to `errors`, its ref checked against those seen so far.
Visit readVisitValue(const QJsonValue &value, qsizetype index,
                     QHash<QString, qsizetype> &indexOfRef, QList<ValidationIssue> &errors)
{
    const QString path = json::elementPath(QStringLiteral("visits"), index);
    if (!value.isObject()) {
        errors.append({path, Text::tr("expected an object")});
        return {};
    }
    QList<ValidationIssue> visitErrors;
    json::ObjectReader reader(value.toObject(), path, visitErrors);
    Visit visit = json::readVisit(reader);
    normalizeVisitText(visit);

    if (!visit.ref.isEmpty()) {
        const auto seen = indexOfRef.constFind(visit.ref);
        if (seen != indexOfRef.constEnd()) {
            visitErrors.append(
                {path + QStringLiteral(".ref"), Text::tr("\"%1\" is also the ref of visits[%2]")
                                                    .arg(visit.ref)
                                                    .arg(seen.value())});
        } else {
            indexOfRef.insert(visit.ref, index);
        }
    }
    addValidationIssues(visit, path, visitErrors);
    errors.append(visitErrors);
    return visit;
}

} // namespace

InterchangeReader::InterchangeReader(const QByteArray &json, Mode mode) : m_json(json)
{
    std::optional<json::DocumentPieces> pieces;
    if (mode == Mode::VisitByVisit)
        pieces = json::splitDocument(m_json);
    QJsonObject top;
    if (pieces) {
        top = pieces->envelope;
        m_pieces = std::move(pieces->visits);
    } else {
        std::optional<QJsonObject> whole = readWhole();
        if (!whole)
            return;
        top = std::move(*whole);
        m_parsed = top.value(QLatin1StringView("visits")).toArray();
        m_wholeDocument = true;
    }

    readEnvelopeOf(top);
    if (!m_envelopeWrong)
        m_count = m_wholeDocument ? m_parsed.size() : m_pieces.size();
}

struct InterchangeReader::Stream
{
    explicit Stream(QIODevice &device) : document(device) {}
    json::DocumentStream document;
};

InterchangeReader::~InterchangeReader() = default;

qint64 InterchangeReader::position() const
{
    return m_stream ? m_stream->document.position() : 0;
}

qint64 InterchangeReader::size() const
{
    return m_stream ? m_stream->document.size() : -1;
}

InterchangeReader::InterchangeReader(QIODevice &device) : m_stream(std::make_unique<Stream>(device))
{
    json::DocumentStream &stream = m_stream->document;
    if (!stream.start()) {
        m_mustReadWhole = stream.state() == json::DocumentStream::State::Unusual;
        if (stream.state() == json::DocumentStream::State::ReadError)
            m_errors.append(readError(stream));
        return;
    }
    readEnvelopeOf(stream.envelope());
    if (m_envelopeWrong) {
        // The visits are not read, only followed to the end: a document that
        // is not JSON after all, or one whose envelope goes on after its
        // visits, is read whole instead, as the whole readers report it.
        while (stream.next()) {
        }
        m_mustReadWhole = stream.state() == json::DocumentStream::State::Unusual;
        if (stream.state() == json::DocumentStream::State::ReadError)
            m_errors = {readError(stream)};
    }
}

void InterchangeReader::readEnvelopeOf(const QJsonObject &top)
{
    json::ObjectReader envelope(top, QString(), m_errors);
    if (!readEnvelope(envelope)) {
        m_envelopeWrong = true;
        return;
    }
    envelope.array(QLatin1StringView("visits"), json::Presence::Required);
    envelope.extensions(); // reports unknown fields; the document has no record to keep "x-" ones
}

// The document parsed whole; std::nullopt, with Qt's message as the only
// error, when it is not a JSON object.
std::optional<QJsonObject> InterchangeReader::readWhole()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    m_errors.clear();
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.append({documentPath(), describeParseError(m_json, parseError)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_errors.append({documentPath(), Text::tr("expected an object")});
        return std::nullopt;
    }
    return document.object();
}

std::optional<Visit> InterchangeReader::next()
{
    if (m_stream)
        return nextStreamed();
    if (m_next >= m_count)
        return std::nullopt;
    const qsizetype index = m_next++;
    std::optional<QJsonValue> value;
    if (m_wholeDocument)
        value = m_parsed.at(index);
    else
        value = json::parseElement(m_pieces.at(index));
    if (!value) {
        // Not JSON: Qt's message for the whole document says where, and
        // replaces whatever was found so far. Should the document parse after
        // all, the pieces were cut wrongly and what was read from them is void.
        m_mustReadWhole = readWhole().has_value();
        m_count = 0;
        return std::nullopt;
    }
    return readVisitValue(*value, index, m_indexOfRef, m_errors);
}

std::optional<Visit> InterchangeReader::nextStreamed()
{
    if (m_mustReadWhole || m_envelopeWrong)
        return std::nullopt;
    json::DocumentStream &stream = m_stream->document;
    const std::optional<QByteArray> bytes = stream.next();
    std::optional<QJsonValue> value;
    if (bytes)
        value = json::parseElement(*bytes);
    if (!value) {
        switch (stream.state()) {
        case json::DocumentStream::State::ReadError:
            m_errors = {readError(stream)};
            break;
        case json::DocumentStream::State::Ended:
            if (!bytes)
                break;
            [[fallthrough]];
        default: // a visit that is not JSON, or a document's end unlike ours
            m_mustReadWhole = true;
        }
        return std::nullopt;
    }
    const qsizetype index = m_next++;
    return readVisitValue(*value, index, m_indexOfRef, m_errors);
}

ParsedDocument readInterchange(const QByteArray &json)
{
    ParsedDocument result;
    for (const auto mode :
         {InterchangeReader::Mode::VisitByVisit, InterchangeReader::Mode::WholeDocument}) {
        InterchangeReader reader(json, mode);
        result.visits.clear();
        while (std::optional<Visit> visit = reader.next())
            result.visits.append(std::move(*visit));
        result.errors = reader.errors();
        if (!reader.mustReadWhole())
            break;
    }
    return result;
}

} // namespace vt
