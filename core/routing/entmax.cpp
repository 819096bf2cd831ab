#include "entmax.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace moe {

void entmax15Row(const double *z, int n, double *p)
{
    double m = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < n; ++i)
        m = std::max(m, z[i]);
    if (!std::isfinite(m)) {
        std::fill(p, p + n, 0.0);
        return;
    }
    std::vector<double> s;
    s.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        if (std::isfinite(z[i]))
            s.push_back((z[i] - m) / 2.0);
    std::sort(s.begin(), s.end(), std::greater<>());
    double sum = 0, sumSq = 0, tauStar = s.front() - 1.0;
    for (int rho = 1; rho <= int(s.size()); ++rho) {
        const double x = s[std::size_t(rho - 1)];
        sum += x;
        sumSq += x * x;
        const double mu = sum / rho;
        const double ss = rho * (sumSq / rho - mu * mu);
        const double delta = (1.0 - ss) / rho;
        const double tau = mu - std::sqrt(std::max(delta, 0.0));
        if (tau <= x)
            tauStar = tau;
    }
    for (int i = 0; i < n; ++i) {
        const double d = std::isfinite(z[i]) ? std::max((z[i] - m) / 2.0 - tauStar, 0.0) : 0.0;
        p[i] = d * d;
    }
}

void entmax15Vjp(const double *p, const double *v, int n, double *dz)
{
    double gv = 0, gs = 0;
    for (int i = 0; i < n; ++i) {
        const double g = std::sqrt(std::max(p[i], 0.0));
        gv += g * v[i];
        gs += g;
    }
    const double q = gs > 0 ? gv / gs : 0.0;
    for (int i = 0; i < n; ++i) {
        const double g = std::sqrt(std::max(p[i], 0.0));
        dz[i] = g * v[i] - q * g;
    }
}

EntmaxStrategy::EntmaxStrategy()
{
    m_info.id = "entmax";
    m_info.displayName = MOE_TR_NOOP("Strategies", "1.5-entmax (smooth sparse softmax)");
    m_info.description = MOE_TR_NOOP(
        "Strategies", "Between softmax and sparsemax: smooth weights, yet weak experts still get exactly zero.");
    m_info.usesK = false;
    m_info.usesCapacity = false;
    m_info.usesAuxLoss = true;
    m_info.usesTemperature = true;
}

}  // namespace moe
