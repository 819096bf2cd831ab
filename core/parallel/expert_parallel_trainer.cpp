// ExpertParallelTrainer: the training step over P ranks (see the header).
#include "expert_parallel_trainer.h"

#include "distributed_balance.h"
#include "expert_parallel_engine.h"
#include "global_batch_strategy.h"

#include "core/layer_options.h"
#include "core/lr_schedule.h"
#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <omp.h>
#include <stdexcept>

namespace moe::parallel {
namespace {

// The model of a configuration, as the one-process Trainer builds it (trainer.cpp).
ModelSpec specFor(const ExperimentConfig &cfg, const Dataset &data)
{
    ModelSpec s;
    s.inputs = data.inputDim();
    s.outputs = data.outputDim();
    const int m = std::max(1, cfg.model.fineGrain);
    s.experts = std::max(1, cfg.model.experts * m - cfg.model.sharedExperts);
    s.hidden = std::max(1, cfg.model.hidden / m);
    s.expertType = cfg.model.expertType;
    s.activation = cfg.model.activation;
    s.sharedExperts = cfg.model.sharedExperts;
    s.routerBias = cfg.model.routerBias;
    s.residual = cfg.model.residual && data.inputDim() == data.outputDim();
    return s;
}

int effectiveK(const ExperimentConfig &cfg)
{
    const int m = std::max(1, cfg.model.fineGrain);
    return std::max(1, cfg.routing.k * m - cfg.model.sharedExperts);
}

void checkConfig(const ExperimentConfig &cfg, const Dataset &data, int ranks)
{
    if (cfg.parallel.ranks != ranks)
        throw std::invalid_argument("parallel.ranks is " + std::to_string(cfg.parallel.ranks) + " but the job has "
                                    + std::to_string(ranks) + " process(es): start it with mpirun -np "
                                    + std::to_string(cfg.parallel.ranks) + " (or set parallel.ranks="
                                    + std::to_string(ranks) + ")");
    if (data.size() < 2)
        throw std::invalid_argument("the dataset is empty or has fewer than 2 samples");
    if (!findStrategy(cfg.routing.strategy))
        throw std::invalid_argument("routing.strategy: unknown strategy '" + cfg.routing.strategy + "'");
    if (cfg.train.schedule != Schedule::Joint)
        throw std::invalid_argument("train.schedule: staged training is not supported under expert parallelism; "
                                    "use joint");
    if (cfg.balance.importance > 0 || cfg.balance.load > 0)
        throw std::invalid_argument("balance.importance and balance.load (noisy top-k's CV² losses) are not "
                                    "supported under expert parallelism; use balance.aux");
    if (cfg.train.batch % ranks != 0 || cfg.train.batch < ranks)
        throw std::invalid_argument("train.batch (" + std::to_string(cfg.train.batch)
                                    + ") must be a multiple of parallel.ranks (" + std::to_string(ranks)
                                    + "): every rank trains on an equal share of the batch");
}

}  // namespace

template <class S>
ExpertParallelTrainer<S>::ExpertParallelTrainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data,
                                                Communicator &comm)
    : m_cfg(config), m_data(std::move(data)), m_comm(comm), m_plan((checkConfig(config, *m_data, comm.size()), config),
                                                                   *m_data)
{
    const bool regressionLoss = m_cfg.train.loss == TaskLoss::Mse || m_cfg.train.loss == TaskLoss::Competitive;
    if (m_data->task == Task::Regression && !regressionLoss)
        m_cfg.train.loss = TaskLoss::Mse;
    if (m_data->task == Task::Classification && regressionLoss)
        m_cfg.train.loss = TaskLoss::CrossEntropy;
    if (int(m_plan.trainRows().size()) < m_cfg.train.batch)
        throw std::invalid_argument("train.batch (" + std::to_string(m_cfg.train.batch) + ") is larger than the "
                                    + std::to_string(m_plan.trainRows().size()) + " training rows");

    const ModelSpec spec = specFor(m_cfg, *m_data);
    m_model = std::make_unique<Model<S>>(spec);
    Rng initRng(m_cfg.train.seed);
    m_model->initialize(initRng, m_cfg.model.routerInitStd);

    std::unique_ptr<RoutingStrategy> strategy = makeStrategy(m_cfg.routing.strategy);
    const std::string mode = parallelRoutingMode(strategy->info());
    if (mode == "global")
        strategy = std::make_unique<GlobalBatchStrategy>(std::move(strategy), m_comm);
    else if (!mode.empty())
        throw std::invalid_argument("routing.strategy: " + mode);
    m_model->layer().setStrategy(std::move(strategy));

    m_owners = ExpertOwners(spec.experts, comm.size(), m_cfg.parallel.placement);
    auto engine = std::make_unique<ExpertParallelEngine<S>>(m_comm, m_owners);
    m_engine = engine.get();
    m_model->layer().setEngine(std::move(engine));
    releaseForeignExperts(m_model->layer().experts(), m_owners, m_comm.rank());
    const int failed = m_cfg.parallel.failedRank;
    m_cfg.parallel.failedRank = -1;
    setFailedRank(failed);
    m_streamSeed = m_cfg.train.seed ^ 0xC0FFEEULL;
}

