// Attachments below the interface: storage and de-duplication, the checks on
// files being added, thumbnails, removal and restore, copies, the schema
// upgrade and the interchange (export beside the JSON file, hash checks on
// import).

#include "AttachmentFixtures.h"
#include "storage/StorageFixtures.h"

#include "services/AttachmentInterchange.h"
#include "services/AttachmentService.h"
#include "services/ImportExport.h"
#include "services/VisitService.h"
#include "storage/Attachments.h"
#include "storage/ChangeLog.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace vt;
using namespace vt::test;

class AttachmentStorageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_visitId = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    AttachmentOwner visitOwner() const { return AttachmentOwner{m_visitId, {}, -1, -1}; }
    qint64 count(const char *table) const { return rowCount(*m_db, table); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QList<Visit> visits{longAnVisit()};
        QVERIFY(saveAll(*m_db, visits));
        m_visitId = visits.first().id;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    void roundTripsContentAndMetadata();
    void typeComesFromTheContent();
    void identicalContentIsStoredOnce();
    void deletedVisitReleasesContent();
    void removedAttachmentIsRestored();
    void changesAreInTheHistory();
    void deletingAVisitLogsItsAttachments();
    void applyUndoesAndRedoes();
    void applyRefusesWhatChangedSince();
    void sizeLimitIsEnforced();
    void defaultSizeLimitIsFiftyMegabytes();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesFileChangingWhileRead();
    void thumbnailsForJpegAndPng_data();
    void thumbnailsForJpegAndPng();
    void failedAddStoresNothing();
    void saveCopyRefusesRejectedNames();
    void chosenPhotosGoToTheMinutes();
    void upgradeFromSchema6KeepsData();
    void exportWritesFilesAndImportReadsThemBack();
    void importRefusesMissingOrAlteredFile_data();
    void importRefusesMissingOrAlteredFile();
};

void AttachmentStorageTest::roundTripsContentAndMetadata()
{
    const QByteArray bytes = photoBytes("JPEG", 640, 480, Qt::red);
    AttachmentService service(*m_db);
    QString error;
    const auto added = service.add(
        visitOwner(),
        *service.prepare(writeTo(m_dir->path(), QStringLiteral("Ảnh hội nghị.jpg"), bytes), &error),
        &error, QStringLiteral("Đoàn làm việc tại Long An"), QStringLiteral("Ảnh: Đức Hạnh/TTXVN"));
    QVERIFY2(added, qPrintable(error));
    const QList<AttachmentRecord> listed = service.list(m_visitId, &error);
    QCOMPARE(listed.size(), 1);
    const AttachmentRecord &record = listed.first();
    QCOMPARE(record, *added);
    QCOMPARE(record.fileName, QStringLiteral("Ảnh hội nghị.jpg"));
    QCOMPARE(record.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(record.size, bytes.size());
    QCOMPARE(record.caption, QStringLiteral("Đoàn làm việc tại Long An"));
    QCOMPARE(record.credit, QStringLiteral("Ảnh: Đức Hạnh/TTXVN"));
    QCOMPARE(record.sha256, sha256Hex(bytes));
    QCOMPARE(record.sha256.size(), 64);
    QVERIFY(qAbs(record.added.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(record.owner.isVisit());
    QCOMPARE(service.content(record, &error).value(), bytes);

    QVERIFY(service.describe(record.id, QStringLiteral("Chú thích mới"), QString(), true, &error));
    const AttachmentRecord changed = service.find(record.id, &error).value();
    QCOMPARE(changed.caption, QStringLiteral("Chú thích mới"));
    QVERIFY(changed.credit.isEmpty());
    QVERIFY(changed.printInMinutes);
}

void AttachmentStorageTest::typeComesFromTheContent()
{
    // A PNG named .pdf and a PDF without an extension: the content decides.
    AttachmentService service(*m_db);
    QString error;
    const auto png = service.addFile(
        visitOwner(),
        writeTo(m_dir->path(), QStringLiteral("scan.pdf"), photoBytes("PNG", 20, 20, Qt::blue)),
        &error);
    QVERIFY2(png, qPrintable(error));
    QCOMPARE(png->mimeType, QStringLiteral("image/png"));
    const auto pdf = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("bao-cao"), pdfBytes()), &error);
    QVERIFY2(pdf, qPrintable(error));
    QCOMPARE(pdf->mimeType, QStringLiteral("application/pdf"));
}

void AttachmentStorageTest::identicalContentIsStoredOnce()
{
    const QByteArray bytes = photoBytes("PNG", 300, 200, Qt::darkGreen);
    AttachmentService service(*m_db);
    QString error;
    const auto first = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("a.png"), bytes), &error);
    const auto second =
        service.addFile(AttachmentOwner{m_visitId, QStringLiteral("h1"), -1, -1},
                        writeTo(m_dir->path(), QStringLiteral("b.png"), bytes), &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(count("attachments"), 2);
    QCOMPARE(count("attachment_contents"), 1);
    QCOMPARE(count("attachment_thumbnails"), 1);
    QCOMPARE(second->owner.findingKey, QStringLiteral("h1"));

    // The content stays while one attachment refers to it, and goes with the last.
    QVERIFY(service.remove(first->id, &error));
    QCOMPARE(count("attachment_contents"), 1);
    QCOMPARE(service.content(*second, &error).value(), bytes);
    QVERIFY(service.remove(second->id, &error));
    QCOMPARE(count("attachments"), 0);
    QCOMPARE(count("attachment_contents"), 0);
    QCOMPARE(count("attachment_thumbnails"), 0);
}

