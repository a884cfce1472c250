#pragma once

// One search over visits, findings and recommendations (diacritic-insensitive,
// đ as d): the matches with their context; activating one opens the record.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vt {

class DatabaseSession;
class SearchResultsModel;

class SearchView final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchView(DatabaseSession &session, QWidget *parent = nullptr);

    // Searches for `text` and shows it in the search field.
    void search(const QString &text);
    void focusSearch();
    QLineEdit *searchEdit() const { return m_edit; }
    QTableView *table() const { return m_table; }
    SearchResultsModel *model() const { return m_model; }

signals:
    // The visit and the record's path in it; empty for the visit itself.
    void recordActivated(qint64 visitId, const QString &recordPath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildModel();
    void runSearch();
    // The line above the hits: how many there are (counted apart on a large file).
    void showSummary();
    void activate(const QModelIndex &index);

    DatabaseSession &m_session;
    QLineEdit *m_edit = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_typingTimer = nullptr;
    bool m_stale = false; // visits changed while hidden
};

} // namespace vt
