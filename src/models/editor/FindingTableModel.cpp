#include "models/editor/FindingTableModel.h"

#include <QSet>

namespace vt {

FindingTableModel::FindingTableModel(QObject *parent) : RecordTableModel<Finding>(parent)
{
    using namespace columns;
    addColumn(choice(QStringLiteral("category"), tr("Category"), &Finding::category));
    addColumn(text(QStringLiteral("area"), tr("Area"), &Finding::area, CompletionKind::Areas));
    addColumn(longText(QStringLiteral("text"), tr("Text"), &Finding::text));
    addColumn(text(QStringLiteral("organisation"), tr("Unit concerned"), &Finding::organisation,
                   CompletionKind::Organisations));
    // Last and short: keys matter only to the references of recommendations.
    addColumn(text(QStringLiteral("key"), tr("Key"), &Finding::key));
}

bool FindingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool isKey = index.isValid() && index.column() == KeyColumn;
    const QString oldKey = isKey ? recordAt(index.row()).key : QString();
    if (!RecordTableModel<Finding>::setData(index, value, role))
        return false;
    if (isKey && !oldKey.isEmpty())
        Q_EMIT keyRenamed(oldKey, recordAt(index.row()).key);
    return true;
}

QString FindingTableModel::ensureKey(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    if (!recordAt(row).key.isEmpty())
        return recordAt(row).key;

    QSet<QString> used;
    for (const Finding &finding : records())
        used.insert(finding.key);
    int number = 1;
    while (used.contains(QStringLiteral("f%1").arg(number)))
        ++number;
    Finding finding = recordAt(row);
    finding.key = QStringLiteral("f%1").arg(number);
    replaceRecord(row, finding);
    return finding.key;
}

int FindingTableModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row).key == key)
            return row;
    }
    return -1;
}

} // namespace vt
