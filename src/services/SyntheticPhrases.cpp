#include "services/SyntheticPhrases.h"

namespace vt::synthetic {
namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

template <std::size_t N> QStringList list(const char *const (&items)[N])
{
    QStringList result;
    result.reserve(qsizetype(N));
    for (const char *item : items)
        result.append(text(item));
    return result;
}

const char *const kCentralBodies[] = {
    "Ban Tuyên giáo Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Kinh tế Trung ương",
    "Văn phòng Trung ương Đảng",
    "Hội đồng Lý luận Trung ương",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Ban Đối ngoại Trung ương",
};

const char *const kProvincialBodies[] = {
    "Ủy ban Kiểm tra", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính",
};

QList<DatedPhrase> topics()
{
    const std::pair<const char *, int> rows[] = {
        {"công tác tuyên giáo", 0},
        {"công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức", 0},
        {"việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 2016},
        {"việc thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng", 2016},
        {"công tác bảo vệ nền tảng tư tưởng của Đảng theo Nghị quyết 35-NQ/TW", 2018},
        {"việc thực hiện Quy định 08-QĐi/TW về trách nhiệm nêu gương", 2018},
        {"công tác kiểm tra, giám sát và thi hành kỷ luật đảng", 0},
        {"công tác dân vận và thực hiện quy chế dân chủ ở cơ sở", 0},
        {"công tác phòng, chống tham nhũng, tiêu cực", 0},
        {"công tác tổ chức, cán bộ và phát triển đảng viên", 0},
        {"công tác đào tạo, bồi dưỡng lý luận chính trị", 0},
        {"việc quán triệt, triển khai Nghị quyết Đại hội XIII của Đảng", 2021},
        {"việc thực hiện Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng", 2021},
        {"công tác chuẩn bị đại hội đảng bộ các cấp", 2019},
        {"công tác thông tin đối ngoại", 0},
    };
    QList<DatedPhrase> result;
    for (const auto &[phrase, year] : rows)
        result.append({text(phrase), year});
    return result;
}

const char *const kFamilyNames[] = {
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê",     "Lê",    "Phạm",
    "Hoàng",  "Huỳnh",  "Phan",   "Vũ",   "Võ",   "Đặng",   "Bùi",   "Đỗ",
    "Hồ",     "Ngô",    "Dương",  "Lý",   "Đinh", "Trương", "Lương", "Mai",
};
const char *const kMaleMiddleNames[] = {
    "Văn",  "Văn", "Đức",  "Minh",  "Quang", "Hữu", "Thanh", "Xuân",
    "Công", "Duy", "Tiến", "Hoàng", "Ngọc",  "Anh", "Bá",
};
const char *const kFemaleMiddleNames[] = {
    "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Mỹ", "Phương", "Diệu",
};
const char *const kMaleGivenNames[] = {
    "An",   "Bình", "Cường", "Dũng", "Đức",  "Hải",  "Hùng", "Huy",   "Khánh", "Long",
    "Minh", "Nam",  "Phong", "Phúc", "Quân", "Sơn",  "Tâm",  "Thắng", "Thành", "Trung",
    "Tuấn", "Việt", "Vinh",  "Hưng", "Lâm",  "Toàn", "Thủy", "Được",  "Nghĩa", "Khoa",
};
const char *const kFemaleGivenNames[] = {
    "Anh",   "Châu", "Dung", "Giang", "Hà",  "Hạnh", "Hằng",  "Hoa",   "Hương",
    "Lan",   "Liên", "Linh", "Mai",   "Nga", "Ngân", "Nhung", "Oanh",  "Phượng",
    "Quyên", "Thảo", "Thủy", "Trang", "Vân", "Yến",  "Loan",  "Huyền",
};

const char *const kCentralStaffPositions[] = {
    "Vụ trưởng",   "Phó Vụ trưởng", "Chuyên viên cao cấp", "Chuyên viên chính",
    "Chuyên viên", "Chuyên viên",   "Chuyên viên chính",
};
const char *const kProvincialStaffPositions[] = {
    "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Chuyên viên", "Chuyên viên",
};
// The chair and the vice-chair come first; "%1" is the host organisation.
const char *const kHostPositions[] = {
    "Bí thư %1",
    "Phó Bí thư Thường trực %1",
    "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo %1",
    "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức %1",
    "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra %1",
    "Chánh Văn phòng %1",
    "Trưởng Ban Dân vận %1",
    "Phó Trưởng Ban Tuyên giáo %1",
    "Giám đốc Trung tâm Chính trị",
    "Bí thư Đảng ủy cơ sở",
    "Bí thư chi bộ",
    "Chuyên viên Văn phòng %1",
};

const char *const kAbsenceReasons[] = {
    "Vắng mặt do đi công tác ngoài tỉnh, đã gửi ý kiến bằng văn bản.",
    "Vắng mặt vì lý do sức khỏe.",
    "Vắng mặt do dự họp Ban Thường vụ, đã cử cấp phó dự thay.",
    "Vắng mặt do tham gia lớp bồi dưỡng tập trung.",
};

const char *const kPress[] = {
    "Thông tấn xã Việt Nam",
    "Báo Nhân Dân",
    "Tạp chí Cộng sản",
    "Đài Truyền hình Việt Nam",
    "Báo Điện tử Đảng Cộng sản Việt Nam",
};

const char *const kAreas[] = {
    "Chính trị, tư tưởng, đạo đức",
    "Công tác tuyên truyền",
    "Đào tạo, bồi dưỡng",
    "Xây dựng tổ chức cơ sở đảng",
    "Kiểm tra, giám sát",
    "Dân vận",
    "Báo chí, xuất bản",
    "Văn hóa, văn nghệ",
    "Khoa giáo",
    "Lý luận chính trị",
    "Phòng, chống tham nhũng, tiêu cực",
};

const char *const kSubjects[] = {
    "công tác quán triệt, triển khai các nghị quyết, chỉ thị của Đảng",
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân",
    "công tác đấu tranh phản bác các quan điểm sai trái, thù địch",
    "công tác tuyên truyền trên không gian mạng",
    "công tác kiểm tra, giám sát của cấp ủy",
    "công tác phát triển đảng viên",
    "chất lượng sinh hoạt chi bộ định kỳ",
    "công tác đào tạo, bồi dưỡng lý luận chính trị",
    "hoạt động của Trung tâm Chính trị cấp huyện",
    "công tác dân vận chính quyền",
    "việc thực hiện quy chế dân chủ ở cơ sở",
    "công tác phòng, chống tham nhũng, tiêu cực",
    "việc giải quyết đơn thư khiếu nại, tố cáo",
    "công tác xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước",
    "việc thực hiện trách nhiệm nêu gương của người đứng đầu",
    "công tác bảo vệ nền tảng tư tưởng của Đảng",
    "hoạt động của đội ngũ báo cáo viên, tuyên truyền viên",
};

const char *const kAchievements[] = {
    "được triển khai nghiêm túc, kịp thời, đúng kế hoạch",
    "có nhiều đổi mới về nội dung và hình thức, đạt kết quả tích cực",
    "được cấp ủy quan tâm lãnh đạo, chỉ đạo sát sao, tạo chuyển biến rõ nét",
    "đạt và vượt các chỉ tiêu đề ra",
    "được thực hiện đồng bộ, bài bản, có trọng tâm, trọng điểm",
    "góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn",
    "được cán bộ, đảng viên và Nhân dân đồng tình, hưởng ứng",
};

const char *const kLimitations[] = {
    "có lúc, có nơi chưa kịp thời",
    "còn hình thức, chưa đi vào chiều sâu",
    "chưa đáp ứng yêu cầu, nhiệm vụ trong tình hình mới",
    "tiến độ còn chậm so với kế hoạch",
    "chất lượng chưa đồng đều giữa các tổ chức cơ sở đảng",
    "việc sơ kết, tổng kết chưa kịp thời",
    "chưa phát huy hết vai trò của người đứng đầu",
    "nội dung còn đơn điệu, chậm đổi mới",
    "còn hạn chế trong việc ứng dụng công nghệ thông tin",
};

const char *const kCauses[] = {
    "một số cấp ủy chưa quan tâm đúng mức",
    "đội ngũ làm công tác chuyên môn còn mỏng, kiêm nhiệm nhiều việc",
    "kinh phí bảo đảm còn hạn hẹp",
    "địa bàn rộng, giao thông đi lại khó khăn",
    "năng lực tham mưu của một số cơ quan chưa đáp ứng yêu cầu",
};

const char *const kModelNames[] = {
    "Dân vận khéo",
    "Chi bộ bốn tốt",
    "Ngày thứ Bảy văn minh",
    "Đảng viên giúp đảng viên",
    "Mỗi đảng viên một việc làm theo gương Bác",
    "Khu dân cư không có tội phạm",
    "Camera an ninh",
    "Tủ sách pháp luật",
    "Tổ tự quản đường hoa",
    "Sinh hoạt chi bộ điện tử",
    "Tuyên truyền viên nhí",
    "Cà phê doanh nhân",
};

const char *const kCommunes[] = {
    "Tân Phú",    "An Bình",    "Phước Long", "Hòa Thạnh", "Mỹ Xuyên", "Thạnh Lợi",
    "Quảng Tiến", "Nghĩa Hưng", "Đông Sơn",   "Hưng Lộc",  "Tân Lập",  "Kim Liên",
    "Vĩnh Thành", "Xuân Hòa",   "Đức Thắng",  "Thiện Mỹ",
};

const char *const kObservations[] = {
    // One sentence across two lines (parenthesised: clang asks whether a comma is missing).
    ("Đoàn ghi nhận đơn vị đã khắc phục phần lớn các hạn chế được chỉ ra tại lần làm việc trước "
     "liên quan đến %1."),
    "Đơn vị kiến nghị Trung ương sớm ban hành hướng dẫn cụ thể về %1.",
    "Đơn vị đề xuất bổ sung biên chế, kinh phí để bảo đảm %1.",
    "Báo cáo của đơn vị về %1 còn thiếu số liệu so sánh với cùng kỳ.",
};

const char *const kRecommendationVerbs[] = {
    "Tiếp tục đẩy mạnh",
    "Tăng cường",
    "Nâng cao chất lượng",
    "Khắc phục dứt điểm hạn chế về",
    "Rà soát, bổ sung kế hoạch về",
    "Chỉ đạo đổi mới",
    "Xây dựng kế hoạch cụ thể về",
};

const char *const kUpdateNotes[] = {
    "Đã ban hành kế hoạch thực hiện.",
    "Đã tổ chức hội nghị quán triệt đến các chi bộ trực thuộc.",
    "Đang triển khai tại các tổ chức cơ sở đảng.",
    "Đã sơ kết, báo cáo kết quả về Đoàn.",
    "Hoàn thành, đã báo cáo bằng văn bản.",
};

QList<IndicatorKind> indicators()
{
    struct Row
    {
        const char *name;
        const char *unit;
        bool percent;
        int minTarget;
        int maxTarget;
    };
    const Row rows[] = {
        {"Tỷ lệ đảng viên được học tập, quán triệt nghị quyết", "%", true, 95, 100},
        {"Kết nạp đảng viên mới", "đảng viên", false, 40, 400},
        {"Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", true, 80, 92},
        {"Cuộc kiểm tra khi có dấu hiệu vi phạm", "cuộc", false, 4, 30},
        {"Tỷ lệ chi bộ sinh hoạt chuyên đề hằng quý", "%", true, 90, 100},
        {"Tin, bài tuyên truyền trên cổng thông tin điện tử", "tin, bài", false, 200, 2000},
        {"Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", true, 95, 100},
        {"Lớp bồi dưỡng lý luận chính trị được mở", "lớp", false, 6, 60},
    };
    QList<IndicatorKind> result;
    for (const Row &row : rows)
        result.append({text(row.name), text(row.unit), row.percent, row.minTarget, row.maxTarget});
    return result;
}

PhraseBanks makeBanks()
{
    PhraseBanks banks;
    banks.provinces = allProvinces();
    banks.centralBodies = list(kCentralBodies);
    banks.provincialBodies = list(kProvincialBodies);
    banks.topics = topics();
    banks.familyNames = list(kFamilyNames);
    banks.maleMiddleNames = list(kMaleMiddleNames);
    banks.femaleMiddleNames = list(kFemaleMiddleNames);
    banks.maleGivenNames = list(kMaleGivenNames);
    banks.femaleGivenNames = list(kFemaleGivenNames);
    banks.centralStaffPositions = list(kCentralStaffPositions);
    banks.provincialStaffPositions = list(kProvincialStaffPositions);
    banks.hostPositions = list(kHostPositions);
    banks.absenceReasons = list(kAbsenceReasons);
    banks.pressOrganisations = list(kPress);
    banks.areas = list(kAreas);
    banks.subjects = list(kSubjects);
    banks.achievements = list(kAchievements);
    banks.limitations = list(kLimitations);
    banks.causes = list(kCauses);
    banks.modelNames = list(kModelNames);
    banks.communes = list(kCommunes);
    banks.observations = list(kObservations);
    banks.recommendationVerbs = list(kRecommendationVerbs);
    banks.updateNotes = list(kUpdateNotes);
    banks.indicators = indicators();
    return banks;
}

} // namespace

const PhraseBanks &phraseBanks()
{
    static const PhraseBanks banks = makeBanks();
    return banks;
}

} // namespace vt::synthetic
