// Full-text search over all visits, findings and recommendations (issue 8:
// p95 of 50 ms at 100,000 visits), headless:
//   bench_search --database FILE [--rounds R] [--verbose] [--count-at-once]
//   bench_search --floor-sql      (the FTS statements of each query, one line
//                                  per query, for the sqlite3 floor in bench.sh)
// One search is what the Search tab does for a user's text (SearchResultsModel):
// the first 500 hits (SearchIndex::find) and, when there are that many, the
// count up to 10,000, read on the other core on a large file. The figure is
// the time until the hits are listed; `_counted_p95` until their number is
// known too.

#include "BenchSupport.h"
#include "models/SearchResultsModel.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <ctime>
#include <limits>

using namespace vt;

namespace {

// What users type: with and without diacritics, common and rare words.
const char *const kQueries[] = {
    "chuyen doi so",
    "cải cách hành chính",
    "kết nạp đảng viên",
    "phát triển đảng viên",
    "phat trien dang vien",
    "hạn chế",
    "han che",
    "tham nhũng, tiêu cực",
    "sinh hoat chi bo",
    "không gian mạng",
    "khong gian mang",
    "quy chế dân chủ",
    "dan van kheo",
    "công nghệ thông tin",
    "đơn thư khiếu nại",
    "nghi quyet",
    "báo cáo viên",
    "kinh phi han hep",
    "Diễn Châu",
    "nguoi dung dau",
};

// As SearchResultsModel: a page of hits, and the total only when the page is full.
constexpr int kPage = 500;
constexpr int kCountCap = 10000;

QString sqlText(const QString &match)
{
    return QLatin1Char('\'') + QString(match).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// CPU time of this thread in ms: on a shared machine the wall time mostly
// measures the other processes.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void printFloorSql()
{
    QTextStream out(stdout);
    for (const char *query : kQueries) {
        const QString text = QString::fromUtf8(query);
        const QString phrase = sqlText(SearchIndex::phraseExpression(text));
        const QString words = sqlText(SearchIndex::matchExpression(text));
        out << "SELECT rowid FROM search_index WHERE search_index MATCH " << phrase
            << " ORDER BY rowid DESC LIMIT " << kPage << ";"
            << " SELECT rowid FROM search_index WHERE search_index MATCH " << words
            << " ORDER BY rowid DESC LIMIT " << kPage << ";"
            << " SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH "
            << words << " LIMIT " << kCountCap << ");\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--floor-sql"))) {
        printFloorSql();
        return 0;
    }
    const QString path = bench::argument(args, QStringLiteral("--database"));
    const int rounds =
        bench::argument(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt();
    if (path.isEmpty() || rounds < 1) {
        qWarning("usage: bench_search --database FILE [--rounds R] [--verbose] [--count-at-once]"
                 " | --floor-sql");
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    SearchResultsModel model{SearchIndex(db)};
    // The way before the count was read apart, for comparing the two interleaved.
    if (args.contains(QStringLiteral("--count-at-once")))
        model.setCountApartFromBytes(std::numeric_limits<qint64>::max());
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    QList<double> times;   // until the hits are listed (the window held)
    QList<double> counted; // until their number is known too
    QList<double> cpuTimes;
    qint64 hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const char *query : kQueries) {
            const QString text = QString::fromUtf8(query);
            const double cpuStart = threadCpuMs();
            QElapsedTimer clock;
            clock.start();
            model.search(text, kPage);
            times.append(double(clock.nsecsElapsed()) / 1e6);
            cpuTimes.append(threadCpuMs() - cpuStart);
            while (model.isCounting())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            counted.append(double(clock.nsecsElapsed()) / 1e6);
            hits += model.totalCount();
            if (verbose)
                qInfo("%-24s %6d hits %8.1f ms %8.1f ms counted %8.1f ms CPU", query,
                      model.totalCount(), times.last(), counted.last(), cpuTimes.last());
        }
    }
    if (hits == 0)
        qWarning("no query found anything: is the search index built?");
    bench::report("search_findings", bench::percentile(times, 0.95), "ms", 50);
    bench::reportInfo("search_findings_median", bench::median(times), "ms");
    bench::reportInfo("search_findings_counted_p95", bench::percentile(counted, 0.95), "ms");
    bench::reportInfo("search_findings_cpu_p95", bench::percentile(cpuTimes, 0.95), "ms");
    return 0;
}
