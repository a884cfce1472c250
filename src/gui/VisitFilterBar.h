#pragma once

// The filters above the visit list: free text, host, delegation, kind, status
// and a date range. Typing is debounced so the list does not re-query on every
// key stroke.

#include "storage/VisitCatalogue.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace vt {

class VisitFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitFilterBar(QWidget *parent = nullptr);

    VisitFilter filter() const;
    void clear();
    void focusSearch();
    // The filters as QSettings keeps them between runs.
    QVariantMap state() const;
    void restoreState(const QVariantMap &state);

signals:
    void filterChanged(const vt::VisitFilter &filter);

private:
    void scheduleUpdate();

    QLineEdit *m_search = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_delegation = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace vt
