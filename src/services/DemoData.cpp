#include "services/DemoData.h"

#include "services/OrganisationService.h"

#include <QFile>
#include <QString>

// The sample visits live in resources/demo/sample-visits.json, compiled into
// the binary by qt_add_resources (src/services/CMakeLists.txt, PREFIX "/demo").
// qt_add_resources on a static library links the resource as object files into
// every consumer, so the resource registers itself: no Q_INIT_RESOURCE needed.

namespace vt {

QByteArray demoDocument()
{
    // QStringLiteral because the project builds with QT_NO_CAST_FROM_ASCII:
    // a bare "..." cannot become a QString implicitly (that would guess an
    // encoding); QStringLiteral builds the UTF-16 string at compile time.
    QFile file(QStringLiteral(":/demo/sample-visits.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not reachable in a correct build; import reports the empty document
    return file.readAll();
}

QList<OrganisationPlacement> demoHierarchy()
{
    using K = OrganisationKind;
    const QString longAn = QStringLiteral("Tỉnh ủy Long An");
    const QString dongThap = QStringLiteral("Tỉnh ủy Đồng Tháp");
    return {
        {QStringLiteral("Ban Tuyên giáo Trung ương"), {}, K::CentralBody},
        {QStringLiteral("Ban Tuyên giáo và Dân vận Trung ương"), {}, K::CentralBody},
        {longAn, {}, K::ProvincialCommittee},
        {dongThap, {}, K::ProvincialCommittee},
        {QStringLiteral("Tỉnh ủy Tây Ninh"), {}, K::ProvincialCommittee},
        {QStringLiteral("Huyện ủy Châu Thành"), longAn, K::DistrictCommittee},
        {QStringLiteral("Thị ủy Kiến Tường"), longAn, K::DistrictCommittee},
        {QStringLiteral("Ban Tuyên giáo Tỉnh ủy Long An"), longAn, K::Department},
        {QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy Long An"), longAn, K::Department},
        {QStringLiteral("Đảng bộ Công an tỉnh Long An"), longAn, K::AgencyCommittee},
        {QStringLiteral("Ban Tuyên giáo Tỉnh ủy Đồng Tháp"), dongThap, K::Department},
        {QStringLiteral("Ban Tổ chức Huyện ủy Châu Thành"), QStringLiteral("Huyện ủy Châu Thành"),
         K::Department},
        {QStringLiteral("Ban Tuyên giáo Thị ủy Kiến Tường"), QStringLiteral("Thị ủy Kiến Tường"),
         K::Department},
    };
}

ImportResult loadDemoData(Database &database)
{
    // The sample visits carry refs, so loading twice replaces rather than
    // duplicates them; placing the organisations again changes nothing.
    ImportResult result = importInterchange(database, demoDocument());
    if (result.ok && !OrganisationService(database).place(demoHierarchy(), &result.error))
        result.ok = false;
    return result;
}

} // namespace vt