template <class S>
ExpertParallelTrainer<S>::~ExpertParallelTrainer() = default;

template <class S>
void ExpertParallelTrainer<S>::setFailedRank(int rank)
{
    if (rank < -1 || rank >= m_comm.size())
        throw std::invalid_argument("parallel.failed_rank (" + std::to_string(rank)
                                    + ") must name one of the ranks 0 … " + std::to_string(m_comm.size() - 1)
                                    + ", or be -1 for none");
    if (rank >= 0 && int(m_owners.owned(rank).size()) == m_owners.experts())
        throw std::invalid_argument("parallel.failed_rank: rank " + std::to_string(rank)
                                    + " holds every expert, knocking it out would leave none");
    MoeLayer<S> &layer = m_model->layer();
    if (const int before = m_cfg.parallel.failedRank; before >= 0)
        for (int e : m_owners.owned(before))
            layer.setKnockedOut(e, false);
    // A failed device: every expert of that rank knocked out (−∞ logits), the gate reroutes.
    if (rank >= 0)
        for (int e : m_owners.owned(rank))
            layer.setKnockedOut(e, true);
    m_cfg.parallel.failedRank = rank;
}

template <class S>
LayerOptions ExpertParallelTrainer<S>::layerOptions(bool training) const
{
    LayerOptions o = layerOptionsFor(m_cfg, training, effectiveK(m_cfg));
    // The balance losses are computed over the ranks (distributed_balance.h), not per layer.
    o.auxAlpha = 0;
    o.zLoss = 0;
    o.route.importanceCoef = 0;
    o.route.loadCoef = 0;
    return o;
}

template <class S>
void ExpertParallelTrainer<S>::gatherShard(const std::vector<int> &rows, Matrix<S> &x, std::vector<int> &labels,
                                           Matrix<S> &targets) const
{
    m_data->gatherRows(rows, x);
    if (m_data->task == Task::Classification) {
        labels.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            labels[i] = m_data->labels[std::size_t(rows[i])];
    } else {
        targets.resize(Eigen::Index(rows.size()), m_data->targets.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            targets.row(Eigen::Index(i)) = m_data->targets.row(rows[i]).template cast<S>();
    }
}

template <class S>
std::vector<const Parameter<S> *> ExpertParallelTrainer<S>::replicatedParameters() const
{
    const Model<S> &model = *m_model;
    std::vector<const Parameter<S> *> out = model.layer().router().parameters();
    for (const auto &e : model.sharedExperts())
        for (const auto *p : e.parameters())
            out.push_back(p);
    return out;
}

template <class S>
std::uint64_t ExpertParallelTrainer<S>::replicatedHash() const
{
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](const void *data, std::size_t bytes) {
        const auto *p = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < bytes; ++i) {
            h ^= p[i];
            h *= 1099511628211ULL;
        }
    };
    for (const Parameter<S> *p : replicatedParameters())
        mix(p->value.data(), std::size_t(p->value.size()) * sizeof(S));
    const VectorD &bias = m_model->layer().router().selectionBias();
    mix(bias.data(), std::size_t(bias.size()) * sizeof(double));
    return h;
}

template <class S>
void ExpertParallelTrainer<S>::allreduceReplicatedGradients()
{
    std::vector<Parameter<S> *> params = m_model->layer().router().parameters();
    for (auto &e : m_model->sharedExperts())
        for (auto *p : e.parameters())
            params.push_back(p);
    std::vector<S> buffer;
    for (auto *p : params) {
        if (p->frozen)
            continue;
        p->materializeGrad();
        buffer.insert(buffer.end(), p->grad.data(), p->grad.data() + p->grad.size());
    }
    // The held experts' ‖g‖² rides along (one synchronisation instead of two).
    std::vector<Parameter<S> *> held;
    for (int e : m_owners.owned(m_comm.rank()))
        for (auto *p : m_model->layer().experts()[std::size_t(e)].parameters())
            held.push_back(p);
    buffer.push_back(S(gradSquaredNorm(held)));
    m_comm.allreduceSum(buffer.data(), mpiCount((long long)buffer.size(), "replicated gradients"));
    m_heldSquaredNorm = double(buffer.back());
    const S *in = buffer.data();
    for (auto *p : params) {
        if (p->frozen)
            continue;
        std::copy(in, in + p->grad.size(), p->grad.data());
        in += p->grad.size();
    }
}

