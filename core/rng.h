// Seeded, reproducible random numbers (never Eigen::Random: it is neither reproducible nor
// thread-safe). xoshiro256** seeded through splitmix64; normal draws by Box–Muller.
// Derive independent streams with Rng(seed).fork(stream) — e.g. one per (step, expert) —
// so parallel code draws the same numbers whatever the thread count.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace moe {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0x5eed) { reseed(seed); }

    void reseed(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (auto &s : m_state)
            s = splitmix(x);
        m_haveSpare = false;
    }

    // An independent generator for a sub-task, a pure function of this seed state and `stream`.
    [[nodiscard]] Rng fork(std::uint64_t stream) const
    {
        Rng r(m_state[0] ^ (stream * 0x9E3779B97F4A7C15ULL) ^ m_state[3]);
        return r;
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int uniformInt(int n) { return n <= 0 ? 0 : int(next() % std::uint64_t(n)); }

    double normal()
    {
        if (m_haveSpare) {
            m_haveSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(2.0 * std::numbers::pi * u2);
        m_haveSpare = true;
        return r * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double stddev) { return mean + stddev * normal(); }

    // Fisher–Yates shuffle of any random-access container.
    template <class C>
    void shuffle(C &c)
    {
        for (std::size_t i = c.size(); i > 1; --i) {
            const std::size_t j = std::size_t(next() % i);
            std::swap(c[i - 1], c[j]);
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::array<std::uint64_t, 4> m_state {};
    double m_spare = 0.0;
    bool m_haveSpare = false;
};

}  // namespace moe
