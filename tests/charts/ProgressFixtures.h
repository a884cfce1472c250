#pragma once

// Shared by the progress tests: a small hand-made database whose figures are
// computed by hand in the tests (see the comments there), and the sample data.

#include <QByteArray>
#include <QString>

namespace vt {
class Database;
}

namespace vt::test {

// Bến Lức: one indicator measured at three visits with a quarterly schedule,
// and four recommendations; Đức Hòa: a target of zero; Cần Giuộc: ahead of
// its target; Tân Trụ: a planned and a cancelled visit, no data.
QByteArray progressDocument();
extern const char *const kBenLuc;
extern const char *const kDucHoa;
extern const char *const kCanGiuoc;
extern const char *const kTanTru;
extern const char *const kAdmissions;

// Imports the document; false (and a test failure message) on error.
bool importInto(Database &database, const QByteArray &document);

} // namespace vt::test
