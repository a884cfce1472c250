// Reading an interchange document: the envelope (format, version, visits),
// then each visit, then the domain's validation of each visit. Every problem
// is collected with its path, so a user fixes a file in one pass.

#include "services/JsonInterchange.h"

#include "services/JsonObjectReader.h"
#include "services/JsonVisitReader.h"
#include "services/VisitText.h"

#include <QCoreApplication>
#include <QHash>
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

} // namespace

ParsedDocument readInterchange(const QByteArray &json)
{
    ParsedDocument result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({documentPath(), describeParseError(json, parseError)});
        return result;
    }
    if (!document.isObject()) {
        result.errors.append({documentPath(), Text::tr("expected an object")});
        return result;
    }

    json::ObjectReader top(document.object(), QString(), result.errors);
    if (!readEnvelope(top))
        return result;
    const QJsonArray visits = top.array(QLatin1StringView("visits"), json::Presence::Required);
    top.extensions(); // reports unknown fields; the document has no record to keep "x-" ones

    QHash<QString, qsizetype> indexOfRef;
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const QString path = json::elementPath(QStringLiteral("visits"), i);
        if (!visits.at(i).isObject()) {
            result.errors.append({path, Text::tr("expected an object")});
            continue;
        }
        QList<ValidationIssue> visitErrors;
        json::ObjectReader reader(visits.at(i).toObject(), path, visitErrors);
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
                indexOfRef.insert(visit.ref, i);
            }
        }
        addValidationIssues(visit, path, visitErrors);
        result.errors.append(visitErrors);
        result.visits.append(std::move(visit));
    }
    return result;
}

} // namespace vt
