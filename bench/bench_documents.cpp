// The conclusion notice of a 50-finding visit rendered to PDF (issue 5's
// budget: under 300 ms), headless:
//   bench_documents [--runs N] [--odt FILE] [--pdf FILE]
// The visit is the Long An sample visit with its findings repeated up to 50
// (limitations, achievements and good models in turn). --odt writes the same
// document as ODT, for comparing with `soffice --headless --convert-to pdf`.

#include "BenchSupport.h"

#include "documents/DocumentRender.h"
#include "documents/MeetingDocuments.h"
#include "services/DemoData.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vt;
using namespace vt::documents;

namespace {

MeetingRecord fiftyFindingRecord(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM visits WHERE ref = 'demo-2023-06-07-long-an'"));
    query.next();
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QString error;
    std::optional<MeetingRecord> record =
        loadMeetingRecord(database, id, DocumentKind::Conclusion, DocumentStyle::Party, &error);
    if (!record)
        qFatal("cannot load the sample visit: %s", qPrintable(error));
    const QList<Finding> sample = record->visit.findings;
    for (int n = 0; record->visit.findings.size() < 50; ++n) {
        Finding finding = sample.at(n % sample.size());
        finding.key = QStringLiteral("bench-%1").arg(n);
        finding.text += QStringLiteral(" (lần %1)").arg(n + 1);
        record->visit.findings.append(finding);
    }
    return *record;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs =
        bench::argument(arguments, QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath(QStringLiteral("bench.sqlite")), &error) ||
        !loadDemoData(database).ok)
        qFatal("cannot prepare the database: %s", qPrintable(error));
    const MeetingRecord record = fiftyFindingRecord(database);
    const QString pdf = bench::argument(arguments, QStringLiteral("--pdf"),
                                        dir.filePath(QStringLiteral("conclusion.pdf")));

    // The first run pays for loading the fonts; it is reported on its own.
    QList<double> compose;
    QList<double> total;
    double first = 0;
    for (int run = 0; run <= runs; ++run) {
        std::unique_ptr<QTextDocument> document;
        const double whole = bench::timeMs([&] {
            compose.append(
                bench::timeMs([&] { document = composeConclusion(record, DocumentStyle::Party); }));
            if (!writeDocument(*document, DocumentStyle::Party, pdf, FileFormat::Pdf, &error))
                qFatal("cannot write the PDF: %s", qPrintable(error));
        });
        if (run == 0)
            first = whole;
        else
            total.append(whole);
    }
    compose.removeFirst();
    bench::reportInfo("pdf_conclusion_50_first", first, "ms");
    bench::reportInfo("pdf_conclusion_50_compose", bench::median(compose), "ms");
    bench::report("pdf_conclusion_50", bench::median(total), "ms", 300);

    const QString odt = bench::argument(arguments, QStringLiteral("--odt"));
    if (!odt.isEmpty()) {
        const auto document = composeConclusion(record, DocumentStyle::Party);
        if (!writeDocument(*document, DocumentStyle::Party, odt, FileFormat::Odt, &error))
            qFatal("cannot write the ODT: %s", qPrintable(error));
    }
    return 0;
}
