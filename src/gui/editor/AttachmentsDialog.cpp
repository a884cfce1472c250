#include "gui/editor/AttachmentsPanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt {

AttachmentsDialog::AttachmentsDialog(DatabaseSession &session, const Visit &visit,
                                     const AttachmentOwner &owner, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attachmentsDialog"));
    setWindowTitle(title);
    resize(900, 480);
    m_panel = new AttachmentsPanel(session, this);
    m_panel->setVisit(visit);
    m_panel->setFixedOwner(owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
}

} // namespace vt
