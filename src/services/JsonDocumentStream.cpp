#include "services/JsonDocumentStream.h"

#include "services/JsonDocumentSplit.h"
#include "services/JsonScanner.h"

#include <QIODevice>
#include <QJsonArray>

namespace vt::json {

DocumentStream::DocumentStream(QIODevice &device, qsizetype pieceBytes)
    : m_device(device), m_pieceBytes(qMax<qsizetype>(1, pieceBytes))
{
    if (!device.isSequential())
        m_size = device.size() - device.pos();
}

template <typename Step> bool DocumentStream::scan(const Step &step)
{
    for (;;) {
        Scanner scanner(QByteArrayView(m_buffer), m_at);
        const bool ok = step(scanner);
        if (m_exhausted || scanner.position() < m_buffer.size()) {
            if (ok)
                m_at = scanner.position();
            return ok;
        }
        if (!readMore() && m_state == State::ReadError)
            return false;
    }
}

bool DocumentStream::readMore()
{
    // What was consumed goes; what is left (part of a value) stays, copied
    // into a new buffer: QByteArray::remove(0, n) keeps the block and only
    // moves where the text starts, so the next resize grew the block by what
    // had been read so far, and streaming 170 MB held 165 MB of it.
    if (m_at > 0)
        m_buffer = m_buffer.sliced(m_at);
    m_dropped += m_at;
    m_at = 0;
    // At least as much as is held already: a value larger than a piece is
    // scanned again a few times, not once per piece.
    const qsizetype wanted = qMax(m_pieceBytes, m_buffer.size());
    const qsizetype held = m_buffer.size();
    m_buffer.resize(held + wanted);
    const qint64 got = m_device.read(m_buffer.data() + held, wanted);
    m_buffer.resize(held + qMax<qint64>(0, got));
    if (got < 0) {
        m_state = State::ReadError;
        m_errorString = m_device.errorString();
        return false;
    }
    if (got == 0)
        m_exhausted = true;
    return got > 0;
}

bool DocumentStream::unusual()
{
    if (m_state == State::Reading)
        m_state = State::Unusual;
    return false;
}

bool DocumentStream::start()
{
    if (!scan([](Scanner &s) { return s.take('{'); }))
        return unusual();
    do {
        QByteArrayView keyBytes;
        if (!scan([&](Scanner &s) {
                keyBytes = s.peek('"') ? s.value() : QByteArrayView();
                return !keyBytes.isEmpty() && s.take(':');
            }))
            return unusual();
        const std::optional<QJsonValue> key = parseElement(keyBytes);
        if (!key || !key->isString())
            return unusual();
        const QString name = key->toString();
        if (name == QLatin1StringView("visits")) {
            if (!scan([](Scanner &s) { return s.take('['); }))
                return unusual();
            m_envelope.insert(name, QJsonArray());
            return true;
        }
        QByteArrayView valueBytes;
        if (!scan([&](Scanner &s) {
                valueBytes = s.value();
                return !valueBytes.isEmpty();
            }))
            return unusual();
        const std::optional<QJsonValue> value = parseElement(valueBytes);
        if (!value || m_envelope.contains(name))
            return unusual();
        m_envelope.insert(name, *value);
    } while (scan([](Scanner &s) { return s.take(','); }));
    return unusual(); // the object ended without "visits"
}

std::optional<QByteArray> DocumentStream::next()
{
    if (m_state != State::Reading)
        return std::nullopt;
    const bool first = std::exchange(m_first, false);
    if (scan([](Scanner &s) { return s.take(']'); })) {
        finishDocument();
        return std::nullopt;
    }
    if (!first && !scan([](Scanner &s) { return s.take(','); })) {
        unusual();
        return std::nullopt;
    }
    QByteArrayView element;
    if (!scan([&](Scanner &s) {
            element = s.value();
            return !element.isEmpty();
        })) {
        unusual();
        return std::nullopt;
    }
    return element.toByteArray();
}

bool DocumentStream::finishDocument()
{
    if (!scan([](Scanner &s) { return s.take('}'); }) || !scan([](Scanner &s) {
            s.skipSpace();
            return s.atEnd();
        }))
        return unusual();
    if (m_state == State::Reading)
        m_state = State::Ended;
    return true;
}

} // namespace vt::json