void AttachmentStorageTest::deletedVisitReleasesContent()
{
    AttachmentService service(*m_db);
    QString error;
    QVERIFY(service.addFile(visitOwner(),
                            writeTo(m_dir->path(), QStringLiteral("a.pdf"), pdfBytes()), &error));
    QCOMPARE(count("attachment_contents"), 1);
    QVERIFY2(VisitRepository(*m_db).remove(m_visitId, &error), qPrintable(error));
    QCOMPARE(count("attachments"), 0);
    QCOMPARE(count("attachment_contents"), 0);
}

void AttachmentStorageTest::removedAttachmentIsRestored()
{
    const QByteArray bytes = photoBytes("JPEG", 100, 80, Qt::yellow);
    AttachmentService service(*m_db);
    QString error;
    const auto added =
        service.addFile(AttachmentOwner{m_visitId, {}, 0, 0},
                        writeTo(m_dir->path(), QStringLiteral("u.jpg"), bytes), &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(service.describe(added->id, QStringLiteral("c"), QStringLiteral("d"), true, &error));
    const AttachmentRecord before = service.find(added->id, &error).value();
    const std::optional<RemovedAttachment> removed = service.remove(added->id, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(count("attachment_contents"), 0);
    QVERIFY2(service.restore(*removed, &error), qPrintable(error));
    const AttachmentRecord after = service.find(added->id, &error).value();
    QCOMPARE(after, before);
    QCOMPARE(service.content(after, &error).value(), bytes);
    QVERIFY(!service.thumbnail(after).isNull());
}

void AttachmentStorageTest::changesAreInTheHistory()
{
    const QByteArray bytes = photoBytes("JPEG", 120, 90, Qt::red);
    AttachmentService service(*m_db);
    QString error;
    const int before = ChangeLog(*m_db).entries(m_visitId, 1000, &error).size();
    const auto photo = service.add(
        AttachmentOwner{m_visitId, QStringLiteral("h1"), -1, -1},
        *service.prepare(writeTo(m_dir->path(), QStringLiteral("Ảnh.jpg"), bytes), &error), &error,
        QStringLiteral("Quang cảnh"), QStringLiteral("Ảnh: TTXVN"));
    QVERIFY2(photo, qPrintable(error));
    QVERIFY(
        service.describe(photo->id, QStringLiteral("Chú thích mới"), photo->credit, false, &error));
    QVERIFY(service.describe(photo->id, QStringLiteral("Chú thích mới"), photo->credit, false,
                             &error)); // nothing changed: nothing logged
    QVERIFY(service.remove(photo->id, &error));

    const QList<ChangeEntry> entries = ChangeLog(*m_db).entries(m_visitId, 1000, &error);
    QCOMPARE(entries.size(), before + 3); // newest first
    const ChangeEntry &removed = entries.at(0);
    const ChangeEntry &described = entries.at(1);
    const ChangeEntry &added = entries.at(2);
    for (const ChangeEntry &entry : {added, described, removed}) {
        QCOMPARE(entry.record, QStringLiteral("attachment"));
        QCOMPARE(entry.visitId, m_visitId);
        QCOMPARE(entry.visitTitle, longAnVisit().title);
        QVERIFY(!entry.user.isEmpty());
        QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    QCOMPARE(added.action, ChangeAction::Insert);
    QVERIFY(added.oldValue.isEmpty());
    const QJsonObject inserted = QJsonDocument::fromJson(added.newValue.toUtf8()).object();
    QCOMPARE(inserted.value(QLatin1String("name")).toString(), QStringLiteral("Ảnh.jpg"));
    QCOMPARE(inserted.value(QLatin1String("sha256")).toString(), sha256Hex(bytes));
    QCOMPARE(qint64(inserted.value(QLatin1String("size")).toDouble()), bytes.size());
    QCOMPARE(inserted.value(QLatin1String("caption")).toString(), QStringLiteral("Quang cảnh"));
    QCOMPARE(inserted.value(QLatin1String("credit")).toString(), QStringLiteral("Ảnh: TTXVN"));
    QCOMPARE(inserted.value(QLatin1String("finding")).toString(), QStringLiteral("h1"));
    // Never the content, not even encoded.
    QVERIFY(added.newValue.size() < 600);
    QVERIFY(!added.newValue.contains(QString::fromLatin1(bytes.toBase64().left(40))));

    QCOMPARE(described.action, ChangeAction::Update);
    QCOMPARE(described.oldValue, QStringLiteral(R"({"caption":"Quang cảnh"})"));
    QCOMPARE(described.newValue, QStringLiteral(R"({"caption":"Chú thích mới"})"));

    QCOMPARE(removed.action, ChangeAction::Delete);
    QVERIFY(removed.newValue.isEmpty());
    const QJsonObject deleted = QJsonDocument::fromJson(removed.oldValue.toUtf8()).object();
    QCOMPARE(deleted.value(QLatin1String("caption")).toString(), QStringLiteral("Chú thích mới"));
    QCOMPARE(deleted.value(QLatin1String("sha256")).toString(), sha256Hex(bytes));

    // An update's attachment names the update in the interchange's words.
    QVERIFY(service.addFile(AttachmentOwner{m_visitId, {}, 0, 0},
                            writeTo(m_dir->path(), QStringLiteral("u.pdf"), pdfBytes()), &error));
    const ChangeEntry latest = ChangeLog(*m_db).entries(m_visitId, 1, &error).first();
    QVERIFY2(
        latest.newValue.contains(QStringLiteral(R"("update":"recommendations[0].updates[0]")")),
        qPrintable(latest.newValue));
}

// The database drops a visit's attachments with it; the history says so, one
// entry each, whether the visit is deleted or an undo step takes it away.
void AttachmentStorageTest::deletingAVisitLogsItsAttachments()
{
    AttachmentService service(*m_db);
    QString error;
    for (const char *name : {"a.jpg", "b.png"}) {
        const QByteArray bytes =
            photoBytes(QByteArray(name).endsWith("png") ? "PNG" : "JPEG", 40, 30, Qt::blue);
        QVERIFY2(service.add(visitOwner(),
                             *service.prepare(
                                 writeTo(m_dir->path(), QString::fromLatin1(name), bytes), &error),
                             &error),
                 qPrintable(error));
    }
    QVERIFY2(VisitService(*m_db).remove(m_visitId, &error), qPrintable(error));
    QStringList deleted;
    for (const ChangeEntry &entry : ChangeLog(*m_db).entries(m_visitId, 1000, &error)) {
        if (entry.record == QLatin1String("attachment") && entry.action == ChangeAction::Delete)
            deleted << QJsonDocument::fromJson(entry.oldValue.toUtf8())
                           .object()
                           .value(QLatin1String("name"))
                           .toString();
    }
    deleted.sort();
    QCOMPARE(deleted, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.png")}));
}

void AttachmentStorageTest::applyUndoesAndRedoes()
{
    const QByteArray bytes = photoBytes("PNG", 64, 48, Qt::blue);
    AttachmentService service(*m_db);
    QString error;
    const auto added = service.add(
        visitOwner(),
        *service.prepare(writeTo(m_dir->path(), QStringLiteral("p.png"), bytes), &error), &error,
        QStringLiteral("c"), QStringLiteral("d"));
    QVERIFY2(added, qPrintable(error));
    const int logged = ChangeLog(*m_db).entries(m_visitId, 1000, &error).size();

    // Undo of the addition: removed, content released; redo: the same again.
    QVERIFY2(service.apply(added, std::nullopt, bytes, nullptr, &error), qPrintable(error));
    QCOMPARE(count("attachments"), 0);
    QCOMPARE(count("attachment_contents"), 0);
    qint64 storedId = 0;
    QVERIFY2(service.apply(std::nullopt, added, bytes, &storedId, &error), qPrintable(error));
    QCOMPARE(storedId, added->id);
    QCOMPARE(service.find(added->id, &error).value(), *added);
    QCOMPARE(service.content(*added, &error).value(), bytes);
    QVERIFY(!service.thumbnail(*added).isNull());

    // A caption undone and redone.
    AttachmentRecord described = *added;
    described.caption = QStringLiteral("Chú thích");
    QVERIFY(service.apply(added, described, {}, nullptr, &error));
    QCOMPARE(service.find(added->id, &error)->caption, QStringLiteral("Chú thích"));
    QVERIFY(service.apply(described, added, {}, nullptr, &error));
    QCOMPARE(service.find(added->id, &error)->caption, QStringLiteral("c"));
    // Each logged like any change.
    QCOMPARE(ChangeLog(*m_db).entries(m_visitId, 1000, &error).size(), logged + 4);

    // Put back under a new id when another attachment took its own.
    const std::optional<RemovedAttachment> removed = service.remove(added->id, &error);
    QVERIFY(removed);
    const auto other = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("o.pdf"), pdfBytes()), &error);
    QVERIFY(other);
    storedId = 0;
    QVERIFY2(service.apply(std::nullopt, added, bytes, &storedId, &error), qPrintable(error));
    if (other->id == added->id)
        QVERIFY(storedId != added->id);
    QVERIFY(storedId != 0);
    QCOMPARE(service.find(storedId, &error)->sha256, sha256Hex(bytes));
    QCOMPARE(service.find(other->id, &error)->fileName, QStringLiteral("o.pdf"));
}

void AttachmentStorageTest::applyRefusesWhatChangedSince()
{
    const QByteArray bytes = pdfBytes();
    AttachmentService service(*m_db);
    QString error;
    const auto added =
        service.addFile(AttachmentOwner{m_visitId, QStringLiteral("m1"), -1, -1},
                        writeTo(m_dir->path(), QStringLiteral("f.pdf"), bytes), &error);
    QVERIFY2(added, qPrintable(error));
    // Described since: removing it as it was recorded would lose that.
    QVERIFY(service.describe(added->id, QStringLiteral("new"), {}, false, &error));
    error.clear();
    QVERIFY(!service.apply(added, std::nullopt, bytes, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("f.pdf")) && error.contains(QStringLiteral("changed")),
             qPrintable(error));
    QCOMPARE(count("attachments"), 1);
    // Already there: not put back twice.
    const AttachmentRecord now = service.find(added->id, &error).value();
    QVERIFY(!service.apply(std::nullopt, now, bytes, nullptr, &error));
    QCOMPARE(count("attachments"), 1);
    // Not with another content.
    QVERIFY(service.remove(added->id, &error));
    QVERIFY(!service.apply(std::nullopt, now, QByteArray("other"), nullptr, &error));
    QCOMPARE(count("attachments"), 0);
    // Not where its finding is gone.
    Visit visit = VisitRepository(*m_db).load(m_visitId, &error).value();
    visit.findings.removeIf([](const Finding &f) { return f.key == QStringLiteral("m1"); });
    QVERIFY2(VisitRepository(*m_db).save(visit, &error), qPrintable(error));
    error.clear();
    QVERIFY(!service.apply(std::nullopt, now, bytes, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer there")), qPrintable(error));
    QCOMPARE(count("attachments"), 0);
}

void AttachmentStorageTest::sizeLimitIsEnforced()
{
    AttachmentService service(*m_db, 1000);
    QString error;
    const QString big = writeTo(m_dir->path(), QStringLiteral("big.bin"), QByteArray(1001, 'x'));
    QVERIFY(!service.addFile(visitOwner(), big, &error));
    QVERIFY2(error.contains(QStringLiteral("big.bin")) && error.contains(QStringLiteral("limit")),
             qPrintable(error));
    QCOMPARE(count("attachments"), 0);
    const QString fits = writeTo(m_dir->path(), QStringLiteral("fits.bin"), QByteArray(1000, 'x'));
    QVERIFY2(service.addFile(visitOwner(), fits, &error), qPrintable(error));
}

void AttachmentStorageTest::defaultSizeLimitIsFiftyMegabytes()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vt-test-attachments"));
    setAttachmentSizeLimitMB(0); // not a limit: the default applies
    QCOMPARE(attachmentSizeLimit(), qint64(50) * 1024 * 1024);
    setAttachmentSizeLimitMB(5);
    QCOMPARE(AttachmentService(*m_db).sizeLimit(), qint64(5) * 1024 * 1024);
    setAttachmentSizeLimitMB(kDefaultAttachmentLimitMB);
}

void AttachmentStorageTest::refusesBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing.jpg") << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("not a file");
    QTest::newRow("empty") << QStringLiteral("empty.pdf") << QStringLiteral("0 bytes");
}

void AttachmentStorageTest::refusesBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QDir(m_dir->path()).mkdir(QStringLiteral("folder"));
    writeTo(m_dir->path(), QStringLiteral("empty.pdf"), QByteArray());
    AttachmentService service(*m_db);
    QString error;
    QVERIFY(!service.addFile(visitOwner(), path(name), &error));
    QVERIFY2(error.contains(expected) && error.contains(name), qPrintable(error));
    QCOMPARE(count("attachments"), 0);
    QCOMPARE(count("attachment_contents"), 0);
}

void AttachmentStorageTest::refusesFileChangingWhileRead()
{
    const QString file = writeTo(m_dir->path(), QStringLiteral("scan.pdf"), pdfBytes());
    AttachmentService service(*m_db);
    QString error;
    const auto prepared = service.prepare(file, &error, [&] {
        QFile grow(file);
        QVERIFY(grow.open(QIODevice::Append));
        grow.write("more pages");
    });
    QVERIFY(!prepared);
    QVERIFY2(error.contains(QStringLiteral("changed while")), qPrintable(error));
    QCOMPARE(count("attachments"), 0);
}

void AttachmentStorageTest::thumbnailsForJpegAndPng_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("jpeg") << QByteArray("JPEG");
    QTest::newRow("png") << QByteArray("PNG");
}

