#include "domain/Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace vt {
namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

// Keys in declaration order; the order is also the order shown to users.
constexpr KeyTable<VisitKind, 4> kVisitKinds{{{VisitKind::Working, "working"},
                                              {VisitKind::Inspection, "inspection"},
                                              {VisitKind::Supervision, "supervision"},
                                              {VisitKind::Survey, "survey"}}};
constexpr KeyTable<VisitStatus, 5> kVisitStatuses{{{VisitStatus::Planned, "planned"},
                                                   {VisitStatus::Held, "held"},
                                                   {VisitStatus::Concluded, "concluded"},
                                                   {VisitStatus::Closed, "closed"},
                                                   {VisitStatus::Cancelled, "cancelled"}}};
constexpr KeyTable<Side, 3> kSides{
    {{Side::Delegation, "delegation"}, {Side::Host, "host"}, {Side::Guest, "guest"}}};
constexpr KeyTable<AttendeeRole, 7> kRoles{{{AttendeeRole::Head, "head"},
                                            {AttendeeRole::DeputyHead, "deputy-head"},
                                            {AttendeeRole::Member, "member"},
                                            {AttendeeRole::Chair, "chair"},
                                            {AttendeeRole::Participant, "participant"},
                                            {AttendeeRole::MinuteTaker, "minute-taker"},
                                            {AttendeeRole::Press, "press"}}};
constexpr KeyTable<FindingCategory, 4> kCategories{{{FindingCategory::Achievement, "achievement"},
                                                    {FindingCategory::GoodModel, "good-model"},
                                                    {FindingCategory::Limitation, "limitation"},
                                                    {FindingCategory::Observation, "observation"}}};
constexpr KeyTable<RecommendationStatus, 4> kRecommendationStatuses{
    {{RecommendationStatus::Open, "open"},
     {RecommendationStatus::InProgress, "in-progress"},
     {RecommendationStatus::Done, "done"},
     {RecommendationStatus::Cancelled, "cancelled"}}};
constexpr KeyTable<OrganisationKind, 6> kOrganisationKinds{
    {{OrganisationKind::CentralBody, "central-body"},
     {OrganisationKind::ProvincialCommittee, "provincial-committee"},
     {OrganisationKind::DistrictCommittee, "district-committee"},
     {OrganisationKind::AgencyCommittee, "agency-committee"},
     {OrganisationKind::Department, "department"},
     {OrganisationKind::Other, "other"}}};

template <typename Enum> constexpr const auto &table();
template <> constexpr const auto &table<VisitKind>()
{
    return kVisitKinds;
}
template <> constexpr const auto &table<VisitStatus>()
{
    return kVisitStatuses;
}
template <> constexpr const auto &table<Side>()
{
    return kSides;
}
template <> constexpr const auto &table<AttendeeRole>()
{
    return kRoles;
}
template <> constexpr const auto &table<FindingCategory>()
{
    return kCategories;
}
template <> constexpr const auto &table<RecommendationStatus>()
{
    return kRecommendationStatuses;
}
template <> constexpr const auto &table<OrganisationKind>()
{
    return kOrganisationKinds;
}

template <typename Enum> QString keyOf(Enum value)
{
    for (const auto &[entry, key] : table<Enum>()) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return {};
}

// Gives lupdate and the translator the same context for these names.
struct EnumText
{
    Q_DECLARE_TR_FUNCTIONS(vt::Enums)
};

} // namespace

QString toKey(VisitKind value)
{
    return keyOf(value);
}
QString toKey(VisitStatus value)
{
    return keyOf(value);
}
QString toKey(Side value)
{
    return keyOf(value);
}
QString toKey(AttendeeRole value)
{
    return keyOf(value);
}
QString toKey(FindingCategory value)
{
    return keyOf(value);
}
QString toKey(RecommendationStatus value)
{
    return keyOf(value);
}
QString toKey(OrganisationKind value)
{
    return keyOf(value);
}

template <typename Enum> std::optional<Enum> fromKey(QStringView key)
{
    for (const auto &[entry, text] : table<Enum>()) {
        if (key == QLatin1StringView(text))
            return entry;
    }
    return std::nullopt;
}

template <typename Enum> QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : table<Enum>())
        keys << QString::fromLatin1(entry.second);
    return keys;
}

