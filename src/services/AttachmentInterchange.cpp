#include "services/AttachmentInterchange.h"

#include "services/AttachmentService.h"
#include "services/ChangeHistory.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QSaveFile>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::AttachmentInterchange)
};

QJsonObject entryFor(const AttachmentRecord &record, const QString &path)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("name"), record.fileName);
    entry.insert(QStringLiteral("type"), record.mimeType);
    entry.insert(QStringLiteral("size"), double(record.size));
    entry.insert(QStringLiteral("sha256"), record.sha256);
    entry.insert(QStringLiteral("path"), path);
    if (!record.caption.isEmpty())
        entry.insert(QStringLiteral("caption"), record.caption);
    if (!record.credit.isEmpty())
        entry.insert(QStringLiteral("credit"), record.credit);
    entry.insert(QStringLiteral("added"), record.added.toUTC().toString(Qt::ISODate));
    if (record.printInMinutes)
        entry.insert(QStringLiteral("print_in_minutes"), true);
    return entry;
}

void appendEntry(QJsonObject &extensions, const QJsonObject &entry)
{
    QJsonArray list = extensions.value(kAttachmentsField).toArray();
    list.append(entry);
    extensions.insert(kAttachmentsField, list);
}

// The record that owns the attachment in the exported visit; the visit itself
// when the finding or update is no longer there (nothing is left out).
QJsonObject &ownerExtensions(Visit &visit, const AttachmentOwner &owner)
{
    if (owner.isFinding()) {
        for (Finding &finding : visit.findings) {
            if (finding.key == owner.findingKey)
                return finding.extensions;
        }
    } else if (owner.isUpdate() && owner.recommendation < visit.recommendations.size()) {
        Recommendation &recommendation = visit.recommendations[owner.recommendation];
        if (owner.update < recommendation.updates.size())
            return recommendation.updates[owner.update].extensions;
    }
    return visit.extensions;
}

