#pragma once

// Chooses the document (minutes or conclusion notice) and its style, and
// edits the fields an office enters per document: number, bodies, place,
// date, signer and recipients. They start from what the issuing organisation
// used last time (storage/DocumentProfiles) and are remembered again when the
// document is output. The accept button does the action the window was
// opened for (preview, print, export).

#include "documents/MeetingRecord.h"
#include "gui/print/DocumentOutput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vt {

class DatabaseSession;

class PrintDocumentDialog final : public QDialog
{
    Q_OBJECT

public:
    PrintDocumentDialog(DatabaseSession &session, const Visit &visit, OutputAction action,
                        QWidget *parent = nullptr);

    documents::DocumentKind kind() const;
    documents::DocumentStyle style() const;
    void setKind(documents::DocumentKind kind);
    void setStyle(documents::DocumentStyle style);
    // The record to print: the visit with the fields as edited.
    documents::MeetingRecord record() const;
    QLineEdit *numberEdit() const { return m_number; }

    // Remembers the fields (when asked and the database is writable) and
    // composes the document; what the accept button outputs.
    std::unique_ptr<QTextDocument> compose();
    // The title of the output ("Biên bản - Tỉnh ủy Long An - 2023-06-07").
    QString documentTitle() const;

    void accept() override;

private:
    void loadProfile();
    void rememberProfile();

    DatabaseSession &m_session;
    Visit m_visit;
    OutputAction m_action;
    documents::MeetingRecord m_base; // carried-over verdicts, defaults
    QComboBox *m_kind = nullptr;
    QComboBox *m_style = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_superior = nullptr;
    QLineEdit *m_issuing = nullptr;
    QLineEdit *m_place = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_position = nullptr;
    QComboBox *m_capacity = nullptr;
    QLineEdit *m_onBehalf = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_photos = nullptr; // the photos marked "in minutes" in the Attachments tab
};

} // namespace vt
