#include "gui/OverdueIndicator.h"

#include "gui/DatabaseSession.h"
#include "services/FollowUp.h"

#include <QStyle>
#include <QTimer>

namespace vt {

OverdueIndicator::OverdueIndicator(DatabaseSession &session, QWidget *parent)
    : QToolButton(parent), m_session(session)
{
    setObjectName(QStringLiteral("overdueIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setCursor(Qt::PointingHandCursor);
    connect(&m_session, &DatabaseSession::visitsChanged, this, &OverdueIndicator::refresh);
    // A recommendation becomes overdue when a day passes, without any edit.
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(10 * 60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &OverdueIndicator::refresh);
    m_dayTimer->start();
    refresh();
}

void OverdueIndicator::refresh()
{
    const int count = m_session.isOpen() ? FollowUp(m_session.database()).overdueCount() : 0;
    if (count == m_count)
        return;
    m_count = count;
    setAccessibleName(tr("Overdue recommendations: %1").arg(count));
    if (count > 0) {
        setText(tr("%Ln overdue recommendation(s)", nullptr, count));
        setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        setToolTip(tr("Show the overdue recommendations"));
        // The same strong red as overdue rows: readable in light and dark palettes.
        setStyleSheet(
            QStringLiteral("QToolButton { background: #c62828; color: white;"
                           " font-weight: bold; border-radius: 3px; padding: 1px 6px; }"));
    } else {
        setText(tr("No overdue recommendations"));
        setIcon(QIcon());
        setToolTip(tr("Show the follow-up of recommendations"));
        setStyleSheet(QString());
    }
}

} // namespace vt
