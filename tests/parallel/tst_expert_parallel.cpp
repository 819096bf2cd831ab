// Expert parallelism against one process, run under mpirun with P = 2 and P = 4 ranks
// (EXPERT_PARALLEL.md §2, §4). Every rank also computes the one-process reference itself
// (Model<double> on the CPU engine over the whole global batch), then compares:
//
//   · first step: the loss and every gradient (router on every rank, each expert on its owner)
//     within 1e-10 relative, for topk (k = 2), switch (capacity factor 0 = dropless) and expert
//     choice (quota over the global batch), with the global balance losses (aux and z-loss)
//   · 50 Adam steps: the loss curve within 1e-6 relative, the router within 1e-6 of the reference
//   · the replicated parameters hash the same on every rank after training
//   · the dispatch traffic: the P × P matrix equals the kept assignments counted from the
//     reference routing by (origin rank, owner rank), and the bytes handed to MPI_Alltoallv in
//     dispatch, combine and backward equal routed rows × row size exactly
//   · capacity per rank: with cf = 1 each rank's capacity is ceil(cf·k·T_r/E), and the tokens
//     dropped over all ranks equal those of the reference routed shard by shard
//   · aux_scope = local: the balance loss is the mean of the shards' own losses
//   · the fourth exchange: the experts' input gradients come back equal to one process's
//   · parallel.failed_rank: no row goes to the failed rank, every token still gets its k experts
//   · setFailedRank between two steps (a live knock-out): rows reach the rank before, none after
//     (every token still with its k experts), again after restoring; a bad rank changes nothing
//
// Not Qt Test: a failed check on one rank must not leave the others waiting in a collective, so
// every check only records; the verdict is all-reduced at the end (exit 1 if any rank failed).
#include "core/parallel/expert_parallel_engine.h"
#include "core/parallel/expert_parallel_trainer.h"

#include "core/optimizer.h"
#include "core/routing/registry.h"

#include <cmath>
#include <cstdio>
#include <string>

using namespace moe;
using namespace moe::parallel;

namespace {

int g_failed = 0;
int g_checks = 0;
int g_rank = 0;

void check(bool ok, const std::string &what)
{
    ++g_checks;
    if (!ok) {
        ++g_failed;
        std::printf("FAIL (rank %d): %s\n", g_rank, what.c_str());
    }
}

// Four Gaussian blobs in 6-D, 3 classes (labels by blob), fixed seed.
std::shared_ptr<Dataset> blobs(int n)
{
    auto d = std::make_shared<Dataset>();
    d->id = "test_blobs";
    d->rowCount = n;
    d->featureCount = 6;
    d->features.resize(n, 6);
    d->classNames = {"a", "b", "c"};
    Rng rng(11);
    for (int i = 0; i < n; ++i) {
        const int blob = i % 4;
        for (int c = 0; c < 6; ++c)
            d->features(i, c) = float((c % 4 == blob ? 2.0 : 0.0) + rng.normal());
        d->labels.push_back(blob % 3);
    }
    return d;
}

ExperimentConfig configFor(const std::string &strategy, int ranks)
{
    ExperimentConfig c;
    c.data.name = "test_blobs";
    c.model.experts = 8;
    c.model.hidden = 8;
    c.routing.strategy = strategy;
    c.routing.k = strategy == "switch" ? 1 : 2;
    c.routing.capacityFactor = 0;  // dropless
    c.balance.aux = strategy == "expert_choice" ? 0.0 : 0.01;
    c.balance.z = 0.001;
    c.train.batch = 32;
    c.train.steps = 50;
    c.train.lr = 0.01;
    c.train.seed = 3;
    c.parallel.ranks = ranks;
    return c;
}

// The one-process reference: the same model, strategy and batches, all rows at once.
struct Reference {
    ExperimentConfig cfg;
    std::shared_ptr<const Dataset> data;
    Model<double> model;
    ModelForward<double> fwd;
    ModelGrad<double> grad;
    int step = 0;

