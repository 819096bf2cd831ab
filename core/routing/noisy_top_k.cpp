#include "noisy_top_k.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace moe {
namespace {

double softplus(double x)
{
    return std::max(x, 0.0) + std::log1p(std::exp(-std::abs(x)));
}
double normalCdf(double u)
{
    return 0.5 * (1.0 + std::erf(u / std::numbers::sqrt2));
}
double normalPdf(double u)
{
    return std::exp(-0.5 * u * u) / std::sqrt(2.0 * std::numbers::pi);
}
constexpr double kNoiseEpsilon = 0.01;

// stateI layout per token: the k+1 best noisy indices (−1 when absent), k+1 entries per token.
}  // namespace

namespace {
// Mean and population variance of v (n ≥ 1).
std::pair<double, double> meanAndVariance(const std::vector<double> &v)
{
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double var = 0;
    for (double x : v)
        var += (x - mean) * (x - mean);
    return {mean, var / double(v.size())};
}
}  // namespace

double cvSquared(const std::vector<double> &v, double eps)
{
    if (v.size() <= 1)
        return 0;
    const auto [mean, var] = meanAndVariance(v);
    return var / (mean * mean + eps);
}

std::vector<double> cvSquaredGradient(const std::vector<double> &v, double eps)
{
    const std::size_t n = v.size();
    std::vector<double> g(n, 0.0);
    if (n <= 1)
        return g;
    const auto [mean, var] = meanAndVariance(v);
    const double den = mean * mean + eps;
    for (std::size_t i = 0; i < n; ++i)
        g[i] = (2.0 * (v[i] - mean) / double(n)) / den - var * 2.0 * mean / (double(n) * den * den);
    return g;
}

NoisyTopKStrategy::NoisyTopKStrategy()
{
    m_info.id = "noisy_topk";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Noisy top-k");
    m_info.description = MOE_TR_NOOP(
        "Strategies",
        "Learned Gaussian noise is added to the gate before picking the top k, which spreads tokens over experts.");
    m_info.usesK = true;
    m_info.usesCapacity = true;
    m_info.usesNoise = true;
    m_info.usesSelectionBias = true;
    m_info.pickedWeightsSumToOne = true;
}

