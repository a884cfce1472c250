#pragma once

// A window around the visit editor: Save and Close, and the question about
// unsaved changes. One window per visit; new visits get their own.

#include "domain/Visit.h"

#include <QWidget>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace vt {

class DatabaseSession;
class AttachmentsPanel;
class VisitEditor;

class VisitEditorWindow final : public QWidget
{
    Q_OBJECT

public:
    VisitEditorWindow(DatabaseSession &session, const Visit &visit, QWidget *parent = nullptr);

    qint64 visitId() const { return m_visitId; }
    bool isModified() const;
    VisitEditor *editor() const { return m_editor; }

    // Saves; on failure tells the user and keeps every edit in the editor.
    bool save();
    // The Print button: its menu previews, prints or exports the minutes or
    // the conclusion notice of the visit as edited (gui/print).
    QPushButton *printButton() const { return m_printButton; }

signals:
    void visitIdAssigned(qint64 visitId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitleAndActions();
    // Follows changes made elsewhere (follow-up updates, verdicts of later
    // visits) while the editor holds no edits of its own.
    void reloadIfUnchanged();
    // False when the stored visit changed since it was loaded and the user
    // chose not to overwrite it.
    bool confirmOverwriteOfOtherChanges();

    DatabaseSession &m_session;
    QPushButton *m_historyButton = nullptr;
    VisitEditor *m_editor = nullptr;
    AttachmentsPanel *m_attachments = nullptr; // its pending files go with the first save
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_printButton = nullptr;
    qint64 m_visitId = 0;
    QString m_visitTitle;
    Visit m_loaded; // as stored when the editor was filled or last saved
    bool m_saving = false;
};

} // namespace vt
