#include "gui/editor/GeneralPage.h"

#include "gui/Appearance.h"

#include "gui/editor/CompletionLists.h"
#include "gui/editor/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vt {
namespace {

template <typename Enum> void fillCombo(QComboBox *combo)
{
    for (int i = 0; i < valueCount<Enum>(); ++i)
        combo->addItem(displayName(valueAt<Enum>(i)));
}

template <typename Enum> int comboIndexOf(Enum value)
{
    for (int i = 0; i < valueCount<Enum>(); ++i) {
        if (valueAt<Enum>(i) == value)
            return i;
    }
    return 0;
}

QString withoutMnemonic(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

} // namespace

GeneralPage::GeneralPage(const CompletionLists *completions, QWidget *parent)
    : QWidget(parent), m_completions(completions)
{
    m_otherIssues = new QLabel(this);
    m_otherIssues->setObjectName(QStringLiteral("generalIssuesLabel"));
    markAsProblemText(m_otherIssues);
    m_otherIssues->setWordWrap(true);
    m_otherIssues->hide();

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Created in reading order, so the tab order follows the form.
    m_title = addLine(QStringLiteral("title"), tr("&Title:"), QStringLiteral("titleEdit"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    fillCombo<VisitKind>(m_kind);
    addRow(QStringLiteral("kind"), tr("&Kind:"), m_kind);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    fillCombo<VisitStatus>(m_status);
    addRow(QStringLiteral("status"), tr("St&atus:"), m_status);

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setSpecialValueText(tr("Not set"));
    addRow(QStringLiteral("date"), tr("&Date:"), m_date);

    // A visit usually lasts one day; the end date is only for longer trips.
    auto *endRow = new QWidget(this);
    m_hasEndDate = new QCheckBox(tr("Lasts se&veral days, until"), endRow);
    m_hasEndDate->setObjectName(QStringLiteral("endDateCheck"));
    m_endDate = new QDateEdit(endRow);
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setDisplayFormat(m_date->displayFormat());
    m_endDate->setEnabled(false);
    m_endDate->setAccessibleName(tr("End date"));
    auto *endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEndDate);
    endLayout->addWidget(m_endDate);
    endLayout->addStretch();
    addRow(QStringLiteral("end_date"), tr("End date:"), m_endDate, endRow);

    m_location = addLine(QStringLiteral("location"), tr("&Place:"), QStringLiteral("locationEdit"));
    m_location->setCompleter(m_completions->createCompleter(CompletionKind::Locations, m_location));
    m_delegation =
        addLine(QStringLiteral("delegation"), tr("De&legation:"), QStringLiteral("delegationEdit"));
    m_delegation->setCompleter(
        m_completions->createCompleter(CompletionKind::Organisations, m_delegation));
    m_delegation->setPlaceholderText(tr("The visiting organisation, as named on the visit date"));
    m_host = addLine(QStringLiteral("host"), tr("&Host organisation:"), QStringLiteral("hostEdit"));
    m_host->setCompleter(m_completions->createCompleter(CompletionKind::Organisations, m_host));
    m_host->setPlaceholderText(tr("The host organisation, as named on the visit date"));
    m_topic = addLine(QStringLiteral("topic"), tr("T&opic:"), QStringLiteral("topicEdit"));

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    addRow(QStringLiteral("summary"), tr("S&ummary:"), m_summary);

    // Choices and dates are short: full-width boxes would read as text fields.
    for (QWidget *compact : std::initializer_list<QWidget *>{m_kind, m_status, m_date})
        compact->setSizePolicy(QSizePolicy::Fixed, compact->sizePolicy().verticalPolicy());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_otherIssues);
    layout->addLayout(m_form, 1);

    for (QLineEdit *line : {m_title, m_location, m_delegation, m_host, m_topic})
        connect(line, &QLineEdit::textChanged, this, &GeneralPage::reportEdit);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GeneralPage::reportEdit);
    connect(m_status, &QComboBox::currentIndexChanged, this, &GeneralPage::reportEdit);
    connect(m_date, &QDateEdit::dateChanged, this, &GeneralPage::reportEdit);
    connect(m_endDate, &QDateEdit::dateChanged, this, &GeneralPage::reportEdit);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &GeneralPage::reportEdit);
    connect(m_hasEndDate, &QCheckBox::toggled, this, [this](bool on) {
        m_endDate->setEnabled(on);
        if (on && !m_loading && m_date->hasValue() && m_endDate->date() < m_date->value())
            m_endDate->setDate(m_date->value());
        reportEdit();
    });
}

