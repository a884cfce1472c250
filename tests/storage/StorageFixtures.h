#pragma once

// Shared by the storage tests: file helpers, raw SQL access and sample visits.

#include "storage/Database.h"
#include "storage/VisitCatalogue.h"

#include "domain/Visit.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace vt::test {

QByteArray sha256Of(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Runs statements on a plain connection, as another program would.
void runRaw(const QString &path, const QStringList &statements);
// Rewrites a database of the current schema as schema 3 (no organisation
// hierarchy, no change history, no document profiles), as an older program left it, to test
// upgrades.
void downgradeToSchema3(const QString &path);
QVariant scalar(const Database &database, const QString &statement);
qint64 rowCount(const Database &database, const char *table);
QJsonObject extension(const char *key, const QJsonValue &value);
// Saves all visits in one transaction (setting their ids); false on any error.
bool saveAll(Database &database, QList<Visit> &visits);

// The real visit of DOMAIN.md, with every record kind, Vietnamese text and
// edge values (optional numbers absent and present, x- fields everywhere).
Visit longAnVisit();
// A short visit for list tests.
Visit listVisit(const char *ref, const QString &title, QDate date, const QString &host,
                const QString &delegation, VisitKind kind, VisitStatus status);

// Builds filters field by field (designated initialisers would warn about the
// fields left out).
struct Filter
{
    VisitFilter value;
    Filter &text(const QString &t)
    {
        value.text = t;
        return *this;
    }
    Filter &from(QDate d)
    {
        value.from = d;
        return *this;
    }
    Filter &to(QDate d)
    {
        value.to = d;
        return *this;
    }
    Filter &host(const QString &t)
    {
        value.host = t;
        return *this;
    }
    Filter &delegation(const QString &t)
    {
        value.delegation = t;
        return *this;
    }
    Filter &kind(VisitKind k)
    {
        value.kind = k;
        return *this;
    }
    Filter &status(VisitStatus s)
    {
        value.status = s;
        return *this;
    }
    operator VisitFilter() const { return value; }
};

} // namespace vt::test
