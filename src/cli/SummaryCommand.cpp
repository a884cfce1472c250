#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "documents/DocumentRender.h"
#include "documents/MeetingDocuments.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/DocumentProfiles.h"

namespace vt::cli {
namespace {

// The options name their context in full: lupdate would otherwise file these
// strings under the struct, which is not where vt::cli::tr() looks them up.
struct ProfileOptions
{
    QCommandLineOption number{QStringLiteral("number"),
                              vt::cli::tr("Document number, without \"Số\" (e.g. 45-TB/BTGTW)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption issuing{QStringLiteral("issuing-body"),
                               vt::cli::tr("Issuing body, in capitals."), QStringLiteral("TEXT")};
    QCommandLineOption superior{QStringLiteral("superior-body"),
                                vt::cli::tr("Superior body above the issuing body."),
                                QStringLiteral("TEXT")};
    QCommandLineOption place{QStringLiteral("place"),
                             vt::cli::tr("Place of the place-and-date line."),
                             QStringLiteral("TEXT")};
    QCommandLineOption signer{QStringLiteral("signer"), vt::cli::tr("Name of the signer."),
                              QStringLiteral("NAME")};
    QCommandLineOption position{QStringLiteral("signer-position"),
                                vt::cli::tr("Position of the signer (e.g. TRƯỞNG ĐOÀN)."),
                                QStringLiteral("TEXT")};
    QCommandLineOption capacity{QStringLiteral("capacity"),
                                vt::cli::tr("Signing capacity: T/M, K/T, T/L or none."),
                                QStringLiteral("CAPACITY")};
    QCommandLineOption onBehalf{
        QStringLiteral("on-behalf-of"),
        vt::cli::tr("On whose behalf the signer signs (e.g. BAN THƯỜNG VỤ)."),
        QStringLiteral("TEXT")};
    QCommandLineOption recipient{QStringLiteral("recipient"),
                                 vt::cli::tr("A recipient (\"Nơi nhận\"); repeat for each."),
                                 QStringLiteral("TEXT")};
    QCommandLineOption remember{
        QStringLiteral("remember"),
        vt::cli::tr("Remember the given fields for the delegation's next documents of this kind.")};

    QList<QCommandLineOption> all() const
    {
        return {number,   issuing,  superior, place,     signer,
                position, capacity, onBehalf, recipient, remember};
    }

    // Applies the fields given on the command line over the profile.
    void apply(const QCommandLineParser &parser, DocumentProfile &profile) const
    {
        const auto set = [&](const QCommandLineOption &option, QString &field) {
            if (parser.isSet(option))
                field = parser.value(option);
        };
        set(number, profile.number);
        set(issuing, profile.issuingBody);
        set(superior, profile.superiorBody);
        set(place, profile.place);
        set(signer, profile.signerName);
        set(position, profile.signerPosition);
        set(onBehalf, profile.onBehalfOf);
        if (parser.isSet(capacity))
            profile.signingCapacity = parser.value(capacity) == QLatin1String("none")
                                          ? QString()
                                          : parser.value(capacity);
        if (parser.isSet(recipient))
            profile.recipients = parser.values(recipient);
    }
};

} // namespace

int summaryCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption document(QStringLiteral("document"),
                                      tr("minutes or conclusion (default: conclusion)."),
                                      QStringLiteral("DOCUMENT"));
    const QCommandLineOption style(QStringLiteral("style"),
                                   tr("party, state or plain (default: party)."),
                                   QStringLiteral("STYLE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("Take DATE (YYYY-MM-DD) as today."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        tr("Date of the document (YYYY-MM-DD); the visit's date by default."),
        QStringLiteral("DATE"));
    const QCommandLineOption output(QStringLiteral("o"), tr("Write to FILE (.pdf, .odt or .html)."),
                                    QStringLiteral("FILE"));
    const ProfileOptions profileOptions;
    parser.addOptions({document, style, asOf, date, output});
    parser.addOptions(profileOptions.all());
    if (!parser.parse(QStringList{QStringLiteral("summary")} + args))
        return wrongUsage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return wrongUsage(tr("summary needs exactly one visit id"));
    bool isNumber = false;
    const qint64 visitId = parser.positionalArguments().first().toLongLong(&isNumber);
    if (!isNumber || visitId <= 0)
        return wrongUsage(tr("the visit id must be a positive number, not \"%1\"")
                              .arg(parser.positionalArguments().first()));

    const auto kind = documents::documentKindFromKey(
        parser.isSet(document) ? parser.value(document) : QStringLiteral("conclusion"));
    if (!kind ||
        (*kind != documents::DocumentKind::Minutes && *kind != documents::DocumentKind::Conclusion))
        return wrongUsage(
            tr("--document must be minutes or conclusion, not \"%1\"").arg(parser.value(document)));
    const auto layout = documents::documentStyleFromKey(
        parser.isSet(style) ? parser.value(style) : QStringLiteral("party"));
    if (!layout)
        return wrongUsage(
            tr("--style must be party, state or plain, not \"%1\"").arg(parser.value(style)));
    const auto parseDate = [&](const QCommandLineOption &option, QDate *value) {
        *value = QDate::fromString(parser.value(option), Qt::ISODate);
        return value->isValid() && parser.value(option).size() == 10;
    };
    QDate today;
    if (parser.isSet(asOf)) {
        if (!parseDate(asOf, &today))
            return wrongUsage(tr("--as-of must be a date written YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(asOf)));
        Clock::setToday(today);
    }
    QDate documentDate;
    if (parser.isSet(date) && !parseDate(date, &documentDate))
        return wrongUsage(
            tr("--date must be a date written YYYY-MM-DD, not \"%1\"").arg(parser.value(date)));
    if (parser.isSet(profileOptions.capacity) &&
        !QStringList{QStringLiteral("T/M"), QStringLiteral("K/T"), QStringLiteral("T/L"),
                     QStringLiteral("none")}
             .contains(parser.value(profileOptions.capacity)))
        return wrongUsage(tr("--capacity must be T/M, K/T, T/L or none, not \"%1\"")
                              .arg(parser.value(profileOptions.capacity)));
    if (!parser.isSet(output))
        return wrongUsage(tr("summary needs -o FILE (.pdf, .odt or .html)"));
    const QString fileName = parser.value(output);
    const auto format = documents::fileFormatFor(fileName);
    if (!format)
        return wrongUsage(
            tr("-o needs a file ending in .pdf, .odt or .html, not \"%1\"").arg(fileName));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    QString error;
    std::optional<documents::MeetingRecord> record =
        documents::loadMeetingRecord(db, visitId, *kind, *layout, &error);
    if (!record)
        return fail(error.isEmpty() ? tr("there is no visit with id %1").arg(visitId) : error);
    if (documentDate.isValid())
        record->documentDate = documentDate;
    profileOptions.apply(parser, record->profile);
    if (parser.isSet(profileOptions.remember)) {
        if (db.isReadOnly())
            return fail(tr("the fields cannot be remembered: %1").arg(db.readOnlyReason()));
        if (!DocumentProfiles(db).remember(record->profile, &error))
            return fail(error);
    }
    const std::unique_ptr<QTextDocument> text =
        documents::composeMeetingDocument(*record, *kind, *layout);
    if (!documents::writeDocument(*text, *layout, fileName, *format, &error))
        return fail(error);
    return Success;
}

} // namespace vt::cli
