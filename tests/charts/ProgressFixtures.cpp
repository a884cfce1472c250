#include "ProgressFixtures.h"

#include "services/ImportExport.h"

#include <QDebug>

namespace vt::test {

const char *const kBenLuc = "Huyện ủy Bến Lức";
const char *const kDucHoa = "Huyện ủy Đức Hòa";
const char *const kCanGiuoc = "Huyện ủy Cần Giuộc";
const char *const kTanTru = "Huyện ủy Tân Trụ";
const char *const kAdmissions = "Kết nạp đảng viên mới";

QByteArray progressDocument()
{
    return QByteArray(R"json({"format": "visit-tracker", "version": 1, "visits": [
 {"ref": "a1", "title": "Kiểm tra Bến Lức quý I", "status": "held", "date": "2024-03-15",
  "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Bến Lức",
  "indicators": [{"name": "Kết nạp đảng viên mới", "unit": "đảng viên", "period": "2024",
    "target": 100, "actual": 20, "as_of": "2024-03-15",
    "x-schedule": [{"date": "2024-03-31", "target": 25}, {"date": "2024-06-30", "target": 50},
                   {"date": "2024-09-30", "target": 75}, {"date": "2024-12-31", "target": 100}]}],
  "recommendations": [
   {"text": "Hoàn thiện hồ sơ kết nạp", "due": "2024-04-30", "status": "done",
    "completed": "2024-05-10", "updates": [{"date": "2024-04-02", "progress": 50},
                                           {"date": "2024-05-10", "progress": 100}]},
   {"text": "Rà soát chi bộ yếu kém", "due": "2024-06-30", "status": "open"},
   {"text": "Tổ chức hội nghị chuyên đề", "due": "2024-12-31", "status": "cancelled",
    "updates": [{"date": "2024-08-20", "note": "Không còn phù hợp"}]},
   {"text": "Bồi dưỡng cấp ủy viên mới", "due": "2024-09-15", "status": "in-progress",
    "updates": [{"date": "2024-07-01", "progress": 30}]}]},
 {"ref": "a2", "title": "Kiểm tra Bến Lức quý II", "status": "concluded", "date": "2024-07-10",
  "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Bến Lức",
  "indicators": [{"name": "Kết nạp đảng viên mới", "unit": "đảng viên", "period": "2024",
    "target": 100, "actual": 48}]},
 {"ref": "a3", "title": "Kiểm tra Bến Lức quý III", "status": "closed", "date": "2024-10-20",
  "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Bến Lức",
  "indicators": [{"name": "Kết nạp đảng viên mới", "unit": "đảng viên", "period": "2024",
    "target": 100, "actual": 70, "as_of": "2024-10-20"}]},
 {"ref": "b1", "title": "Làm việc với Đức Hòa", "status": "held", "date": "2024-05-05",
  "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Đức Hòa",
  "indicators": [{"name": "Kết nạp đảng viên mới", "unit": "đảng viên", "period": "2024",
    "target": 0, "actual": 12}]},
 {"ref": "c1", "title": "Làm việc với Cần Giuộc", "status": "held", "date": "2024-06-01",
  "delegation": "Ủy ban Kiểm tra Tỉnh ủy", "host": "Huyện ủy Cần Giuộc",
  "indicators": [{"name": "Kết nạp đảng viên mới", "unit": "đảng viên", "period": "2024",
    "target": 60, "actual": 66}],
  "recommendations": [
   {"text": "Báo cáo kết quả khắc phục", "due": "2024-12-01", "status": "open"},
   {"text": "Kiện toàn ủy ban kiểm tra", "due": "2024-10-31", "status": "in-progress"}]},
 {"ref": "d1", "title": "Làm việc với Tân Trụ", "status": "planned", "date": "2024-11-20",
  "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Tân Trụ"},
 {"ref": "d0", "title": "Làm việc với Tân Trụ (hoãn)", "status": "cancelled",
  "date": "2024-02-10", "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Tân Trụ"}
]})json");
}

bool importInto(Database &database, const QByteArray &document)
{
    const ImportResult result = importInterchange(database, document);
    if (!result.ok) {
        qWarning() << "import failed:" << result.error;
        for (const auto &issue : result.errors)
            qWarning() << issue.path << issue.message;
    }
    return result.ok;
}

} // namespace vt::test
