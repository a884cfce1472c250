#pragma once

// The "General" page of the visit editor: the visit's own fields, each with a
// red line under it for its validation issue.

#include "domain/Validation.h"
#include "domain/Visit.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vt {

class CompletionLists;
class OptionalDateEdit;

class GeneralPage final : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralPage(const CompletionLists *completions, QWidget *parent = nullptr);

    // Shows a visit without reporting it as an edit.
    void setVisit(const Visit &visit);
    // Writes the fields of this page into `visit`, leaving the rest alone.
    void applyTo(Visit &visit) const;

    // Issues whose path is a field of this page ("title", "end_date"...);
    // the others are ignored. Returns how many were shown.
    int showIssues(const QList<ValidationIssue> &issues);

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        QString path;  // validation path
        QString title; // for messages, without mnemonic
        QWidget *editor = nullptr;
        QLabel *issue = nullptr;
    };

    void addRow(const QString &path, const QString &label, QWidget *editor,
                QWidget *rowWidget = nullptr);
    QLineEdit *addLine(const QString &path, const QString &label, const QString &objectName);
    void reportEdit();

    const CompletionLists *m_completions;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fields;
    QLabel *m_otherIssues = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_date = nullptr;
    QCheckBox *m_hasEndDate = nullptr;
    QDateEdit *m_endDate = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_delegation = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    bool m_loading = false;
};

} // namespace vt
