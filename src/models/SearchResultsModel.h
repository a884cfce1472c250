#pragma once

// The matches of the main window's search box: visits, findings and
// recommendations, each shown with the matched words in context.

#include "storage/SearchIndex.h"

#include <QAbstractTableModel>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Runs the search; at most `limit` matches are listed.
    void search(const QString &text, int limit = 500);
    void refresh() { search(m_text, m_limit); }
    QString text() const { return m_text; }
    // Matches in the database, counted up to kCountCap.
    int totalCount() const { return m_total; }
    static constexpr int kCountCap = 10000;

    // "… words around the first match …" of `text` for the folded query words.
    static QString contextOf(const QString &text, const QString &query, int width = 90);

private:
    SearchIndex m_index;
    QString m_text;
    int m_limit = 500;
    int m_total = 0;
    QList<SearchHit> m_hits;
};

} // namespace vt
