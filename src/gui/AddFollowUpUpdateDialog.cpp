#include "gui/AddFollowUpUpdateDialog.h"

#include "gui/Appearance.h"
#include "gui/PendingAttachments.h"

#include "models/RecommendationListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vt {
namespace {

constexpr int kNoProgress = -1;

QWidget *withIssue(QWidget *field, QLabel *issue)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(issue);
    return box;
}

} // namespace

AddFollowUpUpdateDialog::AddFollowUpUpdateDialog(const FollowUpRow &recommendation,
                                                 const QDate &today, QWidget *parent)
    : QDialog(parent), m_recommendation(recommendation), m_today(today)
{
    setObjectName(QStringLiteral("addFollowUpUpdateDialog"));
    setWindowTitle(tr("Add follow-up update"));
    resize(560, 560);

    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("followUpRecommendationLabel"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(
        tr("%1\nVisit: %2 — %3\nResponsible unit: %4\nStatus: %5")
            .arg(recommendation.text, recommendation.host,
                 QLocale().toString(recommendation.visitDate, QLocale::ShortFormat),
                 recommendation.responsible.isEmpty() ? tr("(none)") : recommendation.responsible,
                 followUpStatusText(recommendation)));

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("followUpDateEdit"));
    m_date->setCalendarPopup(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("followUpNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done since the last update"));
    m_progress = new QSpinBox(this);
    m_progress->setObjectName(QStringLiteral("followUpProgressSpin"));
    m_progress->setRange(kNoProgress, 100);
    m_progress->setSpecialValueText(tr("not given"));
    m_progress->setSuffix(tr("%"));
    m_progress->setValue(recommendation.lastProgress.value_or(kNoProgress));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("followUpEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("e.g. Report No. 12-BC/TU of 30/9/2023"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("followUpNewStatusCombo"));
    m_status->addItem(tr("Keep “%1”").arg(displayName(recommendation.status)), -1);
    for (int i = 0; i < valueCount<RecommendationStatus>(); ++i) {
        const RecommendationStatus status = valueAt<RecommendationStatus>(i);
        if (status != recommendation.status)
            m_status->addItem(displayName(status), i);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), withIssue(m_date, issueLabel("date")));
    form->addRow(tr("&Note:"), withIssue(m_note, issueLabel("note")));
    form->addRow(tr("&Progress:"), withIssue(m_progress, issueLabel("progress")));
    form->addRow(tr("&Evidence:"), withIssue(m_evidence, issueLabel("evidence")));
    form->addRow(tr("New &status:"), withIssue(m_status, issueLabel("status")));
    m_attachments = new PendingAttachments(this);
    form->addRow(tr("Attac&hments:"), withIssue(m_attachments, issueLabel("attachments")));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add update"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("followUpSubmitButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFollowUpUpdateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &AddFollowUpUpdateDialog::revalidate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AddFollowUpUpdateDialog::revalidate);
    connect(m_progress, &QSpinBox::valueChanged, this, &AddFollowUpUpdateDialog::revalidate);
    connect(m_evidence, &QLineEdit::textChanged, this, &AddFollowUpUpdateDialog::revalidate);
    m_note->setFocus();
}

QLabel *AddFollowUpUpdateDialog::issueLabel(const char *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("%1IssueLabel").arg(QLatin1StringView(field)));
    label->setWordWrap(true);
    // Red that stays readable on light and dark backgrounds.
    markAsProblemText(label);
    label->hide();
    m_issueLabels.insert(QLatin1StringView(field), label);
    return label;
}

NewFollowUpUpdate AddFollowUpUpdateDialog::request() const
{
    NewFollowUpUpdate request;
    request.recommendationId = m_recommendation.id;
    request.update.date = m_date->date();
    request.update.note = m_note->toPlainText();
    if (m_progress->value() != kNoProgress)
        request.update.progress = m_progress->value();
    request.update.evidence = m_evidence->text();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        request.newStatus = valueAt<RecommendationStatus>(status);
    return request;
}

void AddFollowUpUpdateDialog::showIssues(const QList<ValidationIssue> &issues)
{
    for (QLabel *label : std::as_const(m_issueLabels)) {
        label->clear();
        label->hide();
    }
    for (const ValidationIssue &issue : issues) {
        if (QLabel *label = m_issueLabels.value(issue.path)) {
            label->setText(label->text().isEmpty()
                               ? issue.message
                               : label->text() + QLatin1Char('\n') + issue.message);
            label->show();
        }
    }
}

void AddFollowUpUpdateDialog::revalidate()
{
    if (m_triedOnce)
        showIssues(validateFollowUpUpdate(request(), m_recommendation, m_today));
}

void AddFollowUpUpdateDialog::submit()
{
    m_triedOnce = true;
    const NewFollowUpUpdate current = request();
    const QList<ValidationIssue> issues =
        validateFollowUpUpdate(current, m_recommendation, m_today);
    showIssues(issues);
    if (issues.isEmpty())
        emit submitted(current);
}

} // namespace vt
