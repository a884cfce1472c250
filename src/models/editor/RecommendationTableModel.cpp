#include "models/editor/RecommendationTableModel.h"

#include "domain/FollowUpRules.h"

namespace vt {

RecommendationTableModel::RecommendationTableModel(QObject *parent)
    : RecordTableModel<Recommendation>(parent)
{
    using namespace columns;
    addColumn(longText(QStringLiteral("text"), tr("Recommendation"), &Recommendation::text));
    addColumn(text(QStringLiteral("responsible"), tr("Responsible unit"),
                   &Recommendation::responsible, CompletionKind::Organisations));
    addColumn(date(QStringLiteral("due"), tr("Deadline"), &Recommendation::due));
    addColumn(choice(QStringLiteral("status"), tr("Status"), &Recommendation::status));
    addColumn(date(QStringLiteral("completed"), tr("Completed"), &Recommendation::completed));
    addColumn(computed<Recommendation>(
        QStringLiteral("last_progress"), tr("Last progress"), [](const Recommendation &rec) {
            const std::optional<int> progress = latestProgress(rec);
            return progress ? QVariant(tr("%1%").arg(QLocale().toString(*progress))) : QVariant();
        }));
}

QString RecommendationTableModel::fieldTitle(const QString &field) const
{
    if (field == QLatin1StringView("addresses"))
        return tr("Limitations addressed");
    if (field == QLatin1StringView("updates"))
        return tr("Follow-up");
    return RecordTableModel<Recommendation>::fieldTitle(field);
}

void RecommendationTableModel::setUpdates(int row, const QList<FollowUpUpdate> &updates)
{
    if (row < 0 || row >= rowCount())
        return;
    Recommendation rec = recordAt(row);
    rec.updates = updates;
    replaceRecord(row, rec);
}

void RecommendationTableModel::setAddresses(int row, const QStringList &findingKeys)
{
    if (row < 0 || row >= rowCount())
        return;
    Recommendation rec = recordAt(row);
    rec.addresses = findingKeys;
    replaceRecord(row, rec);
}

void RecommendationTableModel::replaceFindingKey(const QString &oldKey, const QString &newKey)
{
    for (int row = 0; row < rowCount(); ++row) {
        Recommendation rec = recordAt(row);
        if (!rec.addresses.contains(oldKey))
            continue;
        if (newKey.isEmpty() || rec.addresses.contains(newKey))
            rec.addresses.removeAll(oldKey);
        else
            rec.addresses.replace(rec.addresses.indexOf(oldKey), newKey);
        replaceRecord(row, rec);
    }
}

} // namespace vt
