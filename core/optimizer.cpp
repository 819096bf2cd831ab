#include "optimizer.h"

#include "lr_schedule.h"

#include "blocked_product.h"

#include <algorithm>
#include <cmath>

#include <omp.h>

namespace moe {
namespace {

// Elements per block of the fused pass: the four streams of a block (p, g, m, v) stay in L1
// between the moment updates and the parameter update, so each element crosses memory once.
constexpr Eigen::Index kBlock = 1024;

template <class S>
using ArrayMap = Eigen::Map<Eigen::Array<S, Eigen::Dynamic, 1>>;
template <class S>
using ConstArrayMap = Eigen::Map<const Eigen::Array<S, Eigen::Dynamic, 1>>;

// The settings of one tensor's update at its step t.
template <class S>
struct UpdateCoefficients {
    OptimizerKind kind;
    S lr, wd, mu, b1, b2, eps, bc2sqrt, stepSize;
};

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"  // packet types as template arguments
#endif
// Adam (and AdamW) over `len` consecutive elements in one pass, a SIMD packet at a time:
// each element's gradient, moments and value are loaded once, updated in registers and
// stored once (three Eigen array assignments — m, v, value — would make three passes over
// each block). The arithmetic is that of the formulas in optimizer.h, in the same order.
template <class S>
void adamSpan(const UpdateCoefficients<S> &c, S *value, const S *grad, S *m, S *v, Eigen::Index len)
{
    using namespace Eigen::internal;
    using P = detail::FullPacket<S>;
    constexpr int W = detail::kLanes<P>;
    const bool l2 = c.kind == OptimizerKind::Adam && c.wd != S(0);
    const bool decoupled = c.kind == OptimizerKind::AdamW && c.wd != S(0);
    const S decayScalar = S(1) - c.lr * c.wd;
    const P b1 = pset1<P>(c.b1), oneMinusB1 = pset1<P>(S(1) - c.b1);
    const P b2 = pset1<P>(c.b2), oneMinusB2 = pset1<P>(S(1) - c.b2);
    const P wd = pset1<P>(c.wd), decay = pset1<P>(decayScalar);
    const P stepSize = pset1<P>(c.stepSize), bc2sqrt = pset1<P>(c.bc2sqrt), eps = pset1<P>(c.eps);
    Eigen::Index i = 0;
    for (; i + W <= len; i += W) {
        P p = ploadu<P>(value + i);
        P g = ploadu<P>(grad + i);
        if (l2)
            g = padd(g, pmul(wd, p));
        const P mNew = padd(pmul(b1, ploadu<P>(m + i)), pmul(oneMinusB1, g));
        const P vNew = padd(pmul(b2, ploadu<P>(v + i)), pmul(oneMinusB2, pmul(g, g)));
        pstoreu(m + i, mNew);
        pstoreu(v + i, vNew);
        if (decoupled)
            p = pmul(p, decay);
        p = psub(p, pdiv(pmul(stepSize, mNew), padd(pdiv(psqrt(vNew), bc2sqrt), eps)));
        pstoreu(value + i, p);
    }
    for (; i < len; ++i) {  // the tail, the same arithmetic element by element
        S g = grad[i];
        if (l2)
            g += c.wd * value[i];
        m[i] = c.b1 * m[i] + (S(1) - c.b1) * g;
        v[i] = c.b2 * v[i] + (S(1) - c.b2) * (g * g);
        if (decoupled)
            value[i] *= decayScalar;
        value[i] -= c.stepSize * m[i] / (std::sqrt(v[i]) / c.bc2sqrt + c.eps);
    }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// The fused update of `len` consecutive elements: value, moments and the gradient `grad`.
template <class S>
void updateSpan(const UpdateCoefficients<S> &c, S *valuePtr, const S *gradPtr, S *mPtr, S *vPtr, Eigen::Index len)
{
    if (c.kind != OptimizerKind::Sgd) {
        adamSpan(c, valuePtr, gradPtr, mPtr, vPtr, len);
        return;
    }
    ArrayMap<S> value(valuePtr, len);
    ConstArrayMap<S> grad(gradPtr, len);
    ArrayMap<S> m(mPtr, len);
    if (c.wd != S(0))
        m = c.mu * m + grad + c.wd * value;
    else
        m = c.mu * m + grad;
    value -= c.lr * m;
}

// A factored gradient (parameter.h) formed a block of rows at a time into a buffer that stays
// in L1, and applied at once: the d × h gradient never goes to memory. The product is the one
// the dense backward pass would compute (same kernel, same summation order), so the update is
// bit for bit the same.
template <class S>
void updateFactored(const UpdateCoefficients<S> &c, Parameter<S> &p)
{
    const RowSet<S> &left = p.factors.left;  // n × rows, read in place
    const Matrix<S> &right = *p.factors.right;  // n × cols
    const Eigen::Index rows = p.value.rows(), cols = p.value.cols();
    const Eigen::Index blockRows = std::max<Eigen::Index>(1, kBlock / std::max<Eigen::Index>(1, cols));
    thread_local Matrix<S> tile;
    tile.resize(blockRows, cols);
    S *v = c.kind == OptimizerKind::Sgd ? nullptr : p.v.data();
    const bool ours = detail::blockedFits<S>(cols);
    const Matrix<S> leftCopy = ours ? Matrix<S>() : left.gathered();  // for Eigen's product
    for (Eigen::Index r0 = 0; r0 < rows; r0 += blockRows) {
        const Eigen::Index n = std::min(blockRows, rows - r0);
        if (ours)
            detail::pickedColumnsProduct<S>(left, r0, n, cols, right.data(), cols, tile.data(), cols);
        else
            tile.topRows(n).noalias() = leftCopy.middleCols(r0, n).transpose() * right;
        if (p.factors.scale != S(1))
            tile.topRows(n) *= p.factors.scale;
        const Eigen::Index at = r0 * cols;
        updateSpan(c, p.value.data() + at, tile.data(), p.m.data() + at, v ? v + at : nullptr, n * cols);
    }
    p.dropGradFactors();
}

template <class S>
void updateTensor(const OptimizerSettings &o, Parameter<S> &p)
{
    if (p.m.size() != p.value.size())
        p.m.setZero(p.value.rows(), p.value.cols());
    const bool adam = o.kind != OptimizerKind::Sgd;
    if (adam && p.v.size() != p.value.size())
        p.v.setZero(p.value.rows(), p.value.cols());
    ++p.t;
    UpdateCoefficients<S> c {};
    c.kind = o.kind;
    c.lr = S(o.lr);
    c.wd = p.decay ? S(o.weightDecay) : S(0);
    c.mu = S(o.momentum);
    c.b1 = S(o.beta1), c.b2 = S(o.beta2), c.eps = S(o.eps);
    const S bc1 = adam ? S(1 - std::pow(o.beta1, double(p.t))) : S(1);
    c.bc2sqrt = adam ? S(std::sqrt(1 - std::pow(o.beta2, double(p.t)))) : S(1);
    c.stepSize = c.lr / bc1;
    if (p.gradFactored()) {
        updateFactored(c, p);
        return;
    }
    const Eigen::Index n = p.value.size();
    for (Eigen::Index i0 = 0; i0 < n; i0 += kBlock)
        updateSpan(c, p.value.data() + i0, p.grad.data() + i0, p.m.data() + i0, adam ? p.v.data() + i0 : nullptr,
                   std::min(kBlock, n - i0));
}

// Runs work(i) for every tensor i of `params` (work skips the frozen ones), in parallel when
// there are enough elements to share (toy models stay serial): an expert's tensors on its owner thread
// (expert_threads.h) when `homes` names them, the others (the router's) handed out to
// whichever thread is free.
template <class S, class Work>
void forEachTensor(const std::vector<Parameter<S> *> &params, const ParameterHomes *homes, const Work &work)
{
    const int n = int(params.size());
    long long elements = 0;
    for (const auto *p : params)
        elements += p->frozen ? 0 : p->value.size();
    const bool placed = homes && homes->expert.size() == params.size();
    std::vector<int> homeless;
    if (placed)
        for (int i = 0; i < n; ++i)
            if (homes->expert[std::size_t(i)] < 0)
                homeless.push_back(i);
#pragma omp parallel if (n > 1 && elements > 32768)
    {
        if (placed) {
            const int threads = omp_get_num_threads(), t = omp_get_thread_num();
            for (int i = 0; i < n; ++i) {
                const int e = homes->expert[std::size_t(i)];
                if (e >= 0 && expertOwner(e, homes->experts, threads) == t)
                    work(i);
            }
#pragma omp for schedule(dynamic, 1)
            for (int j = 0; j < int(homeless.size()); ++j)
                work(homeless[std::size_t(j)]);
        } else {
#pragma omp for schedule(dynamic, 1)
            for (int i = 0; i < n; ++i)
                work(i);
        }
    }
}

}  // namespace

template <class S>
void optimizerStep(const OptimizerSettings &o, const std::vector<Parameter<S> *> &params, const ParameterHomes *homes)
{
    forEachTensor(params, homes, [&](int i) {
        Parameter<S> &p = *params[std::size_t(i)];
        if (p.frozen || p.value.size() == 0) {
            p.dropGradFactors();
            return;
        }
        updateTensor(o, p);
    });
}

template <class S>
double gradSquaredNorm(const std::vector<Parameter<S> *> &params, const ParameterHomes *homes)
{
    std::vector<double> term(params.size(), 0.0);
    forEachTensor(params, homes, [&](int i) {
        const Parameter<S> &p = *params[std::size_t(i)];
        if (!p.frozen)
            term[std::size_t(i)] = p.gradSquaredNorm();
    });
    double sum = 0;
    for (const double t : term)
        sum += t;
    return sum;
}

template <class S>
void clipGradientNorm(const std::vector<Parameter<S> *> &params, double sumSquares, double clip)
{
    const double norm = std::sqrt(sumSquares);
    if (clip <= 0 || !(norm > clip))
        return;
    const S scale = S(clip / (norm + 1e-6));
    for (auto *p : params)
        if (!p->frozen)
            p->scaleGrad(scale);
}

OptimizerSettings optimizerSettingsAt(const TrainConfig &train, long long step)
{
    OptimizerSettings o;
    o.kind = train.optimizer;
    o.lr = scheduledLearningRate(train, step);
    o.momentum = train.momentum;
    o.weightDecay = train.weightDecay;
    o.beta2 = train.beta2;
    return o;
}

template void clipGradientNorm<float>(const std::vector<Parameter<float> *> &, double, double);
template void clipGradientNorm<double>(const std::vector<Parameter<double> *> &, double, double);
template void optimizerStep<float>(const OptimizerSettings &, const std::vector<Parameter<float> *> &,
                                   const ParameterHomes *);
template void optimizerStep<double>(const OptimizerSettings &, const std::vector<Parameter<double> *> &,
                                    const ParameterHomes *);
template double gradSquaredNorm<float>(const std::vector<Parameter<float> *> &, const ParameterHomes *);
template double gradSquaredNorm<double>(const std::vector<Parameter<double> *> &, const ParameterHomes *);

}  // namespace moe