    static ModelSpec spec(const ExperimentConfig &c, const Dataset &d)
    {
        ModelSpec s;
        s.inputs = d.inputDim();
        s.outputs = d.outputDim();
        s.experts = c.model.experts;
        s.hidden = c.model.hidden;
        return s;
    }
    Reference(const ExperimentConfig &c, std::shared_ptr<const Dataset> d)
        : cfg(c), data(std::move(d)), model(spec(c, *data))
    {
        Rng init(cfg.train.seed);
        model.initialize(init, cfg.model.routerInitStd);
        model.layer().setStrategy(makeStrategy(cfg.routing.strategy));
    }
    LayerOptions options(const ExperimentConfig &c) const
    {
        LayerOptions o;
        o.route.k = c.routing.k;
        o.route.capacityFactor = c.routing.capacityFactor;
        o.route.normalize = c.routing.normalize;
        o.auxAlpha = c.balance.aux;
        o.auxConvention = c.balance.auxConvention;
        o.zLoss = c.balance.z;
        return o;
    }
    double lossAndGradients(const std::vector<int> &rows)
    {
        MatrixD x;
        data->gatherRows(rows, x);
        std::vector<int> y;
        for (int r : rows)
            y.push_back(data->labels[std::size_t(r)]);
        const LayerOptions opt = options(cfg);
        model.forward(x, opt, true, Rng(1), fwd);
        const LossResult lr = model.loss(TaskLoss::CrossEntropy, fwd, &y, nullptr, &grad);
        model.backward(fwd, grad, opt);
        m_x = std::move(x);
        return lr.task + fwd.layer.auxTotal;
    }
    void update()
    {
        OptimizerSettings o;
        o.kind = cfg.train.optimizer;
        o.lr = cfg.train.lr;
        optimizerStep(o, model.parameters());
        ++step;
    }
    MatrixD m_x;
};

double relativeError(const MatrixD &a, const MatrixD &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return INFINITY;
    const double scale = std::max(b.cwiseAbs().maxCoeff(), 1e-300);
    return (a - b).cwiseAbs().maxCoeff() / scale;
}

std::string name(const std::string &strategy, const ExperimentConfig &c)
{
    return strategy + " P=" + std::to_string(c.parallel.ranks) + " "
        + (c.parallel.placement == ExpertPlacement::Block ? "block" : "round_robin");
}

void equivalence(Communicator &comm, const std::string &strategy, ExpertPlacement placement)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor(strategy, comm.size());
    cfg.parallel.placement = placement;
    const std::string label = name(strategy, cfg);
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    Reference ref(cfg, data);
    BatchPlan plan(cfg, *data);  // the same batches the trainer draws

    // First step: loss and gradients.
    const std::vector<int> rows = plan.next();
    trainer.computeGradients(rows);
    const double refLoss = ref.lossAndGradients(rows);
    const double loss = trainer.last().loss;
    check(std::abs(loss - refLoss) <= 1e-10 * std::abs(refLoss),
          label + ": first-step loss " + std::to_string(loss) + " vs one process " + std::to_string(refLoss));
    double worst = 0;
    std::string worstName;
    auto compare = [&](Parameter<double> *p, Parameter<double> *q) {
        p->materializeGrad();
        const double err = relativeError(p->grad, q->grad);
        if (err > worst) {
            worst = err;
            worstName = p->name;
        }
    };
    auto mine = trainer.model().layer().router().parameters(), theirs = ref.model.layer().router().parameters();
    for (std::size_t i = 0; i < mine.size(); ++i)
        compare(mine[i], theirs[i]);
    for (int e : trainer.owners().owned(comm.rank())) {
        auto a = trainer.model().layer().experts()[std::size_t(e)].parameters();
        auto b = ref.model.layer().experts()[std::size_t(e)].parameters();
        for (std::size_t i = 0; i < a.size(); ++i)
            compare(a[i], b[i]);
    }
    check(worst <= 1e-10, label + ": first-step gradient of " + worstName + " off by " + std::to_string(worst)
                              + " relative (limit 1e-10)");

