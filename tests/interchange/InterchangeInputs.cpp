#include "InterchangeInputs.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

QByteArray fixture()
{
    QFile file(QStringLiteral(VT_TEST_DATA_DIR "/interchange/rich-visits.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the interchange fixture");
    return file.readAll();
}

QJsonValue parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

// A valid visit to start from; each bad input changes one thing.
QJsonObject goodVisit(const char *ref)
{
    return QJsonObject{{QStringLiteral("ref"), QString::fromLatin1(ref)},
                       {QStringLiteral("title"), QStringLiteral("Làm việc với Huyện ủy")},
                       {QStringLiteral("date"), QStringLiteral("2023-06-07")},
                       {QStringLiteral("delegation"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy")},
                       {QStringLiteral("host"), QStringLiteral("Huyện ủy Đức Hòa")}};
}

QJsonObject with(QJsonObject visit, const char *field, const QJsonValue &value)
{
    visit.insert(QLatin1StringView(field), value);
    return visit;
}

QJsonObject without(QJsonObject visit, const char *field)
{
    visit.remove(QLatin1StringView(field));
    return visit;
}

QByteArray document(const QJsonArray &visits)
{
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("visit-tracker")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("visits"), visits}};
    return QJsonDocument(doc).toJson();
}

QByteArray document(const QJsonObject &visit)
{
    return document(QJsonArray{visit});
}

void addBadInputRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QJsonObject good = goodVisit();
    const QByteArray unterminated = R"({"format": "visit-tracker", "version": 1, "visits": [)";
    QTest::newRow("malformed JSON")
        << unterminated << QStringLiteral("(document)")
        << QStringLiteral(
               "not valid JSON: unterminated array at line 1, column 54 (byte offset 53)");
    // Columns count characters, not bytes: "Đảng" is 4 characters, 7 bytes.
    QTest::newRow("malformed JSON, later line")
        << QByteArray("{\n  \"format\": \"visit-tracker\",\n  \"title\": "
                      "\"\xc4\x90\xe1\xba\xa3ng\" x\n}\n")
        << QStringLiteral("(document)")
        << QStringLiteral(
               "not valid JSON: unterminated object at line 3, column 20 (byte offset 53)");
    QTest::newRow("not an object")
        << QByteArray("[]") << QStringLiteral("(document)") << QStringLiteral("expected an object");
    QTest::newRow("wrong format") << QByteArray(
                                         R"({"format": "other", "version": 1, "visits": []})")
                                  << QStringLiteral("format")
                                  << QStringLiteral("expected \"visit-tracker\", found \"other\"");
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "visit-tracker", "version": 2, "visits": []})")
        << QStringLiteral("version")
        << QStringLiteral("unsupported version 2, this program reads version 1");
    QTest::newRow("visits not a list")
        << QByteArray(R"({"format": "visit-tracker", "version": 1, "visits": {}})")
        << QStringLiteral("visits") << QStringLiteral("expected an array");
    QTest::newRow("unknown top-level field")
        << QByteArray(R"({"format": "visit-tracker", "version": 1, "visits": [], "more": 1})")
        << QStringLiteral("more") << QStringLiteral("unknown field");
    QTest::newRow("visit not an object")
        << document(QJsonArray{QStringLiteral("visit")}) << QStringLiteral("visits[0]")
        << QStringLiteral("expected an object");
    QTest::newRow("unknown field")
        << document(with(good, "colour", QStringLiteral("red")))
        << QStringLiteral("visits[0].colour") << QStringLiteral("unknown field");
    // Paths of elements are made only for a problem: two levels down too.
    QTest::newRow("unknown field of an attendee")
        << document(with(good, "attendees", parsed(R"([{"name": "A", "side": "host"},
                   {"name": "B", "side": "host", "colour": "red"}])")))
        << QStringLiteral("visits[0].attendees[1].colour") << QStringLiteral("unknown field");
    QTest::newRow("unknown field of an update")
        << document(with(good, "recommendations",
                         parsed(R"([{"text": "R"}, {"text": "S", "updates": [{"date": "2023-07-01"},
                   {"date": "2023-08-01", "colour": "red"}]}])")))
        << QStringLiteral("visits[0].recommendations[1].updates[1].colour")
        << QStringLiteral("unknown field");
    QTest::newRow("update without a date")
        << document(with(good, "recommendations",
                         parsed(R"([{"text": "R", "updates": [{"note": "n"}]}])")))
        << QStringLiteral("visits[0].recommendations[0].updates[0].date")
        << QStringLiteral("is required");
    QTest::newRow("unknown enum value")
        << document(with(good, "attendees", parsed(R"([{"name": "A", "side": "host"},
                   {"name": "B", "side": "host"}, {"name": "C", "side": "host", "role": "boss"}])")))
        << QStringLiteral("visits[0].attendees[2].role")
        << QStringLiteral("unknown value \"boss\"");
    QTest::newRow("missing required field")
        << document(without(good, "host")) << QStringLiteral("visits[0].host")
        << QStringLiteral("is required");
    QTest::newRow("missing required enum")
        << document(with(good, "attendees", parsed(R"([{"name": "A"}])")))
        << QStringLiteral("visits[0].attendees[0].side") << QStringLiteral("is required");
    QTest::newRow("impossible date")
        << document(with(good, "date", QStringLiteral("2023-02-30")))
        << QStringLiteral("visits[0].date") << QStringLiteral("impossible date \"2023-02-30\"");
    QTest::newRow("date in another form")
        << document(with(good, "date", QStringLiteral("7/6/2023")))
        << QStringLiteral("visits[0].date")
        << QStringLiteral("expected a date as YYYY-MM-DD, found \"7/6/2023\"");
    QTest::newRow("wrong type") << document(
                                       with(good, "figures", parsed(R"([{"label": "A", "value": 1},
                                                          {"label": "B", "value": "51.349"}])")))
                                << QStringLiteral("visits[0].figures[1].value")
                                << QStringLiteral("expected a number");
    QTest::newRow("wrong type for a flag")
        << document(with(good, "attendees",
                         parsed(R"([{"name": "A", "side": "host", "present": "yes"}])")))
        << QStringLiteral("visits[0].attendees[0].present")
        << QStringLiteral("expected true or false");
    QTest::newRow("title too long")
        << document(with(good, "title", QString(501, u'a'))) << QStringLiteral("visits[0].title")
        << QStringLiteral("is too long (501 characters, at most 500)");
    const char *progress101 =
        R"([{"text": "R", "updates": [{"date": "2023-07-01", "progress": 101}]}])";
    QTest::newRow("progress 101") << document(with(good, "recommendations", parsed(progress101)))
                                  << QStringLiteral(
                                         "visits[0].recommendations[0].updates[0].progress")
                                  << QStringLiteral("must be between 0 and 100");
    const char *progressHalf =
        R"([{"text": "R", "updates": [{"date": "2023-07-01", "progress": 50.5}]}])";
    QTest::newRow("progress not whole")
        << document(with(good, "recommendations", parsed(progressHalf)))
        << QStringLiteral("visits[0].recommendations[0].updates[0].progress")
        << QStringLiteral("expected a whole number");
    QTest::newRow("end date before date")
        << document(with(good, "end_date", QStringLiteral("2023-06-06")))
        << QStringLiteral("visits[0].end_date")
        << QStringLiteral("is before the date of the visit");
    QTest::newRow("second visit bad, first good")
        << document(QJsonArray{good, without(goodVisit("new-2"), "title")})
        << QStringLiteral("visits[1].title") << QStringLiteral("is required");
    QTest::newRow("addresses an unknown key")
        << document(
               with(good, "recommendations", parsed(R"([{"text": "R", "addresses": ["hc-9"]}])")))
        << QStringLiteral("visits[0].recommendations[0].addresses")
        << QStringLiteral("refers to \"hc-9\", which is not a finding of this visit");
    QTest::newRow("duplicate ref")
        << document(QJsonArray{good, goodVisit("new-2"), goodVisit("new-1")})
        << QStringLiteral("visits[2].ref")
        << QStringLiteral("\"new-1\" is also the ref of visits[0]");
}

void addCuttingRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("wellFormed");
    const QByteArray head = R"({"format": "visit-tracker", "version": 1, )";
    // Brackets, braces, quotes and backslashes inside strings do not end a visit.
    QTest::newRow("delimiters in strings")
        << head + R"("visits": [{"title": "a ] } \" \\ [ {", "x-n": [1, {"k": "]"}]},)"
                  R"( {"title": "\\\"]"}]})"
        << true;
    QTest::newRow("spaces everywhere")
        << QByteArray(" \r\n{\t\"format\" :\"visit-tracker\" , \"version\":1,\n\"visits\" :"
                      " [ \n{ } ,\r\n{\"title\":[ ]} ] } \n ")
        << true;
    QTest::newRow("elements of any kind")
        << head + R"("visits": [1, null, "s", true, [], {}]})" << true;
    QTest::newRow("empty") << head + R"("visits": []})" << true;
    QTest::newRow("escaped key") << head + R"("vis\u0069ts": [{"title": "t"}]})" << true;
    QTest::newRow("repeated key")
        << head + R"("visits": [{"title": "a"}], "visits": [{"title": "b"}, {}]})" << true;
    QTest::newRow("visits not an array") << head + R"("visits": "none"})" << true;
    QTest::newRow("mismatched brackets") << head + R"("visits": [{"a": [}]]})" << false;
    QTest::newRow("missing comma in a visit") << head + R"("visits": [{"a": 1 "b": 2}]})" << false;
    QTest::newRow("bad literal") << head + R"("visits": [tru]})" << false;
    QTest::newRow("garbage after") << head + R"("visits": []} x)" << false;
    QTest::newRow("unterminated string") << head + R"("visits": [{"a": "b}]})" << false;
    // Found by fuzz_interchange: control bytes and a brace inside what can
    // only be a literal (it runs to the next delimiter), cut across pieces.
    QTest::newRow("control bytes")
        << QByteArray::fromBase64(
               "eyJmb3JtYXQiOiJ2aXNpdC10cmFja2VyIiwidmVyc2lvbiI6MSwidmlzaXRzIjpbAAAAAAAA"
               "AACLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAB7AAAAAAAAAAAAAAAAAAAAAAAA"
               "AAAAAAAAXX0=")
        << false;
}
