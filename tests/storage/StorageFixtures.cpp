#include "StorageFixtures.h"

#include "storage/VisitRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <limits>

namespace vt::test {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void downgradeToSchema3(const QString &path)
{
    // SQLite cannot drop a column with a foreign key: the table is rebuilt
    // (foreign keys are off on a raw connection, references follow the rename).
    runRaw(path, {QStringLiteral("DROP TABLE attachments"),
                  QStringLiteral("DROP TABLE attachment_thumbnails"),
                  QStringLiteral("DROP TABLE attachment_contents"),
                  QStringLiteral("DROP TABLE IF EXISTS search_terms"),
                  QStringLiteral("DROP TABLE IF EXISTS positions"),
                  QStringLiteral("CREATE INDEX attendees_position ON attendees (position)"),
                  QStringLiteral("DELETE FROM search_index_config WHERE k = 'hashsize'"),
                  QStringLiteral("DROP INDEX visits_location"),
                  QStringLiteral("DROP INDEX recommendations_status_due_visit"),
                  QStringLiteral("DROP INDEX visits_date_text"),
                  QStringLiteral("DROP INDEX IF EXISTS visits_progress"),
                  QStringLiteral("DROP INDEX IF EXISTS indicators_period"),
                  QStringLiteral("DROP INDEX IF EXISTS indicators_scheduled"),
                  QStringLiteral("DROP INDEX IF EXISTS recommendations_visit_status"),
                  QStringLiteral("DROP INDEX IF EXISTS follow_up_updates_date"),
                  QStringLiteral("DROP INDEX IF EXISTS recommendations_pending"),
                  QStringLiteral("CREATE INDEX visits_date ON visits (date)"),
                  QStringLiteral("DROP TABLE document_profiles"),
                  QStringLiteral("DROP TABLE change_log"),
                  QStringLiteral("DROP INDEX organisations_parent"),
                  QStringLiteral("CREATE TABLE organisations_v3 (id INTEGER PRIMARY KEY,"
                                 " name TEXT NOT NULL UNIQUE, name_fold TEXT NOT NULL)"),
                  QStringLiteral("INSERT INTO organisations_v3 SELECT id, name, name_fold"
                                 " FROM organisations"),
                  QStringLiteral("DROP TABLE organisations"),
                  QStringLiteral("ALTER TABLE organisations_v3 RENAME TO organisations"),
                  QStringLiteral("CREATE INDEX organisations_name_fold ON organisations"
                                 " (name_fold)"),
                  QStringLiteral("PRAGMA user_version = 3")});
}

QVariant scalar(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

qint64 rowCount(const Database &database, const char *table)
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)))
        .toLongLong();
}

QJsonObject extension(const char *key, const QJsonValue &value)
{
    return QJsonObject{{QLatin1StringView(key), value}};
}

