#include "task_loss.h"

#include <cmath>
#include <limits>

namespace moe {
namespace {

struct Component {
    int expert;
    int row;
    double weight;
};

// Per token, the kept (expert, row, weight) triples.
template <class S>
std::vector<std::vector<Component>> componentsByToken(const LayerForward<S> &layer, int tokens)
{
    std::vector<std::vector<Component>> out(static_cast<std::size_t>(tokens));
    for (std::size_t e = 0; e < layer.batches.size(); ++e) {
        const auto &b = layer.batches[e];
        for (std::size_t i = 0; i < b.token.size(); ++i)
            out[std::size_t(b.token[i])].push_back(
                {int(e), int(i), layer.routing.assignments[std::size_t(b.slot[i])].weight});
    }
    return out;
}

template <class S>
void prepareGrad(const ModelForward<S> &f, ModelGrad<S> &g)
{
    const int T = int(f.output.rows()), o = int(f.output.cols());
    g.dOut.resize(f.layer.batches.size());
    for (std::size_t e = 0; e < f.layer.batches.size(); ++e)
        g.dOut[e].setZero(Eigen::Index(f.layer.batches[e].token.size()), o);
    g.omega = MatrixD::Zero(T, f.layer.routing.experts);
    g.dShared.setZero(T, o);
}

// For the losses on the blended output: given G = ∂L/∂output, dO_e = w·G_t, ω = ⟨G_t, O_e⟩.
template <class S>
void distributeBlendGradient(const ModelForward<S> &f, const Matrix<S> &G, ModelGrad<S> &g)
{
    const Eigen::Index o = G.cols();
    for (std::size_t e = 0; e < f.layer.batches.size(); ++e) {
        const auto &b = f.layer.batches[e];
        for (std::size_t i = 0; i < b.token.size(); ++i) {
            const int t = b.token[i];
            const S w = S(f.layer.routing.assignments[std::size_t(b.slot[i])].weight);
            const S *gt = G.data() + Eigen::Index(t) * o;  // rows are short (o = classes)
            const S *out = b.out.data() + Eigen::Index(i) * o;
            S *d = g.dOut[e].data() + Eigen::Index(i) * o;
            S dot = 0;
            for (Eigen::Index c = 0; c < o; ++c) {
                d[c] = w * gt[c];
                dot += gt[c] * out[c];
            }
            g.omega(t, Eigen::Index(e)) = double(dot);
        }
    }
    g.dShared = G;
}

}  // namespace

template <class S>
LossResult computeTaskLoss(TaskLoss kind, const ModelForward<S> &f, const std::vector<int> *labels,
                           const Matrix<S> *targets, ModelGrad<S> *grad)
{
    LossResult res;
    const int T = int(f.output.rows()), o = int(f.output.cols());
    if (T == 0)
        return res;
    if (grad)
        prepareGrad(f, *grad);
    const double invT = 1.0 / T;

    if (kind == TaskLoss::CrossEntropy || kind == TaskLoss::Mse) {
        Matrix<S> G(T, o);
        double total = 0;
        if (kind == TaskLoss::CrossEntropy) {
            res.predictedClass.resize(std::size_t(T));
            // Shift each row by its maximum, exponentiate all at once (the vectorised exp).
            MatrixD shifted = f.output.template cast<double>();
            std::vector<double> rowMax(static_cast<std::size_t>(T));
            for (int t = 0; t < T; ++t) {
                Eigen::Index arg = 0;
                rowMax[std::size_t(t)] = shifted.row(t).maxCoeff(&arg);  // first maximum, like argmax
                res.predictedClass[std::size_t(t)] = int(arg);
                shifted.row(t).array() -= rowMax[std::size_t(t)];
            }
            shifted.array() = shifted.array().exp();
            for (int t = 0; t < T; ++t) {
                const int y = (*labels)[std::size_t(t)];
                const double sum = shifted.row(t).sum();
                const double lse = rowMax[std::size_t(t)] + std::log(sum);
                total += lse - double(f.output(t, y));
                res.correct += res.predictedClass[std::size_t(t)] == y ? 1 : 0;
                for (int c = 0; c < o; ++c)  // softmax − one-hot
                    G(t, c) = S((shifted(t, c) / sum - (c == y ? 1.0 : 0.0)) * invT);
            }
        } else {
            res.predictedValue = f.output.template cast<double>();
            const Matrix<S> diff = f.output - *targets;
            total = double(diff.squaredNorm());
            G = diff * S(2.0 * invT);
        }
        res.task = total * invT;
        if (grad)
            distributeBlendGradient(f, G, *grad);
        return res;
    }

    // Mixture losses: each kept expert is a mixture component with weight w.
    const auto comps = componentsByToken(f.layer, T);
    double total = 0;
    if (kind == TaskLoss::MixtureOfDistributions)
        res.predictedClass.resize(std::size_t(T));
    else
        res.predictedValue = MatrixD::Zero(T, o);
    std::vector<double> logTerm, q;
    for (int t = 0; t < T; ++t) {
        const auto &cs = comps[std::size_t(t)];
        logTerm.assign(cs.size(), -std::numeric_limits<double>::infinity());
        // Component outputs c_e = O_e[row] + shared_t.
        auto component = [&](const Component &c) -> RowVector<double> {
            RowVector<double> v = f.layer.batches[std::size_t(c.expert)].out.row(c.row).template cast<double>();
            if (f.sharedSum.size() > 0)
                v += f.sharedSum.row(t).template cast<double>();
            return v;
        };
        double wsum = 0;
        for (const auto &c : cs)
            wsum += c.weight;
        if (kind == TaskLoss::MixtureOfDistributions) {
            const int y = (*labels)[std::size_t(t)];
            RowVector<double> mix = RowVector<double>::Zero(o);
            std::vector<RowVector<double>> soft(cs.size());
            for (std::size_t i = 0; i < cs.size(); ++i) {
                const RowVector<double> v = component(cs[i]);
                const double lse = logSumExp(v.data(), o);
                soft[i] = (v.array() - lse).exp();
                if (cs[i].weight > 0)
                    logTerm[i] = std::log(cs[i].weight) + v(y) - lse;
                mix += cs[i].weight * soft[i];
            }
            int arg = 0;
            mix.maxCoeff(&arg);
            res.predictedClass[std::size_t(t)] = arg;
            res.correct += arg == y ? 1 : 0;
            if (wsum <= 0) {
                total += std::log(double(o));
                continue;
            }
            const double logp = logSumExp(logTerm.data(), int(logTerm.size()));
            total += -logp;
            if (!grad)
                continue;
            for (std::size_t i = 0; i < cs.size(); ++i) {
                const double qy = soft[i](y);
                const double h = cs[i].weight > 0 ? std::exp(logTerm[i] - logp) : 0.0;
                RowVector<double> dc = soft[i] * h;
                dc(y) -= h;
                dc *= invT;
                grad->dOut[std::size_t(cs[i].expert)].row(cs[i].row) = dc.template cast<S>();
                if (f.sharedSum.size() > 0)
                    grad->dShared.row(t) += dc.template cast<S>();
                grad->omega(t, cs[i].expert) = -qy * std::exp(-logp) * invT;
            }
        } else {  // competitive (Gaussian mixture, unit variance)
            const RowVector<double> y = targets->row(t).template cast<double>();
            std::vector<RowVector<double>> vs(cs.size());
            std::vector<double> sq(cs.size());
            RowVector<double> mean = RowVector<double>::Zero(o);
            for (std::size_t i = 0; i < cs.size(); ++i) {
                vs[i] = component(cs[i]);
                sq[i] = (y - vs[i]).squaredNorm();
                if (cs[i].weight > 0)
                    logTerm[i] = std::log(cs[i].weight) - 0.5 * sq[i];
                mean += cs[i].weight * vs[i];
            }
            if (wsum > 0)
                res.predictedValue.row(t) = mean / wsum;
            if (wsum <= 0)
                continue;
            const double logp = logSumExp(logTerm.data(), int(logTerm.size()));
            total += -logp;
            if (!grad)
                continue;
            for (std::size_t i = 0; i < cs.size(); ++i) {
                const double h = cs[i].weight > 0 ? std::exp(logTerm[i] - logp) : 0.0;
                const RowVector<double> dc = -h * (y - vs[i]) * invT;
                grad->dOut[std::size_t(cs[i].expert)].row(cs[i].row) = dc.template cast<S>();
                if (f.sharedSum.size() > 0)
                    grad->dShared.row(t) += dc.template cast<S>();
                grad->omega(t, cs[i].expert) = -std::exp(-0.5 * sq[i] - logp) * invT;
            }
        }
    }
    res.task = total * invT;
    return res;
}

template LossResult computeTaskLoss<float>(TaskLoss, const ModelForward<float> &, const std::vector<int> *,
                                           const Matrix<float> *, ModelGrad<float> *);
template LossResult computeTaskLoss<double>(TaskLoss, const ModelForward<double> &, const std::vector<int> *,
                                            const Matrix<double> *, ModelGrad<double> *);

}  // namespace moe
