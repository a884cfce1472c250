#include "gui/dashboard/DashboardFilterBar.h"

#include "domain/Clock.h"
#include "storage/ProgressQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vt {
namespace {

const QString kOnTrackKey = QStringLiteral("dashboard/onTrackPercent");
const QString kNearKey = QStringLiteral("dashboard/nearPercent");

QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    return box;
}

// Refills a combo box with a first "all" entry (empty data) and the names,
// keeping the current name when it is still there.
void fill(QComboBox *box, const QString &all, const QStringList &names)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const QString &name : names)
        box->addItem(name, name);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

QSpinBox *percentBox(const QString &objectName, const QString &accessibleName, int value,
                     QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(1, 200);
    box->setSuffix(QStringLiteral("%"));
    box->setValue(value);
    return box;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardFilterBar"));
    m_host = combo(QStringLiteral("dashboardHostCombo"), tr("Host organisation"), this);
    m_delegation = combo(QStringLiteral("dashboardDelegationCombo"), tr("Delegation"), this);
    m_period = combo(QStringLiteral("dashboardPeriodCombo"), tr("Period"), this);
    m_period->setMinimumContentsLength(8);
    m_indicator = combo(QStringLiteral("dashboardIndicatorCombo"), tr("Indicator compared"), this);
    m_indicator->setMinimumContentsLength(24);
    m_asOf = new QDateEdit(Clock::today(), this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOfEdit"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    const QSettings settings;
    m_onTrack = percentBox(QStringLiteral("dashboardOnTrackSpin"), tr("On track from"),
                           settings.value(kOnTrackKey, 100).toInt(), this);
    m_near = percentBox(QStringLiteral("dashboardNearSpin"), tr("Near from"),
                        settings.value(kNearKey, 90).toInt(), this);
    m_onTrack->setToolTip(tr("Progress from which an indicator is on track (green)"));
    m_near->setToolTip(tr("Progress from which an indicator is near its plan (amber); below "
                          "it is behind (red)"));

    // Two rows, so that the window can stay as narrow as the other tabs allow.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    auto *scope = new QHBoxLayout;
    auto *measure = new QHBoxLayout;
    layout->addLayout(scope);
    layout->addLayout(measure);
    const auto labelled = [&](QHBoxLayout *row, const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    labelled(scope, tr("H&ost:"), m_host, 3);
    labelled(scope, tr("&Delegation:"), m_delegation, 3);
    labelled(scope, tr("&Period:"), m_period, 1);
    labelled(scope, tr("&As of:"), m_asOf, 0);
    labelled(measure, tr("&Indicator:"), m_indicator, 4);
    labelled(measure, tr("On &track ≥"), m_onTrack, 0);
    labelled(measure, tr("&Near ≥"), m_near, 0);

    for (QComboBox *box : {m_host, m_delegation, m_period, m_indicator}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit changed();
        });
    }
    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    for (QSpinBox *box : {m_onTrack, m_near}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            saveThresholds();
            emit changed();
        });
    }
}

ProgressRequest DashboardFilterBar::request() const
{
    ProgressRequest request;
    request.scope.host = m_host->currentData().toString();
    request.scope.delegation = m_delegation->currentData().toString();
    request.period = m_period->currentData().toString();
    request.asOf = m_asOf->date();
    request.indicator = m_indicator->currentData().toString();
    return request;
}

ProgressThresholds DashboardFilterBar::thresholds() const
{
    // Near never above on track: the bands would overlap.
    const double onTrack = m_onTrack->value() / 100.0;
    return {onTrack, std::min(onTrack, m_near->value() / 100.0)};
}

void DashboardFilterBar::saveThresholds()
{
    QSettings settings;
    settings.setValue(kOnTrackKey, m_onTrack->value());
    settings.setValue(kNearKey, m_near->value());
}

void DashboardFilterBar::reload(Database &database)
{
    m_filling = true;
    const ProgressQueries queries(database);
    QString error;
    fill(m_host, tr("All hosts"), queries.hostNames(&error));
    fill(m_delegation, tr("All delegations"), queries.delegationNames(&error));
    ProgressScope scope;
    scope.delegation = m_delegation->currentData().toString();
    fill(m_period, tr("Latest"), queries.periods(scope, m_asOf->date(), &error));
    m_filling = false;
}

void DashboardFilterBar::showResolved(const ProgressRequest &resolved,
                                      const QList<NameCount> &indicators)
{
    m_filling = true;
    if (m_period->currentData().toString().isEmpty())
        m_period->setItemText(
            0, resolved.period.isEmpty() ? tr("Latest") : tr("Latest (%1)").arg(resolved.period));
    QStringList names;
    for (const NameCount &indicator : indicators)
        names.append(indicator.name);
    fill(m_indicator, tr("Most measured"), names);
    m_filling = false;
}

void DashboardFilterBar::setIndicator(const QString &name)
{
    if (const int index = m_indicator->findData(name); index >= 0)
        m_indicator->setCurrentIndex(index);
}

void DashboardFilterBar::setHost(const QString &host)
{
    if (const int index = m_host->findData(host); index >= 0)
        m_host->setCurrentIndex(index);
}

} // namespace vt