    // Traffic of that step against the reference routing.
    const LayerTraffic &tr = trainer.last().traffic;
    const Routing &routing = ref.fwd.layer.routing;
    const int P = comm.size(), shard = int(rows.size()) / P;
    std::vector<long long> expected(std::size_t(P * P), 0);
    long long keptRows = 0;
    for (const auto &a : routing.assignments)
        if (a.kept) {
            ++keptRows;
            expected[std::size_t((a.token / shard) * P + trainer.owners().owner(a.expert))] += 1;
        }
    check(tr.tokens == expected, label + ": the P x P dispatch matrix differs from the routing's kept assignments");
    long long sent[3] = {tr.sentDispatch, tr.sentCombine, tr.sentGradient};
    double sentD[3] = {double(sent[0]), double(sent[1]), double(sent[2])};
    comm.allreduceSum(sentD, 3);
    const double d = data->inputDim(), o = data->outputDim();
    check(sentD[0] == double(keptRows) * d * sizeof(double),
          label + ": dispatch bytes " + std::to_string(sentD[0]) + " != routed rows x d x 8 = "
              + std::to_string(double(keptRows) * d * 8));
    check(sentD[1] == double(keptRows) * o * sizeof(double), label + ": combine bytes != routed rows x o x 8");
    check(sentD[2] == double(keptRows) * o * sizeof(double), label + ": backward bytes != routed rows x o x 8");

    // 50 steps (the first one's update, then 49 more).
    trainer.applyUpdate();
    ref.update();
    std::vector<double> curve = {loss}, refCurve = {refLoss};
    for (int s = 1; s < 50; ++s) {
        const std::vector<int> next = plan.next();
        trainer.computeGradients(next);
        trainer.applyUpdate();
        curve.push_back(trainer.last().loss);
        refCurve.push_back(ref.lossAndGradients(next));
        ref.update();
    }
    double curveErr = 0;
    for (std::size_t s = 0; s < curve.size(); ++s)
        curveErr = std::max(curveErr, std::abs(curve[s] - refCurve[s]) / std::abs(refCurve[s]));
    double errors[3] = {std::abs(loss - refLoss) / std::abs(refLoss), worst, curveErr};
    comm.allreduceMax(errors, 3);
    if (comm.rank() == 0)
        std::printf("%s: first-step loss %.3g, gradients %.3g, 50-step curve %.3g (relative, worst rank); "
                    "%lld rows dispatched, %lld off-rank\n",
                    label.c_str(), errors[0], errors[1], errors[2], keptRows, tr.offRankTokens());
    check(curveErr <= 1e-6, label + ": 50-step loss curve off by " + std::to_string(curveErr) + " relative");
    check(refCurve.back() < refCurve.front(), label + ": the reference did not learn (the comparison would be empty)");
    mine = trainer.model().layer().router().parameters();
    theirs = ref.model.layer().router().parameters();
    double routerErr = 0;
    for (std::size_t i = 0; i < mine.size(); ++i)
        routerErr = std::max(routerErr, relativeError(mine[i]->value, theirs[i]->value));
    check(routerErr <= 1e-6, label + ": router after 50 steps off by " + std::to_string(routerErr));

    // Replicated parameters: the same bits on every rank.
    const std::uint64_t h = trainer.replicatedHash();
    int parts[2] = {int(h & 0xffffffffu), int(h >> 32)};
    std::vector<int> all(std::size_t(2 * P));
    comm.allgather(parts, 2, all.data());
    bool same = true;
    for (int q = 0; q < P; ++q)
        same = same && all[std::size_t(2 * q)] == parts[0] && all[std::size_t(2 * q + 1)] == parts[1];
    check(same, label + ": the replicated parameters differ between ranks (hash)");
}

// Capacity per rank: C_r = ceil(cf·k·T_r/E); the drops are those of the shards routed apart.
void capacityPerRank(Communicator &comm)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor("topk", comm.size());
    cfg.routing.capacityFactor = 1.0;
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    Reference ref(cfg, data);
    BatchPlan plan(cfg, *data);
    const std::vector<int> rows = plan.next();
    trainer.computeGradients(rows);
    const int P = comm.size(), T = int(rows.size()) / P;
    const int expectedCapacity = expertCapacity(1.0, 2, T, 8, CapacityRule::Ceil);
    check(trainer.last().capacity == expectedCapacity,
          "capacity per rank: " + std::to_string(trainer.last().capacity) + " != ceil(cf k T_r / E) = "
              + std::to_string(expectedCapacity));
    long long dropped = 0;
    for (int r = 0; r < P; ++r) {
        ref.lossAndGradients(shardOf(rows, r, P));
        dropped += ref.fwd.layer.routing.droppedAssignments;
    }
    check(trainer.last().droppedAssignments == dropped,
          "capacity per rank: " + std::to_string(trainer.last().droppedAssignments)
              + " tokens dropped over the ranks, the shards routed apart drop " + std::to_string(dropped));
    check(dropped > 0, "capacity per rank: the test batch drops nothing (choose a tighter capacity)");
}

