#include "gui/ReadOnlyBanner.h"

#include "gui/Appearance.h"
#include "models/PaletteTones.h"

#include "gui/DatabaseSession.h"

namespace vt {

ReadOnlyBanner::ReadOnlyBanner(DatabaseSession &session, QWidget *parent)
    : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setAutoFillBackground(true);
    // A calm amber strip: a state to know about, not an error.
    followPalette(this, [this] {
        setStyleSheet(paletteIsDark()
                          ? QStringLiteral("QLabel#readOnlyBanner { background: #4a3b00; "
                                           "color: #ffe08a; border-bottom: 1px solid #7a6210; }")
                          : QStringLiteral("QLabel#readOnlyBanner { background: #fff3cd; "
                                           "color: #664d03; border-bottom: 1px solid #e0c36a; }"));
    });
    connect(&m_session, &DatabaseSession::databaseOpened, this, &ReadOnlyBanner::refresh);
    refresh();
}

void ReadOnlyBanner::refresh()
{
    const bool readOnly = m_session.isOpen() && m_session.isReadOnly();
    if (readOnly) {
        QString reason = m_session.database().readOnlyReason();
        if (reason.isEmpty())
            reason = tr("the file cannot be written");
        setText(tr("This database is open read-only: %1. Changes cannot be saved.").arg(reason));
    } else {
        clear();
    }
    setVisible(readOnly);
}

} // namespace vt
