#pragma once

// What can be printed and in which layout (DOMAIN.md, "Official document
// format"), with the stable keys the command line and the remembered profiles
// use, and the page set-up each layout prescribes.

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <optional>

namespace vt::documents {

// Messages and plain-style wording of the documents library; lupdate and the
// translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::documents::Text)
};

enum class DocumentKind
{
    Minutes,        // biên bản làm việc
    Conclusion,     // thông báo kết luận
    LimitationList, // the limitation review list
    FollowUpReport  // the follow-up list of recommendations
};

enum class DocumentStyle
{
    Party, // Hướng dẫn 36-HD/VPTW
    State, // Nghị định 30/2020/NĐ-CP
    Plain  // in the interface language
};

// "minutes", "conclusion", "limitations", "follow-up"; "party", "state", "plain".
QString toKey(DocumentKind kind);
QString toKey(DocumentStyle style);
std::optional<DocumentKind> documentKindFromKey(const QString &key);
std::optional<DocumentStyle> documentStyleFromKey(const QString &key);
// Translated names for the print dialog.
QString displayName(DocumentKind kind);
QString displayName(DocumentStyle style);

// Page numbers: both official layouts number pages from page 2, centred in
// the top margin; the plain layout numbers every page at the bottom.
enum class PageNumbers
{
    TopFromSecondPage,
    BottomEveryPage
};

struct PageSetup
{
    QMarginsF marginsMm; // left, top, right, bottom
    PageNumbers numbers = PageNumbers::TopFromSecondPage;
};

// A4 portrait. Official: top and bottom 20 mm, left 30 mm, right 15 mm (the
// low ends of the ranges of both rules, so the most text fits); plain: 20/20/25/20.
PageSetup pageSetupFor(DocumentStyle style);

} // namespace vt::documents
