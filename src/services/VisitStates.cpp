#include "services/VisitStates.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

#include <atomic>

namespace vt {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::EditHistory)
};

// Beyond this the states go to a file: an edit keeps a few kilobytes, an
// import replacing 10,000 visits about 150 MB.
std::atomic<qint64> memoryLimitBytes = 8 * 1024 * 1024;

} // namespace

// Append-only bytes: in memory, then (once large) in a temporary file that
// starts with what memory held, so offsets never change.
class StateStore final
{
public:
    StateStore() : m_memoryLimit(memoryLimitBytes.load()) {}

    qint64 append(const QByteArray &bytes, QString *error)
    {
        const qint64 offset = m_size;
        if (!m_file && m_memory.size() + bytes.size() > m_memoryLimit && !moveToFile(error))
            return -1;
        if (m_file) {
            if (!m_file->seek(offset) || m_file->write(bytes) != bytes.size())
                return failed(m_file->errorString(), m_file->fileName(), error);
        } else {
            m_memory += bytes;
        }
        m_size += bytes.size();
        return offset;
    }

    std::optional<QByteArray> read(qint64 offset, qint64 size, QString *error)
    {
        if (!m_file)
            return m_memory.sliced(offset, size);
        QByteArray bytes;
        if (m_file->seek(offset))
            bytes = m_file->read(size);
        if (bytes.size() != size) {
            failed(m_file->errorString(), m_file->fileName(), error);
            return std::nullopt;
        }
        return bytes;
    }

    qint64 memoryBytes() const { return m_memory.size(); }
    qint64 diskBytes() const { return m_file ? m_size : 0; }

private:
    bool moveToFile(QString *error)
    {
        // QDir::tempPath() is empty when TMPDIR names no folder: not the
        // current folder then.
        const QString folder = QDir::tempPath();
        if (folder.isEmpty())
            return failed(Text::tr("The folder does not exist."), qEnvironmentVariable("TMPDIR"),
                          error) >= 0;
        const QString pattern =
            QDir(folder).filePath(QStringLiteral("visit-tracker-states-XXXXXX"));
        auto file = std::make_unique<QTemporaryFile>(pattern);
        if (!file->open())
            return failed(file->errorString(), pattern, error) >= 0;
        if (file->write(m_memory) != m_memory.size())
            return failed(file->errorString(), file->fileName(), error) >= 0;
        m_file = std::move(file);
        m_memory = QByteArray();
        return true;
    }

    static qint64 failed(const QString &reason, const QString &path, QString *error)
    {
        if (error)
            *error = Text::tr("Could not keep the undo step in “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return -1;
    }

    const qint64 m_memoryLimit;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

VisitStates::VisitStates() : m_store(std::make_shared<StateStore>()) {}
VisitStates::~VisitStates() = default;
VisitStates::VisitStates(const VisitStates &) = default;
VisitStates &VisitStates::operator=(const VisitStates &) = default;
VisitStates::VisitStates(VisitStates &&) noexcept = default;
VisitStates &VisitStates::operator=(VisitStates &&) noexcept = default;

bool VisitStates::append(const VisitState &state, QString *error)
{
    const QByteArray bytes = state_codec::encode(state);
    if (!m_store)
        m_store = std::make_shared<StateStore>();
    const qint64 offset = m_store->append(bytes, error);
    if (offset < 0)
        return false;
    m_entries.append({state.visitId, state.visit.has_value(), state_codec::fingerprint(bytes),
                      offset, bytes.size()});
    return true;
}

bool VisitStates::appendFrom(const VisitStates &other, qsizetype index, QString *error)
{
    if (m_store == other.m_store || (m_entries.isEmpty() && other.m_store)) {
        m_store = other.m_store;
        m_entries.append(other.m_entries.at(index));
        return true;
    }
    const std::optional<VisitState> state = other.read(index, error);
    return state && append(*state, error);
}

std::optional<VisitState> VisitStates::read(qsizetype index, QString *error) const
{
    const Entry &entry = m_entries.at(index);
    const std::optional<QByteArray> bytes = m_store->read(entry.offset, entry.size, error);
    if (!bytes)
        return std::nullopt;
    // The file is ours, but a disk can still return something else.
    std::optional<VisitState> state;
    if (state_codec::fingerprint(*bytes) == entry.fingerprint)
        state = state_codec::decode(*bytes);
    if (!state && error)
        *error = Text::tr("The undo step's copy of a visit was damaged on disk.");
    return state;
}

QByteArray VisitStates::fingerprintOf(const VisitState &state)
{
    return state_codec::fingerprint(state_codec::encode(state));
}

void VisitStates::setMemoryLimit(qint64 bytes)
{
    memoryLimitBytes = bytes;
}

qint64 VisitStates::memoryLimit()
{
    return memoryLimitBytes;
}

qint64 VisitStates::memoryBytes() const
{
    return m_store ? m_store->memoryBytes() : 0;
}

qint64 VisitStates::diskBytes() const
{
    return m_store ? m_store->diskBytes() : 0;
}

} // namespace vt
