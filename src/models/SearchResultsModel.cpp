#include "models/SearchResultsModel.h"

#include "domain/TextFolding.h"
#include "storage/Database.h"
#include "storage/ReadingApart.h"

#include <QLocale>
#include <QStringList>

namespace vt {

SearchResultsModel::SearchResultsModel(SearchIndex index, QObject *parent)
    : QAbstractTableModel(parent), m_index(index)
{
}

SearchResultsModel::~SearchResultsModel()
{
    stopCounting();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultsModel::contextOf(const QString &text, const QString &query, int width)
{
    // Fold character by character so that positions in the folded text are
    // positions in the original (stored text is NFC: one letter, one char).
    QString folded;
    folded.reserve(text.size());
    for (const QChar ch : text) {
        const QString one = foldForSearch(QString(ch));
        folded.append(one.isEmpty() ? ch : one.at(0));
    }
    qsizetype at = -1;
    const QStringList words =
        foldForSearch(query).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const qsizetype found = folded.indexOf(word);
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() <= width)
        return flat;
    qsizetype start = qMax<qsizetype>(0, (at < 0 ? 0 : at) - width / 3);
    if (start + width > flat.size())
        start = flat.size() - width;
    // Start and end on word boundaries.
    if (start > 0) {
        const qsizetype space = flat.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < start + 15)
            start = space + 1;
    }
    qsizetype end = qMin(flat.size(), start + width);
    if (end < flat.size()) {
        const qsizetype space = flat.lastIndexOf(QLatin1Char(' '), end);
        if (space > start + width / 2)
            end = space;
    }
    const QString ellipsis(QChar(0x2026));
    return (start > 0 ? ellipsis : QString()) + flat.mid(start, end - start) +
           (end < flat.size() ? ellipsis : QString());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case VisitIdRole:
        return hit.visitId;
    case RecordPathRole:
        if (hit.type == SearchRecordType::Finding)
            return QStringLiteral("findings[%1]").arg(hit.seq);
        if (hit.type == SearchRecordType::Recommendation)
            return QStringLiteral("recommendations[%1]").arg(hit.seq);
        return QString();
    case Qt::ToolTipRole:
        return index.column() == MatchColumn
                   ? (hit.detail.isEmpty() ? hit.text : hit.text + QLatin1Char('\n') + hit.detail)
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TypeColumn:
        switch (hit.type) {
        case SearchRecordType::Visit:
            return tr("Visit");
        case SearchRecordType::Finding:
            return tr("Finding");
        case SearchRecordType::Recommendation:
            return tr("Recommendation");
        }
        return {};
    case DateColumn:
        return QLocale().toString(hit.date, QLocale::ShortFormat);
    case HostColumn:
        return hit.host;
    case MatchColumn: {
        // A visit may match in its topic or summary rather than its title.
        const QString context = contextOf(hit.text, m_text);
        const QString folded = foldForSearch(hit.text);
        const QStringList words =
            foldForSearch(m_text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!folded.contains(word) && !hit.detail.isEmpty())
                return tr("%1 — %2").arg(context, contextOf(hit.detail, m_text, 70));
        }
        return context;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TypeColumn:
        return tr("Record");
    case DateColumn:
        return tr("Date");
    case HostColumn:
        return tr("Host organisation");
    case MatchColumn:
        return tr("Match");
    case ColumnCount:
        break;
    }
    return {};
}

void SearchResultsModel::search(const QString &text, int limit)
{
    dropCounting();
    beginResetModel();
    m_text = text;
    m_limit = limit;
    // Whether the page will be full is known only once it is found: the
    // count starts first, on the other core, for any text with a word, and
    // is dropped when the page turns out not full.
    const bool apart = limit > 0 && !SearchIndex::phraseExpression(text).isEmpty() && countsApart();
    if (apart)
        startCounting();
    m_hits = m_index.find(text, limit);
    if (m_hits.size() < limit) {
        dropCounting();
        m_total = int(m_hits.size());
    } else {
        m_total = apart ? int(m_hits.size()) : m_index.count(text, kCountCap);
    }
    endResetModel();
}

bool SearchResultsModel::countsApart() const
{
    return isWorthReadingApart(m_index.database(), m_countApartFromBytes);
}

void SearchResultsModel::startCounting()
{
    auto count = std::make_shared<int>(0);
    const quint64 generation = ++m_countGeneration;
    // The destructor waits for the reading, so `this` outlives the call; a
    // message still queued when the model goes is discarded with it.
    m_counting = std::make_unique<ReadingApart>(
        m_index.database().filePath(),
        // A count dropped for the next search is interrupted: no warning.
        [count, text = m_text](Database &reader, QString *error) {
            *count = SearchIndex(reader).count(text, kCountCap, error);
            return error->isEmpty();
        },
        [this, generation] {
            QMetaObject::invokeMethod(
                this, [this, generation] { countedApart(generation); }, Qt::QueuedConnection);
        });
    m_countRead = std::move(count);
}

void SearchResultsModel::countedApart(quint64 generation)
{
    if (generation != m_countGeneration || !m_counting)
        return;
    const std::unique_ptr<ReadingApart> counting = std::move(m_counting);
    // Not read apart (the file could not be opened read-only): counted here.
    m_total = counting->succeeded() ? *m_countRead : m_index.count(m_text, kCountCap);
    m_countRead.reset();
    emit counted();
}

void SearchResultsModel::dropCounting()
{
    ++m_countGeneration;
    if (m_counting) {
        m_counting->cancel();
        m_droppedCounts.push_back(std::move(m_counting));
    }
    m_countRead.reset();
    std::erase_if(m_droppedCounts, [](const auto &dropped) { return dropped->isFinished(); });
}

void SearchResultsModel::stopCounting()
{
    dropCounting();
    m_droppedCounts.clear(); // each waits for its thread
}

} // namespace vt
