// Attachments must not slow down lists or the editor (issue 10): the visit
// list's first page and opening a visit, in a database without attachments
// and again after about 1 GB of attachments were added.
//   bench_attachments [--visits 2000] [--megabytes 1024] [--samples 20] [--keep DIR]
// Measures only (FIGURE lines, no budget); docs/PERFORMANCE.md has the figures.

#include "BenchSupport.h"

#include "services/AttachmentService.h"
#include "services/SyntheticVisits.h"
#include "storage/Database.h"
#include "storage/VisitBatch.h"
#include "storage/VisitCatalogue.h"
#include "storage/VisitRepository.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace vt;

namespace {

double firstPageMs(const QString &path)
{
    Database db;
    QString error;
    return bench::timeMs([&] {
        if (!db.open(path, &error))
            qFatal("%s", qPrintable(error));
        const VisitCatalogue catalogue(db);
        (void)catalogue.count({});
        (void)catalogue.page({}, VisitSortKey::Date, Qt::DescendingOrder, 0, 256);
    });
}

// What the editor reads for a visit: the visit, the attachment list and the
// thumbnails of its photos (never the contents).
double openVisitMs(Database &db, qint64 id, bool thumbnails)
{
    return bench::timeMs([&] {
        QString error;
        (void)VisitRepository(db).load(id, &error);
        AttachmentService service(db);
        const QList<AttachmentRecord> records = service.list(id, &error);
        if (thumbnails) {
            for (const AttachmentRecord &record : records)
                (void)service.thumbnail(record);
        }
    });
}

QByteArray photo(int n)
{
    QImage image(2400, 1600, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(n * 37 % 360, 120, 220));
    QPainter painter(&image);
    painter.drawText(100, 100, QString::number(n));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // thumbnails need Qt Gui (offscreen)
    const QStringList args = app.arguments();
    const int visits =
        bench::argument(args, QStringLiteral("--visits"), QStringLiteral("2000")).toInt();
    const int megabytes =
        bench::argument(args, QStringLiteral("--megabytes"), QStringLiteral("1024")).toInt();
    const int samples =
        bench::argument(args, QStringLiteral("--samples"), QStringLiteral("20")).toInt();
    QTemporaryDir temporary;
    const QString dir = bench::argument(args, QStringLiteral("--keep"), temporary.path());
    const QString path = dir + QStringLiteral("/attachments-bench.sqlite");
    QFile::remove(path);

    QList<qint64> ids;
    {
        Database db;
        QString error;
        if (!db.open(path, &error))
            qFatal("%s", qPrintable(error));
        Transaction transaction(db);
        VisitBatch batch(db);
        for (int n = 1; n <= visits; ++n) {
            Visit visit = syntheticVisit(7, n);
            if (!batch.save(visit, &error))
                qFatal("%s", qPrintable(error));
            ids.append(visit.id);
        }
        if (!transaction.commit(&error))
            qFatal("%s", qPrintable(error));
    }
    const qint64 target = ids.at(ids.size() / 2);
    QList<double> before;
    for (int i = 0; i < samples; ++i)
        before.append(firstPageMs(path));
    bench::reportInfo("list_first_page_no_attachments", bench::median(before), "ms");

    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    QList<double> openBefore;
    for (int i = 0; i < samples; ++i)
        openBefore.append(openVisitMs(db, target, true));
    bench::reportInfo("open_visit_no_attachments", bench::median(openBefore), "ms");

    // 12 photos on the visit that is opened, then 8 MB documents of distinct
    // content spread over the other visits until the total is reached.
    AttachmentService service(db, qint64(64) << 20);
    qint64 total = 0;
    const auto attach = [&](qint64 visitId, const QString &name, const QByteArray &bytes) {
        PreparedAttachment file{name, contentType(name, bytes), bytes, sha256Hex(bytes)};
        if (!service.add(AttachmentOwner{visitId, {}, -1, -1}, file, &error))
            qFatal("%s", qPrintable(error));
        total += bytes.size();
    };
    for (int n = 0; n < 12; ++n)
        attach(target, QStringLiteral("anh-%1.jpg").arg(n), photo(n));
    QByteArray block(8 << 20, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(block.data());
    const double addMs = bench::timeMs([&] {
        for (int n = 0; total < qint64(megabytes) << 20; ++n) {
            QRandomGenerator(quint32(n + 1)).fillRange(words, block.size() / 4);
            attach(ids.at(n % ids.size()), QStringLiteral("tai-lieu-%1.bin").arg(n), block);
        }
    });
    bench::reportInfo("attachments_total", double(total) / (1 << 20), "MB");
    bench::reportInfo("attachments_add_mb_per_s", double(total) / (1 << 20) / (addMs / 1000),
                      "MB/s");

    QList<double> openAfter;
    QList<double> listAfter;
    for (int i = 0; i < samples; ++i) {
        openAfter.append(openVisitMs(db, target, true));
        listAfter.append(openVisitMs(db, target, false));
    }
    // With the 12 thumbnails decoded, and without (visit + attachment list).
    bench::reportInfo("open_visit_1gb_attachments", bench::median(openAfter), "ms");
    bench::reportInfo("open_visit_1gb_list_only", bench::median(listAfter), "ms");
    db.close();
    QList<double> after;
    for (int i = 0; i < samples; ++i)
        after.append(firstPageMs(path));
    bench::reportInfo("list_first_page_1gb_attachments", bench::median(after), "ms");
    bench::reportInfo("database_file", double(QFileInfo(path).size()) / (1 << 20), "MB");
    return 0;
}
