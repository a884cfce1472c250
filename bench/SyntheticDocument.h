#pragma once

// The interchange document both import figures read (bench_data's headless
// import, bench_gui's import as the window runs it): `count` synthetic visits,
// written as an export writes them.

#include <QByteArray>

namespace vt::bench {

QByteArray syntheticDocument(int count, quint64 seed);

} // namespace vt::bench
