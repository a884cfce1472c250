#pragma once

// An interchange document read from a device a piece at a time, visit by
// visit, instead of whole. The export of a national database is 1.7 GB of
// JSON: read whole, an import held all of it (1.8 GB of memory), and wrote
// nothing until it had been read and cut into visits (half a second for
// 10,000 visits). Streamed, memory stays at a few pieces and the first visit
// is written at once.
//
// Only documents shaped as this program writes them are streamed: an object
// of well-formed members whose "visits" array is the last one. Anything else
// (a "visits" that is not an array or not last, a repeated key, text that is
// not JSON) ends the stream as Unusual, and the caller reads the document
// whole, as before, where every such case has its message.

#include <QByteArray>
#include <QJsonObject>

#include <optional>

class QIODevice;

namespace vt::json {

class Scanner;

class DocumentStream
{
    Q_DISABLE_COPY_MOVE(DocumentStream)

public:
    enum class State
    {
        Reading,
        Ended,     // the last visit was read and the document's end checked
        Unusual,   // not shaped as expected: read the document whole instead
        ReadError, // the device failed: errorString()
    };

    // `pieceBytes`: how much is read at a time (tests make it small).
    explicit DocumentStream(QIODevice &device, qsizetype pieceBytes = 1 << 20);

    // Reads the members before "visits" and its opening bracket; false when
    // the state is no longer Reading.
    bool start();
    // The members read by start(), with "visits" as an empty array.
    const QJsonObject &envelope() const { return m_envelope; }
    // The next element of "visits" (its bytes, unchecked); std::nullopt after
    // the last one, or when the state is no longer Reading.
    std::optional<QByteArray> next();

    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }
    // Bytes of the document consumed so far, and its size (-1 when unknown).
    qint64 position() const { return m_dropped + m_at; }
    qint64 size() const { return m_size; }
    // Bytes of the document held in memory now: about a piece, or a visit
    // when one is larger.
    qsizetype held() const { return m_buffer.size(); }

private:
    // Runs `step` on a scanner at the current position. Its outcome stands
    // when the scanner stopped short of the buffer's end, or the device has
    // nothing more; a step that ran into the end (a string, or a number,
    // that may go on) runs again from the same position with more read.
    template <typename Step> bool scan(const Step &step);
    // Appends the next piece; false at the device's end or on an error.
    bool readMore();
    bool unusual();
    bool finishDocument();

    QIODevice &m_device;
    const qsizetype m_pieceBytes;
    qint64 m_size = -1;
    QByteArray m_buffer;
    qsizetype m_at = 0;   // the scan position in m_buffer
    qint64 m_dropped = 0; // bytes consumed and dropped from m_buffer's front
    bool m_exhausted = false;
    bool m_first = true; // no element of "visits" read yet
    State m_state = State::Reading;
    QString m_errorString;
    QJsonObject m_envelope;
};

} // namespace vt::json
