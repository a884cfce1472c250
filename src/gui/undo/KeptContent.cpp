#include "gui/undo/KeptContent.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtDebug>
#include <atomic>

namespace vt {
namespace {

std::atomic<qint64> g_inMemory{0};

std::unique_ptr<QTemporaryFile> writtenToDisk(const QByteArray &bytes)
{
    auto file = std::make_unique<QTemporaryFile>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("visit-tracker-undo-XXXXXX")));
    // Named before it is closed (fileName() does it): on Linux an open
    // QTemporaryFile may have no name yet (O_TMPFILE), and an unnamed one
    // cannot be opened again. Closed once written: a step may keep many.
    if (!file->open() || file->write(bytes) != bytes.size() || !file->flush() ||
        !QFileInfo::exists(file->fileName())) {
        qWarning("Undo: cannot keep %lld bytes in %s (%s); kept in memory",
                 static_cast<long long>(bytes.size()), qPrintable(file->fileName()),
                 qPrintable(file->errorString()));
        return nullptr;
    }
    file->close();
    return file;
}

} // namespace

KeptContent::KeptContent() = default;

KeptContent::KeptContent(const QByteArray &bytes) : m_size(bytes.size())
{
    if (bytes.isEmpty())
        return;
    if (m_size <= kInMemoryLimit && g_inMemory + m_size <= kMemoryBudget) {
        m_bytes = bytes;
    } else {
        m_file = writtenToDisk(bytes);
        if (!m_file)
            m_bytes = bytes; // over the budget rather than lost
    }
    g_inMemory += m_bytes.size();
}

KeptContent::KeptContent(KeptContent &&other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_file(std::move(other.m_file)),
      m_size(std::exchange(other.m_size, 0))
{
    other.m_bytes = QByteArray();
}

KeptContent &KeptContent::operator=(KeptContent &&other) noexcept
{
    if (this != &other) {
        release();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
        m_file = std::move(other.m_file);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

KeptContent::~KeptContent()
{
    release();
}

void KeptContent::release()
{
    g_inMemory -= m_bytes.size();
    m_bytes = QByteArray();
    m_file.reset(); // QTemporaryFile removes its file
    m_size = 0;
}

std::optional<QByteArray> KeptContent::bytes() const
{
    if (!m_file)
        return m_bytes;
    if (!m_file->open())
        return std::nullopt;
    QByteArray read = m_file->readAll();
    m_file->close();
    if (read.size() != m_size)
        return std::nullopt;
    return read;
}

qint64 KeptContent::bytesInMemory()
{
    return g_inMemory;
}

} // namespace vt