Routing NoisyTopKStrategy::route(const MatrixD &logits, const MatrixD &noiseLogits, const RouteContext &ctx) const
{
    Routing r;
    const int T = int(logits.rows()), E = int(logits.cols());
    r.tokens = T;
    r.experts = E;
    r.logits = logits;
    r.probs = softmaxRows(logits);
    const int active = activeExpertCount(logits);
    const int k = std::max(1, std::min(ctx.k, active));

    MatrixD sigma(T, E), eps = MatrixD::Zero(T, E), h = logits;
    for (int t = 0; t < T; ++t)
        for (int e = 0; e < E; ++e)
            sigma(t, e) = (noiseLogits.size() > 0 ? softplus(noiseLogits(t, e)) : softplus(0.0)) + kNoiseEpsilon;
    if (ctx.training) {
        for (int t = 0; t < T; ++t)
            for (int e = 0; e < E; ++e) {
                eps(t, e) = ctx.fixedNormals ? (*ctx.fixedNormals)(t, e) : (ctx.rng ? ctx.rng->normal() : 0.0);
                if (std::isfinite(logits(t, e)))
                    h(t, e) = logits(t, e) + eps(t, e) * sigma(t, e);
            }
    }

    const int keep = std::min(k + 1, active);
    r.stateI.assign(std::size_t(T) * std::size_t(k + 1), -1);
    std::vector<double> score(static_cast<std::size_t>(E));
    std::vector<int> picks(static_cast<std::size_t>(std::max(keep, 1)));
    const bool biased = ctx.selectionBias && ctx.selectionBias->size() == E;
    for (int t = 0; t < T; ++t) {
        for (int e = 0; e < E; ++e) {
            const double bias = biased ? (*ctx.selectionBias)(e) : 0.0;
            score[std::size_t(e)] = h(t, e) + (std::isfinite(h(t, e)) ? bias : 0.0);
        }
        const int picked = topKStableInto(score.data(), E, keep, picks.data());
        for (int i = 0; i < picked; ++i)
            r.stateI[std::size_t(t) * std::size_t(k + 1) + std::size_t(i)] = picks[std::size_t(i)];
        double m = -std::numeric_limits<double>::infinity();
        for (int i = 0; i < k; ++i)
            m = std::max(m, h(t, picks[std::size_t(i)]));
        double sum = 0;
        for (int i = 0; i < k; ++i)
            sum += std::exp(h(t, picks[std::size_t(i)]) - m);
        for (int i = 0; i < k; ++i) {
            const int e = picks[std::size_t(i)];
            r.assignments.push_back({t, e, i, std::exp(h(t, e) - m) / sum, true, false});
        }
    }

    // Balancing terms (pre-capacity gate values).
    std::vector<int> activeIdx;
    for (int e = 0; e < E; ++e)
        if (T == 0 || std::isfinite(logits(0, e)))
            activeIdx.push_back(e);
    std::vector<double> importance(std::size_t(E), 0.0), load(std::size_t(E), 0.0);
    for (const auto &s : r.assignments)
        importance[std::size_t(s.expert)] += s.weight;
    const bool smooth = ctx.training && k < active;
    if (smooth) {
        for (int t = 0; t < T; ++t) {
            const int *top = &r.stateI[std::size_t(t) * std::size_t(k + 1)];
            for (int e : activeIdx) {
                bool in = false;
                for (int i = 0; i < k; ++i)
                    in = in || top[i] == e;
                const double theta = h(t, in ? top[k] : top[k - 1]);
                load[std::size_t(e)] += normalCdf((logits(t, e) - theta) / sigma(t, e));
            }
        }
    } else {
        for (const auto &s : r.assignments)
            load[std::size_t(s.expert)] += 1.0;
    }
    std::vector<double> impA, loadA;
    for (int e : activeIdx) {
        impA.push_back(importance[std::size_t(e)]);
        loadA.push_back(load[std::size_t(e)]);
    }
    if (ctx.importanceCoef > 0)
        r.auxTerms.push_back({"importance_cv2", ctx.importanceCoef * cvSquared(impA)});
    if (ctx.loadCoef > 0)
        r.auxTerms.push_back({"load_cv2", ctx.loadCoef * cvSquared(loadA)});

    placeWithCapacity(r, expertCapacity(ctx.capacityFactor, k, T, active, ctx.capacityRule), ctx.priority);
    r.stateA = h;
    r.stateB = sigma;
    r.stateC = eps;
    for (auto &s : r.assignments)
        if (!s.kept)
            s.weight = 0;
    return r;
}

