#include "storage/DocumentProfiles.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QSqlQuery>

namespace vt {
namespace {

const char *const kColumns = "organisation, document, superior_body, issuing_body, number, "
                             "place, signer_name, signer_position, signing_capacity, "
                             "on_behalf_of, recipients";

DocumentProfile profileFrom(const QSqlQuery &query)
{
    DocumentProfile profile;
    profile.organisation = query.value(0).toString();
    profile.document = query.value(1).toString();
    profile.superiorBody = query.value(2).toString();
    profile.issuingBody = query.value(3).toString();
    profile.number = query.value(4).toString();
    profile.place = query.value(5).toString();
    profile.signerName = query.value(6).toString();
    profile.signerPosition = query.value(7).toString();
    profile.signingCapacity = query.value(8).toString();
    profile.onBehalfOf = query.value(9).toString();
    // One recipient a line: recipients are short lines, never multi-line.
    const QString recipients = query.value(10).toString();
    if (!recipients.isEmpty())
        profile.recipients = recipients.split(QLatin1Char('\n'));
    return profile;
}

} // namespace

DocumentProfiles::DocumentProfiles(Database &database) : m_database(database) {}

std::optional<DocumentProfile> DocumentProfiles::find(const QString &organisation,
                                                      const QString &document, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query,
                      QStringLiteral("SELECT %1 FROM document_profiles WHERE organisation = ? AND "
                                     "document = ?")
                          .arg(QLatin1StringView(kColumns)),
                      sql::Text::tr("Could not read the remembered document fields"), error))
        return std::nullopt;
    query.addBindValue(organisation);
    query.addBindValue(document);
    if (!sql::exec(query, sql::Text::tr("Could not read the remembered document fields"), error) ||
        !query.next())
        return std::nullopt;
    return profileFrom(query);
}

bool DocumentProfiles::remember(const DocumentProfile &profile, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorText();
        return false;
    }
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not remember the document fields");
    if (!sql::prepare(query,
                      QStringLiteral("INSERT OR REPLACE INTO document_profiles (%1, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(QLatin1StringView(kColumns)),
                      what, error))
        return false;
    query.addBindValue(sql::requiredText(profile.organisation));
    query.addBindValue(sql::requiredText(profile.document));
    query.addBindValue(sql::optionalText(profile.superiorBody));
    query.addBindValue(sql::optionalText(profile.issuingBody));
    query.addBindValue(sql::optionalText(profile.number));
    query.addBindValue(sql::optionalText(profile.place));
    query.addBindValue(sql::optionalText(profile.signerName));
    query.addBindValue(sql::optionalText(profile.signerPosition));
    query.addBindValue(sql::optionalText(profile.signingCapacity));
    query.addBindValue(sql::optionalText(profile.onBehalfOf));
    query.addBindValue(sql::optionalText(profile.recipients.join(QLatin1Char('\n'))));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!sql::exec(query, what, error))
        return false;
    query.finish();
    return transaction.commit(error);
}

QList<DocumentProfile> DocumentProfiles::all(QString *error) const
{
    QList<DocumentProfile> profiles;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(
            query,
            QStringLiteral("SELECT %1 FROM document_profiles ORDER BY organisation, document")
                .arg(QLatin1StringView(kColumns)),
            sql::Text::tr("Could not read the remembered document fields"), error))
        return profiles;
    while (query.next())
        profiles.append(profileFrom(query));
    return profiles;
}

} // namespace vt
