#include "documents/DocumentTypes.h"

namespace vt::documents {

QString toKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Minutes:
        return QStringLiteral("minutes");
    case DocumentKind::Conclusion:
        return QStringLiteral("conclusion");
    case DocumentKind::LimitationList:
        return QStringLiteral("limitations");
    case DocumentKind::FollowUpReport:
        return QStringLiteral("follow-up");
    }
    return {};
}

QString toKey(DocumentStyle style)
{
    switch (style) {
    case DocumentStyle::Party:
        return QStringLiteral("party");
    case DocumentStyle::State:
        return QStringLiteral("state");
    case DocumentStyle::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Conclusion,
                              DocumentKind::LimitationList, DocumentKind::FollowUpReport}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<DocumentStyle> documentStyleFromKey(const QString &key)
{
    for (DocumentStyle style : {DocumentStyle::Party, DocumentStyle::State, DocumentStyle::Plain}) {
        if (toKey(style) == key)
            return style;
    }
    return std::nullopt;
}

QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Minutes:
        return Text::tr("Minutes");
    case DocumentKind::Conclusion:
        return Text::tr("Conclusion notice");
    case DocumentKind::LimitationList:
        return Text::tr("Limitation list");
    case DocumentKind::FollowUpReport:
        return Text::tr("Follow-up report");
    }
    return {};
}

QString displayName(DocumentStyle style)
{
    switch (style) {
    case DocumentStyle::Party:
        return Text::tr("Party (Hướng dẫn 36-HD/VPTW)");
    case DocumentStyle::State:
        return Text::tr("State (Nghị định 30/2020/NĐ-CP)");
    case DocumentStyle::Plain:
        return Text::tr("Plain, in the interface language");
    }
    return {};
}

PageSetup pageSetupFor(DocumentStyle style)
{
    if (style == DocumentStyle::Plain)
        return {QMarginsF(25, 20, 20, 20), PageNumbers::BottomEveryPage};
    return {QMarginsF(30, 20, 15, 20), PageNumbers::TopFromSecondPage};
}

} // namespace vt::documents
