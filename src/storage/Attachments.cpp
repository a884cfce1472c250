#include "storage/Attachments.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt {
namespace {

// Metadata columns only: a list query must never name a blob.
const char *const kColumns =
    "id, visit_id, finding_key, recommendation_seq, update_seq, file_name, mime_type, size, "
    "caption, credit, added_at, sha256, print_in_minutes";

AttachmentRecord recordFrom(const QSqlQuery &query)
{
    AttachmentRecord record;
    record.id = query.value(0).toLongLong();
    record.owner.visitId = query.value(1).toLongLong();
    record.owner.findingKey = query.value(2).toString();
    if (!query.value(3).isNull()) {
        record.owner.recommendation = query.value(3).toInt();
        record.owner.update = query.value(4).toInt();
    }
    record.fileName = query.value(5).toString();
    record.mimeType = query.value(6).toString();
    record.size = query.value(7).toLongLong();
    record.caption = query.value(8).toString();
    record.credit = query.value(9).toString();
    record.added = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
    record.sha256 = query.value(11).toString();
    record.printInMinutes = query.value(12).toBool();
    return record;
}

QString readWhat()
{
    return sql::Text::tr("Could not read the attachments");
}

} // namespace

Attachments::Attachments(Database &database) : m_database(database) {}

QList<AttachmentRecord> Attachments::ofVisit(qint64 visitId, QString *error) const
{
    return ofVisits({visitId}, error);
}

QList<AttachmentRecord> Attachments::ofVisits(const QList<qint64> &visitIds, QString *error) const
{
    QList<AttachmentRecord> records;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT %1 FROM attachments WHERE visit_id = ? ORDER BY id")
                          .arg(QLatin1StringView(kColumns)),
                      readWhat(), error))
        return records;
    for (const qint64 visitId : visitIds) {
        query.bindValue(0, visitId);
        if (!query.exec()) {
            sql::reportFailure(query, readWhat(), error);
            return {};
        }
        while (query.next())
            records.append(recordFrom(query));
    }
    return records;
}

std::optional<AttachmentRecord> Attachments::find(qint64 id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query,
                      QStringLiteral("SELECT %1 FROM attachments WHERE id = ?")
                          .arg(QLatin1StringView(kColumns)),
                      readWhat(), error))
        return std::nullopt;
    query.addBindValue(id);
    if (!sql::exec(query, readWhat(), error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = sql::Text::tr("Attachment %1 is not in the database.").arg(id);
        return std::nullopt;
    }
    return recordFrom(query);
}

int Attachments::countOfVisit(qint64 visitId, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query, QStringLiteral("SELECT count(*) FROM attachments WHERE visit_id = ?"),
                      readWhat(), error))
        return 0;
    query.addBindValue(visitId);
    if (!sql::exec(query, readWhat(), error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Attachments::ownerExists(const AttachmentOwner &owner, QString *error) const
{
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT 1 FROM visits WHERE id = ?");
    if (owner.isFinding())
        sql = QStringLiteral("SELECT 1 FROM findings WHERE visit_id = ? AND key = ?");
    else if (owner.isUpdate())
        sql = QStringLiteral("SELECT 1 FROM recommendations r JOIN follow_up_updates u ON "
                             "u.recommendation_id = r.id WHERE r.visit_id = ? AND r.seq = ? AND "
                             "u.seq = ?");
    if (!sql::prepare(query, sql, readWhat(), error))
        return false;
    query.addBindValue(owner.visitId);
    if (owner.isFinding())
        query.addBindValue(owner.findingKey);
    else if (owner.isUpdate()) {
        query.addBindValue(owner.recommendation);
        query.addBindValue(owner.update);
    }
    return sql::exec(query, readWhat(), error) && query.next();
}

QString Attachments::visitTitle(qint64 visitId, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query, QStringLiteral("SELECT title FROM visits WHERE id = ?"), readWhat(),
                      error))
        return {};
    query.addBindValue(visitId);
    if (!sql::exec(query, readWhat(), error) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Attachments::hasContent(const QString &sha256, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query, QStringLiteral("SELECT 1 FROM attachment_contents WHERE sha256 = ?"),
                      readWhat(), error))
        return false;
    query.addBindValue(sha256);
    return sql::exec(query, readWhat(), error) && query.next();
}

