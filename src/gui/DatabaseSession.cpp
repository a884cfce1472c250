#include "gui/DatabaseSession.h"

#include "services/DemoData.h"
#include "storage/Lookups.h"
#include "storage/VisitRepository.h"

namespace vt {

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent)
{
    // Connected first, so every view that reacts to a change sees new lists.
    connect(this, &DatabaseSession::visitsChanged, this, [this] { m_completions.reset(); });
}

DatabaseSession::~DatabaseSession() = default;

bool DatabaseSession::open(const QString &filePath, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(filePath, error))
        return false;
    m_database = std::move(database);
    m_completions.reset();
    emit databaseOpened(m_database->filePath());
    emit visitsChanged();
    return true;
}

bool DatabaseSession::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool DatabaseSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

QString DatabaseSession::filePath() const
{
    return m_database ? m_database->filePath() : QString();
}

Database &DatabaseSession::database()
{
    Q_ASSERT(m_database);
    return *m_database;
}

qint64 DatabaseSession::visitCount() const
{
    return isOpen() ? VisitRepository(*m_database).count() : 0;
}

std::optional<Visit> DatabaseSession::loadVisit(qint64 visitId, QString *error) const
{
    return VisitService(*m_database).load(visitId, error);
}

SaveResult DatabaseSession::saveVisit(Visit &visit)
{
    SaveResult result = VisitService(*m_database).save(visit);
    if (result.ok) {
        emit visitSaved(visit.id);
        emit visitsChanged();
    }
    return result;
}

bool DatabaseSession::removeVisit(qint64 visitId, QString *error)
{
    if (!VisitService(*m_database).remove(visitId, error))
        return false;
    emit visitRemoved(visitId);
    emit visitsChanged();
    return true;
}

ImportResult DatabaseSession::importDocument(const QByteArray &json)
{
    ImportResult result = importInterchange(*m_database, json);
    if (result.ok)
        emit visitsChanged();
    return result;
}

ImportResult DatabaseSession::loadSampleVisits()
{
    ImportResult result = loadDemoData(*m_database);
    if (result.ok)
        emit visitsChanged();
    return result;
}

Completions DatabaseSession::completions() const
{
    if (!m_completions) {
        const Lookups lookups(*m_database);
        m_completions = Completions{lookups.organisationNames(), lookups.personNames(),
                                    lookups.positions(), lookups.areas(), lookups.locations()};
    }
    return *m_completions;
}

std::optional<std::pair<QString, QString>> DatabaseSession::personDetails(const QString &name) const
{
    const auto details = Lookups(*m_database).latestDetailsOf(name);
    if (!details)
        return std::nullopt;
    return std::make_pair(details->position, details->organisation);
}

} // namespace vt