template <typename Enum> int valueCount()
{
    return int(table<Enum>().size());
}

template <typename Enum> Enum valueAt(int index)
{
    return table<Enum>().at(std::size_t(index)).first;
}

#define VT_INSTANTIATE_ENUM(Enum)                                                                  \
    template std::optional<Enum> fromKey<Enum>(QStringView);                                       \
    template QStringList allKeys<Enum>();                                                          \
    template int valueCount<Enum>();                                                               \
    template Enum valueAt<Enum>(int);

VT_INSTANTIATE_ENUM(VisitKind)
VT_INSTANTIATE_ENUM(VisitStatus)
VT_INSTANTIATE_ENUM(Side)
VT_INSTANTIATE_ENUM(AttendeeRole)
VT_INSTANTIATE_ENUM(FindingCategory)
VT_INSTANTIATE_ENUM(RecommendationStatus)
VT_INSTANTIATE_ENUM(OrganisationKind)
#undef VT_INSTANTIATE_ENUM

QString displayName(VisitKind value)
{
    switch (value) {
    case VisitKind::Working:
        return EnumText::tr("Working visit");
    case VisitKind::Inspection:
        return EnumText::tr("Inspection");
    case VisitKind::Supervision:
        return EnumText::tr("Supervision");
    case VisitKind::Survey:
        return EnumText::tr("Survey");
    }
    return {};
}

QString displayName(VisitStatus value)
{
    switch (value) {
    case VisitStatus::Planned:
        return EnumText::tr("Planned");
    case VisitStatus::Held:
        return EnumText::tr("Held");
    case VisitStatus::Concluded:
        return EnumText::tr("Concluded");
    case VisitStatus::Closed:
        return EnumText::tr("Closed");
    case VisitStatus::Cancelled:
        return EnumText::tr("Cancelled");
    }
    return {};
}

QString displayName(Side value)
{
    switch (value) {
    case Side::Delegation:
        return EnumText::tr("Delegation");
    case Side::Host:
        return EnumText::tr("Host");
    case Side::Guest:
        return EnumText::tr("Invited guest");
    }
    return {};
}

QString displayName(AttendeeRole value)
{
    switch (value) {
    case AttendeeRole::Head:
        return EnumText::tr("Head of delegation");
    case AttendeeRole::DeputyHead:
        return EnumText::tr("Deputy head");
    case AttendeeRole::Member:
        return EnumText::tr("Member");
    case AttendeeRole::Chair:
        return EnumText::tr("Chair");
    case AttendeeRole::Participant:
        return EnumText::tr("Participant");
    case AttendeeRole::MinuteTaker:
        return EnumText::tr("Minute-taker");
    case AttendeeRole::Press:
        return EnumText::tr("Press");
    }
    return {};
}

QString displayName(FindingCategory value)
{
    switch (value) {
    case FindingCategory::Achievement:
        return EnumText::tr("Achievement");
    case FindingCategory::GoodModel:
        return EnumText::tr("Good model");
    case FindingCategory::Limitation:
        return EnumText::tr("Limitation");
    case FindingCategory::Observation:
        return EnumText::tr("Observation");
    }
    return {};
}

QString displayName(RecommendationStatus value)
{
    switch (value) {
    case RecommendationStatus::Open:
        return EnumText::tr("Open");
    case RecommendationStatus::InProgress:
        return EnumText::tr("In progress");
    case RecommendationStatus::Done:
        return EnumText::tr("Done");
    case RecommendationStatus::Cancelled:
        return EnumText::tr("Cancelled");
    }
    return {};
}

QString displayName(OrganisationKind value)
{
    switch (value) {
    case OrganisationKind::CentralBody:
        return EnumText::tr("Central body");
    case OrganisationKind::ProvincialCommittee:
        return EnumText::tr("Provincial Party committee");
    case OrganisationKind::DistrictCommittee:
        return EnumText::tr("District Party committee");
    case OrganisationKind::AgencyCommittee:
        return EnumText::tr("Party committee of an agency");
    case OrganisationKind::Department:
        return EnumText::tr("Department");
    case OrganisationKind::Other:
        return EnumText::tr("Other");
    }
    return {};
}

} // namespace vt
