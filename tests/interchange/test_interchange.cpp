// The JSON interchange format (INTERFACES.md, section 1): reading with every
// error and its path, the canonical writer, all-or-nothing import with
// idempotent replacement by ref, byte-identical export, and the save service.

#include "InterchangeInputs.h"

#include "services/ImportExport.h"
#include "services/JsonDocumentSplit.h"
#include "services/JsonDocumentStream.h"
#include "services/JsonInterchange.h"
#include "services/ReadAhead.h"
#include "services/SyntheticVisits.h"
#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/VisitRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace vt;

namespace {

// Keeps what is written and counts the writes; refuses bytes beyond `capacity`.
class CountingDevice final : public QIODevice
{
public:
    QByteArray written;
    int writes = 0;
    qint64 capacity = -1;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (capacity >= 0 && written.size() + size > capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        ++writes;
        written.append(data, size);
        return size;
    }
};

} // namespace

namespace {

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << issue.path + QStringLiteral(": ") + issue.message;
    return lines.join(u'\n');
}

// The database file as it is on disk. Closed databases have no -wal file
// after the last connection's checkpoint, but include it should one remain.
QByteArray fileHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

Visit minimalVisit()
{
    Visit v;
    v.title = QStringLiteral("Khảo sát");
    v.date = QDate(2024, 1, 5);
    v.delegation = QStringLiteral("Ban A");
    v.host = QStringLiteral("Đảng ủy B");
    return v;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newDatabasePath()
    {
        return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
    }

    void open(Database &db, const QString &path)
    {
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }

    // A new database file holding the fixture's three visits, closed.
    void fixtureDatabase(QString *file)
    {
        *file = newDatabasePath();
        Database db;
        open(db, *file);
        QVERIFY(importInterchange(db, fixture()).ok);
    }

    // Imports `json` into a database holding the fixture's three visits: the
    // import must fail, keep those three, add none ("new-1" and "late-0" are
    // the first refs of the bad documents) and leave the file's bytes as they were.
    void importIntoFixtureFails(const QByteArray &json, ImportResult *result)
    {
        QString file;
        fixtureDatabase(&file);
        const QByteArray before = fileHash(file);
        {
            Database db;
            open(db, file);
            *result = importInterchange(db, json);
            QVERIFY(!result->ok);
            QCOMPARE(VisitRepository(db).count(), 3);
            QCOMPARE(VisitRepository(db).idForRef(QStringLiteral("new-1")), 0);
            QCOMPARE(VisitRepository(db).idForRef(QStringLiteral("late-0")), 0);
        }
        QCOMPARE(fileHash(file), before);
    }

private slots:
    // --- reading and writing, no database --------------------------------

    void fixtureIsCanonical()
    {
        const ParsedDocument doc = readInterchange(fixture());
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        QCOMPARE(doc.visits.size(), 3);
        QCOMPARE(writeInterchange(doc.visits), fixture());
    }

    void readerAppliesDefaults()
    {
        QJsonObject visit = goodVisit();
        visit.insert(QStringLiteral("attendees"), parsed(R"([{"name": "A", "side": "host"}])"));
        visit.insert(QStringLiteral("recommendations"), parsed(R"([{"text": "Làm ngay"}])"));
        const ParsedDocument doc = readInterchange(document(visit));
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        const Visit &v = doc.visits.at(0);
        QCOMPARE(v.kind, VisitKind::Working);
        QCOMPARE(v.status, VisitStatus::Held);
        QCOMPARE(v.attendees.at(0).role, AttendeeRole::Participant);
        QCOMPARE(v.attendees.at(0).present, true);
        QCOMPARE(v.recommendations.at(0).status, RecommendationStatus::Open);
        QCOMPARE(v.id, 0);
    }

    void readerKeepsExtensions()
    {
        const ParsedDocument doc = readInterchange(fixture());
        QVERIFY(doc.ok());
        const Visit &v = doc.visits.at(0);
        QCOMPARE(
            v.extensions.value(QStringLiteral("x-source")).toObject().value(QStringLiteral("url")),
            QStringLiteral("https://example.org/tin-tuc/long-an-2023-06-07"));
        QCOMPARE(v.attendees.at(0).extensions.value(QStringLiteral("x-seat")).toInt(), 1);
        QCOMPARE(
            v.recommendations.at(0).updates.at(1).extensions.value(QStringLiteral("x-verified")),
            true);
        QCOMPARE(v.recommendations.at(0).updates.at(0).evidence,
                 QStringLiteral("Công văn số 125-CV/TCT"));
    }

    void readerIgnoresDocumentExtensions()
    {
        const QByteArray json =
            R"({"format": "visit-tracker", "version": 1, "x-generator": "script",
                                    "visits": []})";
        const ParsedDocument doc = readInterchange(json);
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        QVERIFY(doc.visits.isEmpty());
    }

    void readerNormalisesToNfc()
    {
        QJsonObject visit = goodVisit();
        const QString nfcKey = QStringLiteral("hạn-chế-1");
        const QString nfdKey = nfcKey.normalized(QString::NormalizationForm_D);
        QVERIFY(nfcKey != nfdKey);
        visit.insert(QStringLiteral("host"),
                     QStringLiteral("Tỉnh ủy Đồng Tháp").normalized(QString::NormalizationForm_D));
        visit.insert(
            QStringLiteral("findings"),
            QJsonArray{QJsonObject{{QStringLiteral("key"), nfdKey},
                                   {QStringLiteral("category"), QStringLiteral("limitation")},
                                   {QStringLiteral("text"), QStringLiteral("Chậm")}}});
        // The reference is typed in NFC, the key in NFD: they are the same key.
        visit.insert(QStringLiteral("recommendations"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Sửa")},
                                            {QStringLiteral("addresses"), QJsonArray{nfcKey}}}});
        const ParsedDocument doc = readInterchange(document(visit));
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        QCOMPARE(doc.visits.at(0).host, QStringLiteral("Tỉnh ủy Đồng Tháp"));
        QCOMPARE(doc.visits.at(0).findings.at(0).key, nfcKey);
    }

    void readerCollectsEveryError()
    {
        QJsonObject visit = with(goodVisit(), "colour", QStringLiteral("red"));
        visit = with(visit, "date", QStringLiteral("2023-02-30"));
        visit = without(visit, "title");
        visit = with(visit, "figures", parsed(R"([{"label": "A", "value": "1"}])"));
        const ParsedDocument doc =
            readInterchange(document(QJsonArray{visit, without(goodVisit("b"), "host")}));
        const QString all = describe(doc.errors);
        QCOMPARE(doc.errors.size(), 5);
        QVERIFY2(all.contains(QStringLiteral("visits[0].colour: unknown field")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("visits[0].date: impossible date \"2023-02-30\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("visits[0].title: is required")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("visits[0].figures[0].value: expected a number")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("visits[1].host: is required")), qPrintable(all));
    }

    void readerReportsBadInput_data() { addBadInputRows(); }

    void readerReportsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ParsedDocument doc = readInterchange(json);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.errors.contains(ValidationIssue{path, message}),
                 qPrintable(describe(doc.errors)));
    }

    void readerCutsTheDocumentAsQtParsesIt_data() { addCuttingRows(); }

    // The cut document (JsonDocumentSplit) holds what QJsonDocument reads
    // from the whole text; where it cannot cut, the reader reports Qt's own
    // message for the whole document.
    void readerCutsTheDocumentAsQtParsesIt()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, wellFormed);
        QJsonParseError error;
        const QJsonDocument whole = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error == QJsonParseError::NoError, wellFormed);
        const std::optional<json::DocumentPieces> pieces = json::splitDocument(json);
        if (!wellFormed) {
            // A malformed visit shows only when it is read; then Qt's message
            // for the whole document replaces whatever was found before.
            InterchangeReader reader(json);
            while (reader.next()) {
            }
            QVERIFY(!reader.mustReadWhole());
            QCOMPARE(reader.errors().size(), 1);
            QCOMPARE(reader.errors().first().path, QStringLiteral("(document)"));
            QVERIFY2(reader.errors().first().message.startsWith(QStringLiteral("not valid JSON: ") +
                                                                error.errorString()),
                     qPrintable(reader.errors().first().message));
            return;
        }
        QVERIFY(pieces);
        QJsonObject envelope = whole.object();
        const QJsonValue visits = envelope.value(QStringLiteral("visits"));
        if (visits.isArray()) {
            QJsonArray cut;
            for (const QByteArrayView element : pieces->visits)
                cut.append(json::parseElement(element).value_or(QJsonValue::Undefined));
            QCOMPARE(cut, visits.toArray());
            envelope.insert(QStringLiteral("visits"), QJsonArray());
        }
        QCOMPARE(pieces->envelope, envelope);
        // Visit by visit, the reader reads what the whole document holds.
        InterchangeReader byVisit(json);
        InterchangeReader wholeReader(json, InterchangeReader::Mode::WholeDocument);
        QCOMPARE(byVisit.visitCount(), wholeReader.visitCount());
        for (qsizetype i = 0; i < byVisit.visitCount(); ++i) {
            const std::optional<Visit> piece = byVisit.next();
            const std::optional<Visit> fromWhole = wholeReader.next();
            QVERIFY(piece && fromWhole);
            QCOMPARE(byVisit.lastIndex(), i);
            QCOMPARE(piece->title, fromWhole->title);
        }
        QVERIFY(!byVisit.next() && !wholeReader.next());
        QVERIFY(!byVisit.mustReadWhole());
        QCOMPARE(byVisit.errors(), wholeReader.errors());
        QCOMPARE(readInterchange(json).errors, wholeReader.errors());
    }

    void writerEscapesText()
    {
        Visit v = minimalVisit();
        v.title = QStringLiteral("a\"b\\c\nd\te") + QChar(0x01) + QStringLiteral("/Đảng");
        const QByteArray json = writeInterchange({v});
        const QByteArray escaped =
            QByteArray(R"("title": "a\"b\\c\nd\te\u0001/)") + QStringLiteral("Đảng\"").toUtf8();
        QVERIFY2(json.contains(escaped), json.constData());
        const ParsedDocument doc = readInterchange(json);
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        QCOMPARE(doc.visits.at(0).title, v.title);
    }

    void writerWritesShortestNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("whole") << 51349.0 << QByteArray("51349");
        QTest::newRow("round") << 100000.0 << QByteArray("100000");
        QTest::newRow("percent") << 99.2 << QByteArray("99.2");
        QTest::newRow("negative") << -0.125 << QByteArray("-0.125");
        QTest::newRow("binary noise") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("tiny") << 2.5e-7 << QByteArray("2.5e-07");
        QTest::newRow("huge") << 1e21 << QByteArray("1e+21");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    }

    void writerWritesShortestNumbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        Visit v = minimalVisit();
        v.figures.append(ReportFigure{QStringLiteral("Số"), value, {}, {}, {}});
        const QByteArray json = writeInterchange({v});
        QVERIFY2(json.contains(QByteArray("\"value\": " + text + '\n')), json.constData());
        const ParsedDocument doc = readInterchange(json);
        QVERIFY2(doc.ok(), qPrintable(describe(doc.errors)));
        QCOMPARE(doc.visits.at(0).figures.at(0).value, value);
    }

    void writerOmitsWhatHasNoValue()
    {
        const QByteArray expected = "{\n"
                                    "  \"format\": \"visit-tracker\",\n"
                                    "  \"version\": 1,\n"
                                    "  \"visits\": [\n"
                                    "    {\n"
                                    "      \"title\": \"Khảo sát\",\n"
                                    "      \"kind\": \"working\",\n"
                                    "      \"status\": \"held\",\n"
                                    "      \"date\": \"2024-01-05\",\n"
                                    "      \"delegation\": \"Ban A\",\n"
                                    "      \"host\": \"Đảng ủy B\"\n"
                                    "    }\n"
                                    "  ]\n"
                                    "}\n";
        QCOMPARE(writeInterchange({minimalVisit()}), expected);
        QCOMPARE(
            writeInterchange({}),
            QByteArray(
                "{\n  \"format\": \"visit-tracker\",\n  \"version\": 1,\n  \"visits\": []\n}\n"));
        QVERIFY(readInterchange(writeInterchange({})).ok());
    }

    // --- import, export and saving, with a database -----------------------

    void exportAfterImportIsByteIdentical()
    {
        Database db;
        open(db, newDatabasePath());
        const ImportResult result = importInterchange(db, fixture());
        QVERIFY2(result.ok, qPrintable(describe(result.errors) + result.error));
        QCOMPARE(result.added, 3);
        QCOMPARE(result.replaced, 0);
        QString error;
        const std::optional<QByteArray> exported = exportInterchange(db, &error);
        QVERIFY2(exported, qPrintable(error));
        QCOMPARE(*exported, fixture());
    }

    // An export at national scale is written a megabyte at a time and never
    // held whole: the pieces joined are the document writeInterchange gives.
    void exportIsWrittenInPiecesThatJoinUp()
    {
        Database db;
        open(db, newDatabasePath());
        QVERIFY(generateVisits(db, 150, 11).ok); // about 2.5 MB of JSON
        QList<Visit> visits;
        const VisitRepository repository(db);
        for (const qint64 id : repository.allIds()) {
            QString error;
            std::optional<Visit> visit = repository.load(id, &error);
            QVERIFY2(visit, qPrintable(error));
            visits.append(std::move(*visit));
        }
        const QByteArray whole = writeInterchange(visits);
        QVERIFY(whole.size() > 2 * (1 << 20));

        CountingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(exportInterchange(db, device, &error), qPrintable(error));
        QVERIFY2(device.writes >= 3, qPrintable(QString::number(device.writes)));
        QCOMPARE(device.written, whole);

        // A device that stops taking bytes (a full disk) fails the export with its reason.
        CountingDevice full;
        full.capacity = 1 << 20;
        QVERIFY(full.open(QIODevice::WriteOnly));
        QVERIFY(!exportInterchange(db, full, &error));
        QCOMPARE(error, QStringLiteral("No space left on device"));
    }

    void secondImportReplaces()
    {
        Database db;
        open(db, newDatabasePath());
        QVERIFY(importInterchange(db, fixture()).ok);
        const ImportResult again = importInterchange(db, fixture());
        QVERIFY2(again.ok, qPrintable(describe(again.errors) + again.error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.replaced, 3);
        QCOMPARE(VisitRepository(db).count(), 3);
        QString error;
        QCOMPARE(exportInterchange(db, &error).value_or(QByteArray()), fixture());
    }

    // Visits the document holds exactly as stored are left alone: the same
    // record ids, the same time of last change, nothing in the history. A
    // visit that differs is replaced and its changes logged.
    void unchangedVisitsAreLeftAlone()
    {
        Database db;
        open(db, newDatabasePath());
        QVERIFY(importInterchange(db, fixture()).ok);
        const auto rows = [&](const QString &sql) {
            QSqlQuery query(db.connection());
            QStringList found;
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            while (query.next())
                found.append(query.value(0).toString() + QLatin1Char('|') +
                             query.value(1).toString());
            return found;
        };
        const QString stamps = QStringLiteral("SELECT ref, updated_at FROM visits ORDER BY ref");
        const QString findings = QStringLiteral("SELECT id, visit_id FROM findings ORDER BY id");
        const QString history = QStringLiteral("SELECT id, record FROM change_log ORDER BY id");
        const QStringList stampsBefore = rows(stamps);
        const QStringList findingsBefore = rows(findings);
        const QStringList historyBefore = rows(history);
        QVERIFY(!findingsBefore.isEmpty());

        const ImportResult again = importInterchange(db, fixture());
        QVERIFY2(again.ok, qPrintable(describe(again.errors) + again.error));
        QCOMPARE(again.replaced, 3);
        QCOMPARE(rows(stamps), stampsBefore);
        QCOMPARE(rows(findings), findingsBefore);
        QCOMPARE(rows(history), historyBefore);

        // One visit edited in the document: it alone is rewritten and logged.
        QJsonObject root = QJsonDocument::fromJson(fixture()).object();
        QJsonArray visits = root.value(QStringLiteral("visits")).toArray();
        QJsonObject first = visits.at(0).toObject();
        first.insert(QStringLiteral("summary"), QStringLiteral("Tóm tắt đã sửa"));
        visits.replace(0, first);
        root.insert(QStringLiteral("visits"), visits);
        const ImportResult edited = importInterchange(db, QJsonDocument(root).toJson());
        QVERIFY2(edited.ok, qPrintable(describe(edited.errors) + edited.error));
        const QStringList logged = rows(history).mid(historyBefore.size());
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.constFirst().endsWith(QStringLiteral("|visit")),
                 qPrintable(logged.join(QLatin1Char(','))));
        const QStringList stampsAfter = rows(stamps);
        QCOMPARE(stampsAfter.size(), 3);
        int changedStamps = 0;
        for (qsizetype i = 0; i < stampsAfter.size(); ++i)
            changedStamps += stampsAfter.at(i) != stampsBefore.at(i);
        QCOMPARE(changedStamps, 1);
    }

    void importStoresNfc()
    {
        Database db;
        open(db, newDatabasePath());
        const QString title = QStringLiteral("Làm việc với Tỉnh ủy Đồng Tháp");
        const QJsonObject visit =
            with(goodVisit(), "title", title.normalized(QString::NormalizationForm_D));
        QVERIFY(importInterchange(db, document(visit)).ok);
        const VisitRepository repository(db);
        QString error;
        const std::optional<Visit> stored =
            repository.load(repository.idForRef(QStringLiteral("new-1")), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->title, title);
    }

    // The control for the test below: the file hash does see a write made
    // by a second session, so "unchanged" there means something.
    void fileHashSeesAnImport()
    {
        QString file;
        fixtureDatabase(&file);
        const QByteArray before = fileHash(file);
        {
            Database db;
            open(db, file);
            QVERIFY(importInterchange(db, document(goodVisit())).ok);
        }
        QVERIFY(fileHash(file) != before);
    }

    void importOfBadInputWritesNothing_data() { readerReportsBadInput_data(); }

    void importOfBadInputWritesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ImportResult result;
        importIntoFixtureFails(json, &result);
        QVERIFY2(result.errors.contains(ValidationIssue{path, message}),
                 qPrintable(describe(result.errors)));
    }

    // Visits are written as they are read: a problem near the end, or a
    // document that stops being JSON, still leaves the file as it was, and
    // every problem of the document is reported.
    void importWithALateProblemWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("problems");
        QJsonArray visits;
        for (int i = 0; i < 60; ++i)
            visits.append(goodVisit(QByteArray("late-" + QByteArray::number(i)).constData()));
        QJsonArray lateErrors = visits;
        lateErrors.append(without(goodVisit("bad-1"), "host"));
        lateErrors.append(without(goodVisit("bad-2"), "title"));
        QTest::newRow("two bad visits at the end") << document(lateErrors) << 2;
        QByteArray notJson = document(visits);
        notJson.insert(notJson.lastIndexOf("\"title\""), "{");
        QTest::newRow("malformed last visit") << notJson << 1;
    }

    void importWithALateProblemWritesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, problems);
        ImportResult result;
        importIntoFixtureFails(json, &result);
        QCOMPARE(result.errors.size(), problems);
    }

    // The streamed document (JsonDocumentStream) cuts what the splitter cuts,
    // whichever way its pieces fall; a document unlike ours is left to the
    // whole readers (Unusual), never cut differently.
    void streamCutsAsTheSplitterDoes_data() { addCuttingRows(); }

    void streamCutsAsTheSplitterDoes()
    {
        QFETCH(QByteArray, json);
        for (const qsizetype pieceBytes : {1, 2, 5, 64, 1 << 20}) {
            QBuffer device;
            device.setData(json);
            QVERIFY(device.open(QIODevice::ReadOnly));
            json::DocumentStream stream(device, pieceBytes);
            QList<QByteArray> elements;
            if (stream.start()) {
                while (std::optional<QByteArray> element = stream.next())
                    elements.append(*element);
            }
            const QByteArray tag = QTest::currentDataTag();
            if (tag == "repeated key" || tag == "visits not an array") {
                QCOMPARE(stream.state(), json::DocumentStream::State::Unusual);
                continue;
            }
            const std::optional<json::DocumentPieces> pieces = json::splitDocument(json);
            if (!pieces) {
                // Malformed around the visits: left to the whole readers, by
                // the stream or, when the stream cut it (it reads elements in
                // order, the splitter first finds the array's end), by the
                // reader, for which an element is no JSON.
                const bool elementNotJson =
                    std::any_of(elements.cbegin(), elements.cend(), [](const QByteArray &e) {
                        return !json::parseElement(e).has_value();
                    });
                QVERIFY(stream.state() == json::DocumentStream::State::Unusual || elementNotJson);
                continue;
            }
            // Malformed inside a visit: cut all the same, as the splitter does.
            QCOMPARE(stream.state(), json::DocumentStream::State::Ended);
            QCOMPARE(stream.position(), json.size());
            QCOMPARE(stream.envelope(), pieces->envelope);
            QCOMPARE(elements.size(), pieces->visits.size());
            for (qsizetype i = 0; i < elements.size(); ++i)
                QCOMPARE(elements.at(i), pieces->visits.at(i).toByteArray());
        }
    }

    // Only a piece or so is held, however long the document.
    void streamHoldsAPieceNotTheDocument()
    {
        QJsonArray visits;
        for (int i = 0; i < 300; ++i)
            visits.append(goodVisit(QByteArray("held-" + QByteArray::number(i)).constData()));
        const QByteArray json = document(visits);
        constexpr qsizetype kPiece = 1024;
        QBuffer device;
        device.setData(json);
        QVERIFY(device.open(QIODevice::ReadOnly));
        json::DocumentStream stream(device, kPiece);
        QVERIFY(stream.start());
        qsizetype largest = 0;
        qsizetype mostHeld = stream.held();
        int count = 0;
        while (std::optional<QByteArray> element = stream.next()) {
            largest = qMax(largest, element->size());
            mostHeld = qMax(mostHeld, stream.held());
            ++count;
        }
        QCOMPARE(count, 300);
        QCOMPARE(stream.state(), json::DocumentStream::State::Ended);
        QVERIFY2(json.size() > 50 * kPiece, qPrintable(QString::number(json.size())));
        QVERIFY2(mostHeld <= 2 * (kPiece + largest),
                 qPrintable(QStringLiteral("%1 bytes held").arg(mostHeld)));
    }

    // Streamed, then read whole where the stream gives up: the same visits
    // and the same problems as the document read whole.
    void streamedReaderReadsWhatTheWholeReaderReads_data()
    {
        addCuttingRows();
        QTest::newRow("visits first")
            << QByteArray(
                   R"({"visits": [{"title": "t"}], "format": "visit-tracker", "version": 1})")
            << true;
        QTest::newRow("wrong format, well-formed")
            << QByteArray(R"({"format": "other", "version": 1, "visits": [{"x": 1}]})") << true;
        QTest::newRow("wrong format, malformed later")
            << QByteArray(R"({"format": "other", "version": 1, "visits": [{"x": 1}, ]})") << false;
        QTest::newRow("fixture") << fixture() << true;
    }

    void streamedReaderReadsWhatTheWholeReaderReads()
    {
        QFETCH(QByteArray, json);
        const ParsedDocument whole = readInterchange(json);
        QBuffer device;
        device.setData(json);
        QVERIFY(device.open(QIODevice::ReadOnly));
        InterchangeReader reader(device);
        QList<Visit> visits;
        while (std::optional<Visit> visit = reader.next())
            visits.append(std::move(*visit));
        if (reader.mustReadWhole())
            return; // the import reads it whole: readInterchange above
        QCOMPARE(reader.errors(), whole.errors);
        QCOMPARE(visits.size(), whole.visits.size());
        for (qsizetype i = 0; i < visits.size(); ++i)
            QCOMPARE(visits.at(i).title, whole.visits.at(i).title);
        QCOMPARE(reader.position(), json.size());
    }

    // From a file, a piece at a time: stored exactly as from the bytes.
    void importFromAFileStoresWhatTheBytesStore()
    {
        const QByteArray json = fixture();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("visits.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        Database fromFile;
        open(fromFile, newDatabasePath());
        const ImportResult streamed = importInterchange(fromFile, file, file.fileName());
        QVERIFY2(streamed.ok, qPrintable(streamed.error + describe(streamed.errors)));
        Database fromBytes;
        open(fromBytes, newDatabasePath());
        QVERIFY(importInterchange(fromBytes, json).ok);
        QString error;
        QCOMPARE(exportInterchange(fromFile, &error), exportInterchange(fromBytes, &error));

        // Shaped unlike ours (the visits first): read again, whole.
        QJsonObject reordered = QJsonDocument::fromJson(json).object();
        const QByteArray visitsText =
            QJsonDocument(reordered.take(QStringLiteral("visits")).toArray()).toJson();
        QBuffer unusual;
        unusual.setData("{\"visits\": " + visitsText +
                        ", \"format\": \"visit-tracker\", \"version\": 1}");
        QVERIFY(unusual.open(QIODevice::ReadOnly));
        Database fromUnusual;
        open(fromUnusual, newDatabasePath());
        const ImportResult whole = importInterchange(fromUnusual, unusual);
        QVERIFY2(whole.ok, qPrintable(whole.error + describe(whole.errors)));
        QCOMPARE(exportInterchange(fromUnusual, &error), exportInterchange(fromBytes, &error));
    }

    // A device that fails halfway: the user is told, nothing is kept.
    void importReportsAReadError()
    {
        class FailingDevice : public QIODevice
        {
        public:
            explicit FailingDevice(QByteArray bytes) : m_bytes(std::move(bytes)) {}
            qint64 size() const override { return m_bytes.size(); }

        protected:
            qint64 readData(char *data, qint64 most) override
            {
                if (m_at >= m_bytes.size() / 2) {
                    setErrorString(QStringLiteral("disk on fire"));
                    return -1;
                }
                const qint64 n = qMin(most, m_bytes.size() / 2 - m_at);
                memcpy(data, m_bytes.constData() + m_at, n);
                m_at += n;
                return n;
            }
            qint64 writeData(const char *, qint64) override { return -1; }

        private:
            QByteArray m_bytes;
            qint64 m_at = 0;
        };
        QJsonArray visits;
        for (int i = 0; i < 200; ++i)
            visits.append(goodVisit(QByteArray("fail-" + QByteArray::number(i)).constData()));
        FailingDevice device(document(visits));
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        Database db;
        open(db, newDatabasePath());
        const ImportResult result = importInterchange(db, device);
        QVERIFY(!result.ok);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("(document)"));
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("disk on fire")),
                 qPrintable(result.errors.first().message));
        QCOMPARE(VisitRepository(db).count(), 0);
    }

    void importReportsProgressAndCanBeCancelled()
    {
        Database db;
        open(db, newDatabasePath());
        QList<qsizetype> seen;
        QList<qint64> read;
        const QByteArray json = fixture();
        const ImportResult done = importInterchange(
            db, json, {}, [&](qsizetype written, qint64 readBytes, qint64 documentBytes) {
                seen.append(written);
                read.append(readBytes);
                return documentBytes == json.size();
            });
        QVERIFY(done.ok);
        // After each visit, then once more before the commit, with all read.
        QCOMPARE(seen, (QList<qsizetype>{1, 2, 3, 3}));
        QCOMPARE(read.size(), 4);
        QVERIFY(read.at(0) > 0);
        QVERIFY(std::is_sorted(read.cbegin(), read.cend()));
        QVERIFY(read.at(2) < json.size()); // the document's end is not a visit's
        QCOMPARE(read.at(3), json.size());

        QJsonArray visits;
        for (int i = 0; i < 5; ++i)
            visits.append(goodVisit(QByteArray("cancel-" + QByteArray::number(i)).constData()));
        const ImportResult cancelled =
            importInterchange(db, document(visits), {},
                              [](qsizetype written, qint64, qint64) { return written < 2; });
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.errors.isEmpty() && cancelled.error.isEmpty());
        QCOMPARE(VisitRepository(db).count(), 3);
        QCOMPARE(VisitRepository(db).idForRef(QStringLiteral("cancel-0")), 0);
    }

    // The queue between the reading and the writing thread: every item, in
    // order, whichever side is faster; stopping releases a waiting producer.
    void readAheadHandsOverEveryItemInOrder_data()
    {
        QTest::addColumn<std::size_t>("capacity");
        QTest::addColumn<bool>("slowConsumer");
        QTest::newRow("one slot, slow consumer") << std::size_t(1) << true;
        QTest::newRow("sixteen slots, slow consumer") << std::size_t(16) << true;
        QTest::newRow("sixteen slots, slow producer") << std::size_t(16) << false;
        QTest::newRow("odd capacity") << std::size_t(5) << true;
    }

    void readAheadHandsOverEveryItemInOrder()
    {
        QFETCH(std::size_t, capacity);
        QFETCH(bool, slowConsumer);
        constexpr int kItems = 2000;
        const auto pause = [](int i) {
            if (i % 97 == 0)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
        };
        ReadAhead<int> ahead(capacity, [&](const ReadAhead<int>::Put &put) {
            for (int i = 0; i < kItems; ++i) {
                if (!slowConsumer)
                    pause(i);
                if (!put(int(i)))
                    return;
            }
        });
        QList<int> taken;
        while (std::optional<int> item = ahead.take()) {
            if (slowConsumer)
                pause(*item);
            taken.append(*item);
        }
        QCOMPARE(taken.size(), kItems);
        for (int i = 0; i < kItems; ++i)
            QCOMPARE(taken.at(i), i);
    }

    void readAheadStopReleasesAWaitingProducer()
    {
        std::atomic<int> made = 0;
        std::atomic<bool> refused = false;
        {
            ReadAhead<int> ahead(4, [&](const ReadAhead<int>::Put &put) {
                for (int i = 0; i < 1000; ++i) {
                    if (!put(int(i))) {
                        refused = true;
                        return;
                    }
                    ++made;
                }
            });
            QCOMPARE(ahead.take(), std::optional<int>(0));
            QTRY_VERIFY(made >= 4); // the queue is full again: the producer waits
            ahead.stop();           // returns only once the producer has
            QVERIFY(refused);
            QVERIFY(made < 1000);
        }
    }

    void readAheadDestroysGivenBackItemsOnTheProducersThread()
    {
        // An item that notes the thread it dies on (moved-from ones note nothing).
        struct Noted
        {
            std::shared_ptr<QList<std::thread::id>> deaths;
            Noted(std::shared_ptr<QList<std::thread::id>> d) : deaths(std::move(d)) {}
            Noted(Noted &&other) noexcept = default;
            Noted &operator=(Noted &&other) noexcept = default;
            ~Noted()
            {
                if (deaths)
                    deaths->append(std::this_thread::get_id()); // under ReadAhead's order
            }
        };
        constexpr int kItems = 200;
        std::thread::id producerThread;
        // Each item has its own list: the threads never share one.
        QList<std::shared_ptr<QList<std::thread::id>>> lists;
        for (int i = 0; i < kItems; ++i)
            lists.append(std::make_shared<QList<std::thread::id>>());
        {
            ReadAhead<Noted> ahead(8, [&](const ReadAhead<Noted>::Put &put) {
                producerThread = std::this_thread::get_id();
                for (int i = 0; i < kItems; ++i) {
                    if (!put(Noted(lists.at(i))))
                        return;
                }
            });
            while (std::optional<Noted> item = ahead.take())
                ahead.giveBack(std::move(*item));
        }
        int onProducer = 0;
        for (const auto &deaths : lists) {
            QCOMPARE(deaths->size(), 1); // destroyed exactly once
            if (deaths->first() == producerThread)
                ++onProducer;
        }
        // Those given back after the producer returned die on the consumer's:
        // at most a queue's worth and the one in the consumer's hands.
        QVERIFY2(onProducer >= kItems - 9, qPrintable(QString::number(onProducer)));
    }

    void serviceRejectsInvalidVisit()
    {
        Database db;
        open(db, newDatabasePath());
        VisitService service(db);
        Visit v = minimalVisit();
        v.title.clear();
        v.endDate = v.date.addDays(-1);
        const SaveResult result = service.save(v);
        QVERIFY(!result.ok);
        QVERIFY(result.issues.contains(
            ValidationIssue{QStringLiteral("title"), QStringLiteral("is required")}));
        QVERIFY(result.issues.contains(ValidationIssue{
            QStringLiteral("end_date"), QStringLiteral("is before the date of the visit")}));
        QCOMPARE(v.id, 0);
        QCOMPARE(VisitRepository(db).count(), 0);
    }

    void serviceStoresValidVisit()
    {
        Database db;
        open(db, newDatabasePath());
        VisitService service(db);
        Visit v = readInterchange(fixture()).visits.at(0);
        v.host = v.host.normalized(QString::NormalizationForm_D);
        const SaveResult result = service.save(v);
        QVERIFY2(result.ok, qPrintable(describe(result.issues) + result.error));
        QVERIFY(v.id > 0);
        QCOMPARE(v.host, QStringLiteral("Tỉnh ủy Long An"));
        QString error;
        const std::optional<Visit> stored = service.load(v.id, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(*stored, v);

        v.title = QStringLiteral("Tiêu đề mới");
        QVERIFY(service.save(v).ok);
        QCOMPARE(VisitRepository(db).count(), 1);
        QCOMPARE(service.load(v.id, &error)->title, v.title);

        QVERIFY2(service.remove(v.id, &error), qPrintable(error));
        QCOMPARE(VisitRepository(db).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "test_interchange.moc"
