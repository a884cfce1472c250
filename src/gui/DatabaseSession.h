#pragma once

// The open database as the windows share it. Every change goes through here,
// and visitsChanged() tells every view to re-read, so no view goes stale.

#include "services/ImportExport.h"
#include "services/VisitService.h"
#include "storage/Database.h"

#include <QObject>
#include <memory>
#include <optional>

namespace vt {

struct Completions
{
    QStringList organisations;
    QStringList people;
    QStringList positions;
    QStringList areas;
    QStringList locations;
};

class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens another file; the current one stays open when that fails.
    bool open(const QString &filePath, QString *error);
    bool isOpen() const;
    bool isReadOnly() const;
    QString filePath() const;
    Database &database();

    qint64 visitCount() const;
    std::optional<Visit> loadVisit(qint64 visitId, QString *error) const;
    SaveResult saveVisit(Visit &visit);
    bool removeVisit(qint64 visitId, QString *error);
    ImportResult importDocument(const QByteArray &json);
    ImportResult loadSampleVisits();

    // Tells the views that records changed through a path other than the
    // methods above (e.g. a follow-up update added by a service).
    void notifyChanged() { emit visitsChanged(); }

    // Read once and kept until records change or another file is opened:
    // each editor window asks for them, and at national scale they are tens
    // of thousands of names.
    Completions completions() const;
    std::optional<std::pair<QString, QString>> personDetails(const QString &name) const;

signals:
    void databaseOpened(const QString &filePath);
    void visitsChanged();
    void visitSaved(qint64 visitId);
    void visitRemoved(qint64 visitId);

private:
    std::unique_ptr<Database> m_database;
    mutable std::optional<Completions> m_completions;
};

} // namespace vt
