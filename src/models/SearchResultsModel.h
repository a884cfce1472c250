#pragma once

// The matches of the main window's search box: visits, findings and
// recommendations, each shown with the matched words in context.
//
// When the page is full the matches are counted too (up to kCountCap). On a
// large file that count of a common word takes as long as finding the page
// (25 ms of "chuyen doi so"'s 45–68 at 100,000 visits), so there it is read
// on the other core while the page is found, and arrives after it
// (counted()); the hits are shown meanwhile.

#include "storage/ReadingApart.h"
#include "storage/SearchIndex.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace vt {

class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        DateColumn,
        HostColumn,
        MatchColumn,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        RecordPathRole // "findings[3]", "recommendations[0]"; empty for a visit
    };

    explicit SearchResultsModel(SearchIndex index, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Runs the search; at most `limit` matches are listed.
    void search(const QString &text, int limit = 500);
    void refresh() { search(m_text, m_limit); }
    QString text() const { return m_text; }
    // Matches in the database, counted up to kCountCap; while isCounting(),
    // the hits listed.
    int totalCount() const { return m_total; }
    static constexpr int kCountCap = 10000;
    bool isCounting() const { return m_counting != nullptr; }
    // Waits for a count read apart to end, dropping it (before the file
    // goes: DatabaseSession::fileClosing). totalCount() stays the hits.
    void stopCounting();

    // From this file size on (kReadApartFromBytes), a full page's count is
    // read apart; tests set 0.
    void setCountApartFromBytes(qint64 bytes) { m_countApartFromBytes = bytes; }

    // "… words around the first match …" of `text` for the folded query words.
    static QString contextOf(const QString &text, const QString &query, int width = 90);

signals:
    // totalCount() is known: the count read apart has arrived.
    void counted();

private:
    bool countsApart() const;
    void startCounting();
    void countedApart(quint64 generation);
    // Cancels a count without waiting for it; it is waited for later.
    void dropCounting();

    SearchIndex m_index;
    QString m_text;
    int m_limit = 500;
    int m_total = 0;
    QList<SearchHit> m_hits;
    qint64 m_countApartFromBytes = kReadApartFromBytes;
    std::unique_ptr<ReadingApart> m_counting;
    std::shared_ptr<int> m_countRead;
    quint64 m_countGeneration = 0;
    std::vector<std::unique_ptr<ReadingApart>> m_droppedCounts;
};

} // namespace vt
