#pragma once

// Finds or records a name in a table of names (organisations, people), so that
// completion offers it and records can refer to it. Private to storage/: the
// visit writer and the organisation hierarchy share it. Ids are cached per
// register, so a batch of visits looks each name up once.

#include "storage/NativeStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace vt::records {

class NameRegister
{
public:
    NameRegister(QSqlDatabase connection, const char *table, const char *column);

    // The name's id, recorded if it is new; NULL for an empty name.
    bool idOf(const QString &name, QVariant *id, QString *error);

private:
    sql::NativeStatement m_find;
    sql::NativeStatement m_insert;
    QHash<QString, QVariant> m_ids;
};

} // namespace vt::records
