#include "services/ChangeHistory.h"

#include "services/JsonInterchange.h"

#include "domain/CarryOver.h"
#include "storage/Attachments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pwd.h>
#include <unistd.h>

namespace vt {
namespace {

// The record lists of a visit in interchange order; recommendations' update
// logs are compared entry by entry below them.
constexpr const char *kLists[] = {"attendees", "figures", "findings", "indicators",
                                  "recommendations"};

// Records equal at the same place on both sides give no entry: they are
// blanked on both before the visits are written out for comparison, so an
// edit of one field does not cost writing and parsing every record twice
// (a re-import of 10,000 edited visits spent a fifth of its time here).
template <typename Record> void blankEqual(QList<Record> &a, QList<Record> &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) == b.at(i))
            a[i] = b[i] = Record{};
    }
}

QJsonObject interchangeObject(const std::optional<Visit> &visit)
{
    if (!visit)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(writeInterchange({*visit}));
    return document.object().value(QLatin1StringView("visits")).toArray().first().toObject();
}

QJsonArray verdictsArray(const std::optional<Visit> &visit)
{
    QJsonArray verdicts;
    if (!visit)
        return verdicts;
    for (const CarryOverVerdict &verdict : visit->carriedOver)
        verdicts.append(QJsonObject{{QStringLiteral("recommendation_id"), verdict.recommendationId},
                                    {QStringLiteral("verdict"), toKey(verdict.verdict)},
                                    {QStringLiteral("note"), verdict.note}});
    return verdicts;
}

QJsonObject organisationObject(const OrganisationRecord &organisation)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("name"), organisation.name},
            {QStringLiteral("parent"), orNull(organisation.parentName)},
            {QStringLiteral("kind"),
             orNull(organisation.kind ? toKey(*organisation.kind) : QString())}};
}

QJsonObject attachmentObject(const std::optional<AttachmentRecord> &record)
{
    if (!record)
        return {};
    QJsonObject object{{QStringLiteral("name"), record->fileName},
                       {QStringLiteral("type"), record->mimeType},
                       {QStringLiteral("size"), double(record->size)},
                       {QStringLiteral("sha256"), record->sha256},
                       {QStringLiteral("print_in_minutes"), record->printInMinutes}};
    // Left out when empty, as in the interchange's "x-attachments".
    if (!record->caption.isEmpty())
        object.insert(QStringLiteral("caption"), record->caption);
    if (!record->credit.isEmpty())
        object.insert(QStringLiteral("credit"), record->credit);
    // What it belongs to, in the interchange's words (the visit when neither).
    if (record->owner.isFinding())
        object.insert(QStringLiteral("finding"), record->owner.findingKey);
    else if (record->owner.isUpdate())
        object.insert(QStringLiteral("update"), QStringLiteral("recommendations[%1].updates[%2]")
                                                    .arg(record->owner.recommendation)
                                                    .arg(record->owner.update));
    return object;
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

class Differ
{
public:
    Differ(const ChangeEntry &base) : m_base(base) {}

    void record(const QString &path, const QJsonObject &before, const QJsonObject &after)
    {
        if (before == after)
            return;
        ChangeEntry entry = m_base;
        entry.record = path;
        entry.action = before.isEmpty()  ? ChangeAction::Insert
                       : after.isEmpty() ? ChangeAction::Delete
                                         : ChangeAction::Update;
        if (entry.action == ChangeAction::Update) {
            // Only the fields that changed, on both sides.
            QJsonObject oldFields;
            QJsonObject newFields;
            QStringList keys = before.keys() + after.keys();
            keys.removeDuplicates();
            for (const QString &key : std::as_const(keys)) {
                if (before.value(key) != after.value(key)) {
                    if (before.contains(key))
                        oldFields.insert(key, before.value(key));
                    if (after.contains(key))
                        newFields.insert(key, after.value(key));
                }
            }
            entry.oldValue = compact(oldFields);
            entry.newValue = compact(newFields);
        } else {
            entry.oldValue = compact(before);
            entry.newValue = compact(after);
        }
        m_entries.append(entry);
    }

    void list(const QString &name, const QJsonArray &before, const QJsonArray &after)
    {
        const qsizetype count = std::max(before.size(), after.size());
        for (qsizetype i = 0; i < count; ++i) {
            QJsonObject a = before.at(i).toObject();
            QJsonObject b = after.at(i).toObject();
            const QString path = QStringLiteral("%1[%2]").arg(name).arg(i);
            const QJsonArray updatesBefore = a.take(QLatin1StringView("updates")).toArray();
            const QJsonArray updatesAfter = b.take(QLatin1StringView("updates")).toArray();
            record(path, a, b);
            if (name == QLatin1StringView("recommendations"))
                list(path + QLatin1StringView(".updates"), updatesBefore, updatesAfter);
        }
    }

    QList<ChangeEntry> entries() const { return m_entries; }

private:
    ChangeEntry m_base;
    QList<ChangeEntry> m_entries;
};

} // namespace

