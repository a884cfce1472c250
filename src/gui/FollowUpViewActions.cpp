// The Follow-up tab's actions on its list: printing it, and adding a
// follow-up update to the selected recommendation (FollowUpView.h).

#include "gui/FollowUpView.h"

#include "documents/ListTables.h"
#include "gui/AddFollowUpUpdateDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/PendingAttachments.h"
#include "gui/print/DocumentOutput.h"
#include "models/RecommendationListModel.h"
#include "services/FollowUp.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>

namespace vt {

void FollowUpView::previewReport()
{
    // While a new list is counted on another thread the rows shown are not
    // yet the ones the filters ask for (none at all, the first time).
    if (m_model->isCounting()) {
        QMessageBox::information(this, tr("Print preview"),
                                 tr("The list is still being read. Print it once it is shown."));
        return;
    }
    // A printed list is read on paper: a longer one is a sign to filter first
    // (and would take minutes to lay out).
    if (m_model->rowCount() > kMaxPrintedRows) {
        QMessageBox::information(
            this, tr("Print preview"),
            tr("The list has %Ln recommendation(s). Narrow it with the filters to at most %1 to "
               "print it.",
               nullptr, m_model->rowCount())
                .arg(QLocale().toString(kMaxPrintedRows)));
        return;
    }
    QString error;
    const QList<FollowUpRow> rows = m_model->allRows(&error); // in the order shown
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Print preview"), error);
        return;
    }
    const QDate asOf = FollowUp(m_session.database()).asOf();
    previewList(this, documents::followUpReportTable(rows, asOf, m_summary->text()));
}

void FollowUpView::addUpdateToCurrent()
{
    const qint64 id = currentRecommendationId();
    if (id == 0 || !m_session.isOpen() || m_session.isReadOnly())
        return;
    FollowUp followUp(m_session.database());
    QString error;
    const std::optional<FollowUpRow> recommendation = followUp.recommendation(id, &error);
    if (!recommendation) {
        QMessageBox::critical(this, tr("Cannot add a follow-up update"), error);
        return;
    }
    AddFollowUpUpdateDialog dialog(*recommendation, followUp.asOf(), this);
    connect(&dialog, &AddFollowUpUpdateDialog::submitted, this,
            [this, &dialog](const NewFollowUpUpdate &request) {
                // Files are read and checked first: a bad one stops the update.
                AttachmentService attachments(m_session.database());
                QString fileError;
                const auto files = dialog.attachments()->prepare(attachments, &fileError);
                if (!files) {
                    dialog.showIssues({{QStringLiteral("attachments"), fileError}});
                    return;
                }
                // Through the session, the files in the same transaction: the
                // update and its files become one step that can be undone.
                const FollowUpResult result = m_session.addFollowUpUpdate(request, *files);
                if (!result.ok && result.issues.isEmpty()) {
                    QMessageBox::critical(&dialog, tr("Follow-up update not saved"), result.error);
                    return;
                }
                if (!result.ok) {
                    dialog.showIssues(result.issues);
                    return;
                }
                dialog.accept();
            });
    dialog.exec();
}

} // namespace vt
