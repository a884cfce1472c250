#pragma once

// What an office enters when it prints a meeting document, remembered per
// issuing organisation and document kind (schema 4, MigrationV4.cpp), so the
// next minutes or conclusion notice of the same office start from it.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vt {

class Database;

struct DocumentProfile
{
    QString organisation; // the issuing organisation as printed (the delegation)
    QString document;     // document kind key: "minutes", "conclusion"
    QString superiorBody; // "BAN CHẤP HÀNH TRUNG ƯƠNG"; empty for none
    QString issuingBody;  // "BAN TUYÊN GIÁO"
    QString number;       // "45-TB/BTGTW" (party) or "12/TB-UBND" (state)
    QString place;        // of the place-and-date line: "Long An"
    QString signerName;
    QString signerPosition;  // "PHÓ TRƯỞNG BAN"
    QString signingCapacity; // "", "T/M", "K/T" or "T/L"
    QString onBehalfOf;      // "BAN THƯỜNG VỤ", "TRƯỞNG BAN"...
    QStringList recipients;  // "Nơi nhận", one a line

    bool operator==(const DocumentProfile &) const = default;
};

class DocumentProfiles final
{
public:
    explicit DocumentProfiles(Database &database);

    // The remembered profile; nullopt when none (or on error, with *error set).
    std::optional<DocumentProfile> find(const QString &organisation, const QString &document,
                                        QString *error) const;
    // Inserts or replaces the profile of (organisation, document) in one transaction.
    bool remember(const DocumentProfile &profile, QString *error);
    // Every remembered profile, by organisation then document (for tests and checks).
    QList<DocumentProfile> all(QString *error) const;

private:
    Database &m_database;
};

} // namespace vt
