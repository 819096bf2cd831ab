#include "sparsemax.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace moe {

double sparsemaxRow(const double *z, int n, double *p)
{
    std::vector<double> s;
    s.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        if (std::isfinite(z[i]))
            s.push_back(z[i]);
    if (s.empty()) {
        std::fill(p, p + n, 0.0);
        return 0;
    }
    std::sort(s.begin(), s.end(), std::greater<>());
    const double m = s.front();  // shift by the max: same p, better rounding
    double cum = 0, cumK = 0;
    int k = 1;
    for (int j = 1; j <= int(s.size()); ++j) {
        const double v = s[std::size_t(j - 1)] - m;
        cum += v;
        if (1.0 + j * v > cum) {
            k = j;
            cumK = cum;
        }
    }
    const double tau = (cumK - 1.0) / k;
    for (int i = 0; i < n; ++i)
        p[i] = std::isfinite(z[i]) ? std::max(z[i] - m - tau, 0.0) : 0.0;
    return tau + m;
}

void sparsemaxVjp(const double *p, const double *v, int n, double *dz)
{
    double sum = 0;
    int support = 0;
    for (int i = 0; i < n; ++i)
        if (p[i] > 0) {
            sum += v[i];
            ++support;
        }
    const double mean = support > 0 ? sum / support : 0.0;
    for (int i = 0; i < n; ++i)
        dz[i] = p[i] > 0 ? v[i] - mean : 0.0;
}

SparsemaxStrategy::SparsemaxStrategy()
{
    m_info.id = "sparsemax";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Sparsemax (sparse softmax)");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "A softmax that can give exactly zero: each token uses as many experts as its scores "
                    "justify, from one to all.");
    m_info.usesK = false;
    m_info.usesCapacity = false;
    m_info.usesAuxLoss = true;
    m_info.usesTemperature = true;
}

Routing SparseMapStrategy::route(const MatrixD &logits, const MatrixD &, const RouteContext &ctx) const
{
    Routing r;
    r.tokens = int(logits.rows());
    r.experts = int(logits.cols());
    r.logits = logits;
    r.probs = softmaxRows(logits);
    r.stateA.setZero(r.tokens, r.experts);  // the sparse weights p
    const double temp = ctx.temperature > 0 ? ctx.temperature : 1.0;
    std::vector<double> z(static_cast<std::size_t>(r.experts)), p(static_cast<std::size_t>(r.experts));
    long long support = 0;
    for (int t = 0; t < r.tokens; ++t) {
        for (int e = 0; e < r.experts; ++e)
            z[std::size_t(e)] = logits(t, e) / temp;
        mapRow(z.data(), r.experts, p.data());
        std::vector<int> sel;
        for (int e = 0; e < r.experts; ++e)
            if (p[std::size_t(e)] > 0)
                sel.push_back(e);
        std::stable_sort(sel.begin(), sel.end(), [&p](int a, int b) { return p[std::size_t(a)] > p[std::size_t(b)]; });
        for (int rank = 0; rank < int(sel.size()); ++rank) {
            const int e = sel[std::size_t(rank)];
            r.stateA(t, e) = p[std::size_t(e)];
            r.assignments.push_back({t, e, rank, p[std::size_t(e)], true, false});
        }
        support += int(sel.size());
    }
    placeWithCapacity(r, -1, Priority::Index);
    if (r.tokens > 0)
        m_meanSupport = double(support) / r.tokens;
    return r;
}

RouterGrad SparseMapStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const
{
    RouterGrad g;
    g.dLogits = MatrixD::Zero(r.tokens, r.experts);
    const double temp = ctx.temperature > 0 ? ctx.temperature : 1.0;
    std::vector<double> p(static_cast<std::size_t>(r.experts)), v(p.size()), dz(p.size());
    for (int t = 0; t < r.tokens; ++t) {
        for (int e = 0; e < r.experts; ++e) {
            p[std::size_t(e)] = r.stateA(t, e);
            v[std::size_t(e)] = p[std::size_t(e)] > 0 ? omega(t, e) : 0.0;
        }
        vjpRow(p.data(), v.data(), r.experts, dz.data());
        for (int e = 0; e < r.experts; ++e)
            g.dLogits(t, e) = dz[std::size_t(e)] / temp;
    }
    return g;
}

double SparseMapStrategy::activeExpertsPerToken(const RouteContext &, int experts) const
{
    return m_meanSupport > 0 ? std::min(m_meanSupport, double(experts)) : double(experts);
}

}  // namespace moe
