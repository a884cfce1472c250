#pragma once

// The limitation review and the good-model library: every finding of one
// category across all visits, with filters, grouping by host or area, and
// export of the filtered list (CSV, XLSX, PDF). Double-click opens the visit
// at that finding.

#include "domain/Enums.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTimer;
class QTreeView;

namespace vt {

class DatabaseSession;
class FindingListModel;
class OptionalDateEdit;
struct FindingFilter;

class LimitationReviewView final : public QWidget
{
    Q_OBJECT

public:
    // category: Limitation (the review) or GoodModel (the library).
    LimitationReviewView(DatabaseSession &session, FindingCategory category,
                         QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    FindingListModel *model() const { return m_model; }
    // Writes the filtered list to a file; the format comes from the extension.
    bool exportTo(const QString &fileName, QString *error);

signals:
    // The finding's visit and its path in the visit ("findings[3]").
    void findingActivated(qint64 visitId, const QString &recordPath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the list now when shown, else when next shown: a hidden tab must
    // not slow down start-up on a large database.
    void refreshWhenVisible();
    void refreshNow();

    void createFilters();
    void rebuildModel();
    void applyFilter();
    void showGroups();
    void updateAreas();
    void updateCount();
    void activate(const QModelIndex &index);
    void chooseExportFile();
    FindingFilter currentFilter() const;
    QString filterDescription() const;

    DatabaseSession &m_session;
    const FindingCategory m_category;
    FindingListModel *m_model = nullptr;
    bool m_stale = true;      // the list is out of date and read when next shown
    bool m_modelStale = true; // a database was opened since the model was built
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_host = nullptr;
    QCheckBox *m_subordinates = nullptr;
    QLineEdit *m_delegation = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grouping = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_printPreview = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_typingTimer = nullptr;
};

} // namespace vt
