#pragma once

// The bytes an undo step keeps of an attachment that is out of the database
// (removed, or taken away by an undo), so that undoing or redoing puts back
// the very content. Attachments run up to 50 MB and the steps are many, so
// the bytes are not simply held in memory: small ones are, up to a budget
// for all steps of the process together; every other one is written to a
// temporary file of its own (owner-only permissions, QDir::tempPath()),
// which goes when the step goes (docs/safety.md, "Undo and its limits").

#include <QByteArray>
#include <QtGlobal>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace vt {

class KeptContent final
{
public:
    // One content up to this size may stay in memory...
    static constexpr qint64 kInMemoryLimit = 256 * 1024;
    // ...while all kept in memory stay within this.
    static constexpr qint64 kMemoryBudget = 16 * 1024 * 1024;

    KeptContent();
    explicit KeptContent(const QByteArray &bytes);
    KeptContent(KeptContent &&other) noexcept;
    KeptContent &operator=(KeptContent &&other) noexcept;
    KeptContent(const KeptContent &) = delete;
    KeptContent &operator=(const KeptContent &) = delete;
    ~KeptContent();

    bool isEmpty() const { return m_size == 0; }
    qint64 size() const { return m_size; }
    bool isOnDisk() const { return m_file != nullptr; }
    // nullopt when the temporary file could not be read back.
    std::optional<QByteArray> bytes() const;

    // What every KeptContent of the process holds in memory.
    static qint64 bytesInMemory();

private:
    void release();

    QByteArray m_bytes;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

} // namespace vt
