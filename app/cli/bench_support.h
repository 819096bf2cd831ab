// What the engine benchmarks share (bench.cpp, lm_bench.cpp): order statistics of the timed
// steps, the CPU other programs used meanwhile, and the JSON number format of the bench line.
#pragma once

#include <chrono>
#include <sstream>
#include <vector>

namespace moe::app {

using BenchClock = std::chrono::steady_clock;

double msBetween(BenchClock::time_point a, BenchClock::time_point b);

// The value below which a fraction p of v lies (the nearest rank), 0 when v is empty.
double percentile(std::vector<double> v, double p);
double median(std::vector<double> v);

// CPU cores in use while timing: this process's, other processes' and the hypervisor's steal.
struct CpuUse {
    double own = 0, other = 0, steal = 0;
};

// CPU used by other processes while we ran (the machine is shared): all-CPU busy time from
// /proc/stat minus this process's own user+sys time, over the wall time (as the peer does).
class CpuMonitor {
public:
    CpuMonitor() { start(); }
    void start();
    [[nodiscard]] CpuUse stop() const;

private:
    BenchClock::time_point m_t0;
    double m_busy0 = 0, m_steal0 = 0, m_own0 = 0;
};

// The 1-minute load average (0 when unknown).
double loadAverage();
// The peak resident memory of this process so far, in MiB.
double maxResidentMiB();

// "key":value, with %.6g, and a comma unless it is the last field.
void jsonNumber(std::ostringstream &s, const char *key, double v, bool comma = true);

}  // namespace moe::app
