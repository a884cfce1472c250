#pragma once

// The dashboard's filters: host, delegation, period, as-of date, the
// indicator hosts are compared on, and the progress bands (on track / near,
// in percent of plan), which are remembered between sessions.

#include "services/ProgressSeries.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace vt {

class Database;

class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    ProgressRequest request() const;
    ProgressThresholds thresholds() const;

    // Refills the lists from the database, keeping what is chosen where it still exists.
    void reload(Database &database);
    // The period and indicator the series settled on (shown when "latest" is chosen).
    void showResolved(const ProgressRequest &resolved, const QList<NameCount> &indicators);
    void setIndicator(const QString &name);
    void setHost(const QString &host);

    QComboBox *hostCombo() const { return m_host; }
    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *asOfEdit() const { return m_asOf; }

signals:
    void changed();

private:
    void saveThresholds();

    QComboBox *m_host = nullptr;
    QComboBox *m_delegation = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_indicator = nullptr;
    QSpinBox *m_onTrack = nullptr;
    QSpinBox *m_near = nullptr;
    bool m_filling = false; // lists being refilled: no change to report
};

} // namespace vt
