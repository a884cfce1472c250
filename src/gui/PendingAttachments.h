#pragma once

// Files chosen to be attached to a record that is not stored yet (a new
// follow-up update): a short list with Attach files…/Remove, and dropped
// files. The owner reads and checks them with prepare() before storing the
// record, so a bad file stops the update before anything is written.

#include "services/AttachmentService.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace vt {

class PendingAttachments final : public QWidget
{
    Q_OBJECT

public:
    explicit PendingAttachments(QWidget *parent = nullptr);

    QStringList files() const;
    void addFiles(const QStringList &paths);
    void clear();
    // Every file read and checked; nullopt with the first problem.
    std::optional<QList<PreparedAttachment>> prepare(const AttachmentService &service,
                                                     QString *error) const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace vt
