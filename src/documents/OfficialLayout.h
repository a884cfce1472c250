#pragma once

// The parts of a document whose layout the style prescribes: the heading
// (bodies, number, national or Party heading, place-and-date line, document
// type and summary line) and the closing (signature blocks, "Nơi nhận").

#include "documents/DocumentTypes.h"
#include "documents/TextComposer.h"

#include <QString>
#include <QStringList>

namespace vt::documents {

struct DocumentHeading
{
    QString superiorBody; // capitals; may be empty
    QString issuingBody;  // capitals
    QString number;       // without "Số"
    QString placeAndDate;
    QString typeTitle; // "BIÊN BẢN", "THÔNG BÁO"
    QString summary;   // the bold line under the type
};

struct DocumentClosing
{
    // One block (conclusion notice, right) or two (minutes: minute-taker
    // left, chair right).
    QList<Signature> signatures;
    QStringList recipients; // "Nơi nhận", left of the single signature
};

void writeHeading(TextComposer &composer, DocumentStyle style, const DocumentHeading &heading);
void writeClosing(TextComposer &composer, DocumentStyle style, const DocumentClosing &closing);

} // namespace vt::documents
