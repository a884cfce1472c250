#include "gui/print/PrintDocumentDialog.h"

#include "documents/MeetingDocuments.h"
#include "gui/DatabaseSession.h"
#include "storage/DocumentProfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt {

using documents::DocumentKind;
using documents::DocumentStyle;

PrintDocumentDialog::PrintDocumentDialog(DatabaseSession &session, const Visit &visit,
                                         OutputAction action, QWidget *parent)
    : QDialog(parent), m_session(session), m_visit(visit), m_action(action)
{
    setObjectName(QStringLiteral("printDocumentDialog"));
    setWindowTitle(tr("Print a meeting document"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("printDocumentKind"));
    for (DocumentKind kind : {DocumentKind::Conclusion, DocumentKind::Minutes})
        m_kind->addItem(documents::displayName(kind), int(kind));
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("printDocumentStyle"));
    for (DocumentStyle style : {DocumentStyle::Party, DocumentStyle::State, DocumentStyle::Plain})
        m_style->addItem(documents::displayName(style), int(style));

    const auto edit = [this](const char *name) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QLatin1String(name));
        return line;
    };
    m_number = edit("printNumber");
    m_number->setPlaceholderText(tr("e.g. 45-TB/BTGTW (party) or 12/TB-UBND (state)"));
    m_superior = edit("printSuperiorBody");
    m_issuing = edit("printIssuingBody");
    m_place = edit("printPlace");
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("printDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_signer = edit("printSigner");
    m_position = edit("printSignerPosition");
    m_capacity = new QComboBox(this);
    m_capacity->setObjectName(QStringLiteral("printCapacity"));
    m_capacity->addItem(tr("In own name"), QString());
    m_capacity->addItem(tr("T/M — on behalf of"), QStringLiteral("T/M"));
    m_capacity->addItem(tr("K/T — signing for"), QStringLiteral("K/T"));
    m_capacity->addItem(tr("T/L — by order of"), QStringLiteral("T/L"));
    m_onBehalf = edit("printOnBehalfOf");
    m_onBehalf->setPlaceholderText(tr("e.g. BAN THƯỜNG VỤ, ĐOÀN CÔNG TÁC, TRƯỞNG BAN"));
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(QStringLiteral("printRecipients"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setFixedHeight(90);
    m_remember = new QCheckBox(tr("Remember these fields for %1").arg(visit.delegation), this);
    m_remember->setObjectName(QStringLiteral("printRemember"));
    m_remember->setChecked(!session.isReadOnly());
    m_remember->setEnabled(!session.isReadOnly());

    // Which photos: each attachment's "In minutes" check, remembered with it.
    m_photos = new QCheckBox(this);
    m_photos->setObjectName(QStringLiteral("printPhotos"));
    m_photos->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Style:"), m_style);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("S&uperior body:"), m_superior);
    form->addRow(tr("&Issuing body:"), m_issuing);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("Si&gner:"), m_signer);
    form->addRow(tr("Signer's p&osition:"), m_position);
    form->addRow(tr("Signing &capacity:"), m_capacity);
    form->addRow(tr("On &behalf of:"), m_onBehalf);
    form->addRow(tr("&Recipients (one a line):"), m_recipients);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_photos);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("printDocumentRun"));
    switch (action) {
    case OutputAction::Preview:
        ok->setText(tr("&Preview"));
        break;
    case OutputAction::Print:
        ok->setText(tr("&Print…"));
        break;
    case OutputAction::ExportPdf:
        ok->setText(tr("Export &PDF…"));
        break;
    case OutputAction::ExportOdt:
        ok->setText(tr("Export &ODT…"));
        break;
    case OutputAction::ExportHtml:
        ok->setText(tr("Export &HTML…"));
        break;
    }
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintDocumentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintDocumentDialog::loadProfile);
    connect(m_style, &QComboBox::currentIndexChanged, this, &PrintDocumentDialog::loadProfile);
    loadProfile();
}

DocumentKind PrintDocumentDialog::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

DocumentStyle PrintDocumentDialog::style() const
{
    return DocumentStyle(m_style->currentData().toInt());
}

