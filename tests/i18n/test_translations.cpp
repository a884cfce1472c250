// The Vietnamese translation is complete (nothing unfinished, nothing
// obsolete) and is what the program shows with --lang vi.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsSummary
{
    int messages = 0;
    QStringList unfinished;
    QStringList obsolete;
};

TsSummary summarise(const QString &fileName)
{
    TsSummary summary;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++summary.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("unfinished"))
                summary.unfinished << source;
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                summary.obsolete << source;
        }
    }
    return summary;
}

QByteArray runBinary(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(VT_BINARY), arguments);
    process.waitForFinished(60000);
    *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void linguistFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void linguistFilesAreComplete()
    {
        QFETCH(QString, language);
        const TsSummary summary =
            summarise(QStringLiteral(VT_TRANSLATIONS_DIR "/visit-tracker_%1.ts").arg(language));
        QVERIFY(summary.messages > 300);
        QVERIFY2(summary.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("unfinished: ") +
                            summary.unfinished.join(QStringLiteral(" | "))));
        QVERIFY2(summary.obsolete.isEmpty(),
                 qPrintable(QStringLiteral("obsolete: ") +
                            summary.obsolete.join(QStringLiteral(" | "))));
    }

    void commandLineSpeaksTheChosenLanguage()
    {
        int exitCode = -1;
        const QString vi = QString::fromUtf8(runBinary(
            {QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--help")}, &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(vi.contains(QStringLiteral("Cách dùng")), qPrintable(vi));
        const QString en = QString::fromUtf8(runBinary(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, &exitCode));
        QVERIFY(en.contains(QStringLiteral("Usage:")));
    }

    void messagesFromEveryLayerAreTranslated()
    {
        // A storage message (vt::Database context) and a command-line one.
        QTemporaryDir dir;
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database\n");
        notes.close();
        int exitCode = -1;
        const QString output = QString::fromUtf8(
            runBinary({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--database"),
                       notes.fileName(), QStringLiteral("visits")},
                      &exitCode));
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.contains(QStringLiteral("không phải cơ sở dữ liệu")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