QString currentUserName()
{
    // Asked for every history entry (an import makes one per visit, on its
    // reading thread): the environment is read under a lock, and without
    // USER the password database is looked up. Neither changes while the
    // program runs.
    static const QString name = [] {
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            const QString value = qEnvironmentVariable(variable);
            if (!value.isEmpty())
                return value;
        }
        if (const passwd *entry = ::getpwuid(::getuid()))
            return QString::fromLocal8Bit(entry->pw_name);
        return QString::number(::getuid());
    }();
    return name;
}

QList<ChangeEntry> organisationChange(const OrganisationRecord &before,
                                      const OrganisationRecord &after)
{
    ChangeEntry base;
    base.at = QDateTime::currentDateTimeUtc();
    base.user = currentUserName();
    base.visitTitle = after.name;
    Differ differ(base);
    differ.record(QStringLiteral("organisation"), organisationObject(before),
                  organisationObject(after));
    return differ.entries();
}

QList<ChangeEntry> attachmentChange(const QString &visitTitle,
                                    const std::optional<AttachmentRecord> &before,
                                    const std::optional<AttachmentRecord> &after)
{
    ChangeEntry base;
    base.at = QDateTime::currentDateTimeUtc();
    base.user = currentUserName();
    base.visitId = after ? after->owner.visitId : before ? before->owner.visitId : 0;
    base.visitTitle = visitTitle;
    Differ differ(base);
    differ.record(QStringLiteral("attachment"), attachmentObject(before), attachmentObject(after));
    return differ.entries();
}

std::optional<QList<ChangeEntry>> attachmentsDeletedWith(Database &database, qint64 visitId,
                                                         const QString &visitTitle, QString *error)
{
    QString readError;
    const QList<AttachmentRecord> records = Attachments(database).ofVisit(visitId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    QList<ChangeEntry> entries;
    for (const AttachmentRecord &record : records)
        entries += attachmentChange(visitTitle, record, std::nullopt);
    return entries;
}

QList<ChangeEntry> changesBetween(const std::optional<Visit> &before,
                                  const std::optional<Visit> &after)
{
    ChangeEntry base;
    base.at = QDateTime::currentDateTimeUtc();
    base.user = currentUserName();
    base.visitId = after ? after->id : before ? before->id : 0;
    base.visitTitle = after ? after->title : before ? before->title : QString();
    Differ differ(base);
    if (!before || !after) {
        // A whole visit inserted or deleted: one entry, and its verdicts,
        // which format v1 does not hold. A deleted visit's entry holds all of
        // it, the only place it is kept. An added visit's holds its fields and
        // how many records of each kind: the records are the stored visit's,
        // and every later change to them is logged with its values, so the
        // visit as added can be told from the history; a full copy would
        // double what an import writes.
        if (!before && !after)
            return {};
        ChangeEntry whole = base;
        whole.record = QStringLiteral("visit");
        whole.action = before ? ChangeAction::Delete : ChangeAction::Insert;
        if (before)
            whole.oldValue = QString::fromUtf8(writeVisitObject(*before));
        else
            whole.newValue = QString::fromUtf8(writeVisitOutline(*after));
        differ.list(QStringLiteral("carried_over"), verdictsArray(before), verdictsArray(after));
        return QList<ChangeEntry>{whole} + differ.entries();
    }
    if (*before == *after)
        return {};
    Visit first = *before;
    Visit second = *after;
    blankEqual(first.attendees, second.attendees);
    blankEqual(first.figures, second.figures);
    blankEqual(first.findings, second.findings);
    blankEqual(first.indicators, second.indicators);
    blankEqual(first.recommendations, second.recommendations);
    QJsonObject a = interchangeObject(first);
    QJsonObject b = interchangeObject(second);
    QList<std::pair<QJsonArray, QJsonArray>> lists;
    for (const char *name : kLists)
        lists.append(
            {a.take(QLatin1StringView(name)).toArray(), b.take(QLatin1StringView(name)).toArray()});
    differ.record(QStringLiteral("visit"), a, b);
    for (std::size_t i = 0; i < std::size(kLists); ++i)
        differ.list(QString::fromLatin1(kLists[i]), lists.at(qsizetype(i)).first,
                    lists.at(qsizetype(i)).second);
    // Verdicts on earlier recommendations are not part of format v1; they are
    // records of this visit all the same.
    differ.list(QStringLiteral("carried_over"), verdictsArray(before), verdictsArray(after));
    return differ.entries();
}

} // namespace vt