std::optional<QByteArray> Attachments::content(const QString &sha256, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query,
                      QStringLiteral("SELECT data FROM attachment_contents WHERE sha256 = ?"),
                      readWhat(), error))
        return std::nullopt;
    query.addBindValue(sha256);
    if (!sql::exec(query, readWhat(), error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = sql::Text::tr("The content of the attachment is missing from the database.");
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

QByteArray Attachments::thumbnail(const QString &sha256, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query,
                      QStringLiteral("SELECT image FROM attachment_thumbnails WHERE sha256 = ?"),
                      readWhat(), error))
        return {};
    query.addBindValue(sha256);
    if (!sql::exec(query, readWhat(), error) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool Attachments::storeContent(const QString &sha256, const QByteArray &data, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not store the content of the attachment");
    if (!sql::prepare(query,
                      QStringLiteral("INSERT OR IGNORE INTO attachment_contents (sha256, size, "
                                     "data) VALUES (?, ?, ?)"),
                      what, error))
        return false;
    query.addBindValue(sha256);
    query.addBindValue(qint64(data.size()));
    query.addBindValue(data);
    return sql::exec(query, what, error);
}

bool Attachments::storeThumbnail(const QString &sha256, const QByteArray &png, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not store the thumbnail of the attachment");
    if (!sql::prepare(query,
                      QStringLiteral("INSERT OR REPLACE INTO attachment_thumbnails (sha256, "
                                     "image) VALUES (?, ?)"),
                      what, error))
        return false;
    query.addBindValue(sha256);
    query.addBindValue(png);
    return sql::exec(query, what, error);
}

std::optional<qint64> Attachments::insert(const AttachmentRecord &record, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not store the attachment “%1”").arg(record.fileName);
    if (!sql::prepare(query,
                      QStringLiteral("INSERT INTO attachments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?)")
                          .arg(QLatin1StringView(kColumns)),
                      what, error))
        return std::nullopt;
    const bool update = record.owner.isUpdate();
    const QVariantList values{
        record.id > 0 ? QVariant(record.id) : QVariant(),
        record.owner.visitId,
        sql::optionalText(record.owner.findingKey),
        update ? QVariant(record.owner.recommendation) : QVariant(),
        update ? QVariant(record.owner.update) : QVariant(),
        sql::requiredText(record.fileName),
        sql::requiredText(record.mimeType),
        record.size,
        sql::optionalText(record.caption),
        sql::optionalText(record.credit),
        record.added.toUTC().toString(Qt::ISODate),
        record.sha256,
        record.printInMinutes ? 1 : 0,
    };
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!sql::exec(query, what, error))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool Attachments::describe(qint64 id, const QString &caption, const QString &credit,
                           bool printInMinutes, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not change the attachment");
    if (!sql::prepare(query,
                      QStringLiteral("UPDATE attachments SET caption = ?, credit = ?, "
                                     "print_in_minutes = ? WHERE id = ?"),
                      what, error))
        return false;
    query.addBindValue(sql::optionalText(caption));
    query.addBindValue(sql::optionalText(credit));
    query.addBindValue(printInMinutes ? 1 : 0);
    query.addBindValue(id);
    return sql::exec(query, what, error);
}

bool Attachments::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not remove the attachment");
    if (!sql::prepare(query, QStringLiteral("DELETE FROM attachments WHERE id = ?"), what, error))
        return false;
    query.addBindValue(id);
    return sql::exec(query, what, error);
}

bool Attachments::removeAllOfVisit(qint64 visitId, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not remove the attachments");
    if (!sql::prepare(query, QStringLiteral("DELETE FROM attachments WHERE visit_id = ?"), what,
                      error))
        return false;
    query.addBindValue(visitId);
    return sql::exec(query, what, error);
}

std::optional<AttachmentOwner> Attachments::latestUpdateOf(qint64 recommendationId,
                                                           QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query,
                      QStringLiteral("SELECT r.visit_id, r.seq, max(u.seq) FROM recommendations r "
                                     "JOIN follow_up_updates u ON u.recommendation_id = r.id "
                                     "WHERE r.id = ? GROUP BY r.id"),
                      readWhat(), error))
        return std::nullopt;
    query.addBindValue(recommendationId);
    if (!sql::exec(query, readWhat(), error) || !query.next())
        return std::nullopt;
    AttachmentOwner owner;
    owner.visitId = query.value(0).toLongLong();
    owner.recommendation = query.value(1).toInt();
    owner.update = query.value(2).toInt();
    return owner;
}

qint64 Attachments::storedContentBytes(QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, QStringLiteral("SELECT coalesce(sum(size), 0) FROM attachment_contents"),
                   readWhat(), error) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace vt