void PrintDocumentDialog::setKind(DocumentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PrintDocumentDialog::setStyle(DocumentStyle style)
{
    m_style->setCurrentIndex(m_style->findData(int(style)));
}

void PrintDocumentDialog::loadProfile()
{
    m_base = documents::meetingRecordFor(m_session.database(), m_visit, kind(), style());
    const DocumentProfile &profile = m_base.profile;
    m_number->setText(profile.number);
    m_superior->setText(profile.superiorBody);
    m_issuing->setText(profile.issuingBody);
    m_place->setText(profile.place);
    m_date->setDate(m_base.documentDate.isValid() ? m_base.documentDate : QDate::currentDate());
    m_signer->setText(profile.signerName);
    m_position->setText(profile.signerPosition);
    const int capacity = m_capacity->findData(profile.signingCapacity);
    m_capacity->setCurrentIndex(capacity < 0 ? 0 : capacity);
    m_onBehalf->setText(profile.onBehalfOf);
    m_recipients->setPlainText(profile.recipients.join(QLatin1Char('\n')));
    // Minutes are signed by the chair and the minute-taker of the visit.
    const bool conclusion = kind() == DocumentKind::Conclusion;
    for (QWidget *field : {static_cast<QWidget *>(m_signer), static_cast<QWidget *>(m_position),
                           static_cast<QWidget *>(m_capacity), static_cast<QWidget *>(m_onBehalf)})
        field->setEnabled(conclusion);
    const auto photos = int(m_base.photos.size());
    m_photos->setVisible(kind() == DocumentKind::Minutes);
    m_photos->setEnabled(photos > 0);
    m_photos->setText(photos > 0 ? tr("Print the %n photo(s) marked “In minutes” in the "
                                      "Attachments tab",
                                      nullptr, photos)
                                 : tr("No photo is marked “In minutes” in the Attachments tab"));
}

documents::MeetingRecord PrintDocumentDialog::record() const
{
    documents::MeetingRecord record = m_base;
    DocumentProfile &profile = record.profile;
    // Leading blanks are the room left to write the number in by hand.
    profile.number = m_number->text();
    while (profile.number.endsWith(QLatin1Char(' ')))
        profile.number.chop(1);
    profile.superiorBody = m_superior->text().trimmed();
    profile.issuingBody = m_issuing->text().trimmed();
    profile.place = m_place->text().trimmed();
    profile.signerName = m_signer->text().trimmed();
    profile.signerPosition = m_position->text().trimmed();
    profile.signingCapacity = m_capacity->currentData().toString();
    profile.onBehalfOf = m_onBehalf->text().trimmed();
    profile.recipients.clear();
    for (const QString &line : m_recipients->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            profile.recipients << line.trimmed();
    }
    record.documentDate = m_date->date();
    if (!m_photos->isChecked())
        record.photos.clear();
    return record;
}

void PrintDocumentDialog::rememberProfile()
{
    if (!m_remember->isChecked() || m_session.isReadOnly())
        return;
    QString error;
    if (!DocumentProfiles(m_session.database()).remember(record().profile, &error))
        QMessageBox::warning(this, tr("Fields not remembered"),
                             tr("The document is printed, but its fields could not be "
                                "remembered for next time:\n%1")
                                 .arg(error));
}

std::unique_ptr<QTextDocument> PrintDocumentDialog::compose()
{
    rememberProfile();
    return documents::composeMeetingDocument(record(), kind(), style());
}

QString PrintDocumentDialog::documentTitle() const
{
    return QStringLiteral("%1 - %2 - %3")
        .arg(documents::displayName(kind()), m_visit.host, m_visit.date.toString(Qt::ISODate));
}

void PrintDocumentDialog::accept()
{
    const std::unique_ptr<QTextDocument> document = compose();
    if (!runOutput(this, m_action, *document, style(), documentTitle()) &&
        m_action != OutputAction::Preview)
        return; // cancelled or failed: stay open with the fields as typed
    QDialog::accept();
}

} // namespace vt
