#include "EnglishDetector.h"

#include "TextCollector.h"

#include <QFile>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

namespace vt::test {
namespace {

// Texts that stay English in the Vietnamese interface, and why. Compared
// after removing mnemonics; keep this list short and explained.
const QStringList &allowList()
{
    static const QStringList list = {
        // Names of formats and programs, the same in every language.
        QStringLiteral("SQLite"),  QStringLiteral("JSON"), QStringLiteral("CSV"),
        QStringLiteral("XLSX"),    QStringLiteral("PDF"),
        QStringLiteral("English"), // the language list names each language in itself
    };
    return list;
}

// English words that are not also Vietnamese words written without marks
// ("to", "in", "no", "can", "con" are Vietnamese, so they are not here).
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),
        QStringLiteral("and"),
        QStringLiteral("of"),
        QStringLiteral("with"),
        QStringLiteral("for"),
        QStringLiteral("is"),
        QStringLiteral("are"),
        QStringLiteral("not"),
        QStringLiteral("all"),
        QStringLiteral("new"),
        QStringLiteral("open"),
        QStringLiteral("save"),
        QStringLiteral("delete"),
        QStringLiteral("visit"),
        QStringLiteral("visits"),
        QStringLiteral("file"),
        QStringLiteral("edit"),
        QStringLiteral("help"),
        QStringLiteral("search"),
        QStringLiteral("cancel"),
        QStringLiteral("close"),
        QStringLiteral("yes"),
        QStringLiteral("from"),
        QStringLiteral("date"),
        QStringLiteral("status"),
        QStringLiteral("name"),
        QStringLiteral("title"),
        QStringLiteral("please"),
        QStringLiteral("select"),
        QStringLiteral("show"),
        QStringLiteral("add"),
        QStringLiteral("remove"),
        QStringLiteral("update"),
        QStringLiteral("report"),
        QStringLiteral("none"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("print"),
        QStringLiteral("preview"),
        QStringLiteral("page"),
        QStringLiteral("size"),
        QStringLiteral("type"),
        QStringLiteral("modified"),
        QStringLiteral("folder"),
        QStringLiteral("back"),
        QStringLiteral("forward"),
        QStringLiteral("view"),
        QStringLiteral("list"),
        QStringLiteral("detail"),
        QStringLiteral("apply"),
        QStringLiteral("reset"),
        QStringLiteral("discard"),
        QStringLiteral("ok"),
        QStringLiteral("undo"),
        QStringLiteral("redo"),
        QStringLiteral("copy"),
        QStringLiteral("paste"),
        QStringLiteral("finding"),
        QStringLiteral("findings"),
        QStringLiteral("overdue"),
        QStringLiteral("progress"),
        QStringLiteral("deadline"),
        QStringLiteral("recommendation"),
        QStringLiteral("recommendations"),
        QStringLiteral("indicator"),
        QStringLiteral("total"),
        QStringLiteral("filter"),
        QStringLiteral("export"),
        QStringLiteral("import"),
        QStringLiteral("settings"),
        QStringLiteral("preferences"),
        QStringLiteral("language"),
        QStringLiteral("dashboard"),
        QStringLiteral("chart"),
        QStringLiteral("month"),
        QStringLiteral("year"),
        QStringLiteral("week"),
        QStringLiteral("day"),
    };
    return words;
}

QString normalised(const QString &text)
{
    QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return withoutMnemonic(plain).simplified();
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|\\d{1,2})"));
    return re;
}

// The longest literal piece of a pattern: a cheap test before the regex.
QString longestLiteral(const QString &text)
{
    QString best;
    for (const QString &piece : text.split(placeholder()))
        if (piece.size() > best.size())
            best = piece;
    return best;
}

EnglishDetector::Pattern patternOf(const QString &text)
{
    const QStringList pieces = text.split(placeholder());
    QStringList escaped;
    for (const QString &piece : pieces)
        escaped << QRegularExpression::escape(piece);
    return {QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral("(.*)")) +
                                   QStringLiteral("$"),
                               QRegularExpression::DotMatchesEverythingOption),
            longestLiteral(text)};
}