void AttachmentStorageTest::thumbnailsForJpegAndPng()
{
    QFETCH(QByteArray, format);
    const QByteArray bytes = photoBytes(format.constData(), 1200, 800, Qt::red);
    AttachmentService service(*m_db);
    QString error;
    const auto added = service.addFile(
        visitOwner(),
        writeTo(m_dir->path(), QStringLiteral("photo.") + QString::fromLatin1(format.toLower()),
                bytes),
        &error);
    QVERIFY2(added, qPrintable(error));
    const QImage thumbnail = service.thumbnail(*added);
    QCOMPARE(thumbnail.size(), QSize(kThumbnailSize, kThumbnailSize * 800 / 1200));
    // The red band is in the middle, white above it.
    QVERIFY(qRed(thumbnail.pixel(80, 53)) > 200 && qGreen(thumbnail.pixel(80, 53)) < 60);
    QVERIFY(qGreen(thumbnail.pixel(80, 5)) > 200);
    // Stored once in the database: it is read from there, not made again.
    QCOMPARE(count("attachment_thumbnails"), 1);
    const auto pdf = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("a.pdf"), pdfBytes()), &error);
    QVERIFY(service.thumbnail(*pdf).isNull());
    QCOMPARE(count("attachment_thumbnails"), 1);
}

