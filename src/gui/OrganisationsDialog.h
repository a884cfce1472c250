#pragma once

// Edit ▸ Organisations: the organisations the records name, shown as a tree
// (a district committee under its province), where the user says which unit is
// under which and what kind of body each is. The lists' "and subordinate
// units" filters follow this tree. Each change is saved at once.

#include "storage/Organisations.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace vt {

class DatabaseSession;

class OrganisationsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationsDialog(DatabaseSession &session, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    // Selects the named organisation (tests, and opening the dialog at a host).
    bool select(const QString &name);

private:
    void reload();
    void showCurrent();
    void applyParent();
    void applyKind();
    qint64 currentId() const;
    void report(const QString &error);

    DatabaseSession &m_session;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_message = nullptr;
    QHash<qint64, OrganisationRecord> m_records; // as last read, by id
    bool m_updating = false;                     // filling the editors, not a user change
};

} // namespace vt
