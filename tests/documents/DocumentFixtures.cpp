#include "DocumentFixtures.h"

#include "services/DemoData.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

namespace vt::test {

std::unique_ptr<Database> demoDatabase(const QString &folder)
{
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(folder + QStringLiteral("/documents.sqlite"), &error))
        qFatal("cannot open the test database: %s", qPrintable(error));
    const ImportResult result = loadDemoData(*database);
    if (!result.ok)
        qFatal("cannot load the sample visits");
    return database;
}

qint64 visitIdOf(Database &database, const QString &ref)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM visits WHERE ref = ?"));
    query.addBindValue(ref);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString longAnRef()
{
    return QStringLiteral("demo-2023-06-07-long-an");
}

QString hostileText()
{
    return QStringLiteral("<script>alert(\"x\")</script> & &amp; 'single' \"double\"\tafter-tab\n"
                          "second line 😀 中文 <b>not bold</b> العربية");
}

Visit hostileVisit()
{
    Visit visit;
    visit.title = QStringLiteral("<h1>Title</h1> & co");
    visit.date = QDate(2024, 1, 5);
    visit.location = QStringLiteral("Hội trường <A> & \"B\"");
    visit.delegation = QStringLiteral("Đoàn <i>kiểm tra</i> & \"X\"");
    visit.host = QStringLiteral("Tỉnh ủy <Long An> & 'Y'");
    visit.topic = hostileText();
    visit.summary = hostileText();
    Attendee head;
    head.name = QStringLiteral("Nguyễn <Văn> A & \"B\"");
    head.position = QStringLiteral("Trưởng ban\t<x>");
    head.side = Side::Delegation;
    head.role = AttendeeRole::Head;
    Attendee taker;
    taker.name = QStringLiteral("Lê Thị 😀");
    taker.side = Side::Delegation;
    taker.role = AttendeeRole::MinuteTaker;
    Attendee absent;
    absent.name = QStringLiteral("Trần C");
    absent.side = Side::Host;
    absent.present = false;
    absent.note = hostileText();
    visit.attendees = {head, taker, absent};
    ReportFigure figure;
    figure.label = hostileText();
    figure.value = 1234567.5;
    figure.unit = QStringLiteral("<unit>");
    visit.figures = {figure};
    for (FindingCategory category : {FindingCategory::Achievement, FindingCategory::Limitation}) {
        Finding finding;
        finding.category = category;
        finding.text = hostileText();
        visit.findings.append(finding);
    }
    Recommendation recommendation;
    recommendation.text = hostileText();
    recommendation.responsible = QStringLiteral("<Ban> & \"C\"");
    recommendation.due = QDate(2024, 2, 1);
    visit.recommendations = {recommendation};
    return visit;
}

QString lastFindingText()
{
    return QStringLiteral("Hạn chế cuối cùng số 300 của đoàn kiểm tra lớn.");
}

Visit bigVisit()
{
    Visit visit;
    visit.title = QStringLiteral("Kiểm tra toàn diện");
    visit.kind = VisitKind::Inspection;
    visit.date = QDate(2024, 3, 12);
    visit.location = QStringLiteral("Trụ sở Huyện ủy");
    visit.delegation = QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy");
    visit.host = QStringLiteral("Huyện ủy Châu Thành");
    visit.topic = QStringLiteral("Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát");
    for (int i = 1; i <= 40; ++i) {
        Attendee attendee;
        attendee.name = QStringLiteral("Người tham dự thứ %1").arg(i);
        attendee.position = QStringLiteral("Chuyên viên phòng %1").arg(i);
        attendee.side = i <= 10 ? Side::Delegation : i <= 35 ? Side::Host : Side::Guest;
        attendee.role = i == 1    ? AttendeeRole::Head
                        : i == 2  ? AttendeeRole::MinuteTaker
                        : i == 11 ? AttendeeRole::Chair
                                  : AttendeeRole::Participant;
        attendee.present = i % 13 != 0;
        if (!attendee.present)
            attendee.note = QStringLiteral("Đi công tác");
        visit.attendees.append(attendee);
    }
    const FindingCategory categories[] = {FindingCategory::Achievement, FindingCategory::GoodModel,
                                          FindingCategory::Observation,
                                          FindingCategory::Limitation};
    for (int i = 1; i <= 300; ++i) {
        Finding finding;
        finding.key = QStringLiteral("f%1").arg(i);
        finding.category = categories[(i - 1) * 4 / 300];
        finding.area = QStringLiteral("Lĩnh vực %1").arg(i % 7);
        finding.text = i == 300 ? lastFindingText()
                                : QStringLiteral("Nội dung đánh giá số %1: việc triển khai các "
                                                 "nghị quyết còn chậm, cần đôn đốc thường xuyên "
                                                 "và kiểm tra kết quả thực hiện.")
                                      .arg(i);
        visit.findings.append(finding);
    }
    for (int i = 1; i <= 30; ++i) {
        Recommendation recommendation;
        recommendation.text = QStringLiteral("Đề nghị số %1 khắc phục hạn chế.").arg(i);
        recommendation.responsible = QStringLiteral("Ban Tổ chức");
        recommendation.due = QDate(2024, 6, 30);
        visit.recommendations.append(recommendation);
    }
    return visit;
}

bool hasTool(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace vt::test
