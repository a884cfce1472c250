#include "gui/VisitFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace vt {
namespace {

template <typename Enum> QComboBox *enumCombo(const QString &allText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText, -1);
    for (int i = 0; i < valueCount<Enum>(); ++i)
        combo->addItem(displayName(valueAt<Enum>(i)), i);
    return combo;
}

template <typename Enum> std::optional<Enum> selectedValue(const QComboBox *combo)
{
    const int index = combo->currentData().toInt();
    if (index < 0)
        return std::nullopt;
    return valueAt<Enum>(index);
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

} // namespace

VisitFilterBar::VisitFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("visitSearchEdit"));
    m_search->setPlaceholderText(tr("Search visits (accents optional)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search visits"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostFilterEdit"));
    m_host->setPlaceholderText(tr("Host organisation"));
    m_host->setClearButtonEnabled(true);
    m_host->setAccessibleName(tr("Filter by host organisation"));

    m_delegation = new QLineEdit(this);
    m_delegation->setObjectName(QStringLiteral("delegationFilterEdit"));
    m_delegation->setPlaceholderText(tr("Delegation"));
    m_delegation->setClearButtonEnabled(true);
    m_delegation->setAccessibleName(tr("Filter by delegation"));

    m_kind = enumCombo<VisitKind>(tr("All kinds"), this);
    m_kind->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_status = enumCombo<VisitStatus>(tr("All statuses"), this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setAccessibleName(tr("Filter by status"));

    m_fromEnabled = new QCheckBox(tr("Fro&m"), this);
    m_from = dateEdit(this);
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_from->setAccessibleName(tr("From date"));
    m_toEnabled = new QCheckBox(tr("&To"), this);
    m_to = dateEdit(this);
    m_to->setAccessibleName(tr("To date"));

    auto *clearButton = new QPushButton(tr("C&lear filters"), this);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 2);
    layout->addWidget(m_kind, 0, 2);
    layout->addWidget(m_status, 0, 3);
    layout->addWidget(clearButton, 0, 4, 1, 2);
    layout->addWidget(m_host, 1, 0);
    layout->addWidget(m_delegation, 1, 1);
    layout->addWidget(m_fromEnabled, 1, 2, Qt::AlignRight);
    layout->addWidget(m_from, 1, 3);
    layout->addWidget(m_toEnabled, 1, 4, Qt::AlignRight);
    layout->addWidget(m_to, 1, 5);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 3);
    // Tab follows the grid row by row, as it reads, not the creation order.
    const QList<QWidget *> readingOrder{m_search,     m_kind,        m_status, clearButton, m_host,
                                        m_delegation, m_fromEnabled, m_from,   m_toEnabled, m_to};
    for (qsizetype i = 1; i < readingOrder.size(); ++i)
        setTabOrder(readingOrder.at(i - 1), readingOrder.at(i));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });

    for (QLineEdit *edit : {m_search, m_host, m_delegation})
        connect(edit, &QLineEdit::textChanged, this, &VisitFilterBar::scheduleUpdate);
    for (QComboBox *combo : {m_kind, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &VisitFilterBar::scheduleUpdate);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &VisitFilterBar::scheduleUpdate);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &VisitFilterBar::scheduleUpdate);
    connect(m_toEnabled, &QCheckBox::toggled, this, &VisitFilterBar::scheduleUpdate);
    connect(clearButton, &QPushButton::clicked, this, &VisitFilterBar::clear);
}

VisitFilter VisitFilterBar::filter() const
{
    VisitFilter f;
    f.text = m_search->text().trimmed();
    f.host = m_host->text().trimmed();
    f.delegation = m_delegation->text().trimmed();
    f.kind = selectedValue<VisitKind>(m_kind);
    f.status = selectedValue<VisitStatus>(m_status);
    if (m_fromEnabled->isChecked())
        f.from = m_from->date();
    if (m_toEnabled->isChecked())
        f.to = m_to->date();
    return f;
}

void VisitFilterBar::clear()
{
    m_search->clear();
    m_host->clear();
    m_delegation->clear();
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
}

QVariantMap VisitFilterBar::state() const
{
    return {{QStringLiteral("text"), m_search->text()},
            {QStringLiteral("host"), m_host->text()},
            {QStringLiteral("delegation"), m_delegation->text()},
            {QStringLiteral("kind"), m_kind->currentIndex()},
            {QStringLiteral("status"), m_status->currentIndex()},
            {QStringLiteral("fromEnabled"), m_fromEnabled->isChecked()},
            {QStringLiteral("from"), m_from->date()},
            {QStringLiteral("toEnabled"), m_toEnabled->isChecked()},
            {QStringLiteral("to"), m_to->date()}};
}

void VisitFilterBar::restoreState(const QVariantMap &state)
{
    m_search->setText(state.value(QStringLiteral("text")).toString());
    m_host->setText(state.value(QStringLiteral("host")).toString());
    m_delegation->setText(state.value(QStringLiteral("delegation")).toString());
    // Out-of-range indexes (an enum that lost a value) fall back to "all".
    const int kind = state.value(QStringLiteral("kind")).toInt();
    m_kind->setCurrentIndex(kind >= 0 && kind < m_kind->count() ? kind : 0);
    const int status = state.value(QStringLiteral("status")).toInt();
    m_status->setCurrentIndex(status >= 0 && status < m_status->count() ? status : 0);
    if (const QDate from = state.value(QStringLiteral("from")).toDate(); from.isValid())
        m_from->setDate(from);
    if (const QDate to = state.value(QStringLiteral("to")).toDate(); to.isValid())
        m_to->setDate(to);
    m_fromEnabled->setChecked(state.value(QStringLiteral("fromEnabled")).toBool());
    m_toEnabled->setChecked(state.value(QStringLiteral("toEnabled")).toBool());
}

void VisitFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void VisitFilterBar::scheduleUpdate()
{
    m_debounce->start();
}

} // namespace vt
