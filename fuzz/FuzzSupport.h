#pragma once

// Shared set-up of the libFuzzer targets (fuzz/README.md): a QCoreApplication
// for Qt's plugin loader (the SQLite driver), a scratch database in a
// temporary folder, and a way to stop with a message libFuzzer records.

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace vt::fuzz {

// Creates the application object once; call from LLVMFuzzerInitialize.
void initialise(int *argc, char ***argv);

// From now on a Qt warning (a failed SQL statement is reported as one) aborts
// the run like a crash.
void failOnWarnings();

// A database file in a temporary folder that lives as long as the process.
// renew() deletes it and starts over, so that a long run does not keep
// growing one file.
class ScratchDatabase final
{
public:
    Database &database();
    void renew();

private:
    std::unique_ptr<Database> m_database;
    int m_generation = 0;
};

// The process's scratch database. Never destroyed: at exit Qt's SQL registry
// may already be gone, and closing a connection then would crash.
ScratchDatabase &scratch();

// Prints the message and aborts: libFuzzer then saves the input as a crash.
[[noreturn]] void fail(const char *what, const QString &detail = {});

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace vt::fuzz
