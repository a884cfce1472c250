#include "gui/editor/AttachmentHooks.h"

#include "gui/DatabaseSession.h"
#include "gui/Icons.h"
#include "gui/VisitEditorWindow.h"
#include "gui/editor/AttachmentsPanel.h"
#include "gui/editor/VisitEditor.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QTableView>

namespace vt {
namespace {

// Re-reads the visit whenever the tab is shown: findings and updates may have
// been added or renamed on the other tabs since.
class ShowWatcher final : public QObject
{
public:
    ShowWatcher(AttachmentsPanel *panel, std::function<Visit()> current)
        : QObject(panel), m_panel(panel), m_current(std::move(current))
    {
        panel->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_panel && event->type() == QEvent::Show)
            m_panel->setVisit(m_current());
        return false;
    }

private:
    AttachmentsPanel *m_panel;
    std::function<Visit()> m_current;
};

} // namespace

AttachmentsPanel *installAttachments(VisitEditorWindow &window, VisitEditor &editor,
                                     DatabaseSession &session, std::function<Visit()> current)
{
    auto *panel = new AttachmentsPanel(session, &editor);
    panel->setVisit(current());
    new ShowWatcher(panel, current);
    editor.addPage(panel, AttachmentsPanel::tr("Attachments"));
    QObject::connect(&window, &VisitEditorWindow::visitIdAssigned, panel,
                     [panel, current] { panel->setVisit(current()); });

    QTableView *findings = editor.findingsView();
    auto *action = new QAction(actionIcon(QStringLiteral("mail-attachment")),
                               AttachmentsPanel::tr("Attachments of this finding…"), findings);
    action->setObjectName(QStringLiteral("findingAttachmentsAction"));
    findings->addAction(action);
    findings->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, &window, [&window, &session, findings, current] {
        const Visit visit = current();
        const int row = findings->currentIndex().row();
        const QString title = AttachmentsPanel::tr("Attachments of a finding");
        if (visit.id == 0 || row < 0 || row >= visit.findings.size() ||
            visit.findings.at(row).key.isEmpty()) {
            QMessageBox::information(&window, title,
                                     AttachmentsPanel::tr("Select a finding that has a key, in a "
                                                          "visit that has been saved."));
            return;
        }
        const Finding &finding = visit.findings.at(row);
        AttachmentsDialog dialog(session, visit, AttachmentOwner{visit.id, finding.key, -1, -1},
                                 AttachmentsPanel::tr("Attachments of finding %1").arg(finding.key),
                                 &window);
        dialog.exec();
    });
    return panel;
}

} // namespace vt
