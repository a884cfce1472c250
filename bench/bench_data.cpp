// Storage and service figures on an existing data set, headless:
//   bench_data --database FILE [--import] [--samples N]
// The first figure (open + first page) is taken first, before anything else
// warms this process; scripts/bench.sh runs the program several times.

#include "BenchSupport.h"
#include "SyntheticDocument.h"
#include "WriteFloor.h"

#include "services/ImportExport.h"
#include "services/SyntheticVisits.h"
#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/VisitCatalogue.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <ctime>

using namespace vt;

namespace {

// A visit at the budget's size: 40 attendees and 20 findings.
Visit largeVisit()
{
    Visit visit = syntheticVisit(5, 1);
    for (int n = 2; visit.attendees.size() < 40 || visit.findings.size() < 20; ++n) {
        const Visit more = syntheticVisit(5, n);
        for (const Attendee &a : more.attendees) {
            if (visit.attendees.size() < 40)
                visit.attendees.append(a);
        }
        for (Finding f : more.findings) {
            if (visit.findings.size() >= 20)
                break;
            f.key = QStringLiteral("x%1").arg(visit.findings.size());
            visit.findings.append(f);
        }
    }
    visit.ref = QStringLiteral("bench-save-40x20");
    visit.status = VisitStatus::Concluded;
    return visit;
}

void benchSave(Database &db, int samples)
{
    VisitService service(db);
    Visit visit = largeVisit();
    visit.id = VisitRepository(db).idForRef(visit.ref);
    QList<double> times;
    for (int i = 0; i < samples + 1; ++i) {
        visit.summary = QStringLiteral("Lần lưu %1").arg(i); // an edit, as the user makes one
        SaveResult result;
        const double ms = bench::timeMs([&] { result = service.save(visit); });
        if (!result.ok) {
            qWarning("save failed: %s", qPrintable(result.error));
            return;
        }
        if (i > 0) // the first save inserts; the rest replace, as editing does
            times.append(ms);
    }
    bench::report("save_visit_40x20", bench::median(times), "ms", 50);
    QString error;
    service.remove(visit.id, &error);
}

void benchLoad(Database &db, int samples)
{
    const QList<qint64> ids = VisitRepository(db).allIds();
    if (ids.isEmpty())
        return;
    VisitService service(db);
    QList<double> times;
    for (int i = 0; i < samples; ++i) {
        const qint64 id = ids.at(qsizetype((quint64(i) * 2654435761u) % quint64(ids.size())));
        QString error;
        times.append(bench::timeMs([&] { (void)service.load(id, &error); }));
    }
    bench::reportInfo("load_visit", bench::median(times), "ms");
}

void benchImport()
{
    const QByteArray json = bench::syntheticDocument(10000, 99);
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("import.sqlite")), &error)) {
        qWarning("%s", qPrintable(error));
        return;
    }
    ImportResult result;
    const std::clock_t cpuStart = std::clock();
    const double ms = bench::timeMs([&] { result = importInterchange(db, json); });
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!result.ok) {
        qWarning("import failed: %s", qPrintable(result.error));
        return;
    }
    bench::report("import_10k", ms / 1000.0, "s", 5);
    // CPU time as well: on a shared machine the wall time mostly measures the others.
    bench::reportInfo("import_10k_cpu_s", cpuSeconds, "s");
    bench::reportInfo("import_10k_json_mb", double(json.size()) / 1e6, "MB");

    // The same rows stored by SQLite alone: the floor of the import and, per
    // visit, of the generator (whose visits are made the same way).
    bench::WriteFloor floor;
    if (!bench::measureWriteFloor(db, dir.filePath(QStringLiteral("floor.sqlite")), &floor,
                                  &error)) {
        qWarning("write floor: %s", qPrintable(error));
        return;
    }
    bench::reportFloor("import_10k", floor.seconds);
    bench::reportFloor("import_10k_window", floor.seconds);
    bench::reportFloor("generate", double(floor.visits) / floor.seconds);
    bench::reportInfo("write_floor_rows", double(floor.rows), "rows");
    bench::reportInfo("write_floor_index_entries", double(floor.entries), "entries");
    for (const auto &[table, seconds] : floor.secondsByTable) {
        const QByteArray name = "write_floor_" + table.toLower().toUtf8();
        bench::reportInfo(name.constData(), seconds, "s");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = bench::argument(args, QStringLiteral("--database"));
    const int samples =
        bench::argument(args, QStringLiteral("--samples"), QStringLiteral("20")).toInt();
    if (path.isEmpty()) {
        qWarning("usage: bench_data --database FILE [--import] [--samples N]");
        return 2;
    }
    Database db;
    QString error;
    int rows = 0;
    const double openMs = bench::timeMs([&] {
        if (!db.open(path, &error))
            return;
        const VisitCatalogue catalogue(db);
        const int count = catalogue.count({});
        rows = int(catalogue.page({}, VisitSortKey::Date, Qt::DescendingOrder, 0, 256).size());
        Q_UNUSED(count);
    });
    if (!db.isOpen()) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    bench::reportInfo("open_db_first_page", openMs, "ms");
    if (rows == 0)
        qWarning("the data set is empty");
    benchLoad(db, samples * 2);
    benchSave(db, samples);
    if (args.contains(QStringLiteral("--import")))
        benchImport();
    return 0;
}
