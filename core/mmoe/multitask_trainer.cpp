#include "multitask_trainer.h"

#include "core/layer_options.h"
#include "core/lr_schedule.h"
#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace moe {

bool multiTaskKeyNeedsNewModel(const std::string &key)
{
    return keyNeedsNewModel(key) || key == "model.experts" || key == "routing.strategy";
}

int multiTaskCount(const ExperimentConfig &config, const Dataset &data)
{
    if (data.taskNames.size() >= 2)
        return int(data.taskNames.size());
    return config.model.tasks >= 2 ? config.model.tasks : 0;
}

Problem parseTaskWeights(const std::string &text, int tasks, std::vector<double> *weights)
{
    weights->assign(std::size_t(std::max(0, tasks)), 1.0);
    if (text.find_first_not_of(" \t") == std::string::npos)
        return {};
    std::vector<double> parsed;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
        const std::string v = b == std::string::npos ? std::string() : item.substr(b, e - b + 1);
        std::size_t used = 0;
        double w = 0;
        try {
            w = std::stod(v, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (v.empty() || used != v.size() || !std::isfinite(w) || w < 0)
            return problem(MOE_TR_NOOP("moe::Problem", "train.task_weights: '%1' is not a weight (a number >= 0)"), {v});
        parsed.push_back(w);
    }
    if (int(parsed.size()) != tasks)
        return problem(MOE_TR_NOOP("moe::Problem", "train.task_weights: %1 weights given for %2 tasks"),
                       {std::to_string(parsed.size()), std::to_string(tasks)});
    *weights = parsed;
    return {};
}

MultiTaskTrainer::MultiTaskTrainer(const ExperimentConfig &config, std::shared_ptr<const Dataset> data)
    : m_config(config), m_data(std::move(data))
{
    if (!m_data || m_data->size() < 2)
        throw std::invalid_argument("the dataset is empty or has fewer than 2 samples");
    const int columns = m_data->task == Task::Regression ? int(m_data->targets.cols()) : 1;
    const int tasks = m_config.model.tasks == 0 ? columns : m_config.model.tasks;
    if (m_data->task != Task::Regression || int(m_data->taskNames.size()) != columns || columns < 2)
        throw std::invalid_argument("model.tasks: the data set '" + m_data->id
                                    + "' has one target; a multi-task model needs one target column per task "
                                      "(mmoe_synthetic, or data.label_columns=a,b)");
    if (tasks != columns)
        throw std::invalid_argument("model.tasks = " + std::to_string(tasks) + ", but the data set '" + m_data->id
                                    + "' has " + std::to_string(columns) + " target columns (0 = one per column)");
    if (m_config.model.gates != TaskGates::None && !findStrategy(m_config.routing.strategy))
        throw std::invalid_argument("routing.strategy: unknown strategy '" + m_config.routing.strategy + "'");
    if (const Problem e = parseTaskWeights(m_config.train.taskWeights, tasks, &m_weights); !e.empty())
        throw std::invalid_argument(e.english());

    MultiTaskSpec spec;
    spec.inputs = m_data->inputDim();
    spec.tasks = tasks;
    spec.experts = m_config.model.experts;
    spec.hidden = m_config.model.hidden;
    spec.towerHidden = m_config.model.towerHidden;
    spec.routerHidden = m_config.model.routerHidden;
    spec.routerBias = m_config.model.routerBias;
    spec.gates = m_config.model.gates;
    spec.strategy = m_config.routing.strategy;
    m_model = std::make_unique<MultiTaskModel<float>>(spec);
    Rng init(m_config.train.seed);
    m_model->initialize(init, m_config.model.routerInitStd);

    const int n = m_data->size();
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    if (m_data->fixedTrainCount && *m_data->fixedTrainCount > 0 && *m_data->fixedTrainCount < n) {
        m_trainRows.assign(rows.begin(), rows.begin() + *m_data->fixedTrainCount);
        m_testRows.assign(rows.begin() + *m_data->fixedTrainCount, rows.end());
    } else {  // the split of Trainer (trainer.cpp), so both see the same rows
        Rng splitRng(m_config.data.seed * 7919 + 17);
        splitRng.shuffle(rows);
        const int test = std::clamp(int(std::lround(n * m_config.data.testFraction)), 1, n - 1);
        m_testRows.assign(rows.begin(), rows.begin() + test);
        m_trainRows.assign(rows.begin() + test, rows.end());
        std::sort(m_testRows.begin(), m_testRows.end());
    }
    m_order = m_trainRows;
    m_batchRng.reseed(m_config.train.seed * 2654435761ULL + 1);
    shuffleOrder();
    m_stepLimit = m_config.train.steps;
    m_streamSeed = m_config.train.seed ^ 0xC0FFEEULL;
    m_guard.rememberWeights(m_model->parameters(), 0);
}

void MultiTaskTrainer::diverge(Divergence d)
{
    m_diverged = true;
    d.restoredStep = m_guard.restoreWeights(m_model->parameters());
    m_divergence = d;
    m_stopReason = describeDivergence(d);
}

void MultiTaskTrainer::shuffleOrder()
{
    m_batchRng.shuffle(m_order);
    ++m_shuffles;
}

void MultiTaskTrainer::clearDivergence()
{
    m_diverged = false;
    m_divergence = {};
    m_stopReason.clear();
    m_guard.forgetInitialLoss();
}

LayerOptions MultiTaskTrainer::options(bool training) const
{
    return layerOptionsFor(m_config, training, std::max(1, m_config.routing.k));
}

void MultiTaskTrainer::gather(const std::vector<int> &rows, MatrixF &x, MatrixF &t) const
{
    m_data->gatherRows(rows, x);
    t.resize(Eigen::Index(rows.size()), m_data->targets.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        t.row(Eigen::Index(i)) = m_data->targets.row(rows[i]);
}

bool MultiTaskTrainer::step()
{
    if (m_diverged || finished())
        return false;
    if (m_config.train.threads > 0)
        omp_set_num_threads(m_config.train.threads);
    const int b = std::max(1, std::min<int>(m_config.train.batch, int(m_order.size())));
    std::vector<int> rows(static_cast<std::size_t>(b));
    for (int i = 0; i < b; ++i) {
        if (m_cursor >= m_order.size()) {
            shuffleOrder();
            m_cursor = 0;
        }
        rows[std::size_t(i)] = m_order[m_cursor++];
    }
    gather(rows, m_x, m_t);
    const LayerOptions opt = options(true);
    const Rng stream = Rng(m_streamSeed).fork(std::uint64_t(m_step) + 1);
    m_model->forward(m_x, opt, true, stream, m_forward);
    const MultiTaskLoss loss = m_model->loss(m_forward, m_t, m_weights, &m_dOutput);
    const double total = loss.weighted + m_forward.auxTotal;
    if (const Divergence d = m_guard.checkLoss(total, m_step + 1); d.happened()) {
        diverge(d);
        return false;
    }
    m_model->backward(m_forward, m_dOutput, opt);
    const auto params = m_model->parameters();
    const double sq = gradSquaredNorm(params);
    if (const Divergence d = m_guard.checkGradient(sq, m_step + 1); d.happened()) {
        diverge(d);
        return false;
    }
    clipGradientNorm(params, sq, m_config.train.clipNorm);
    const OptimizerSettings o = optimizerSettingsAt(m_config.train, m_step);
    optimizerStep(o, params);
    ++m_step;
    m_last = {total, m_forward.auxTotal, loss.task, o.lr, {}, m_forward.auxTerms};
    if (m_model->gateCount() > 0) {
        Eigen::VectorXd share = Eigen::VectorXd::Zero(m_model->spec().experts);
        for (const MatrixD &w : m_forward.combine)
            share += w.colwise().sum().transpose();
        const double sum = share.sum();
        if (sum > 0)
            share /= sum;
        m_last.expertShare.assign(share.data(), share.data() + share.size());
    }
    if (m_step % DivergenceGuard<float>::kRememberEvery == 0)
        m_guard.rememberWeights(m_model->parameters(), m_step);
    return !finished();
}

MultiTaskEvaluation MultiTaskTrainer::evaluate() const
{
    std::vector<int> rows = m_testRows;
    if (rows.size() > 5000)
        rows.resize(5000);
    const int T = taskCount();
    std::vector<double> sse(std::size_t(T), 0.0), sum(std::size_t(T), 0.0), sumSq(std::size_t(T), 0.0);
    const LayerOptions opt = options(false);
    MultiTaskForward<float> f;
    MatrixF x, t;
    for (std::size_t start = 0; start < rows.size(); start += 512) {
        const std::vector<int> part(rows.begin() + std::ptrdiff_t(start),
                                    rows.begin() + std::ptrdiff_t(std::min(rows.size(), start + 512)));
        gather(part, x, t);
        m_model->forward(x, opt, false, Rng(m_streamSeed ^ 0xE7A1), f);
        for (int k = 0; k < T; ++k)
            for (Eigen::Index i = 0; i < t.rows(); ++i) {
                const double y = t(i, k), r = double(f.output(i, k)) - y;
                sse[std::size_t(k)] += r * r;
                sum[std::size_t(k)] += y;
                sumSq[std::size_t(k)] += y * y;
            }
    }
    MultiTaskEvaluation out;
    const double n = double(std::max<std::size_t>(1, rows.size()));
    for (int k = 0; k < T; ++k) {
        const double mse = sse[std::size_t(k)] / n;
        const double sst = sumSq[std::size_t(k)] - sum[std::size_t(k)] * sum[std::size_t(k)] / n;
        out.taskLoss.push_back(mse);
        out.r2.push_back(sst > 0 ? 1.0 - sse[std::size_t(k)] / sst : 0.0);
        out.loss += m_weights[std::size_t(k)] * mse;
    }
    return out;
}

std::vector<std::vector<double>> MultiTaskTrainer::gateUsage(int maxRows) const
{
    if (m_model->gateCount() == 0)
        return {};
    std::vector<int> rows = m_testRows;
    if (rows.size() > std::size_t(std::max(1, maxRows)))
        rows.resize(std::size_t(std::max(1, maxRows)));
    MatrixF x, t;
    gather(rows, x, t);
    MultiTaskForward<float> f;
    m_model->forward(x, options(false), false, Rng(m_streamSeed ^ 0xE7A1), f);
    std::vector<std::vector<double>> usage;
    for (int k = 0; k < taskCount(); ++k) {
        const MatrixD &w = f.combine[std::size_t(m_model->gateOf(k))];
        const Eigen::VectorXd mean = w.colwise().mean().transpose();
        usage.emplace_back(mean.data(), mean.data() + mean.size());
    }
    return usage;
}

Problem MultiTaskTrainer::applyValue(const std::string &key, const std::string &value)
{
    if (multiTaskKeyNeedsNewModel(key))
        return problem(MOE_TR_NOOP("moe::Problem", "%1 changes the shape of the model; start a new run to change it"),
                       {key});
    ExperimentConfig next = m_config;
    if (Problem err = setConfigValue(next, key, value); !err.empty())
        return err;
    std::vector<double> weights = m_weights;
    if (key == "train.task_weights")
        if (Problem err = parseTaskWeights(next.train.taskWeights, taskCount(), &weights); !err.empty())
            return err;
    const bool optimizerChanged = key == "train.optimizer" && next.train.optimizer != m_config.train.optimizer;
    m_config = next;
    m_weights = weights;
    if (key == "train.steps")
        m_stepLimit = std::max(m_config.train.steps, m_step);
    if (optimizerChanged)
        for (auto *p : m_model->parameters())
            p->resetState();
    return {};
}

Command MultiTaskTrainer::resolveToggle(const Command &c) const
{
    if (c.kind != Command::Kind::ToggleKnockOut)
        return c;
    Command resolved = c;
    const bool out = c.expert >= 0 && c.expert < m_model->expertCount() && m_model->knockedOut(c.expert);
    resolved.kind = out ? Command::Kind::Restore : Command::Kind::KnockOut;
    return resolved;
}

Problem MultiTaskTrainer::apply(const Command &c)
{
    const int E = m_model->expertCount();
    auto checkExpert = [&]() -> Problem {
        if (E == 0)
            return problem(MOE_TR_NOOP("moe::Problem", "a shared bottom (model.gates = none) has no experts to knock out"));
        if (c.expert < 0 || c.expert >= E)
            return problem(MOE_TR_NOOP("moe::Problem", "expert %1 does not exist (there are %2)"),
                           {std::to_string(c.expert), std::to_string(E)});
        return {};
    };
    switch (c.kind) {
    case Command::Kind::SetValue: return applyValue(c.key, c.value);
    case Command::Kind::ToggleKnockOut:
        if (Problem err = checkExpert(); !err.empty())
            return err;
        return apply(resolveToggle(c));
    case Command::Kind::KnockOut:
        if (Problem err = checkExpert(); !err.empty())
            return err;
        if (!m_model->knockedOut(c.expert) && m_model->activeExperts() <= 1)
            return problem(MOE_TR_NOOP("moe::Problem", "the last working expert cannot be knocked out"));
        m_model->setKnockedOut(c.expert, true);
        return {};
    case Command::Kind::Restore:
        if (Problem err = checkExpert(); !err.empty())
            return err;
        m_model->setKnockedOut(c.expert, false);
        return {};
    case Command::Kind::ResetOptimizer:
        for (auto *p : m_model->parameters())
            p->resetState();
        return {};
    case Command::Kind::AddExpert:
    case Command::Kind::RemoveExpert:
        return problem(
            MOE_TR_NOOP("moe::Problem", "the experts of a multi-task model are set by model.experts (a new model)"));
    case Command::Kind::FreezeExperts:
    case Command::Kind::FreezeGate:
    case Command::Kind::FreezeExpert:
        return problem(MOE_TR_NOOP("moe::Problem", "a multi-task model cannot freeze its experts or gates"));
    }
    return problem(MOE_TR_NOOP("moe::Problem", "unknown command"));
}

}  // namespace moe