void GeneralPage::addRow(const QString &path, const QString &label, QWidget *editor,
                         QWidget *rowWidget)
{
    auto *container = new QWidget(this);
    auto *issue = new QLabel(container);
    issue->setObjectName(path == QLatin1StringView("end_date")
                             ? QStringLiteral("endDateIssueLabel")
                             : path + QStringLiteral("IssueLabel"));
    markAsProblemText(issue);
    issue->setWordWrap(true);
    issue->hide();
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(rowWidget ? rowWidget : editor);
    column->addWidget(issue);

    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(editor);
    m_form->addRow(labelWidget, container);
    const QString title = withoutMnemonic(label);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(title);
    m_fields.append({path, title, editor, issue});
}

QLineEdit *GeneralPage::addLine(const QString &path, const QString &label,
                                const QString &objectName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    addRow(path, label, line);
    return line;
}

void GeneralPage::setVisit(const Visit &visit)
{
    m_loading = true;
    m_title->setText(visit.title);
    m_kind->setCurrentIndex(comboIndexOf(visit.kind));
    m_status->setCurrentIndex(comboIndexOf(visit.status));
    m_date->setValue(visit.date);
    m_hasEndDate->setChecked(visit.endDate.isValid());
    m_endDate->setDate(visit.endDate.isValid()
                           ? visit.endDate
                           : (visit.date.isValid() ? visit.date : QDate::currentDate()));
    m_location->setText(visit.location);
    m_delegation->setText(visit.delegation);
    m_host->setText(visit.host);
    m_topic->setText(visit.topic);
    m_summary->setPlainText(visit.summary);
    m_loading = false;
}

void GeneralPage::applyTo(Visit &visit) const
{
    visit.title = m_title->text();
    visit.kind = valueAt<VisitKind>(std::max(0, m_kind->currentIndex()));
    visit.status = valueAt<VisitStatus>(std::max(0, m_status->currentIndex()));
    visit.date = m_date->value();
    visit.endDate = m_hasEndDate->isChecked() ? m_endDate->date() : QDate();
    visit.location = m_location->text();
    visit.delegation = m_delegation->text();
    visit.host = m_host->text();
    visit.topic = m_topic->text();
    visit.summary = m_summary->toPlainText();
}

int GeneralPage::showIssues(const QList<ValidationIssue> &issues)
{
    int shown = 0;
    QStringList other;
    for (Field &field : m_fields) {
        QStringList messages;
        for (const ValidationIssue &issue : issues) {
            if (issue.path == field.path)
                messages << tr("%1 %2").arg(field.title, issue.message);
        }
        const QString text = messages.join(QLatin1Char('\n'));
        field.issue->setText(text);
        field.issue->setVisible(!text.isEmpty());
        field.editor->setAccessibleDescription(text);
        shown += int(messages.size());
    }
    // General issues without a field of their own (the external reference).
    for (const ValidationIssue &issue : issues) {
        if (issue.path == QLatin1StringView("ref")) {
            other << tr("Reference %1").arg(issue.message);
            ++shown;
        }
    }
    m_otherIssues->setText(other.join(QLatin1Char('\n')));
    m_otherIssues->setVisible(!other.isEmpty());
    return shown;
}

void GeneralPage::reportEdit()
{
    if (!m_loading)
        Q_EMIT edited();
}

} // namespace vt
