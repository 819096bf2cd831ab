#include "bench_support.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace moe::app {
namespace {

bool readProcStat(double &busy, double &steal)
{
    std::ifstream in("/proc/stat");
    std::string cpu;
    long long v[8] = {};
    if (!(in >> cpu))
        return false;
    for (auto &x : v)
        in >> x;
    const double hz = double(sysconf(_SC_CLK_TCK));
    busy = double(v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / hz;
    steal = double(v[7]) / hz;
    return true;
}

double ownCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

}  // namespace

double msBetween(BenchClock::time_point a, BenchClock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(std::lround(p * double(v.size() - 1))))];
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

void CpuMonitor::start()
{
    m_t0 = BenchClock::now();
    readProcStat(m_busy0, m_steal0);
    m_own0 = ownCpuSeconds();
}

CpuUse CpuMonitor::stop() const
{
    CpuUse use;
    const double dt = std::chrono::duration<double>(BenchClock::now() - m_t0).count();
    double busy = 0, steal = 0;
    if (!readProcStat(busy, steal) || dt <= 0)
        return use;
    const double mine = ownCpuSeconds() - m_own0;
    use.own = mine / dt;
    use.other = std::max(0.0, (busy - m_busy0) - mine) / dt;
    use.steal = (steal - m_steal0) / dt;
    return use;
}

double loadAverage()
{
    double l[1] = {0};
    return getloadavg(l, 1) == 1 ? l[0] : 0.0;
}

double maxResidentMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

void jsonNumber(std::ostringstream &s, const char *key, double v, bool comma)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    s << '"' << key << "\":" << buf << (comma ? "," : "");
}

}  // namespace moe::app
