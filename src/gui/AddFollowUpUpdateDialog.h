#pragma once

// Adds one dated progress report to a recommendation's follow-up log, from the
// follow-up view, without opening the visit editor: date, note, progress %,
// evidence reference and, optionally, a new status. Problems are shown beside
// their fields; the owner stores the update when submitted() arrives and
// accepts the dialog, or hands back issues with showIssues().

#include "services/FollowUp.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vt {

class PendingAttachments;

class AddFollowUpUpdateDialog final : public QDialog
{
    Q_OBJECT

public:
    AddFollowUpUpdateDialog(const FollowUpRow &recommendation, const QDate &today,
                            QWidget *parent = nullptr);

    NewFollowUpUpdate request() const;
    // Files to attach to the update once it is stored (gui/PendingAttachments.h).
    PendingAttachments *attachments() const { return m_attachments; }
    void showIssues(const QList<ValidationIssue> &issues);

signals:
    void submitted(const NewFollowUpUpdate &request);

private:
    void submit();
    void revalidate();
    QLabel *issueLabel(const char *field);

    FollowUpRow m_recommendation;
    QDate m_today;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QSpinBox *m_progress = nullptr;
    QLineEdit *m_evidence = nullptr;
    QComboBox *m_status = nullptr;
    PendingAttachments *m_attachments = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_issueLabels; // by field path
    bool m_triedOnce = false;               // messages appear after the first attempt, then live
};

} // namespace vt