namespace {

// This rank's step numbers to be summed: task loss, correct, entropy sum, tokens, dropped,
// countPre[E], kept[E].
std::vector<double> stepSums(const Routing &r, const LossResult &local)
{
    const int E = r.experts, T = r.tokens;
    std::vector<double> sums(static_cast<std::size_t>(5 + 2 * E), 0.0);
    sums[0] = local.task;
    sums[1] = local.correct;
    for (int t = 0; t < T; ++t)
        for (int e = 0; e < E; ++e) {
            const double p = r.probs(t, e);
            if (p > 0)
                sums[2] -= p * std::log(p);
        }
    sums[3] = T;
    sums[4] = r.droppedAssignments;
    for (int e = 0; e < E; ++e) {
        sums[std::size_t(5 + e)] = e < int(r.countPre.size()) ? r.countPre[std::size_t(e)] : 0;
        sums[std::size_t(5 + E + e)] = double(r.keptCount(e));
    }
    return sums;
}

}  // namespace

template <class S>
void ExpertParallelTrainer<S>::computeGradients(const std::vector<int> &globalRows)
{
    const int P = m_comm.size(), me = m_comm.rank();
    if (int(globalRows.size()) % P != 0 || globalRows.empty())
        throw std::invalid_argument("a global batch of " + std::to_string(globalRows.size())
                                    + " rows does not split evenly over " + std::to_string(P) + " ranks");
    gatherShard(shardOf(globalRows, me, P), m_x, m_labels, m_targets);
    LayerOptions opt = layerOptions(true);
    opt.factorGradients = true;  // gradients are read only through Parameter and the optimizer
    const Rng base = Rng(m_streamSeed).fork(std::uint64_t(m_step) + 1);
    const Rng stream = P > 1 ? base.fork(0x7A4C0000ULL + std::uint64_t(me)) : base;
    m_model->forward(m_x, opt, true, stream, m_fwd);
    const bool classification = m_data->task == Task::Classification;
    const LossResult lr = m_model->loss(m_cfg.train.loss, m_fwd, classification ? &m_labels : nullptr,
                                        classification ? nullptr : &m_targets, &m_grad);

    // One all-reduce for the balance statistics and the step's numbers.
    LayerForward<S> &layer = m_fwd.layer;
    const StrategyInfo &info = m_model->layer().strategy().info();
    BalanceSettings bs;
    bs.usesAuxLoss = info.usesAuxLoss;
    bs.alpha = m_cfg.balance.aux;
    bs.convention = m_cfg.balance.auxConvention;
    bs.k = std::max(1, info.fixedK > 0 ? info.fixedK : opt.route.k);
    bs.z = m_cfg.balance.z;
    bs.scope = m_cfg.parallel.auxScope;
    std::vector<double> sums = balanceStatistics(layer.routing, bs);
    const std::size_t balanceCount = sums.size();
    const std::vector<double> step = stepSums(layer.routing, lr);
    sums.insert(sums.end(), step.begin(), step.end());
    m_comm.allreduceSum(sums.data(), int(sums.size()));
    BalanceTerms balance = balanceLosses(
        layer.routing, bs, std::vector<double>(sums.begin(), sums.begin() + std::ptrdiff_t(balanceCount)), P);
    layer.auxTerms.insert(layer.auxTerms.end(), balance.terms.begin(), balance.terms.end());
    layer.auxTotal += balance.total;
    layer.auxLogitGrad = std::move(balance.dLogits);

    // The global loss is the mean of the P shard means: its gradient is 1/P of each shard's.
    const S share = S(1.0 / P);
    for (auto &d : m_grad.dOut)
        d *= share;
    m_grad.omega *= 1.0 / P;
    m_grad.dShared *= share;
    m_model->backward(m_fwd, m_grad, opt);
    allreduceReplicatedGradients();
    summarize(std::vector<double>(sums.begin() + std::ptrdiff_t(balanceCount), sums.end()));
}

