#pragma once

// Decides whether a text a user sees in the Vietnamese interface is English:
// - it matches the English source (or an English plural form) of a string in
//   the Linguist files whose Vietnamese differs, and none of its Vietnamese
//   forms ("%1" placeholders match anything);
// - or it equals the source of a lookup the translators could not answer
//   (RecordingTranslator);
// - or, for text that never went through tr(), it is plain ASCII made of
//   English words that are not also Vietnamese words.
// Texts that must stay English are in the allow-list in the .cpp, each with
// its reason.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QTranslator>

namespace vt::test {

// Installed after nothing else: asks the real translators and records every
// (context, source) none of them translates.
class RecordingTranslator final : public QTranslator
{
public:
    explicit RecordingTranslator(QList<QTranslator *> real, QObject *parent = nullptr)
        : QTranslator(parent), m_real(std::move(real))
    {
    }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // (context, source) pairs without translation, in the order first asked.
    QList<QPair<QString, QString>> misses() const { return m_misses; }
    // The disambiguation a missed lookup came with, for the report.
    QString disambiguation(const QPair<QString, QString> &miss) const
    {
        return m_disambiguations.value(miss);
    }

private:
    QList<QTranslator *> m_real;
    mutable QList<QPair<QString, QString>> m_misses;
    mutable QSet<QPair<QString, QString>> m_seen;
    mutable QHash<QPair<QString, QString>, QString> m_disambiguations;
};

class EnglishDetector
{
public:
    // Reads the Linguist files (visit-tracker_vi.ts, visit-tracker_en.ts,
    // qt_vi.ts) in `translationsDir`.
    explicit EnglishDetector(const QString &translationsDir);

    void addUntranslatedSource(const QString &source);
    // Why `text` reads as English, or an empty string.
    QString englishReason(const QString &text) const;
    bool isAllowed(const QString &text) const;

    struct Pattern
    {
        QRegularExpression re;
        QString literal; // the longest piece without placeholders: a cheap test first
    };

private:
    struct Entry
    {
        QList<Pattern> english;
        QList<Pattern> vietnamese;
    };
    void readTs(const QString &path, bool english);

    QHash<QString, Entry> m_entries; // by context + '\n' + source
    QSet<QString> m_untranslated;
};

} // namespace vt::test