// aux_scope = local: the balance loss is the mean over the shards of each shard's own.
void localAux(Communicator &comm)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor("topk", comm.size());
    cfg.parallel.auxScope = AuxScope::Local;
    cfg.balance.aux = 1.0;  // big enough to tell local from global
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    Reference ref(cfg, data);
    BatchPlan plan(cfg, *data);
    const std::vector<int> rows = plan.next();
    trainer.computeGradients(rows);
    const int P = comm.size();
    double mean = 0;
    for (int r = 0; r < P; ++r) {
        ref.lossAndGradients(shardOf(rows, r, P));
        mean += ref.fwd.layer.auxTotal / P;
    }
    ref.lossAndGradients(rows);
    const double global = ref.fwd.layer.auxTotal;
    check(std::abs(trainer.last().auxLoss - mean) <= 1e-12 * std::abs(mean),
          "aux_scope local: " + std::to_string(trainer.last().auxLoss) + " vs mean of the shards "
              + std::to_string(mean));
    check(std::abs(global - mean) > 1e-9, "aux_scope local: the shards' mean equals the global loss here");
}

// The fourth exchange (for layers whose input is not data): the experts' input gradients
// travel back and add up per token as one process's scatter of dX_e does.
void inputGradients(Communicator &comm)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor("topk", comm.size());
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    Reference ref(cfg, data);
    BatchPlan plan(cfg, *data);
    const std::vector<int> rows = plan.next();
    trainer.computeGradients(rows);
    ref.lossAndGradients(rows);
    MatrixD expected = MatrixD::Zero(Eigen::Index(rows.size()), data->inputDim());
    for (int e = 0; e < 8; ++e) {
        const auto &b = ref.fwd.layer.batches[std::size_t(e)];
        if (b.token.empty())
            continue;
        MatrixD dx;
        ref.model.layer().experts()[std::size_t(e)].inputGradient(ref.grad.dOut[std::size_t(e)], b.cache, true, dx);
        for (std::size_t i = 0; i < b.token.size(); ++i)
            expected.row(b.token[i]) += dx.row(Eigen::Index(i));
    }
    const int T = int(rows.size()) / comm.size();
    MatrixD mine = MatrixD::Zero(T, data->inputDim());
    trainer.engine().inputGradients(trainer.model().layer().experts(), trainer.lastForward().layer.batches, mine);
    const double err = relativeError(mine, expected.middleRows(comm.rank() * T, T));
    check(err <= 1e-10, "input gradients: the returned dX rows are off by " + std::to_string(err) + " relative");
    check(mine.cwiseAbs().maxCoeff() > 0, "input gradients: all zero");
}

// A failed rank: its experts are knocked out, so no row travels to it and training goes on.
void failedRank(Communicator &comm)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor("topk", comm.size());
    cfg.parallel.failedRank = comm.size() - 1;
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    for (int s = 0; s < 5; ++s)
        trainer.step();
    const LayerTraffic &t = trainer.last().traffic;
    const int dead = comm.size() - 1;
    long long toDead = 0, total = 0;
    for (int s = 0; s < comm.size(); ++s) {
        toDead += t.tokensFromTo(s, dead);
        for (int d = 0; d < comm.size(); ++d)
            total += t.tokensFromTo(s, d);
    }
    check(toDead == 0, "failed rank: " + std::to_string(toDead) + " rows still sent to the failed rank");
    check(total == 32 * 2, "failed rank: " + std::to_string(total) + " rows dispatched, expected every token's 2");
    check(std::isfinite(trainer.last().loss), "failed rank: the loss is not finite");
    for (int e : trainer.owners().owned(dead))
        check(trainer.last().countPre[std::size_t(e)] == 0, "failed rank: expert " + std::to_string(e) + " got tokens");
    bool refused = false;
    try {
        ExperimentConfig bad = cfg;
        bad.parallel.failedRank = comm.size();
        ExpertParallelTrainer<double> none(bad, data, comm);
    } catch (const std::invalid_argument &e) {
        refused = std::string(e.what()).find("parallel.failed_rank") != std::string::npos;
    }
    check(refused, "failed rank: a rank outside the job is not refused by name");
}

