#pragma once

// The states an undo step keeps (EditHistory). A step of one edit keeps a
// visit or two in memory; an import can touch 100,000 visits, whose states
// would take gigabytes, so past a few megabytes they go to a temporary file
// and only each state's visit id and fingerprint stay in memory. Copies
// share the bytes, which are never rewritten: a step made of some of the
// states another recorded costs no copy.

#include "services/VisitStateCodec.h"

#include <memory>

namespace vt {

class StateStore;

class VisitStates final
{
public:
    VisitStates();
    ~VisitStates();
    VisitStates(const VisitStates &);
    VisitStates &operator=(const VisitStates &);
    VisitStates(VisitStates &&) noexcept;
    VisitStates &operator=(VisitStates &&) noexcept;

    // False, with the reason, when the state could not be kept (a full disk).
    bool append(const VisitState &state, QString *error);
    // The state `other` keeps at `index`, shared when both use one store.
    bool appendFrom(const VisitStates &other, qsizetype index, QString *error);

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qint64 visitId(qsizetype index) const { return m_entries.at(index).visitId; }
    bool holdsVisit(qsizetype index) const { return m_entries.at(index).present; }
    // Equal for equal states: what a stored visit is compared by.
    QByteArray fingerprint(qsizetype index) const { return m_entries.at(index).fingerprint; }
    // nullopt, with the reason, when the kept bytes could not be read back.
    std::optional<VisitState> read(qsizetype index, QString *error) const;

    // The fingerprint a state would have here.
    static QByteArray fingerprintOf(const VisitState &state);
    // Bytes held in memory and on disk by this list's store (for tests and
    // the benchmark).
    qint64 memoryBytes() const;
    qint64 diskBytes() const;
    // How many bytes a store keeps in memory before it moves to a file
    // (8 MiB; tests lower it to exercise the file). Applies to new stores.
    static void setMemoryLimit(qint64 bytes);
    static qint64 memoryLimit();

private:
    struct Entry
    {
        qint64 visitId = 0;
        bool present = false;
        QByteArray fingerprint;
        qint64 offset = 0;
        qint64 size = 0;
    };

    std::shared_ptr<StateStore> m_store;
    QList<Entry> m_entries;
};

} // namespace vt
