#include "gui/OrganisationsDialog.h"

#include "gui/DatabaseSession.h"
#include "gui/RoomyRows.h"
#include "services/OrganisationService.h"

#include "domain/TextFolding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vt {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

enum Column
{
    NameColumn,
    KindColumn,
    VisitsColumn,
    ColumnCount
};

} // namespace

OrganisationsDialog::OrganisationsDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("organisationsDialog"));
    setWindowTitle(tr("Organisations"));
    resize(820, 560);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("organisationFilterEdit"));
    m_filter->setPlaceholderText(tr("Find an organisation (accents optional)"));
    m_filter->setAccessibleName(m_filter->placeholderText());
    m_filter->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Organisation"), tr("Kind"), tr("Visits hosted")});
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("organisationTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    giveRowsRoom(m_tree);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(KindColumn, 220);
    m_tree->header()->resizeSection(VisitsColumn, 110);

    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("organisationParentCombo"));
    m_parent->setAccessibleName(tr("Under"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("organisationKindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Not set"), QString());
    for (int i = 0; i < valueCount<OrganisationKind>(); ++i) {
        const OrganisationKind kind = valueAt<OrganisationKind>(i);
        m_kind->addItem(displayName(kind), toKey(kind));
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("organisationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *form = new QFormLayout;
    auto *parentLabel = new QLabel(tr("&Under:"), this);
    parentLabel->setBuddy(m_parent);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(parentLabel, m_parent);
    form->addRow(kindLabel, m_kind);
    auto *hint = new QLabel(
        tr("Visits to the units under an organisation are included when a list is filtered by "
           "that organisation with \"and subordinate units\"."),
        this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    const bool editable = m_session.isOpen() && !m_session.isReadOnly();
    m_parent->setEnabled(false);
    m_kind->setEnabled(false);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganisationsDialog::reload);
    connect(m_parent, &QComboBox::activated, this, &OrganisationsDialog::applyParent);
    connect(m_kind, &QComboBox::activated, this, &OrganisationsDialog::applyKind);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, editable] {
                m_parent->setEnabled(editable && currentId() != 0);
                m_kind->setEnabled(editable && currentId() != 0);
                showCurrent();
            });
    reload();
}

qint64 OrganisationsDialog::currentId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(kIdRole).toLongLong() : 0;
}

void OrganisationsDialog::report(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void OrganisationsDialog::reload()
{
    if (!m_session.isOpen())
        return;
    const qint64 keep = currentId();
    QString error;
    const QList<OrganisationRecord> records =
        OrganisationService(m_session.database()).list(&error);
    report(error);

    // The filter keeps matching organisations and the path down to them.
    const QString filter = foldForSearch(m_filter->text()).simplified();
    m_records.clear();
    for (const OrganisationRecord &record : records)
        m_records.insert(record.id, record);
    QSet<qint64> shown;
    for (const OrganisationRecord &record : records) {
        if (!filter.isEmpty() && !foldForSearch(record.name).contains(filter))
            continue;
        // Up to the top; a broken chain (never stored: setParent refuses cycles) stops.
        for (auto r = m_records.constFind(record.id);
             r != m_records.cend() && !shown.contains(r->id); r = m_records.constFind(r->parentId))
            shown.insert(r->id);
    }

    m_model->removeRows(0, m_model->rowCount());
    QHash<qint64, QStandardItem *> items;
    const auto rowFor = [&](const OrganisationRecord &record) {
        auto *name = new QStandardItem(record.name);
        name->setData(record.id, kIdRole);
        name->setToolTip(record.parentName.isEmpty()
                             ? record.name
                             : tr("%1, under %2").arg(record.name, record.parentName));
        auto *kind = new QStandardItem(record.kind ? displayName(*record.kind) : QString());
        auto *visits = new QStandardItem(QLocale().toString(record.hostedVisits));
        visits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items.insert(record.id, name);
        return QList<QStandardItem *>{name, kind, visits};
    };
    // Parents before children: place each record once its parent has an item.
    QList<const OrganisationRecord *> pending;
    for (const OrganisationRecord &record : records) {
        if (shown.contains(record.id))
            pending.append(&record);
    }
    while (!pending.isEmpty()) {
        QList<const OrganisationRecord *> later;
        for (const OrganisationRecord *record : std::as_const(pending)) {
            if (record->parentId == 0 || !shown.contains(record->parentId))
                m_model->appendRow(rowFor(*record));
            else if (QStandardItem *parent = items.value(record->parentId))
                parent->appendRow(rowFor(*record));
            else
                later.append(record);
        }
        if (later.size() == pending.size()) { // cannot happen in a tree; show them at the top
            for (const OrganisationRecord *record : std::as_const(later))
                m_model->appendRow(rowFor(*record));
            break;
        }
        pending = later;
    }
    m_tree->expandAll();

    // The parent choices: none, or any organisation (the service refuses cycles).
    {
        const QSignalBlocker blocker(m_parent);
        m_parent->clear();
        m_parent->addItem(tr("— none (top level) —"), qint64(0));
        for (const OrganisationRecord &record : records)
            m_parent->addItem(record.name, record.id);
    }
    if (QStandardItem *item = items.value(keep))
        m_tree->setCurrentIndex(item->index());
    showCurrent();
}

void OrganisationsDialog::showCurrent()
{
    const auto record = m_records.constFind(currentId());
    if (record == m_records.cend())
        return;
    m_updating = true;
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(record->parentId)));
    m_kind->setCurrentIndex(
        qMax(0, m_kind->findData(record->kind ? toKey(*record->kind) : QString())));
    m_updating = false;
}

void OrganisationsDialog::applyParent()
{
    const qint64 id = currentId();
    if (m_updating || id == 0)
        return;
    QString error;
    if (!m_session.setOrganisationParent(id, m_parent->currentData().toLongLong(), &error)) {
        report(error);
        showCurrent(); // back to what is stored
        return;
    }
    report({});
    reload(); // the session told the views (and recorded an undo step)
}

void OrganisationsDialog::applyKind()
{
    const qint64 id = currentId();
    if (m_updating || id == 0)
        return;
    QString error;
    const auto kind = fromKey<OrganisationKind>(m_kind->currentData().toString());
    if (!m_session.setOrganisationKind(id, kind, &error)) {
        report(error);
        showCurrent();
        return;
    }
    report({});
    reload();
}

bool OrganisationsDialog::select(const QString &name)
{
    const QList<QStandardItem *> found =
        m_model->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, NameColumn);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentIndex(found.first()->index());
    return true;
}

} // namespace vt
