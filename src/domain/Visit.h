#pragma once

// The records of one visit, as the users know them (DOMAIN.md, "Records").
// Plain values: no storage or interface concerns. An absent date is an invalid
// QDate; an absent number is std::nullopt. Fields starting with "x-" in the
// interchange format are kept verbatim in `extensions`.

#include "domain/CarryOver.h"
#include "domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vt {

struct Attendee
{
    QString name;
    QString position;     // as held on the visit date: people change jobs
    QString organisation; // as named on the visit date
    Side side = Side::Host;
    AttendeeRole role = AttendeeRole::Participant;
    bool present = true;
    QString note; // reason for absence, or any remark
    QJsonObject extensions;

    bool operator==(const Attendee &) const = default;
};

struct ReportFigure
{
    QString label;
    double value = 0;
    QString unit;
    QDate asOf;
    QJsonObject extensions;

    bool operator==(const ReportFigure &) const = default;
};

struct Finding
{
    QString key; // unique within its visit; recommendations refer to it
    FindingCategory category = FindingCategory::Observation;
    QString area;
    QString text;
    QString organisation; // the unit the finding concerns
    QJsonObject extensions;

    bool operator==(const Finding &) const = default;
};

struct Indicator
{
    QString name;
    QString unit;
    QString period; // e.g. "2023"; (host, name, period) identifies the indicator
    std::optional<double> target;
    double actual = 0;
    QDate asOf;
    QJsonObject extensions;

    bool operator==(const Indicator &) const = default;
};

struct FollowUpUpdate
{
    QDate date;
    QString note;
    std::optional<int> progress; // percent, 0..100
    QString evidence;            // reference to a document proving the progress
    QJsonObject extensions;

    bool operator==(const FollowUpUpdate &) const = default;
};

struct Recommendation
{
    QString text;
    QString responsible; // responsible unit
    QDate due;
    RecommendationStatus status = RecommendationStatus::Open;
    QDate completed;               // for done recommendations
    QStringList addresses;         // keys of findings (limitations) of the same visit
    QList<FollowUpUpdate> updates; // in date order, never rewritten
    QJsonObject extensions;

    bool operator==(const Recommendation &) const = default;
};

struct Visit
{
    qint64 id = 0; // database identity; 0 for a visit not stored yet
    QString ref;   // stable external reference (interchange, idempotent import)
    QString title;
    VisitKind kind = VisitKind::Working;
    VisitStatus status = VisitStatus::Held;
    QDate date;
    QDate endDate;
    QString location;
    QString delegation; // visiting organisation, as named on the visit date
    QString host;       // host organisation, as named on the visit date
    QString topic;
    QString summary;
    QList<Attendee> attendees;
    QList<ReportFigure> figures;
    QList<Finding> findings;
    QList<Indicator> indicators;
    QList<Recommendation> recommendations;
    // Verdicts on open recommendations of earlier visits to the same host
    // (not in the JSON interchange format v1).
    QList<CarryOverVerdict> carriedOver;
    QJsonObject extensions;

    bool operator==(const Visit &) const = default;
};

} // namespace vt
