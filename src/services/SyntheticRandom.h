#pragma once

// The generator's own random numbers: splitmix64 and integer arithmetic only,
// so a seed gives the same visits with every compiler and library version
// (std:: distributions are not specified bit for bit).

#include <QtGlobal>

namespace vt::synthetic {

// Mixes values into one well-spread 64-bit key (splitmix64's finaliser).
constexpr quint64 mix(quint64 a, quint64 b = 0, quint64 c = 0)
{
    quint64 z = a ^ (b * 0x9e3779b97f4a7c15ULL) ^ (c * 0xc2b2ae3d27d4eb4fULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Random final
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < n; the modulo bias is irrelevant for test data.
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto &pick(const List &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

} // namespace vt::synthetic
