// The provinces of the synthetic data (SyntheticPhrases.h), apart from the
// phrase banks: a table of its own.

#include "services/SyntheticPhrases.h"

namespace vt::synthetic {
namespace {

// Name, kind (T = tỉnh, C = thành phố trực thuộc trung ương) and some of its
// districts: H huyện, Q quận, X thị xã, T thành phố thuộc tỉnh.
struct ProvinceRow
{
    const char *name;
    char kind;
    const char *districts;
};

const ProvinceRow kProvinces[] = {
    {"Hà Nội", 'C', "Q:Ba Đình;Q:Hoàn Kiếm;Q:Cầu Giấy;H:Đông Anh;H:Sóc Sơn;H:Ba Vì;X:Sơn Tây"},
    {"Hồ Chí Minh", 'C', "Q:Bình Thạnh;Q:Gò Vấp;Q:Tân Bình;H:Củ Chi;H:Cần Giờ;H:Hóc Môn;T:Thủ Đức"},
    {"Hải Phòng", 'C', "Q:Hồng Bàng;Q:Lê Chân;H:Thủy Nguyên;H:Tiên Lãng;H:Cát Hải"},
    {"Đà Nẵng", 'C', "Q:Hải Châu;Q:Thanh Khê;Q:Sơn Trà;H:Hòa Vang"},
    {"Cần Thơ", 'C', "Q:Ninh Kiều;Q:Bình Thủy;H:Phong Điền;H:Cờ Đỏ"},
    {"Hà Giang", 'T', "T:Hà Giang;H:Đồng Văn;H:Mèo Vạc;H:Bắc Quang"},
    {"Cao Bằng", 'T', "T:Cao Bằng;H:Trùng Khánh;H:Bảo Lạc;H:Hòa An"},
    {"Bắc Kạn", 'T', "T:Bắc Kạn;H:Ba Bể;H:Chợ Đồn"},
    {"Tuyên Quang", 'T', "T:Tuyên Quang;H:Sơn Dương;H:Chiêm Hóa;H:Na Hang"},
    {"Lào Cai", 'T', "T:Lào Cai;X:Sa Pa;H:Bát Xát;H:Bắc Hà"},
    {"Điện Biên", 'T', "T:Điện Biên Phủ;H:Mường Nhé;H:Tuần Giáo"},
    {"Lai Châu", 'T', "T:Lai Châu;H:Phong Thổ;H:Sìn Hồ"},
    {"Sơn La", 'T', "T:Sơn La;H:Mộc Châu;H:Mai Sơn;H:Sông Mã"},
    {"Yên Bái", 'T', "T:Yên Bái;X:Nghĩa Lộ;H:Văn Chấn;H:Mù Cang Chải"},
    {"Hòa Bình", 'T', "T:Hòa Bình;H:Mai Châu;H:Lạc Sơn"},
    {"Thái Nguyên", 'T', "T:Thái Nguyên;T:Sông Công;H:Đại Từ;H:Định Hóa"},
    {"Lạng Sơn", 'T', "T:Lạng Sơn;H:Cao Lộc;H:Hữu Lũng"},
    {"Quảng Ninh", 'T', "T:Hạ Long;T:Móng Cái;T:Uông Bí;H:Vân Đồn;H:Cô Tô"},
    {"Bắc Giang", 'T', "T:Bắc Giang;H:Lục Ngạn;H:Yên Thế;H:Hiệp Hòa"},
    {"Phú Thọ", 'T', "T:Việt Trì;X:Phú Thọ;H:Thanh Sơn;H:Lâm Thao"},
    {"Vĩnh Phúc", 'T', "T:Vĩnh Yên;T:Phúc Yên;H:Tam Đảo;H:Lập Thạch"},
    {"Bắc Ninh", 'T', "T:Bắc Ninh;T:Từ Sơn;H:Tiên Du;H:Gia Bình"},
    {"Hải Dương", 'T', "T:Hải Dương;T:Chí Linh;X:Kinh Môn;H:Thanh Hà"},
    {"Hưng Yên", 'T', "T:Hưng Yên;X:Mỹ Hào;H:Văn Lâm;H:Khoái Châu"},
    {"Thái Bình", 'T', "T:Thái Bình;H:Quỳnh Phụ;H:Tiền Hải;H:Vũ Thư"},
    {"Hà Nam", 'T', "T:Phủ Lý;X:Duy Tiên;H:Kim Bảng;H:Lý Nhân"},
    {"Nam Định", 'T', "T:Nam Định;H:Hải Hậu;H:Giao Thủy;H:Ý Yên"},
    {"Ninh Bình", 'T', "T:Ninh Bình;T:Tam Điệp;H:Hoa Lư;H:Kim Sơn"},
    {"Thanh Hóa", 'T', "T:Thanh Hóa;T:Sầm Sơn;X:Nghi Sơn;H:Thọ Xuân;H:Hoằng Hóa"},
    {"Nghệ An", 'T', "T:Vinh;X:Cửa Lò;H:Diễn Châu;H:Nam Đàn;H:Quỳnh Lưu;H:Con Cuông"},
    {"Hà Tĩnh", 'T', "T:Hà Tĩnh;X:Hồng Lĩnh;H:Nghi Xuân;H:Can Lộc;H:Hương Khê"},
    {"Quảng Bình", 'T', "T:Đồng Hới;X:Ba Đồn;H:Bố Trạch;H:Lệ Thủy"},
    {"Quảng Trị", 'T', "T:Đông Hà;X:Quảng Trị;H:Vĩnh Linh;H:Hướng Hóa"},
    {"Thừa Thiên Huế", 'T', "T:Huế;X:Hương Thủy;H:Phú Vang;H:A Lưới"},
    {"Quảng Nam", 'T', "T:Tam Kỳ;T:Hội An;H:Duy Xuyên;H:Núi Thành;H:Nam Trà My"},
    {"Quảng Ngãi", 'T', "T:Quảng Ngãi;H:Bình Sơn;H:Lý Sơn;H:Sơn Tịnh"},
    {"Bình Định", 'T', "T:Quy Nhơn;X:An Nhơn;X:Hoài Nhơn;H:Tuy Phước"},
    {"Phú Yên", 'T', "T:Tuy Hòa;X:Sông Cầu;H:Đồng Xuân;H:Tây Hòa"},
    {"Khánh Hòa", 'T', "T:Nha Trang;T:Cam Ranh;X:Ninh Hòa;H:Vạn Ninh;H:Trường Sa"},
    {"Ninh Thuận", 'T', "T:Phan Rang - Tháp Chàm;H:Ninh Hải;H:Ninh Phước;H:Bác Ái"},
    {"Bình Thuận", 'T', "T:Phan Thiết;X:La Gi;H:Tuy Phong;H:Phú Quý"},
    {"Kon Tum", 'T', "T:Kon Tum;H:Đắk Hà;H:Ngọc Hồi;H:Sa Thầy"},
    {"Gia Lai", 'T', "T:Pleiku;X:An Khê;H:Chư Sê;H:Đức Cơ"},
    {"Đắk Lắk", 'T', "T:Buôn Ma Thuột;X:Buôn Hồ;H:Ea Kar;H:Krông Pắc"},
    {"Đắk Nông", 'T', "T:Gia Nghĩa;H:Đắk Mil;H:Krông Nô;H:Cư Jút"},
    {"Lâm Đồng", 'T', "T:Đà Lạt;T:Bảo Lộc;H:Đức Trọng;H:Di Linh"},
    {"Bình Phước", 'T', "T:Đồng Xoài;X:Bình Long;X:Phước Long;H:Bù Đăng"},
    {"Tây Ninh", 'T', "T:Tây Ninh;X:Trảng Bàng;X:Hòa Thành;H:Tân Biên"},
    {"Bình Dương", 'T', "T:Thủ Dầu Một;T:Dĩ An;T:Thuận An;H:Dầu Tiếng"},
    {"Đồng Nai", 'T', "T:Biên Hòa;T:Long Khánh;H:Nhơn Trạch;H:Long Thành"},
    {"Bà Rịa - Vũng Tàu", 'T', "T:Vũng Tàu;T:Bà Rịa;X:Phú Mỹ;H:Côn Đảo"},
    {"Long An", 'T', "T:Tân An;X:Kiến Tường;H:Đức Hòa;H:Cần Giuộc"},
    {"Tiền Giang", 'T', "T:Mỹ Tho;X:Gò Công;X:Cai Lậy;H:Chợ Gạo"},
    {"Bến Tre", 'T', "T:Bến Tre;H:Ba Tri;H:Mỏ Cày Nam;H:Giồng Trôm"},
    {"Trà Vinh", 'T', "T:Trà Vinh;X:Duyên Hải;H:Cầu Kè;H:Tiểu Cần"},
    {"Vĩnh Long", 'T', "T:Vĩnh Long;X:Bình Minh;H:Long Hồ;H:Trà Ôn"},
    {"Đồng Tháp", 'T', "T:Cao Lãnh;T:Sa Đéc;T:Hồng Ngự;H:Tháp Mười"},
    {"An Giang", 'T', "T:Long Xuyên;T:Châu Đốc;X:Tân Châu;H:Tri Tôn"},
    {"Kiên Giang", 'T', "T:Rạch Giá;T:Hà Tiên;T:Phú Quốc;H:Kiên Hải"},
    {"Hậu Giang", 'T', "T:Vị Thanh;T:Ngã Bảy;H:Phụng Hiệp;H:Châu Thành A"},
    {"Sóc Trăng", 'T', "T:Sóc Trăng;X:Vĩnh Châu;X:Ngã Năm;H:Kế Sách"},
    {"Bạc Liêu", 'T', "T:Bạc Liêu;X:Giá Rai;H:Hồng Dân;H:Đông Hải"},
    {"Cà Mau", 'T', "T:Cà Mau;H:Năm Căn;H:Ngọc Hiển;H:U Minh"},
};

DistrictKind districtKind(QChar code)
{
    switch (code.unicode()) {
    case 'Q':
        return DistrictKind::UrbanDistrict;
    case 'X':
        return DistrictKind::Town;
    case 'T':
        return DistrictKind::City;
    default:
        return DistrictKind::RuralDistrict;
    }
}

} // namespace

QList<Province> allProvinces()
{
    QList<Province> result;
    for (const ProvinceRow &row : kProvinces) {
        Province province;
        province.name = QString::fromUtf8(row.name);
        const bool city = row.kind == 'C';
        // Hồ Chí Minh City is the one city whose committee names it in full.
        const QString fullName = province.name == QString::fromUtf8("Hồ Chí Minh")
                                     ? QString::fromUtf8("Thành phố Hồ Chí Minh")
                                     : province.name;
        province.committee =
            (city ? QString::fromUtf8("Thành ủy ") : QString::fromUtf8("Tỉnh ủy ")) + fullName;
        province.localName =
            (city ? QString::fromUtf8("thành phố ") : QString::fromUtf8("tỉnh ")) + province.name;
        for (const QString &entry : QString::fromUtf8(row.districts).split(QLatin1Char(';'))) {
            province.districts.append({entry.mid(2), districtKind(entry.at(0))});
        }
        result.append(province);
    }
    return result;
}

} // namespace vt::synthetic