int letterCount(const QString &text)
{
    int letters = 0;
    for (const QString &piece : text.split(placeholder()))
        for (QChar c : piece)
            letters += c.isLetter() ? 1 : 0;
    return letters;
}

} // namespace

QString RecordingTranslator::translate(const char *context, const char *sourceText,
                                       const char *disambiguation, int n) const
{
    for (QTranslator *translator : m_real) {
        const QString text = translator->translate(context, sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    const QPair<QString, QString> key{QString::fromUtf8(context), QString::fromUtf8(sourceText)};
    if (!m_seen.contains(key)) {
        m_seen.insert(key);
        m_misses.append(key);
        if (disambiguation)
            m_disambiguations.insert(key, QString::fromUtf8(disambiguation));
    }
    return {};
}

EnglishDetector::EnglishDetector(const QString &translationsDir)
{
    readTs(translationsDir + QStringLiteral("/visit-tracker_vi.ts"), false);
    readTs(translationsDir + QStringLiteral("/qt_vi.ts"), false);
    readTs(translationsDir + QStringLiteral("/visit-tracker_en.ts"), true);
}

void EnglishDetector::readTs(const QString &path, bool english)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            if (!english) {
                const QString text = normalised(source);
                if (letterCount(text) >= 3)
                    m_entries[context + QLatin1Char('\n') + source].english << patternOf(text);
            }
        } else if (name == QLatin1String("translation") || name == QLatin1String("numerusform")) {
            if (name == QLatin1String("translation") &&
                xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished")) {
                // A plural translation holds <numerusform>s; read on into them.
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                    const QString text = normalised(xml.text().toString());
                    Entry &entry = m_entries[context + QLatin1Char('\n') + source];
                    (english ? entry.english : entry.vietnamese) << patternOf(text);
                }
                continue;
            }
            if (name == QLatin1String("numerusform")) {
                const QString text = normalised(xml.readElementText());
                Entry &entry = m_entries[context + QLatin1Char('\n') + source];
                if (!english)
                    entry.vietnamese << patternOf(text);
                else if (letterCount(text) >= 3)
                    entry.english << patternOf(text);
            }
        }
    }
}

void EnglishDetector::addUntranslatedSource(const QString &source)
{
    const QString text = normalised(source);
    if (letterCount(text) >= 3)
        m_untranslated.insert(text);
}

bool EnglishDetector::isAllowed(const QString &text) const
{
    return allowList().contains(normalised(text));
}

QString EnglishDetector::englishReason(const QString &shown) const
{
    const QString text = normalised(shown);
    if (text.isEmpty() || isAllowed(text))
        return {};
    if (m_untranslated.contains(text))
        return QStringLiteral("no translation was found for it");
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &entry = it.value();
        const bool english =
            std::any_of(entry.english.cbegin(), entry.english.cend(), [&text](const Pattern &p) {
                return text.contains(p.literal) && p.re.match(text).hasMatch();
            });
        if (!english)
            continue;
        const bool vietnamese =
            std::any_of(entry.vietnamese.cbegin(), entry.vietnamese.cend(),
                        [&text](const Pattern &p) { return p.re.match(text).hasMatch(); });
        if (!vietnamese)
            return QStringLiteral("it is the English of \"%1\"")
                .arg(QString(it.key()).replace(QLatin1Char('\n'), QStringLiteral(" | ")));
    }
    // Text that never went through tr(): plain ASCII with English words.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
        for (auto m = word.globalMatch(text); m.hasNext();) {
            const QString w = m.next().captured().toLower();
            if (englishWords().contains(w))
                return QStringLiteral("the English word \"%1\" in ASCII-only text").arg(w);
        }
    }
    return {};
}

} // namespace vt::test
