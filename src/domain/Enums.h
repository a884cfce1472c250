#pragma once

// The closed vocabularies of the domain and their stable keys. Keys are the
// values of the JSON interchange format and of the database columns; display
// names are translated for the interface.

#include <QString>
#include <QStringList>
#include <optional>

namespace vt {

enum class VisitKind
{
    Working,
    Inspection,
    Supervision,
    Survey
};
enum class VisitStatus
{
    Planned,
    Held,
    Concluded,
    Closed,
    Cancelled
};
enum class Side
{
    Delegation,
    Host,
    Guest
};
enum class AttendeeRole
{
    Head,
    DeputyHead,
    Member,
    Chair,
    Participant,
    MinuteTaker,
    Press
};
enum class FindingCategory
{
    Achievement,
    GoodModel,
    Limitation,
    Observation
};
enum class RecommendationStatus
{
    Open,
    InProgress,
    Done,
    Cancelled
};
// What kind of body an organisation is (DOMAIN.md, "Organisation").
enum class OrganisationKind
{
    CentralBody,
    ProvincialCommittee,
    DistrictCommittee,
    AgencyCommittee,
    Department,
    Other
};

// Stable key of a value ("deputy-head", "good-model", "in-progress", ...).
QString toKey(VisitKind value);
QString toKey(VisitStatus value);
QString toKey(Side value);
QString toKey(AttendeeRole value);
QString toKey(FindingCategory value);
QString toKey(RecommendationStatus value);
QString toKey(OrganisationKind value);

// Parses a key; std::nullopt for anything that is not exactly a known key.
template <typename Enum> std::optional<Enum> fromKey(QStringView key);

// All keys of an enum in declaration order (for messages and combo boxes).
template <typename Enum> QStringList allKeys();

// Number of values of an enum, and the value at an index in declaration order.
template <typename Enum> int valueCount();
template <typename Enum> Enum valueAt(int index);

// Translated name for the interface ("Trưởng đoàn" / "Head of delegation").
QString displayName(VisitKind value);
QString displayName(VisitStatus value);
QString displayName(Side value);
QString displayName(AttendeeRole value);
QString displayName(FindingCategory value);
QString displayName(RecommendationStatus value);
QString displayName(OrganisationKind value);

} // namespace vt