QString hashOfFile(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

struct EntryReader
{
    QDir base;
    bool haveBase = false;
    QList<ValidationIssue> *issues;
    ImportedAttachments *result;

    void issue(const QString &where, const QString &message) const
    {
        issues->append({where, message});
    }

    void read(QJsonObject &extensions, const AttachmentOwner &owner, const QString &where)
    {
        if (!extensions.contains(kAttachmentsField))
            return;
        const QJsonValue value = extensions.take(kAttachmentsField);
        const QString field = where + QLatin1Char('.') + kAttachmentsField;
        result->listed = true;
        if (!value.isArray()) {
            issue(field, Text::tr("must be an array of attachments"));
            return;
        }
        if (!haveBase) {
            issue(field, Text::tr("attachments can only be imported from a file, whose folder "
                                  "holds them"));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            readEntry(list.at(i), owner, QStringLiteral("%1[%2]").arg(field).arg(i));
    }

    void readEntry(const QJsonValue &value, const AttachmentOwner &owner, const QString &where)
    {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        const QString sha = entry.value(QLatin1String("sha256")).toString();
        const QString path = entry.value(QLatin1String("path")).toString();
        const QJsonValue size = entry.value(QLatin1String("size"));
        if (!value.isObject() || name.isEmpty() || path.isEmpty() || !isHex64(sha)) {
            issue(where, Text::tr("needs a name, a path and a sha256 (64 lower-case hexadecimal "
                                  "digits)"));
            return;
        }
        // Only files beside the document: a path must not lead elsewhere.
        const QString clean = QDir::cleanPath(path);
        if (QDir::isAbsolutePath(path) || clean.startsWith(QLatin1String(".."))) {
            issue(
                where + QStringLiteral(".path"),
                Text::tr("“%1” must be relative to the document and stay in its folder").arg(path));
            return;
        }
        ImportedAttachment item;
        item.where = where;
        item.filePath = base.absoluteFilePath(clean);
        QFile file(item.filePath);
        if (!QFileInfo(item.filePath).isFile()) {
            issue(where, Text::tr("the file “%1” is missing").arg(path));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            issue(where, Text::tr("cannot read “%1”: %2").arg(path, file.errorString()));
            return;
        }
        if (size.isDouble() && qint64(size.toDouble()) != file.size()) {
            issue(where,
                  Text::tr("the file “%1” was altered: it has %2 bytes, the document says %3")
                      .arg(path)
                      .arg(file.size())
                      .arg(qint64(size.toDouble())));
            return;
        }
        const QString actual = hashOfFile(file);
        if (actual != sha) {
            issue(where,
                  Text::tr("the file “%1” was altered: its SHA-256 is %2, the document says %3")
                      .arg(path, actual, sha));
            return;
        }
        QString type = entry.value(QLatin1String("type")).toString();
        if (type.isEmpty()) {
            file.seek(0);
            type = QMimeDatabase().mimeTypeForFileNameAndData(name, &file).name();
        }
        AttachmentRecord &record = item.record;
        record.owner = owner;
        record.fileName = name;
        record.mimeType = type;
        record.size = file.size();
        record.sha256 = sha;
        record.caption = entry.value(QLatin1String("caption")).toString();
        record.credit = entry.value(QLatin1String("credit")).toString();
        record.added =
            QDateTime::fromString(entry.value(QLatin1String("added")).toString(), Qt::ISODate);
        if (!record.added.isValid())
            record.added = QDateTime::currentDateTimeUtc();
        record.printInMinutes = entry.value(QLatin1String("print_in_minutes")).toBool();
        result->items.append(item);
    }
};

} // namespace

QString attachmentFolderName(const QString &jsonPath)
{
    if (jsonPath.isEmpty() || jsonPath == QLatin1String("-"))
        return {};
    return QFileInfo(jsonPath).completeBaseName() + QStringLiteral(".attachments");
}

AttachmentExport::AttachmentExport(Database &database, const QString &jsonPath)
    : m_database(database), m_folderName(attachmentFolderName(jsonPath)),
      m_base(QFileInfo(jsonPath).absoluteDir())
{
}

bool AttachmentExport::add(Visit &visit, QString *error)
{
    if (m_folderName.isEmpty())
        return true; // standard output: the v1 document alone
    Attachments attachments(m_database);
    QString readError;
    const QList<AttachmentRecord> records = attachments.ofVisit(visit.id, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    for (const AttachmentRecord &record : records) {
        QString path = m_written.value(record.sha256);
        if (path.isEmpty()) {
            path = QStringLiteral("%1/%2/%3")
                       .arg(m_folderName, record.sha256.left(16), safeFileName(record.fileName));
            const std::optional<QByteArray> data = attachments.content(record.sha256, error);
            if (!data)
                return false;
            QDir().mkpath(QFileInfo(m_base.filePath(path)).absolutePath());
            QSaveFile file(m_base.filePath(path));
            if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() ||
                !file.commit()) {
                if (error)
                    *error = Text::tr("Cannot write “%1”: %2")
                                 .arg(QDir::toNativeSeparators(m_base.filePath(path)),
                                      file.errorString());
                return false;
            }
            m_written.insert(record.sha256, path);
        }
        appendEntry(ownerExtensions(visit, record.owner), entryFor(record, path));
    }
    return true;
}

ImportedAttachments takeAttachments(Visit &visit, qsizetype visitIndex, const QString &jsonPath,
                                    QList<ValidationIssue> *issues)
{
    ImportedAttachments result;
    EntryReader reader{{}, false, issues, &result};
    if (!jsonPath.isEmpty() && jsonPath != QLatin1String("-")) {
        reader.base = QFileInfo(jsonPath).absoluteDir();
        reader.haveBase = true;
    }
    const QString where = QStringLiteral("visits[%1]").arg(visitIndex);
    reader.read(visit.extensions, AttachmentOwner{}, where);
    for (qsizetype f = 0; f < visit.findings.size(); ++f) {
        Finding &finding = visit.findings[f];
        const QString at = QStringLiteral("%1.findings[%2]").arg(where).arg(f);
        if (finding.key.isEmpty() && finding.extensions.contains(kAttachmentsField)) {
            issues->append(
                {at + QStringLiteral(".key"), Text::tr("a finding with attachments needs a key")});
            finding.extensions.remove(kAttachmentsField);
            continue;
        }
        AttachmentOwner owner;
        owner.findingKey = finding.key;
        reader.read(finding.extensions, owner, at);
    }
    for (qsizetype r = 0; r < visit.recommendations.size(); ++r) {
        Recommendation &recommendation = visit.recommendations[r];
        for (qsizetype u = 0; u < recommendation.updates.size(); ++u) {
            AttachmentOwner owner;
            owner.recommendation = int(r);
            owner.update = int(u);
            reader.read(
                recommendation.updates[u].extensions, owner,
                QStringLiteral("%1.recommendations[%2].updates[%3]").arg(where).arg(r).arg(u));
        }
    }
    return result;
}

void dropAttachmentFields(Visit &visit)
{
    visit.extensions.remove(kAttachmentsField);
    for (Finding &finding : visit.findings)
        finding.extensions.remove(kAttachmentsField);
    for (Recommendation &recommendation : visit.recommendations)
        for (FollowUpUpdate &update : recommendation.updates)
            update.extensions.remove(kAttachmentsField);
}

bool storeImportedAttachments(Database &database, qint64 visitId,
                              const ImportedAttachments &imported, QString *error)
{
    if (!imported.listed)
        return true; // the document says nothing about attachments: keep them
    Attachments attachments(database);
    QString readError;
    const QList<AttachmentRecord> old = attachments.ofVisit(visitId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    // New rows first, then the old ones go: content both list is never dropped.
    // Each is an entry of the change history, like the visit's records.
    const QString title = attachments.visitTitle(visitId, nullptr);
    QList<ChangeEntry> changes;
    for (const ImportedAttachment &item : imported.items) {
        AttachmentRecord record = item.record;
        record.owner.visitId = visitId;
        QByteArray content;
        if (!attachments.hasContent(record.sha256, error)) {
            QFile file(item.filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = Text::tr("%1: cannot read “%2”: %3")
                                 .arg(item.where, QDir::toNativeSeparators(item.filePath),
                                      file.errorString());
                return false;
            }
            content = file.readAll();
            if (sha256Hex(content) != record.sha256) {
                if (error)
                    *error = Text::tr("%1: “%2” changed while it was imported")
                                 .arg(item.where, QDir::toNativeSeparators(item.filePath));
                return false;
            }
        }
        if (!storeAttachment(attachments, record, content, error))
            return false;
        changes += attachmentChange(title, std::nullopt, record);
    }
    for (const AttachmentRecord &record : old) {
        if (!attachments.remove(record.id, error))
            return false;
        changes += attachmentChange(title, record, std::nullopt);
    }
    return ChangeLog(database).append(changes, error);
}

} // namespace vt