void AttachmentStorageTest::failedAddStoresNothing()
{
    // The visit is not there: the row is refused, and its content goes with it.
    AttachmentService service(*m_db);
    QString error;
    const auto added = service.addFile(
        AttachmentOwner{m_visitId + 99, {}, -1, -1},
        writeTo(m_dir->path(), QStringLiteral("a.png"), photoBytes("PNG", 50, 50, Qt::red)),
        &error);
    QVERIFY(!added);
    QVERIFY(!error.isEmpty());
    QCOMPARE(count("attachments"), 0);
    QCOMPARE(count("attachment_contents"), 0);
    QCOMPARE(count("attachment_thumbnails"), 0);
}

void AttachmentStorageTest::saveCopyRefusesRejectedNames()
{
    const QByteArray bytes = pdfBytes();
    AttachmentService service(*m_db);
    QString error;
    const auto added = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("Báo cáo.pdf"), bytes), &error);
    QVERIFY(added);
    QVERIFY(!service.saveCopy(*added, path(QStringLiteral("Báo cáo: quý 2?.pdf")), &error));
    QVERIFY2(error.contains(QStringLiteral("Báo cáo_ quý 2_.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(path(QStringLiteral("Báo cáo: quý 2?.pdf"))));
    QVERIFY(!service.saveCopy(*added, path(QStringLiteral("no-folder/x.pdf")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(service.saveCopy(*added, path(QStringLiteral("Bản sao.pdf")), &error),
             qPrintable(error));
    QFile copy(path(QStringLiteral("Bản sao.pdf")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    const std::optional<QString> temporary = service.temporaryCopy(*added, &error);
    QVERIFY2(temporary, qPrintable(error));
    QVERIFY(temporary->endsWith(QStringLiteral("/Báo cáo.pdf")));
    QCOMPARE(sha256Of(*temporary), bytes.isEmpty() ? QByteArray() : sha256Of(copy.fileName()));
}

void AttachmentStorageTest::chosenPhotosGoToTheMinutes()
{
    AttachmentService service(*m_db);
    QString error;
    const auto photo = service.addFile(
        visitOwner(),
        writeTo(m_dir->path(), QStringLiteral("a.jpg"), photoBytes("JPEG", 400, 300, Qt::red)),
        &error);
    const auto other = service.addFile(
        visitOwner(),
        writeTo(m_dir->path(), QStringLiteral("b.jpg"), photoBytes("JPEG", 200, 100, Qt::blue)),
        &error);
    const auto pdf = service.addFile(
        visitOwner(), writeTo(m_dir->path(), QStringLiteral("c.pdf"), pdfBytes()), &error);
    QVERIFY(photo && other && pdf);
    QVERIFY(service.describe(photo->id, QStringLiteral("Quang cảnh"), QStringLiteral("Ảnh: TTXVN"),
                             true, &error));
    QVERIFY(service.describe(pdf->id, {}, {}, true, &error)); // not an image: never printed
    const QList<PrintablePhoto> photos = service.photosForMinutes(m_visitId, &error);
    QCOMPARE(photos.size(), 1);
    QCOMPARE(photos.first().image.size(), QSize(400, 300));
    QCOMPARE(photos.first().caption, QStringLiteral("Quang cảnh"));
    QCOMPARE(photos.first().credit, QStringLiteral("Ảnh: TTXVN"));
}

void AttachmentStorageTest::upgradeFromSchema6KeepsData()
{
    const QString file = path(QStringLiteral("a.sqlite"));
    const Visit stored = VisitRepository(*m_db).load(m_visitId, nullptr).value();
    m_db.reset();
    // As the program before attachments (schema 6) left it: without their
    // tables and those of the later steps.
    constexpr int kBeforeAttachments = 6;
    runRaw(file, {QStringLiteral("DROP TABLE attachments"),
                  QStringLiteral("DROP TABLE attachment_thumbnails"),
                  QStringLiteral("DROP TABLE attachment_contents"),
                  QStringLiteral("DROP TABLE search_terms"),
                  QStringLiteral("PRAGMA user_version = %1").arg(kBeforeAttachments)});
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(file, &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(VisitRepository(*m_db).load(m_visitId, &error).value(), stored);
    AttachmentService service(*m_db);
    QVERIFY2(service.addFile(visitOwner(),
                             writeTo(m_dir->path(), QStringLiteral("a.pdf"), pdfBytes()), &error),
             qPrintable(error));
    QCOMPARE(count("attachments"), 1);
}

void AttachmentStorageTest::exportWritesFilesAndImportReadsThemBack()
{
    AttachmentService service(*m_db);
    QString error;
    const QByteArray photo = photoBytes("JPEG", 320, 240, Qt::red);
    const auto a = service.add(
        visitOwner(),
        *service.prepare(writeTo(m_dir->path(), QStringLiteral("Ảnh 1.jpg"), photo), &error),
        &error, QStringLiteral("Quang cảnh buổi làm việc"), QStringLiteral("Ảnh: Đức Hạnh/TTXVN"));
    // The same photo again, for a finding: one file in the folder.
    const auto b = service.addFile(AttachmentOwner{m_visitId, QStringLiteral("h1"), -1, -1},
                                   path(QStringLiteral("Ảnh 1.jpg")), &error);
    const auto c =
        service.addFile(AttachmentOwner{m_visitId, {}, 0, 0},
                        writeTo(m_dir->path(), QStringLiteral("QĐ 12?.pdf"), pdfBytes()), &error);
    QVERIFY2(a && b && c, qPrintable(error));
    QVERIFY(service.describe(a->id, a->caption, a->credit, true, &error));

    const QString out = path(QStringLiteral("out/visits.json"));
    QDir().mkpath(path(QStringLiteral("out")));
    const std::optional<QByteArray> json = exportInterchange(*m_db, &error, out);
    QVERIFY2(json, qPrintable(error));
    writeFile(out, *json);
    QVERIFY(QFileInfo(path(QStringLiteral("out/visits.attachments"))).isDir());
    const QJsonObject visit = QJsonDocument::fromJson(*json)[QLatin1String("visits")][0].toObject();
    const QJsonArray own = visit.value(kAttachmentsField).toArray();
    QCOMPARE(own.size(), 1);
    const QJsonObject entry = own.first().toObject();
    QCOMPARE(entry.value(QLatin1String("sha256")).toString(), sha256Hex(photo));
    QCOMPARE(entry.value(QLatin1String("credit")).toString(),
             QStringLiteral("Ảnh: Đức Hạnh/TTXVN"));
    QVERIFY(entry.value(QLatin1String("print_in_minutes")).toBool());
    const QString relative = entry.value(QLatin1String("path")).toString();
    QVERIFY2(relative.startsWith(QStringLiteral("visits.attachments/")), qPrintable(relative));
    QCOMPARE(sha256Of(path(QStringLiteral("out/") + relative)),
             sha256Of(path(QStringLiteral("Ảnh 1.jpg"))));
    const QJsonValue findingList = visit[QLatin1String("findings")][1][kAttachmentsField];
    QCOMPARE(findingList[0][QLatin1String("path")].toString(), relative);
    const QString pdfPath = visit[QLatin1String("recommendations")][0][QLatin1String("updates")][0]
                                 [kAttachmentsField][0][QLatin1String("path")]
                                     .toString();
    QVERIFY2(pdfPath.endsWith(QStringLiteral("/QĐ 12_.pdf")), qPrintable(pdfPath));
    QCOMPARE(QDir(path(QStringLiteral("out/visits.attachments")))
                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                 .size(),
             2);

    // Into an empty database, and out again: the same document, the same records.
    Database other;
    QVERIFY2(other.open(path(QStringLiteral("b.sqlite")), &error), qPrintable(error));
    const ImportResult imported = importInterchange(other, *json, out);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.added, 1);
    QCOMPARE(rowCount(other, "attachments"), 3);
    QCOMPARE(rowCount(other, "attachment_contents"), 2);
    const QString out2 = path(QStringLiteral("out2.json"));
    const std::optional<QByteArray> again = exportInterchange(other, &error, out2);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(QString::fromUtf8(*again),
             QString::fromUtf8(*json).replace(QStringLiteral("visits.attachments/"),
                                              QStringLiteral("out2.attachments/")));
    // No x-attachments left in the stored extensions.
    QVERIFY(!scalar(other, QStringLiteral("SELECT count(*) FROM visits WHERE extensions LIKE "
                                          "'%x-attachments%'"))
                 .toBool());
    // Importing again changes nothing (idempotent).
    const ImportResult twice = importInterchange(other, *json, out);
    QVERIFY2(twice.ok, qPrintable(twice.error));
    QCOMPARE(rowCount(other, "attachments"), 3);
    QCOMPARE(rowCount(other, "attachment_contents"), 2);
}

void AttachmentStorageTest::importRefusesMissingOrAlteredFile_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("missing") << true;
    QTest::newRow("altered") << false;
}

void AttachmentStorageTest::importRefusesMissingOrAlteredFile()
{
    QFETCH(bool, remove);
    AttachmentService service(*m_db);
    QString error;
    QVERIFY(service.addFile(visitOwner(),
                            writeTo(m_dir->path(), QStringLiteral("a.pdf"), pdfBytes()), &error));
    QVERIFY(service.addFile(
        AttachmentOwner{m_visitId, QStringLiteral("h2"), -1, -1},
        writeTo(m_dir->path(), QStringLiteral("b.png"), photoBytes("PNG", 30, 30, Qt::red)),
        &error));
    const QString out = path(QStringLiteral("export.json"));
    const std::optional<QByteArray> json = exportInterchange(*m_db, &error, out);
    QVERIFY2(json, qPrintable(error));
    const QString relative =
        QJsonDocument::fromJson(*json)[QLatin1String("visits")][0][QLatin1String("findings")][2]
                                      [kAttachmentsField][0][QLatin1String("path")]
                                          .toString();
    QVERIFY2(relative.endsWith(QStringLiteral("b.png")), qPrintable(relative));
    const QString file = path(relative);
    if (remove) {
        QVERIFY(QFile::remove(file));
    } else {
        QByteArray bytes = photoBytes("PNG", 30, 30, Qt::blue); // same size? not needed
        writeFile(file, bytes);
    }
    Database other;
    QVERIFY(other.open(path(QStringLiteral("b.sqlite")), &error));
    const ImportResult result = importInterchange(other, *json, out);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QStringLiteral("visits[0].findings[2].x-attachments[0]"));
    QVERIFY2(result.errors.first().message.contains(relative),
             qPrintable(result.errors.first().message));
    QVERIFY(result.errors.first().message.contains(remove ? QStringLiteral("missing")
                                                          : QStringLiteral("altered")));
    QCOMPARE(rowCount(other, "visits"), 0);
    QCOMPARE(rowCount(other, "attachments"), 0);
    QCOMPARE(rowCount(other, "attachment_contents"), 0);
}

int main(int argc, char **argv)
{
    // Thumbnails and PDF fixtures need Qt Gui (offscreen).
    QGuiApplication app(argc, argv);
    AttachmentStorageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_attachments_storage.moc"