Visit longAnVisit()
{
    Visit v;
    v.ref = QStringLiteral("long-an-2023-06-07");
    v.title = QStringLiteral("Làm việc với Ban Thường vụ Tỉnh ủy Long An");
    v.kind = VisitKind::Inspection;
    v.status = VisitStatus::Concluded;
    v.date = QDate(2023, 6, 7);
    v.endDate = QDate(2023, 6, 8);
    v.location = QStringLiteral("Tân An, Long An");
    v.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
    v.host = QStringLiteral("Tỉnh ủy Long An");
    v.topic = QStringLiteral("Công tác tuyên giáo 6 tháng đầu năm 2023");
    v.summary = QStringLiteral("Đoàn ghi nhận kết quả; chỉ ra hạn chế: chậm đổi mới.\nDòng hai.");
    v.extensions = QJsonObject{
        {QStringLiteral("x-source"), QStringLiteral("báo Long An")},
        {QStringLiteral("x-nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2.5, true}}}}};

    Attendee head;
    head.name = QStringLiteral("Phan Xuân Thủy");
    head.position = QStringLiteral("Phó Trưởng ban");
    head.organisation = QStringLiteral("Ban Tuyên giáo Trung ương");
    head.side = Side::Delegation;
    head.role = AttendeeRole::Head;
    Attendee chair;
    chair.name = QStringLiteral("Nguyễn Văn Được");
    chair.position = QStringLiteral("Bí thư Tỉnh ủy");
    chair.organisation = QStringLiteral("Tỉnh ủy Long An");
    chair.side = Side::Host;
    chair.role = AttendeeRole::Chair;
    chair.extensions = extension("x-seat", 1);
    Attendee absent;
    absent.name = QStringLiteral("Trần Thị Ánh");
    absent.side = Side::Guest;
    absent.role = AttendeeRole::Press;
    absent.present = false;
    absent.note = QStringLiteral("Vắng có lý do");
    v.attendees = {head, chair, absent};

    v.figures = {
        {QStringLiteral("Tổ chức cơ sở đảng"), 564, QString(), QDate(2022, 12, 31), {}},
        {QStringLiteral("Đảng viên"), 51349, QStringLiteral("người"), QDate(2022, 12, 31),
         extension("x-note", QStringLiteral("ước tính"))},
        {QStringLiteral("Tỷ lệ học tập"), 99.2, QStringLiteral("%"), QDate(), {}},
        {QStringLiteral("Âm không"), -0.0, QString(), QDate(), {}},
        {QStringLiteral("Rất lớn"), std::numeric_limits<double>::max(), QString(), QDate(), {}},
        {QStringLiteral("Rất nhỏ"),
         std::numeric_limits<double>::denorm_min(),
         QString(),
         QDate(),
         {}},
        {QStringLiteral("Số lẻ"), 0.1 + 0.2, QString(), QDate(), {}}};

    Finding model;
    model.key = QStringLiteral("m1");
    model.category = FindingCategory::GoodModel;
    model.area = QStringLiteral("Tuyên truyền");
    model.text = QStringLiteral("Mô hình “Dân vận khéo” của Huyện ủy Đức Hòa");
    model.organisation = QStringLiteral("Huyện ủy Đức Hòa");
    Finding limit1;
    limit1.key = QStringLiteral("h1");
    limit1.category = FindingCategory::Limitation;
    limit1.area = QStringLiteral("Chính trị, tư tưởng");
    limit1.text = QStringLiteral("Việc mở lớp bồi dưỡng còn chậm so với kế hoạch");
    Finding limit2;
    limit2.key = QStringLiteral("h2");
    limit2.category = FindingCategory::Limitation;
    limit2.text = QStringLiteral("Nội dung sinh hoạt chi bộ chậm đổi mới");
    limit2.extensions = extension("x-cause", QStringLiteral("chủ quan"));
    Finding noKey;
    noKey.category = FindingCategory::Achievement;
    noKey.text = QStringLiteral("99,2% đảng viên tham gia học tập");
    v.findings = {model, limit1, limit2, noKey};

    Indicator withTarget{QStringLiteral("Tỷ lệ đảng viên học tập"),
                         QStringLiteral("%"),
                         QStringLiteral("2023"),
                         100.0,
                         99.2,
                         QDate(2023, 5, 31),
                         {}};
    Indicator withoutTarget{QStringLiteral("Số lớp đã mở"),
                            QStringLiteral("lớp"),
                            QString(),
                            std::nullopt,
                            12,
                            QDate(),
                            extension("x-k", 0)};
    Indicator zeroTarget{
        QStringLiteral("Vụ vi phạm"), QString(), QStringLiteral("2023"), 0.0, 3, QDate(), {}};
    v.indicators = {withTarget, withoutTarget, zeroTarget};

    Recommendation r1;
    r1.text = QStringLiteral("Đẩy nhanh tiến độ mở lớp bồi dưỡng");
    r1.responsible = QStringLiteral("Ban Tuyên giáo Tỉnh ủy");
    r1.due = QDate(2023, 12, 31);
    r1.status = RecommendationStatus::InProgress;
    r1.addresses = {QStringLiteral("h2"), QStringLiteral("h1")}; // order kept, not sorted
    r1.updates = {
        {QDate(2023, 8, 1), QStringLiteral("Đã mở 2 lớp"), 40, QStringLiteral("CV 12/BTG"), {}},
        {QDate(2023, 9, 1), QStringLiteral("Chưa báo cáo"), std::nullopt, QString(),
         extension("x-late", true)},
        {QDate(2023, 10, 1), QString(), 0, QString(), {}}};
    Recommendation r2;
    r2.text = QStringLiteral("Nhân rộng mô hình Dân vận khéo");
    r2.status = RecommendationStatus::Done;
    r2.completed = QDate(2023, 11, 2);
    r2.extensions = extension("x-priority", QStringLiteral("cao"));
    Recommendation r3;
    r3.text = QStringLiteral("Không gắn hạn chế");
    v.recommendations = {r1, r2, r3};
    return v;
}

Visit listVisit(const char *ref, const QString &title, QDate date, const QString &host,
                const QString &delegation, VisitKind kind, VisitStatus status)
{
    Visit v;
    v.ref = QLatin1StringView(ref);
    v.title = title;
    v.date = date;
    v.host = host;
    v.delegation = delegation;
    v.kind = kind;
    v.status = status;
    return v;
}

bool saveAll(Database &database, QList<Visit> &visits)
{
    Transaction transaction(database);
    VisitRepository repository(database);
    QString error;
    for (Visit &visit : visits) {
        if (!repository.save(visit, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    return transaction.commit(&error);
}

} // namespace vt::test
