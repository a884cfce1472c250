#pragma once

// Phrase banks of the synthetic data generator (SyntheticVisits): real
// province and district names, Party bodies, Vietnamese names and the phrases
// that findings and recommendations are assembled from. Plain UTF-8 literals in
// NFC; converted to QString once.

#include <QList>
#include <QString>

namespace vt::synthetic {

enum class DistrictKind
{
    RuralDistrict, // huyện  -> Huyện ủy
    UrbanDistrict, // quận   -> Quận ủy
    Town,          // thị xã -> Thị ủy
    City           // thành phố thuộc tỉnh -> Thành ủy
};

struct District
{
    QString name;
    DistrictKind kind = DistrictKind::RuralDistrict;
};

struct Province
{
    QString name;      // "Nghệ An", "Hồ Chí Minh"
    QString committee; // "Tỉnh ủy Nghệ An", "Thành ủy Thành phố Hồ Chí Minh"
    QString localName; // "tỉnh Nghệ An", "thành phố Hồ Chí Minh" (in body names)
    QList<District> districts;
};

// A phrase and the first year it may appear in (documents have dates).
struct DatedPhrase
{
    QString text;
    int fromYear = 0;
};

struct IndicatorKind
{
    QString name;
    QString unit;
    bool percent = false;
    int minTarget = 0; // target range; for counts scaled by the host's size
    int maxTarget = 0;
};

// The 63 provinces and centrally-run cities with some of their districts
// (SyntheticProvinces.cpp).
QList<Province> allProvinces();

struct PhraseBanks
{
    QList<Province> provinces;    // the 63 provinces and centrally-run cities
    QStringList centralBodies;    // visiting central bodies
    QStringList provincialBodies; // "Ban Tuyên giáo", ... + " " + committee
    QList<DatedPhrase> topics;
    QStringList familyNames;
    QStringList maleMiddleNames;
    QStringList femaleMiddleNames;
    QStringList maleGivenNames;
    QStringList femaleGivenNames;
    QStringList centralStaffPositions;    // central delegation members below the head
    QStringList provincialStaffPositions; // provincial delegation members
    QStringList hostPositions;            // "%1" = the host organisation
    QStringList absenceReasons;
    QStringList pressOrganisations;
    QStringList areas;
    QStringList subjects; // lower-case, start of a sentence once capitalised
    QStringList achievements;
    QStringList limitations;
    QStringList causes;
    QStringList modelNames;
    QStringList communes;
    QStringList observations; // "%1" = a subject
    QStringList recommendationVerbs;
    QStringList updateNotes;
    QList<IndicatorKind> indicators;
};

const PhraseBanks &phraseBanks();

} // namespace vt::synthetic