RouterGrad NoisyTopKStrategy::backward(const Routing &r, const MatrixD &omega, const RouteContext &ctx) const
{
    const int T = r.tokens, E = r.experts;
    const MatrixD &h = r.stateA, &sigma = r.stateB, &eps = r.stateC;
    const int active = activeExpertCount(r.logits);
    const int k = std::max(1, std::min(ctx.k, active));
    MatrixD dH = MatrixD::Zero(T, E), dZ = MatrixD::Zero(T, E), dSigma = MatrixD::Zero(T, E);

    std::vector<int> activeIdx;
    for (int e = 0; e < E; ++e)
        if (T == 0 || std::isfinite(r.logits(0, e)))
            activeIdx.push_back(e);

    // Recompute the pre-capacity gates from H (softmax over the selected set).
    auto gatesOf = [&](int t, std::vector<int> &sel, std::vector<double> &w) {
        sel.assign(r.stateI.begin() + std::ptrdiff_t(t) * (k + 1), r.stateI.begin() + std::ptrdiff_t(t) * (k + 1) + k);
        double m = -std::numeric_limits<double>::infinity();
        for (int e : sel)
            m = std::max(m, h(t, e));
        double sum = 0;
        w.assign(std::size_t(E), 0.0);
        for (int e : sel)
            sum += (w[std::size_t(e)] = std::exp(h(t, e) - m));
        for (int e : sel)
            w[std::size_t(e)] /= sum;
    };

    std::vector<double> impGrad(std::size_t(E), 0.0);
    if (ctx.importanceCoef > 0) {
        std::vector<double> importance(std::size_t(E), 0.0);
        std::vector<int> sel;
        std::vector<double> w;
        for (int t = 0; t < T; ++t) {
            gatesOf(t, sel, w);
            for (int e : sel)
                importance[std::size_t(e)] += w[std::size_t(e)];
        }
        std::vector<double> impA;
        for (int e : activeIdx)
            impA.push_back(importance[std::size_t(e)]);
        const auto g = cvSquaredGradient(impA);
        for (std::size_t i = 0; i < activeIdx.size(); ++i)
            impGrad[std::size_t(activeIdx[i])] = ctx.importanceCoef * g[i];
    }

    // Gate path.
    {
        std::vector<int> sel;
        std::vector<double> w, u(static_cast<std::size_t>(E)), dz(static_cast<std::size_t>(E));
        std::vector<char> kept(std::size_t(T) * std::size_t(E), 0);
        for (const auto &s : r.assignments)
            if (s.kept)
                kept[std::size_t(s.token) * std::size_t(E) + std::size_t(s.expert)] = 1;
        for (int t = 0; t < T; ++t) {
            gatesOf(t, sel, w);
            for (int e : sel)
                u[std::size_t(e)] = (kept[std::size_t(t) * std::size_t(E) + std::size_t(e)] ? omega(t, e) : 0.0)
                    + impGrad[std::size_t(e)];
            softmaxJvp(w.data(), u.data(), sel, dz.data());
            for (int e : sel)
                dH(t, e) += dz[std::size_t(e)];
        }
    }

    // Smooth load path.
    if (ctx.loadCoef > 0 && ctx.training && k < active) {
        std::vector<double> load(std::size_t(E), 0.0);
        for (int t = 0; t < T; ++t) {
            const int *top = &r.stateI[std::size_t(t) * std::size_t(k + 1)];
            for (int e : activeIdx) {
                bool in = false;
                for (int i = 0; i < k; ++i)
                    in = in || top[i] == e;
                const double theta = h(t, in ? top[k] : top[k - 1]);
                load[std::size_t(e)] += normalCdf((r.logits(t, e) - theta) / sigma(t, e));
            }
        }
        std::vector<double> loadA;
        for (int e : activeIdx)
            loadA.push_back(load[std::size_t(e)]);
        const auto g = cvSquaredGradient(loadA);
        for (std::size_t ai = 0; ai < activeIdx.size(); ++ai) {
            const int e = activeIdx[ai];
            const double a = ctx.loadCoef * g[ai];
            for (int t = 0; t < T; ++t) {
                const int *top = &r.stateI[std::size_t(t) * std::size_t(k + 1)];
                bool in = false;
                for (int i = 0; i < k; ++i)
                    in = in || top[i] == e;
                const int jStar = in ? top[k] : top[k - 1];
                const double s = sigma(t, e);
                const double uu = (r.logits(t, e) - h(t, jStar)) / s;
                const double pdf = normalPdf(uu);
                dZ(t, e) += a * pdf / s;
                dSigma(t, e) += -a * pdf * uu / s;
                dH(t, jStar) += -a * pdf / s;
            }
        }
    }

    for (int t = 0; t < T; ++t)
        for (int e = 0; e < E; ++e) {
            dZ(t, e) += dH(t, e);
            dSigma(t, e) += dH(t, e) * eps(t, e);
        }
    RouterGrad g;
    g.dLogits = dZ;
    g.dNoiseLogits = MatrixD::Zero(T, E);
    // σ = softplus(N) + ε_noise ⇒ dN = dσ ⊙ sigmoid(N), and sigmoid(N) = 1 − exp(−softplus(N)).
    for (int t = 0; t < T; ++t)
        for (int e = 0; e < E; ++e)
            g.dNoiseLogits(t, e) = dSigma(t, e) * -std::expm1(-(sigma(t, e) - kNoiseEpsilon));
    return g;
}

}  // namespace moe
