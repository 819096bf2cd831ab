// ExpertParallelTrainer::evaluate: the test loss and accuracy (R² for regression) over the
// first ≤ 5000 test rows, cut to a multiple of P and split into equal shards, so every rank makes
// the same collective calls; the sums (loss·n, correct, n, and for R² the squared error, Σy, Σy²)
// are all-reduced once. Evaluation mode: capacity from routing.eval_capacity_factor, no noise.
#include "expert_parallel_trainer.h"

#include <algorithm>

namespace moe::parallel {

template <class S>
EvalResult ExpertParallelTrainer<S>::evaluate()
{
    const int P = m_comm.size();
    std::vector<int> rows = m_plan.testRows();
    if (rows.size() > 5000)
        rows.resize(5000);
    rows.resize(rows.size() / std::size_t(P) * std::size_t(P));  // equal shards: the same calls on every rank
    const std::vector<int> shard = shardOf(rows, m_comm.rank(), P);
    const std::size_t chunk = std::size_t(std::max(256, m_cfg.train.batch / P));
    const LayerOptions opt = layerOptions(false);
    const bool classification = m_data->task == Task::Classification;
    const int outputs = m_data->outputDim();
    // loss·n, correct, n, sse, Σy, Σy² (per output)
    std::vector<double> sums(std::size_t(4 + 2 * outputs), 0.0);
    ModelForward<S> f;
    Matrix<S> x, t;
    std::vector<int> y;
    for (std::size_t begin = 0; begin < shard.size(); begin += chunk) {
        const std::vector<int> part(shard.begin() + std::ptrdiff_t(begin),
                                    shard.begin() + std::ptrdiff_t(std::min(shard.size(), begin + chunk)));
        gatherShard(part, x, y, t);
        m_model->forward(x, opt, false, Rng(m_streamSeed ^ 0xE7A1), f);
        const LossResult lr = m_model->loss(m_cfg.train.loss, f, classification ? &y : nullptr,
                                            classification ? nullptr : &t, nullptr);
        sums[0] += lr.task * double(part.size());
        sums[1] += lr.correct;
        sums[2] += double(part.size());
        if (!classification)
            for (std::size_t i = 0; i < part.size(); ++i)
                for (int c = 0; c < outputs; ++c) {
                    const double target = m_data->targets(part[i], c);
                    const double diff = lr.predictedValue(Eigen::Index(i), c) - target;
                    sums[3] += diff * diff;
                    sums[std::size_t(4 + c)] += target;
                    sums[std::size_t(4 + outputs + c)] += target * target;
                }
    }
    m_comm.allreduceSum(sums.data(), int(sums.size()));
    EvalResult r;
    const double n = sums[2];
    r.loss = n > 0 ? sums[0] / n : 0;
    if (classification) {
        r.accuracy = n > 0 ? sums[1] / n : 0;
    } else {
        double sst = 0;
        for (int c = 0; c < outputs; ++c)
            sst += sums[std::size_t(4 + outputs + c)] - sums[std::size_t(4 + c)] * sums[std::size_t(4 + c)] / n;
        r.accuracy = sst > 0 ? 1.0 - sums[3] / sst : 0.0;
    }
    return r;
}

template EvalResult ExpertParallelTrainer<float>::evaluate();
template EvalResult ExpertParallelTrainer<double>::evaluate();

}  // namespace moe::parallel