// Rows dispatched to `rank` in the last step, summed over the senders, and all rows dispatched.
std::pair<long long, long long> rowsTo(const ExpertParallelTrainer<double> &trainer, int rank)
{
    const LayerTraffic &t = trainer.last().traffic;
    long long to = 0, total = 0;
    for (int s = 0; s < t.ranks; ++s)
        for (int d = 0; d < t.ranks; ++d) {
            total += t.tokensFromTo(s, d);
            to += d == rank ? t.tokensFromTo(s, d) : 0;
        }
    return {to, total};
}

// A rank knocked out between two steps of a running job, then restored.
void liveFailedRank(Communicator &comm)
{
    auto data = blobs(400);
    ExperimentConfig cfg = configFor("topk", comm.size());
    ExpertParallelTrainer<double> trainer(cfg, data, comm);
    const int dead = 1, rowsPerStep = 32 * 2;  // batch 32, k = 2, dropless
    for (int s = 0; s < 3; ++s) {
        trainer.step();
        const auto [to, total] = rowsTo(trainer, dead);
        check(to > 0,
              "live failed rank: no row reached rank 1 before the knock-out (step " + std::to_string(s + 1) + ")");
        check(total == rowsPerStep, "live failed rank: " + std::to_string(total) + " rows before the knock-out");
    }
    trainer.setFailedRank(dead);
    check(trainer.failedRank() == dead, "live failed rank: failedRank() does not say 1");
    for (int s = 0; s < 4; ++s) {
        trainer.step();
        const auto [to, total] = rowsTo(trainer, dead);
        check(to == 0, "live failed rank: " + std::to_string(to) + " rows sent to the knocked-out rank");
        check(total == rowsPerStep, "live failed rank: " + std::to_string(total) + " rows, expected every token's 2");
        check(trainer.last().failedRank == dead, "live failed rank: the step does not record rank 1 as failed");
        check(std::isfinite(trainer.last().loss), "live failed rank: the loss is not finite");
        for (int e : trainer.owners().owned(dead))
            check(trainer.last().countPre[std::size_t(e)] == 0,
                  "live failed rank: expert " + std::to_string(e) + " got tokens");
    }
    // A rank outside the job is refused by name and leaves rank 1 knocked out.
    bool refused = false;
    try {
        trainer.setFailedRank(comm.size());
    } catch (const std::invalid_argument &e) {
        refused = std::string(e.what()).find("parallel.failed_rank") != std::string::npos;
    }
    check(refused && trainer.failedRank() == dead, "live failed rank: a rank outside the job was not refused");
    trainer.setFailedRank(-1);
    for (int s = 0; s < 3; ++s) {
        trainer.step();
        const auto [to, total] = rowsTo(trainer, dead);
        check(to > 0, "live failed rank: no row reached rank 1 after restoring it");
        check(total == rowsPerStep && trainer.last().failedRank == -1, "live failed rank: restore");
    }
}

}  // namespace

int main(int argc, char **argv)
{
    MpiSession session(&argc, &argv);
    Communicator comm;
    g_rank = comm.rank();
    try {
        for (const char *strategy : {"topk", "switch", "expert_choice"})
            equivalence(comm, strategy, ExpertPlacement::RoundRobin);
        equivalence(comm, "topk", ExpertPlacement::Block);
        capacityPerRank(comm);
        localAux(comm);
        failedRank(comm);
        liveFailedRank(comm);
        inputGradients(comm);
    } catch (const std::exception &e) {
        std::printf("FAIL (rank %d): exception: %s\n", g_rank, e.what());
        std::fflush(stdout);
        MPI_Abort(MPI_COMM_WORLD, 2);
    }
    double failed = g_failed;
    comm.allreduceSum(&failed, 1);
    if (comm.rank() == 0)
        std::printf("%s: %d checks per rank on %d ranks, %d failed\n", failed > 0 ? "FAILED" : "PASSED", g_checks,
                    comm.size(), int(failed));
    return failed > 0 ? 1 : 0;
}