template <class S>
void ExpertParallelTrainer<S>::summarize(const std::vector<double> &sums)
{
    const Routing &r = m_fwd.layer.routing;
    const int E = r.experts;
    ParallelStepStats &s = m_last;
    const double P = m_comm.size(), tokens = std::max(1.0, sums[3]);
    s.taskLoss = sums[0] / P;
    s.auxTerms = m_fwd.layer.auxTerms;
    s.auxLoss = m_fwd.layer.auxTotal;
    s.loss = s.taskLoss + s.auxLoss;
    s.trainAccuracy = m_data->task == Task::Classification ? sums[1] / tokens : -1;
    s.gateEntropy = sums[2] / tokens;
    s.droppedAssignments = (long long)sums[4];
    s.countPre.assign(std::size_t(E), 0);
    s.kept.assign(std::size_t(E), 0);
    double assigned = 0, maxCount = 0;
    for (int e = 0; e < E; ++e) {
        s.countPre[std::size_t(e)] = (long long)sums[std::size_t(5 + e)];
        s.kept[std::size_t(e)] = (long long)sums[std::size_t(5 + E + e)];
        assigned += double(s.countPre[std::size_t(e)]);
        maxCount = std::max(maxCount, double(s.countPre[std::size_t(e)]));
    }
    const double mean = assigned / std::max(1, E);
    double var = 0;
    s.loadFraction.assign(std::size_t(E), 0.0);
    for (int e = 0; e < E; ++e) {
        const double c = double(s.countPre[std::size_t(e)]);
        var += (c - mean) * (c - mean);
        s.loadFraction[std::size_t(e)] = assigned > 0 ? c / assigned : 0.0;
    }
    var /= std::max(1, E);
    s.loadCv = mean > 0 ? std::sqrt(var) / mean : 0.0;
    s.maxMeanLoad = mean > 0 ? maxCount / mean : 0.0;
    s.droppedFraction = assigned > 0 ? sums[4] / assigned : 0.0;
    s.capacity = r.capacity;
    s.traffic = m_engine->traffic();
    s.straggler = s.traffic.straggler();
    s.failedRank = m_cfg.parallel.failedRank;
    s.rankProcessed.resize(std::size_t(m_comm.size()));
    for (int q = 0; q < m_comm.size(); ++q)
        s.rankProcessed[std::size_t(q)] = s.traffic.processed(q);
}

template <class S>
void ExpertParallelTrainer<S>::applyUpdate()
{
    std::vector<Parameter<S> *> params = m_model->parameters();
    const ParameterHomes homes = m_model->parameterHomes();
    // ‖g‖²: the held experts' parts summed over the ranks (with the gradients' all-reduce),
    // the replicated part once.
    std::vector<Parameter<S> *> replicated = m_model->layer().router().parameters();
    for (auto &e : m_model->sharedExperts())
        for (auto *p : e.parameters())
            replicated.push_back(p);
    const double sq = m_heldSquaredNorm + gradSquaredNorm(replicated);
    if (const Divergence d = m_guard.checkGradient(sq, m_step + 1); d.happened()) {
        m_divergence = d;
        m_stopReason = describeDivergence(d);
        return;
    }
    clipGradientNorm(params, sq, m_cfg.train.clipNorm);
    const OptimizerSettings o = optimizerSettingsAt(m_cfg.train, m_step);
    optimizerStep(o, params, &homes);

    const Routing &r = m_fwd.layer.routing;
    if (m_cfg.balance.biasRate > 0 && m_model->layer().strategy().info().usesSelectionBias && r.tokens > 0) {
        Routing global;  // the bias rule on the counts of all ranks
        global.tokens = 1;
        global.experts = r.experts;
        global.logits = r.logits.topRows(1);
        global.countPre.assign(m_last.countPre.begin(), m_last.countPre.end());
        updateSelectionBias(m_model->layer().router().selectionBias(), global, m_cfg.balance.biasRate);
    }
}

template <class S>
bool ExpertParallelTrainer<S>::step()
{
    if (diverged() || finished())
        return false;
    if (m_cfg.train.threads > 0)
        omp_set_num_threads(m_cfg.train.threads);
    m_comm.resetMpiSeconds();
    const double start = Communicator::now();
    computeGradients(m_plan.next());
    const double total = m_last.loss;
    if (const Divergence d = m_guard.checkLoss(total, m_step + 1); d.happened()) {
        m_divergence = d;
        m_stopReason = describeDivergence(d);
        return false;
    }
    applyUpdate();
    if (diverged())
        return false;
    ++m_step;
    m_last.step = m_step;

    // Per-rank times (this gather is reporting, after the step's clock stopped).
    const double mine[3] = {Communicator::now() - start, m_comm.mpiSeconds(), m_last.traffic.computeSeconds};
    std::vector<double> all(static_cast<std::size_t>(3 * m_comm.size()));
    m_comm.allgather(mine, 3, all.data());
    m_last.rankStepSeconds.resize(std::size_t(m_comm.size()));
    m_last.rankMpiSeconds.resize(std::size_t(m_comm.size()));
    m_last.rankExpertSeconds.resize(std::size_t(m_comm.size()));
    for (int q = 0; q < m_comm.size(); ++q) {
        m_last.rankStepSeconds[std::size_t(q)] = all[std::size_t(3 * q)];
        m_last.rankMpiSeconds[std::size_t(q)] = all[std::size_t(3 * q + 1)];
        m_last.rankExpertSeconds[std::size_t(q)] = all[std::size_t(3 * q + 2)];
    }
    return !finished();
}

template class ExpertParallelTrainer<float>;
template class ExpertParallelTrainer<double>;

}  // namespace moe::parallel
